// "What changed since": two briefs of one story compared line by line as an analyst reads them:
// figures new or changed (a claimant's figure for a proposition), new denials, new original
// sources, and changed counts (articles, outlets, sources per proposition). Keys are the words a
// reader sees (proposition label, claimant, figure), so a snapshot from an older version compares.

import type { Brief, BriefFigure, BriefProposition } from './brief-data.js';
import { figureText, intervalText } from './render.js';

export interface BriefChange {
  readonly kind: 'new-figure' | 'changed-figure' | 'new-denial' | 'new-source' | 'count' | 'new-proposition' | 'new-article' | 'new-conflict';
  readonly text: string;
}

export interface BriefDiff {
  readonly since: string | null;
  readonly changes: readonly BriefChange[];
}

/** One claimant's figures for one proposition at one as-of: a claimant may give several on one date ("another 1,500, bringing the total to 3,000"). */
const slotKey = (p: BriefProposition, f: BriefFigure) => `${p.label}\u0000${f.claimant.name}\u0000${intervalText(f.asOf)}`;

function figureTextsBySlot(brief: Brief): Map<string, Set<string>> {
  const slots = new Map<string, Set<string>>();
  for (const p of brief.propositions) {
    for (const f of p.figures) {
      const key = slotKey(p, f);
      const texts = slots.get(key) ?? new Set<string>();
      texts.add(figureText(f));
      slots.set(key, texts);
    }
  }
  return slots;
}

/**
 * Figure changes between two briefs. A figure is keyed by its slot (proposition, claimant, as-of)
 * and its words (value, qualifier, unit, marks), so a figure still there is never reported. A slot
 * whose one figure gave way to one other figure is a change ("3,000 → 3,500"); any other figure
 * not there before is new.
 */
function figureChanges(p: BriefProposition, was: Map<string, Set<string>>, now: Map<string, Set<string>>): BriefChange[] {
  const changes: BriefChange[] = [];
  for (const f of p.figures) {
    const key = slotKey(p, f);
    const text = figureText(f);
    const old = was.get(key);
    if (old?.has(text)) continue;
    const who = `${p.label}: ${f.claimant.name} (${intervalText(f.asOf)})`;
    const gone = old ? [...old].filter((t) => !now.get(key)!.has(t)) : [];
    const added = [...now.get(key)!].filter((t) => !old?.has(t));
    if (gone.length === 1 && added.length === 1) changes.push({ kind: 'changed-figure', text: `${who} ${gone[0]} → ${text}` });
    else changes.push({ kind: 'new-figure', text: `${who} ${text}` });
  }
  return changes;
}

export function diffBriefs(before: Brief, after: Brief, since: string | null): BriefDiff {
  const changes: BriefChange[] = [];
  const beforeArticles = new Set(before.articles.map((a) => a.id));
  for (const a of after.articles) {
    if (!beforeArticles.has(a.id)) changes.push({ kind: 'new-article', text: `${a.outlet ?? 'unknown outlet'} ${a.id.slice(0, 8)}${a.published ? ` (${a.published.slice(0, 10)})` : ''}` });
  }

  const beforeProps = new Map(before.propositions.map((p) => [p.label, p]));
  const was = figureTextsBySlot(before);
  const now = figureTextsBySlot(after);
  for (const p of after.propositions) {
    const old = beforeProps.get(p.label);
    if (!old) changes.push({ kind: 'new-proposition', text: p.label });
    changes.push(...figureChanges(p, was, now));
    if (old) {
      const oldSources = new Set(old.independence.originalSources);
      for (const s of p.independence.originalSources) if (!oldSources.has(s)) changes.push({ kind: 'new-source', text: `${p.label}: ${s}` });
      const counts: [string, number, number][] = [
        ['articles', old.independence.articles, p.independence.articles],
        ['outlets', old.independence.outlets, p.independence.outlets],
        ['original sources', old.independence.originalSources.length, p.independence.originalSources.length],
      ];
      for (const [what, a, b] of counts) if (a !== b) changes.push({ kind: 'count', text: `${p.label}: ${what} ${a} → ${b}` });
    }
  }

  changes.push(...newConflicts(before, after));

  const denialKey = (d: Brief['denials'][number]) => `${d.speaker.name}\u0000${d.what}`;
  const oldDenials = new Set(before.denials.map(denialKey));
  for (const d of after.denials) if (!oldDenials.has(denialKey(d))) changes.push({ kind: 'new-denial', text: `${d.speaker.name}: ${d.what}` });
  return { since, changes };
}

/** Kinds of relation an analyst must hear about when they appear: the story now disagrees with itself. */
const CONFLICT_KINDS = new Set(['contradiction', 'conflicting-assessment']);

/**
 * Contradictions between figures, denials set against assertions, and conflicting claims that were
 * not in the earlier brief. Keyed by the words a reader sees (topic, who, figures), as figures are.
 */
function newConflicts(before: Brief, after: Brief): BriefChange[] {
  const keysOf = (brief: Brief): Map<string, string> => {
    const keys = new Map<string, string>();
    for (const p of brief.propositions) {
      for (const r of p.relations) {
        if (!CONFLICT_KINDS.has(r.kind)) continue;
        const [a, b] = [p.figures[r.a]!, p.figures[r.b]!];
        const text = `${p.label}: ${a.claimant.name} ${figureText(a)} against ${b.claimant.name} ${figureText(b)}`;
        keys.set(`figure\u0000${text}`, text);
      }
      for (const c of p.conflicts ?? []) {
        const denier = p.stances[c.denial]!.speaker.name;
        for (const i of c.against) {
          const text = `${p.label}: ${denier} denies what ${p.stances[i]!.speaker.name} says`;
          keys.set(`stance\u0000${text}`, text);
        }
      }
    }
    for (const r of brief.claimRelations ?? []) {
      if (!CONFLICT_KINDS.has(r.kind)) continue;
      const text = `${r.kind} (${r.rule}): ${r.a.speaker.name} against ${r.b.speaker.name}`;
      keys.set(`claims\u0000${text}`, text);
    }
    return keys;
  };
  const was = keysOf(before);
  return [...keysOf(after)].filter(([key]) => !was.has(key)).map(([, text]) => ({ kind: 'new-conflict', text }));
}

export function diffMarkdown(diff: BriefDiff): string {
  const head = `## What changed${diff.since ? ` since ${diff.since}` : ''}`;
  if (diff.changes.length === 0) return `${head}\n\nNothing.\n`;
  const label: Record<BriefChange['kind'], string> = {
    'new-article': 'New article',
    'new-proposition': 'New topic',
    'new-figure': 'New figure',
    'changed-figure': 'Changed figure',
    'new-denial': 'New denial',
    'new-conflict': 'New conflict',
    'new-source': 'New original source',
    count: 'Count',
  };
  return `${head}\n\n${diff.changes.map((c) => `- ${label[c.kind]}: ${c.text.replace(/([\\`*_[\]|<>])/g, '\\$1')}`).join('\n')}\n`;
}
