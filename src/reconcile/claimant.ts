// Who stands behind a claim: the claimant (the end of the relay chain, as the claims stage names
// it) and the relays between the writer and the claimant, including media credits in the claim's
// sentence ("a source told the BBC", "according to Reuters") the claims stage leaves in the text.

import type { ArticleEvidence, Claim, Claimant, Speaker } from '../model/index.js';
import { foldName, foldPersonName, mentionsIn, spanContains } from './annotations.js';
import {
  GENERIC_CLAIMANT_HEADS,
  GENERIC_CLAIMANT_MODIFIERS,
  MEDIA_RELAY_CUES,
  RELAY_RECORD_MAX_EXTRA_WORDS,
  UNNAMED_CLAIMANT_NAME,
  WIRE_AGENCIES,
} from './rules.js';

const GENERIC_HEADS = new Set(GENERIC_CLAIMANT_HEADS);
const GENERIC_MODIFIERS = new Set(GENERIC_CLAIMANT_MODIFIERS);

/** True for a speaker name that names no one: "Speculation", "Reports", "Many commentators", "unspecified reports". */
export function isGenericClaimantName(name: string): boolean {
  const folded = foldName(name);
  if (GENERIC_HEADS.has(folded)) return true;
  const words = folded.split(' ');
  return words.length > 0 && GENERIC_HEADS.has(words[words.length - 1]!) && words.slice(0, -1).every((w) => GENERIC_MODIFIERS.has(w));
}

/**
 * The claimant of a speaker. Keys: a person's name folded as entity keys are (spelling variants such
 * as "Ahn Tae-rim" / "Ahn Taerim" / "Ahn T. Taerim" meet across articles, linked or not); another
 * entity's key; else the folded name. A generic name ("Experts", "Speculation") is an unnamed report.
 */
export function claimantOf(speaker: Speaker): Claimant {
  if (speaker.entity === null && isGenericClaimantName(speaker.name)) {
    const saysUnnamed = /\b(?:unknown|unspecified|unnamed|anonymous)\b/i.test(speaker.name);
    const name = saysUnnamed ? speaker.name : `${UNNAMED_CLAIMANT_NAME} (${speaker.name})`;
    return { key: `unnamed:${foldName(speaker.name)}`, name, type: 'anonymous', entity: null, origin: name };
  }
  const isPerson = speaker.type === 'person' || (speaker.entity ?? '').startsWith('person:');
  return {
    key: isPerson ? `person:${foldPersonName(speaker.name)}` : speaker.entity ?? `name:${foldPersonName(speaker.name)}`,
    name: speaker.name,
    type: speaker.type,
    entity: speaker.entity,
    origin: speaker.affiliation ?? speaker.name,
  };
}

/** What independence counts once: the claimant's origin folded; a person speaking for no body, folded as the person's key (spelling variants meet). */
export function originKeyOf(claimant: Claimant): string {
  return claimant.origin === claimant.name && claimant.key.startsWith('person:') ? claimant.key : foldName(claimant.origin);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CUE_PATTERN = [...MEDIA_RELAY_CUES].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const RELAY_CUE_BEFORE = new RegExp(`\\b(?:${CUE_PATTERN})\\s+$`, 'i');
const WIRE_CREDIT_NAMES = WIRE_AGENCIES.flatMap((w) => w.credits.map((credit) => ({ credit, name: w.name })));
const WIRE_AFTER_CUE = new RegExp(
  `\\b(?:${CUE_PATTERN})\\s+(${[...WIRE_CREDIT_NAMES].sort((a, b) => b.credit.length - a.credit.length).map((w) => escapeRegExp(w.credit)).join('|')})\\b`,
  'g',
);
const WIRE_NAME_BY_CREDIT = new Map(WIRE_CREDIT_NAMES.map((w) => [w.credit, w.name]));

/**
 * Outlets the claim's sentence credits as the channel ("told the BBC", "citing AFP"): media
 * entities or wire agencies right after a relay cue, outside the speaker's own words, in text order.
 */
export function mediaCreditsOf(evidence: ArticleEvidence, claim: Claim): string[] {
  const { language, text } = evidence;
  const sentence = language.sentences[claim.sentence];
  if (!sentence) return [];
  const found: { at: number; name: string }[] = [];
  for (const { mention } of mentionsIn(language, sentence.span)) {
    const entity = language.entities[mention.entity];
    if (!entity || entity.type !== 'media') continue;
    if (claim.source && spanContains(claim.source, mention.span)) continue;
    if (RELAY_CUE_BEFORE.test(text.slice(sentence.span.start, mention.span.start))) found.push({ at: mention.span.start, name: entity.canonical });
  }
  const sentenceText = text.slice(sentence.span.start, sentence.span.end);
  for (const match of sentenceText.matchAll(WIRE_AFTER_CUE)) {
    const name = WIRE_NAME_BY_CREDIT.get(match[1]!);
    if (name) found.push({ at: sentence.span.start + match.index!, name });
  }
  found.sort((a, b) => a.at - b.at);
  const own = new Set([foldName(claim.speaker.name), ...claim.relayedBy.map((r) => foldName(r.name))]);
  const names: string[] = [];
  for (const { name } of found) {
    if (own.has(foldName(name))) continue;
    own.add(foldName(name));
    names.push(name);
  }
  return names;
}

/** The claim's relays nearest the writer first: media credits in the sentence, then the claims stage's relayedBy. */
export function relayNamesOf(evidence: ArticleEvidence, claim: Claim): string[] {
  return [...mediaCreditsOf(evidence, claim), ...claim.relayedBy.map((r) => r.name)];
}

function sameVoice(a: Speaker, b: Speaker): boolean {
  return a.entity !== null && b.entity !== null ? a.entity === b.entity : foldName(a.name) === foldName(b.name);
}

/** Words of `x`'s content outside `y`'s content, source and cue: what the relay line says beyond the inner line. */
function extraWords(text: string, x: Claim, y: Claim): number {
  const covered = [...y.content, ...(y.source ? [y.source] : []), ...(y.cue ? [y.cue] : [])];
  let words = 0;
  for (const fragment of x.content) {
    let rest = '';
    for (let i = fragment.start; i < fragment.end; i++) rest += covered.some((c) => c.start <= i && i < c.end) ? ' ' : text[i];
    words += rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  }
  return words;
}

/**
 * Claims that only record a relay: the claims stage gives "the Harbour Courier quoted unnamed sources
 * as saying X" two lines, one per speaker. The line whose speaker is another line's relay, in the same
 * sentence, and whose content adds at most RELAY_RECORD_MAX_EXTRA_WORDS to the other line's
 * source, cue and content, is the relay, not a source. Returns their indices.
 */
export function relayRecordsOf(text: string, claims: readonly Claim[]): Set<number> {
  const records = new Set<number>();
  claims.forEach((x, i) => {
    const relayed = claims.some(
      (y, j) =>
        j !== i &&
        y.sentence === x.sentence &&
        y.relayedBy.some((r) => sameVoice(r, x.speaker)) &&
        !x.relayedBy.some((r) => sameVoice(r, y.speaker)) &&
        extraWords(text, x, y) <= RELAY_RECORD_MAX_EXTRA_WORDS,
    );
    if (relayed) records.add(i);
  });
  return records;
}
