// The claims stage: who said what in an article, how, with which stance. Reads the article text
// and the language layer's tokens, sentences, entities, quantities and times; finds attributions
// (cue, source, content), resolves their speakers and relay chains, and returns one Claim per
// speaker and cue. A pure function: same article and annotations, same claims.

import type { ExtractedArticle } from '../model/article.js';
import type { Claim, Hedge, Speaker } from '../model/claim.js';
import type { LanguageAnnotations } from '../model/language.js';
import { makeSpan, type Span } from '../model/span.js';
import { findAttributions, rangesHold, type Attribution, type CharRange } from './attributions.js';
import { attachContinuations, findColonAttributions } from './continuations.js';
import { CONTENT_INTERNAL_VERBS } from './cues.js';
import { hedgesOf, type HedgeMemo } from './hedges.js';
import { isNominal, subjectBefore } from './noun-phrase.js';
import { relayChains, relayParents, restatesParent, withListenerOutlet } from './relays.js';
import { SPEECH_AFTER_DECLINE } from './rules.js';
import { SpeakerResolver } from './speakers.js';
import { decideStance } from './stance.js';
import { statementTimeOf } from './statement-time.js';
import { buildTokenView, type TokenView } from './view.js';

export interface ClaimOptions {
  /** Keep "reportedly"-type evidential attributions (speaker: unspecified reports). */
  readonly includeEvidentials: boolean;
}

export const defaultClaimOptions: ClaimOptions = { includeEvidentials: true };

const CONTEXT = 'claims';

/** The attributed statements of one article, in text order of their cues. */
export function findClaims(
  article: Pick<ExtractedArticle, 'text' | 'blocks' | 'metadata'>,
  language: LanguageAnnotations,
  options: ClaimOptions = defaultClaimOptions,
): Claim[] {
  const view = buildTokenView(article.text, article.blocks, language);
  const titleBlocks = new Set<number>();
  article.blocks.forEach((block, index) => {
    if (block.kind === 'title' || block.kind === 'standfirst') titleBlocks.add(index);
  });
  // A text dump's first line is its headline even when extraction did not label it.
  if (titleBlocks.size === 0 && article.blocks.length > 1) titleBlocks.add(0);
  let attributions = [...findAttributions(view, titleBlocks), ...findColonAttributions(view, titleBlocks)];
  if (!options.includeEvidentials) attributions = attributions.filter((a) => a.cue.kind !== 'evidential');
  attributions = attributions.filter((a) => a.stance !== 'declined' || isRefusalToSpeak(view, a));
  attributions = dropOverlappingCues(attributions);
  attachContinuations(view, attributions);
  return buildClaims(view, attributions);
}

/** Of two readings of one cue word only one stays; attributions come back in text order of their cues. */
function dropOverlappingCues(attributions: Attribution[]): Attribution[] {
  // Of two readings that start at one word, the longer cue wins ("published a video purporting").
  const sorted = attributions
    .map((a, i) => ({ a, i }))
    .sort((x, y) => x.a.cueFirst - y.a.cueFirst || y.a.cueEnd - x.a.cueEnd || x.i - y.i)
    .map((x) => x.a);
  const kept: Attribution[] = [];
  for (const a of sorted) {
    // "has joined Vardia in confirming": the joining cue holds the participle's cue, and both stay.
    const joined = (x: Attribution, y: Attribution) => x.cue.joinsParticiple === y.cue.head;
    const clash = kept.find((k) => k.cueFirst < a.cueEnd && a.cueFirst < k.cueEnd && a.relayedThrough !== k && k.relayedThrough !== a && !joined(k, a) && !joined(a, k));
    if (!clash) kept.push(a);
  }
  return kept;
}

/** "declined to comment": a refusal counts only when what is refused is speech. */
function isRefusalToSpeak(view: TokenView, a: Attribution): boolean {
  const first = a.content[0];
  if (!first) return false;
  const at = tokenAtOrAfter(view, first.start);
  return view.norm[at] === 'to' && SPEECH_AFTER_DECLINE.has(view.lemma[at + 1] ?? '');
}

