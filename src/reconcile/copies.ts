// Copies across articles: near-identical texts (one wire story under several mastheads) found by
// MinHash over word shingles, identical long sentences (a paragraph lifted from another report),
// and wire credits ("SEOUL (AP) —") that make an article the agency's copy. Copies collapse to
// one origin; the outlet that relays is never counted as a source.

import type { ArticleEvidence, WireCredit } from '../model/index.js';
import { makeSpan } from '../model/index.js';
import { estimateJaccard, fingerprintText, foldedWords, type TextFingerprint } from '../shared/text-fingerprint.js';
import {
  COPIED_SENTENCE_MIN_WORDS,
  NEAR_DUPLICATE_MIN_JACCARD,
  NEAR_DUPLICATE_MIN_WORDS,
  WIRE_AGENCIES,
  WIRE_DATELINE_MAX_OFFSET_CHARS,
} from './rules.js';

export type { TextFingerprint };

export function articleFingerprint(text: string): TextFingerprint {
  return fingerprintText(text);
}

/** The similarity of two articles when they are copies of one text, else null. */
export function copySimilarity(a: TextFingerprint, b: TextFingerprint): number | null {
  if (a.wordCount < NEAR_DUPLICATE_MIN_WORDS || b.wordCount < NEAR_DUPLICATE_MIN_WORDS) return null;
  if (a.exactKey === b.exactKey) return 1;
  const jaccard = estimateJaccard(a.minhash, b.minhash);
  return jaccard >= NEAR_DUPLICATE_MIN_JACCARD ? jaccard : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CREDITS = WIRE_AGENCIES.flatMap((w) => w.credits.map((credit) => ({ credit, name: w.name }))).sort((a, b) => b.credit.length - a.credit.length);
const CREDIT_ALTERNATION = CREDITS.map((c) => escapeRegExp(c.credit)).join('|');
/** "SEOUL (AP) —", "(Reuters) -": the agency in brackets followed by a dash. */
const DATELINE_CREDIT = new RegExp(`\\((${CREDIT_ALTERNATION})\\)\\s*[-\u2010-\u2015]`, 'u');
/** "© 2031 The Associated Press", "Copyright Reuters". */
const COPYRIGHT_CREDIT = new RegExp(`(?:\u00a9|\\bCopyright\\b)\\s*(?:\\d{4}\\s*)?(?:The\\s+)?(${CREDIT_ALTERNATION})\\b`, 'u');
const NAME_BY_CREDIT = new Map(CREDITS.map((c) => [c.credit, c.name]));

/** The wire agency an article is a copy of, from a dateline credit near the start or a copyright line anywhere. */
export function findWireCredit(evidence: ArticleEvidence): WireCredit | null {
  const { text } = evidence;
  const head = text.slice(0, WIRE_DATELINE_MAX_OFFSET_CHARS);
  const dateline = DATELINE_CREDIT.exec(head);
  const match = dateline ?? COPYRIGHT_CREDIT.exec(text);
  if (!match) return null;
  const credit = match[1]!;
  const start = match.index + match[0].indexOf(credit);
  return {
    agency: NAME_BY_CREDIT.get(credit) ?? credit,
    evidence: { article: evidence.article.id, span: makeSpan(start, start + credit.length, text.length, `article ${evidence.article.id}`) },
  };
}

/**
 * A comparable key per sentence long enough that an identical one elsewhere is a copy, not chance:
 * its folded words. Map from sentence index to key.
 */
export function sentenceCopyKeys(evidence: ArticleEvidence): Map<number, string> {
  const keys = new Map<number, string>();
  evidence.language.sentences.forEach((sentence, index) => {
    const words = foldedWords(evidence.text.slice(sentence.span.start, sentence.span.end));
    if (words.length >= COPIED_SENTENCE_MIN_WORDS) keys.set(index, words.join(' '));
  });
  return keys;
}
