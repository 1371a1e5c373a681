// Quote continuations and colon attributions. A quotation with no cue of its own that follows a
// quoted attribution with nothing but punctuation between them continues that speaker's words
// ('"…," he said. "…"'), in the same paragraph or the next: it joins the content as another
// fragment. Transcript lines ("SMITH: …") and headlines ("Jane Roe: …") attribute by a colon.

import type { Attribution, CharRange } from './attributions.js';
import type { CueCandidate } from './find-cues.js';
import { isNominal } from './noun-phrase.js';
import { COLON_SOURCE_MAX_TOKENS } from './rules.js';
import type { TokenView } from './view.js';

function overlaps(a: CharRange, b: CharRange): boolean {
  return a.start < b.end && b.start < a.end;
}

function hasQuotedContent(view: TokenView, attribution: Attribution): boolean {
  return attribution.content.some((range) => view.quotations.some((q) => q.start >= range.start && q.end <= range.end));
}

/** Appends cue-less quotations to the attribution they continue. Mutates `attributions`' contents. */
export function attachContinuations(view: TokenView, attributions: Attribution[]): void {
  if (attributions.length === 0) return;
  const covered: CharRange[] = [];
  for (const a of attributions) {
    covered.push(...a.content, { start: view.start[a.cueFirst]!, end: view.end[a.cueEnd - 1]! });
    if (a.source) covered.push({ start: view.start[a.source.first]!, end: view.end[a.source.end - 1]! });
  }
  // Where each attribution's own words end: its content, or its sentence when the cue trails it.
  const byEnd = attributions
    .map((a, index) => {
      const unit = view.units[a.unit]!;
      const unitEnd = view.end[unit.end - 1]!;
      return { index, end: Math.max(...a.content.map((r) => r.end), unitEnd) };
    })
    .sort((x, y) => x.end - y.end);
  for (const quotation of view.quotations) {
    const range = { start: quotation.start, end: quotation.end };
    if (covered.some((c) => overlaps(c, range))) continue;
    // The attribution that ends last before the quotation.
    let host: { index: number; end: number } | null = null;
    for (const candidate of byEnd) {
      if (candidate.end <= quotation.start) host = candidate;
      else break;
    }
    if (!host) continue;
    // Of the attributions in the host's sentence, the innermost speaks: in "“…”, Roe said, reported
    // the state agency. “…”" the next quotation is Roe's, relayed by the agency.
    const hostUnit = attributions[host.index]!.unit;
    const inner = attributions
      .map((a, index) => ({ a, index }))
      .filter(({ a }) => a.unit === hostUnit && hasQuotedContent(view, a))
      .filter(({ a }) => !attributions.some((b) => b !== a && b.unit === hostUnit && a.content.some((r) => r.start <= view.start[b.cueFirst]! && view.end[b.cueEnd - 1]! <= r.end)));
    const chosen = inner.length > 0 ? inner[inner.length - 1]! : { a: attributions[host.index]!, index: host.index };
    const attribution = chosen.a;
    const hostBlock = view.units[attribution.unit]!.block;
    if (quotation.block !== hostBlock && quotation.block !== hostBlock + 1) continue;
    if (!hasQuotedContent(view, attribution)) continue;
    if (!onlyPunctuationBetween(view, host.end, quotation.start)) continue;
    attribution.content.push(range);
    covered.push(range);
    host.end = range.end;
    byEnd.sort((x, y) => x.end - y.end);
  }
}

/** Nothing but whitespace and punctuation lies between the two offsets. */
function onlyPunctuationBetween(view: TokenView, from: number, to: number): boolean {
  const between = view.text.slice(from, to);
  return !/[\p{L}\p{N}]/u.test(between);
}

/**
 * "SMITH: …" at the start of a paragraph (a transcript) and "Jane Roe: …" in a headline: the name
 * is the source, the colon the cue, the rest of the block the content.
 */
export function findColonAttributions(view: TokenView, titleBlocks: ReadonlySet<number>): Attribution[] {
  const found: Attribution[] = [];
  let previousBlock = -1;
  view.units.forEach((unit, unitIndex) => {
    if (unit.block === previousBlock) return;
    previousBlock = unit.block;
    let first = unit.first;
    if (first < unit.end && view.quoteOf[first] !== -1 && /^["'«]$/.test(view.norm[first]!)) first++;
    let colon = -1;
    for (let i = first; i < unit.end && i - first <= COLON_SOURCE_MAX_TOKENS; i++) {
      if (view.norm[i] === ':') {
        colon = i;
        break;
      }
      if (!isNominal(view, i) && view.norm[i] !== '.') return;
    }
    if (colon <= first || colon + 1 >= unit.end) return;
    const isTranscript = /^[\p{Lu}\s.'-]+$/u.test(view.text.slice(view.start[first]!, view.end[colon - 1]!)) && view.end[colon - 1]! - view.start[first]! >= 2;
    const isHeadline = titleBlocks.has(unit.block) && [...Array(colon - first).keys()].every((k) => /^\p{Lu}/u.test(view.surface[first + k]!) || view.pos[first + k] === 'PART');
    if (!isTranscript && !isHeadline) return;
    const block = view.blockSpans[unit.block]!;
    let end = block.end;
    const text = view.text;
    while (end > view.end[colon]! && /[\s.]/.test(text[end - 1]!) && !/["\u201D']/.test(text[end - 2] ?? '')) end--;
    const contentStart = view.start[colon + 1]!;
    if (contentStart >= end) return;
    const cue: CueCandidate = { kind: 'colon', head: colon, first: colon, end: colon + 1, entry: null, stance: 'asserts', negated: false, passive: false, participle: false, phraseLength: 0 };
    found.push({
      cue,
      cueFirst: colon,
      cueEnd: colon + 1,
      unit: unitIndex,
      source: { first, end: colon, headFirst: first, headEnd: colon },
      sourceRole: 'colon',
      content: [{ start: contentStart, end }],
      stance: 'asserts',
      sharesSpeakerOf: null,
      relayedThrough: null,
    });
  });
  return found;
}
