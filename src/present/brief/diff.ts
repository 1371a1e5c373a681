// "What changed since": two briefs of one story compared line by line as an analyst reads them:
// figures new or changed (a claimant's figure for a proposition), new denials, new original
// sources, and changed counts (articles, outlets, sources per proposition). Keys are the words a
// reader sees (proposition label, claimant, figure), so a snapshot from an older version compares.

import type { Brief, BriefFigure, BriefProposition } from './brief-data.js';
import { figureText, intervalText } from './render.js';

export interface BriefChange {
  readonly kind: 'new-figure' | 'changed-figure' | 'new-denial' | 'new-source' | 'count' | 'new-proposition' | 'new-article';
  readonly text: string;
}

export interface BriefDiff {
  readonly since: string | null;
  readonly changes: readonly BriefChange[];
}

const figureKey = (p: BriefProposition, f: BriefFigure) => `${p.label}\u0000${f.claimant.name}\u0000${intervalText(f.asOf)}`;

export function diffBriefs(before: Brief, after: Brief, since: string | null): BriefDiff {
  const changes: BriefChange[] = [];
  const beforeArticles = new Set(before.articles.map((a) => a.id));
  for (const a of after.articles) {
    if (!beforeArticles.has(a.id)) changes.push({ kind: 'new-article', text: `${a.outlet ?? 'unknown outlet'} ${a.id.slice(0, 8)}${a.published ? ` (${a.published.slice(0, 10)})` : ''}` });
  }

  const beforeProps = new Map(before.propositions.map((p) => [p.label, p]));
  const beforeFigures = new Map<string, string>();
  for (const p of before.propositions) for (const f of p.figures) beforeFigures.set(figureKey(p, f), figureText(f));
  for (const p of after.propositions) {
    const old = beforeProps.get(p.label);
    if (!old) changes.push({ kind: 'new-proposition', text: p.label });
    for (const f of p.figures) {
      const was = beforeFigures.get(figureKey(p, f));
      const now = figureText(f);
      const who = `${p.label}: ${f.claimant.name} (${intervalText(f.asOf)})`;
      if (was === undefined) changes.push({ kind: 'new-figure', text: `${who} ${now}` });
      else if (was !== now) changes.push({ kind: 'changed-figure', text: `${who} ${was} → ${now}` });
    }
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

  const denialKey = (d: Brief['denials'][number]) => `${d.speaker.name}\u0000${d.what}`;
  const oldDenials = new Set(before.denials.map(denialKey));
  for (const d of after.denials) if (!oldDenials.has(denialKey(d))) changes.push({ kind: 'new-denial', text: `${d.speaker.name}: ${d.what}` });
  return { since, changes };
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
    'new-source': 'New original source',
    count: 'Count',
  };
  return `${head}\n\n${diff.changes.map((c) => `- ${label[c.kind]}: ${c.text.replace(/([\\`*_[\]|<>])/g, '\\$1')}`).join('\n')}\n`;
}