function tokenAtOrAfter(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tokenRanges(view: TokenView, ranges: readonly CharRange[]): [number, number][] {
  return ranges.map((r) => {
    const first = tokenAtOrAfter(view, r.start);
    let end = first;
    while (end < view.count && view.end[end]! <= r.end) end++;
    return [first, end];
  });
}

function kindOf(view: TokenView, a: Attribution): Claim['kind'] {
  if (a.cue.kind === 'according' || a.cue.kind === 'relay' || a.cue.kind === 'evidential') return 'according_to';
  const quotes = view.quotations;
  const fully = a.content.every((r) => quotes.some((q) => q.start <= r.start && r.end <= q.end));
  if (fully) return 'direct';
  const some = a.content.some((r) => quotes.some((q) => q.start < r.end && r.start < q.end));
  return some ? 'mixed' : 'indirect';
}

function span(view: TokenView, start: number, end: number): Span {
  return makeSpan(start, end, view.text.length, CONTEXT);
}

function buildClaims(view: TokenView, attributions: readonly Attribution[]): Claim[] {
  const resolver = new SpeakerResolver(view);
  const speakers: Speaker[][] = [];
  const sourceSpans: (Span | null)[] = [];
  attributions.forEach((a) => {
    const host = a.sharesSpeakerOf === null ? -1 : attributions.indexOf(a.sharesSpeakerOf);
    let resolved: Speaker[];
    let source: Span | null = a.source ? span(view, view.start[a.source.first]!, view.end[a.source.end - 1]!) : null;
    if (a.sourceRole === 'shared' && host !== -1 && host < speakers.length) {
      resolved = speakers[host] ?? [];
      source = sourceSpans[host] ?? null;
    } else if (a.sourceRole === 'shared') {
      const subject = unitSubject(view, a);
      if (subject) {
        resolved = resolver.resolve({ ...a, source: subject, sourceRole: 'subject' }, null);
        source = span(view, view.start[subject.first]!, view.end[subject.end - 1]!);
      } else resolved = resolver.resolve(a, null);
    } else resolved = resolver.resolve(a, null);
    speakers.push(resolved);
    sourceSpans.push(source);
  });
  const parents = relayParents(view, attributions);
  const chains = relayChains(parents, speakers);

  const claims: Claim[] = [];
  const hedgeMemo: HedgeMemo = new Map();
  // A following sentence with an attribution of its own speaks for itself, not as a note on this claim.
  const unitsWithCues = new Set(attributions.map((a) => a.unit));
  const channels = new Map<string, readonly Speaker[]>();
  attributions.forEach((a, index) => {
    const parent = parents[index];
    if (parent !== null && parent !== undefined) {
      if (restatesParent(view, a, speakers[index]!, speakers[parent]!)) return;
      // "said Veldmark was planning to …": a belief or intention inside a claim is part of its content.
      if (a.cue.kind === 'verb' && a.cue.entry && CONTENT_INTERNAL_VERBS.has(a.cue.entry.base) && a.relayedThrough === null) return;
    }
    const contentRanges = [...a.content].sort((x, y) => x.start - y.start);
    const contentTokens = tokenRanges(view, contentRanges);
    const hedges = hedgesOf(view, a, contentTokens, hedgeMemo, unitsWithCues);
    const stance = decideStance(view, a, contentTokens, hedges);
    const content = contentRanges.map((r) => span(view, r.start, r.end));
    const quantities: number[] = [];
    view.language.quantities.forEach((q, qi) => {
      if (rangesHold(contentRanges, q.span)) quantities.push(qi);
    });
    const times: number[] = [];
    view.language.times.forEach((t, ti) => {
      if (rangesHold(contentRanges, t.span)) times.push(ti);
    });
    const hedgeSpans: Hedge[] = hedges.map((h) => ({ span: span(view, view.start[h.first]!, view.end[h.end - 1]!), kind: h.kind }));
    const cue = span(view, view.start[a.cueFirst]!, view.end[a.cueEnd - 1]!);
    const kind = kindOf(view, a);
    const statementTime = statementTimeOf(view, a, attributions);
    const relayedBy = throughChannel(speakers[index]!, withListenerOutlet(view, resolver, a, chains[index]!), channels);
    for (const speaker of speakers[index]!) {
      claims.push({
        sentence: view.sentenceOf[a.cue.head]!,
        source: sourceSpans[index] ?? null,
        cue,
        content,
        kind,
        speaker,
        relayedBy,
        stance,
        hedges: hedgeSpans,
        quantities,
        times,
        statementTime,
      });
    }
  });
  return claims;
}

/**
 * An unnamed source first reached through an outlet ("The Courier quoted a harbour official as
 * saying …") speaks through that outlet again when the text returns to it ("the official said"):
 * the reader knows the source only from the outlet. Remembers such channels in `channels`.
 */
function throughChannel(own: readonly Speaker[], chain: readonly Speaker[], channels: Map<string, readonly Speaker[]>): readonly Speaker[] {
  const speaker = own.length === 1 ? own[0]! : null;
  if (speaker?.type !== 'anonymous') return chain;
  if (chain.length === 0) return channels.get(speaker.name) ?? chain;
  // Outlets and bodies are channels; a person's or government's report of what officials said is not.
  if (chain.every((s) => s.type === 'media' || s.type === 'organisation') && !channels.has(speaker.name)) channels.set(speaker.name, chain);
  return chain;
}

/** The subject at the start of a unit, for a participle with no attribution to hang on ("Veldmark published a video, saying …"). */
function unitSubject(view: TokenView, a: Attribution): ReturnType<typeof subjectBefore> {
  const unit = view.units[a.unit]!;
  for (let i = unit.first; i < a.cueFirst; i++) {
    if ((view.pos[i] === 'VERB' || view.pos[i] === 'AUX') && !isNominal(view, i)) {
      let first = i;
      while (first - 1 >= unit.first && view.pos[first - 1] === 'ADV') first--;
      return subjectBefore(view, first, unit.first);
    }
  }
  return null;
}

export { claimExportRecord, type ClaimExportRecord } from './export.js';
