// The outlet of a text dump, from the page's own words ("notifications from X", "X is trusted by",
// "© X") and from the document's URL when ingest had one; and the key that groups one outlet's
// documents for template learning.

import { getDomain } from 'tldts';
import { makeSpan, originUrl, type Found, type Outlet, type RawDocument } from '../../model/index.js';
import { OUTLET_NAME_STOPWORDS, OUTLET_SELF_MENTIONS } from '../rules.js';
import type { SourceBlock } from '../source-block.js';
import { splitDumpLines } from './lines.js';

export interface OutletMention {
  readonly name: string;
  readonly reliability: 'medium' | 'low';
  /** Into RawDocument.source. */
  readonly start: number;
  readonly end: number;
}

/** Every self-mention of an outlet in the blocks, in order; `onlyMedium` skips the weaker patterns. */
export function findOutletMentions(blocks: readonly SourceBlock[], onlyMedium = false): OutletMention[] {
  const mentions: OutletMention[] = [];
  for (const block of blocks) {
    for (const { pattern, reliability } of OUTLET_SELF_MENTIONS) {
      if (onlyMedium && reliability !== 'medium') continue;
      const match = pattern.exec(block.text);
      if (!match) continue;
      const raw = match[1]!.trim();
      // A no-break space inside the name is kept in the evidence span, not in the name.
      // "alerts from the Harbour Post": the article belongs to the name, so it takes a capital.
      const name = raw.replace(/\s+/gu, ' ').replace(/^the\s/u, 'The ');
      const firstWord = name.replace(/^The\s+/u, '').split(/\s+/u)[0]!;
      if (OUTLET_NAME_STOPWORDS.has(firstWord)) continue;
      const start = block.sourceSpan.start + match.index + match[0].indexOf(raw);
      mentions.push({ name, reliability, start, end: start + raw.length });
    }
  }
  return mentions;
}

/** Comparison key of an outlet name: "The Harbour Gazette" and "Harbour Gazette" are one outlet. */
export function outletNameKey(name: string): string {
  return name.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
}

/**
 * The best-supported outlet name: most mentions by key, medium-reliability mentions counting
 * first. The displayed form is the longest spelling seen ("The Harbour Gazette" over "Harbour Gazette").
 */
export function chooseOutletName(mentions: readonly OutletMention[]): { name: string; reliability: 'medium' | 'low'; mention: OutletMention } | null {
  const byKey = new Map<string, OutletMention[]>();
  for (const m of mentions) {
    const key = outletNameKey(m.name);
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  let best: OutletMention[] | null = null;
  let bestScore = -1;
  for (const group of byKey.values()) {
    const medium = group.filter((m) => m.reliability === 'medium').length;
    const score = medium * 100 + group.length;
    if (score > bestScore) {
      best = group;
      bestScore = score;
    }
  }
  if (!best) return null;
  const strongest = best.find((m) => m.reliability === 'medium') ?? best[0]!;
  const name = best.reduce((a, m) => (m.name.length > a.length ? m.name : a), strongest.name);
  return { name, reliability: strongest.reliability, mention: strongest };
}

/** Registrable domain of the document's URL (origin or hint), null without one. */
export function documentDomain(doc: RawDocument): string | null {
  const url = originUrl(doc.origin, doc.hints);
  return url ? getDomain(url) : null;
}

/**
 * What the page says about its outlet: the name from its own chrome (`furnitureBlocks`, the lines
 * removed as furniture), the domain from its URL.
 */
export function readOutlet(doc: RawDocument, furnitureBlocks: readonly SourceBlock[]): Found<Outlet> | null {
  const domain = documentDomain(doc);
  const chosen = chooseOutletName(findOutletMentions(furnitureBlocks));
  if (chosen) {
    const { mention } = chosen;
    return {
      value: { name: chosen.name, domain },
      from: 'text-mention',
      reliability: chosen.reliability,
      evidence: doc.source.slice(mention.start, mention.end),
      sourceSpan: makeSpan(mention.start, mention.end, doc.source.length, doc.label),
    };
  }
  if (domain) {
    const url = originUrl(doc.origin, doc.hints)!;
    return { value: { name: null, domain }, from: 'url', reliability: 'high', evidence: url };
  }
  return null;
}

/**
 * The key grouping one outlet's documents for templates: the URL's registrable domain when there
 * is one, else the outlet name the text gives ("name:harbour gazette"), else null. Read before any
 * line is classified, so only the patterns a news sentence cannot contain are used.
 */
export function outletKeyFor(doc: RawDocument, blocks: readonly SourceBlock[]): string | null {
  const domain = documentDomain(doc);
  if (domain) return domain;
  const chosen = chooseOutletName(findOutletMentions(blocks, true));
  return chosen ? `name:${outletNameKey(chosen.name)}` : null;
}

/** outletKeyFor, splitting the dump itself: what a batch ingest calls before learnTemplates. */
export function findOutletKey(doc: RawDocument): string | null {
  return outletKeyFor(doc, splitDumpLines(doc.source, doc.label).map((l) => l.block));
}
