// Measures one block's text for the furniture and header rules: length, sentence shape, the
// outlet's voice and reporting cues outside quotation marks, calls to action, site vocabulary.
// Computed once per block; every rule reads these instead of re-scanning the text.

import type { BoilerplateCategory } from '../../model/index.js';
import {
  CALL_TO_ACTION_START,
  FURNITURE_VOCABULARY,
  OUTLET_VOICE_TOKEN,
  PARAGRAPH_END,
  PARAGRAPH_MIN_WORDS_UNPUNCTUATED,
  BODY_PARAGRAPH_MIN_WORDS,
  QUOTE_CLOSE,
  QUOTE_OPEN,
  QUOTE_TOGGLE,
  REPORTING_CUE,
  SENTENCE_END,
} from '../rules.js';

export interface BlockSignals {
  readonly words: number;
  /** Ends with . ! ? … (closing quotes allowed). */
  readonly endsAsSentence: boolean;
  /** Reads as a body paragraph: a sentence long enough, or so long a dump cut its punctuation. */
  readonly isParagraphShaped: boolean;
  /** Second-person and outlet first-person-plural words outside quotation marks. */
  readonly voiceTokens: number;
  /** Reporting verbs and attributions outside quotation marks. */
  readonly reportingCues: number;
  readonly opensWithCallToAction: boolean;
  /** Site-only vocabulary hits over all families ("your support", "newsletter"). */
  readonly siteVocabularyHits: number;
  /** Vocabulary news shares with sites ("comments", "app"): supporting evidence only. */
  readonly sharedVocabularyHits: number;
  /** The family with most hits of either strength, null when none. */
  readonly vocabularyCategory: BoilerplateCategory | null;
  /** Lower-cased, trailing punctuation and spacing removed: the form labels are compared in. */
  readonly label: string;
}

const LABEL_TRIM = /^[\s\p{P}]+|[\s\p{P}]+$/gu;
const WHITESPACE_RUN = /\s+/gu;

export function readBlockSignals(text: string): BlockSignals {
  const words = countWords(text);
  const unquoted = blankQuotedSpeech(text);
  const endsAsSentence = SENTENCE_END.test(text);
  let siteVocabularyHits = 0;
  let sharedVocabularyHits = 0;
  let vocabularyCategory: BoilerplateCategory | null = null;
  let bestFamilyHits = 0;
  for (const family of FURNITURE_VOCABULARY) {
    const siteHits = countMatches(family.siteOnly, unquoted);
    const sharedHits = countMatches(family.shared, unquoted);
    siteVocabularyHits += siteHits;
    sharedVocabularyHits += sharedHits;
    const hits = siteHits + sharedHits;
    if (hits > bestFamilyHits) {
      bestFamilyHits = hits;
      vocabularyCategory = family.category;
    }
  }
  return {
    words,
    endsAsSentence,
    isParagraphShaped: (PARAGRAPH_END.test(text) && words >= BODY_PARAGRAPH_MIN_WORDS) || words >= PARAGRAPH_MIN_WORDS_UNPUNCTUATED,
    voiceTokens: countMatches(OUTLET_VOICE_TOKEN, unquoted),
    reportingCues: countMatches(REPORTING_CUE, unquoted),
    opensWithCallToAction: CALL_TO_ACTION_START.test(text),
    siteVocabularyHits,
    sharedVocabularyHits,
    vocabularyCategory,
    label: text.toLowerCase().replace(WHITESPACE_RUN, ' ').replace(LABEL_TRIM, ''),
  };
}

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** 1 for the ASCII characters that open, close or toggle a quotation. */
const ASCII_QUOTE_MARKS: Uint8Array = (() => {
  const marks = new Uint8Array(128);
  for (const mark of [...QUOTE_OPEN, ...QUOTE_CLOSE, ...QUOTE_TOGGLE]) if (mark.length === 1 && mark.charCodeAt(0) < 128) marks[mark.charCodeAt(0)] = 1;
  return marks;
})();

/** The text with quoted speech replaced by spaces (same length); an unclosed quote runs to the end. */
export function blankQuotedSpeech(text: string): string {
  let out = '';
  let inQuote = false;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    // Nearly every character is ASCII and no quotation mark: skip the three Set reads for it.
    const code = text.charCodeAt(i);
    if (code < 128 && !ASCII_QUOTE_MARKS[code]) continue;
    const c = text[i]!;
    const opens = QUOTE_OPEN.has(c) || (QUOTE_TOGGLE.has(c) && !inQuote);
    const closes = QUOTE_CLOSE.has(c) || (QUOTE_TOGGLE.has(c) && inQuote);
    if (!inQuote && opens) {
      out += text.slice(runStart, i);
      runStart = i;
      inQuote = true;
    } else if (inQuote && closes) {
      out += ' '.repeat(i + 1 - runStart);
      runStart = i + 1;
      inQuote = false;
    }
  }
  out += inQuote ? ' '.repeat(text.length - runStart) : text.slice(runStart);
  return out;
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (pattern.exec(text) !== null) count++;
  return count;
}
