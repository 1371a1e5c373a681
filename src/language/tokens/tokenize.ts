// Tokens and sentences with offsets into the article text, for the language stage. wink-nlp does
// the tokenising, tagging and sentence finding; this module turns its tokens into Spans, reads
// each block on its own (wink joins a headline with no full stop to the next line), keeps
// hyphenated names whole ("Kim Jong-un") and mends sentence breaks news abbreviations cause.

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block } from '../../model/article.js';
import type { PartOfSpeech, Sentence, Token } from '../../model/language.js';
import { makeSpan } from '../../model/span.js';
import { foldForLookup } from './normal.js';
import { HYPHEN_JOINERS, NO_SENTENCE_BREAK_AFTER, TAGGER_POS } from './rules.js';

export interface TokenizedText {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
}

type Wink = ReturnType<typeof winkNLP>;
let sharedWink: Wink | null = null;

/** One tagger per process: a second wink instance silently loses custom settings, and loading costs ~0.3 s. */
function wink(): Wink {
  sharedWink ??= winkNLP(model, ['sbd', 'pos']);
  return sharedWink;
}

interface RawToken {
  start: number;
  end: number;
  pos: PartOfSpeech;
  lemma: string;
  /** wink ends a sentence after this token. */
  endsSentence: boolean;
}

/** Tokens and sentences of `text`, one block at a time; `blocks` must cover the text's words. */
export function tokenizeText(text: string, blocks: readonly Pick<Block, 'span'>[]): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const context = 'language/tokens';
  blocks.forEach((block, blockIndex) => {
    const blockText = text.slice(block.span.start, block.span.end);
    if (blockText.trim().length === 0) return;
    const merged = joinHyphenatedWords(readBlock(blockText, block.span.start), text);
    const breaks = sentenceBreaks(merged, text);
    let first = tokens.length;
    for (let i = 0; i < merged.length; i++) {
      const raw = merged[i]!;
      const surface = text.slice(raw.start, raw.end);
      const normal = foldForLookup(surface);
      tokens.push({
        span: makeSpan(raw.start, raw.end, text.length, context),
        pos: raw.pos,
        normal,
        lemma: raw.lemma.length > 0 ? raw.lemma : normal,
      });
      if (breaks.has(i) || i === merged.length - 1) {
        const startToken = tokens[first]!;
        const endToken = tokens[tokens.length - 1]!;
        sentences.push({
          span: makeSpan(startToken.span.start, endToken.span.end, text.length, context),
          tokens: { first, end: tokens.length },
          block: blockIndex,
        });
        first = tokens.length;
      }
    }
  });
  return { tokens, sentences };
}

/** wink's tokens for one block, placed in the article by adding up each token's preceding spaces. */
function readBlock(blockText: string, blockStart: number): RawToken[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(blockText);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tags = doc.tokens().out(its.pos);
  // wink's typings declare lemma with an addons parameter its `out()` overload does not accept.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const rawTokens: RawToken[] = [];
  const keptIndexOf = new Map<number, number>();
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    const start = offset;
    offset += value.length;
    const pos = TAGGER_POS.get(tags[i]!) ?? 'X';
    // Line breaks inside a block are whitespace to us; sentences already stop at blocks.
    if (pos === 'SPACE' || value.trim().length === 0) continue;
    keptIndexOf.set(i, rawTokens.length);
    rawTokens.push({ start: blockStart + start, end: blockStart + offset, pos, lemma: String(lemmas[i] ?? '').toLowerCase(), endsSentence: false });
  }
  if (offset !== blockText.length) {
    throw new Error(`tokenizer lost characters: read ${offset} of ${blockText.length}`);
  }
  doc.sentences().each((sentence: WinkSentence) => {
    // The sentence's last kept token marks its end.
    const lastIndex = sentenceLastTokenIndex(sentence);
    for (let i = lastIndex; i >= 0; i--) {
      const kept = keptIndexOf.get(i);
      if (kept !== undefined) {
        rawTokens[kept]!.endsSentence = true;
        break;
      }
    }
  });
  return rawTokens;
}

type WinkSentence = { tokens(): { length(): number; itemAt(i: number): { index(): number } } };

function sentenceLastTokenIndex(sentence: WinkSentence): number {
  const sentenceTokens = sentence.tokens();
  return sentenceTokens.itemAt(sentenceTokens.length() - 1).index();
}

/** "Kim", "Jong", "-", "un" → "Kim", "Jong-un": a hyphen with no space either side binds its words. */
function joinHyphenatedWords(rawTokens: RawToken[], text: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < rawTokens.length; i++) {
    const token = rawTokens[i]!;
    const previous = out[out.length - 1];
    const next = rawTokens[i + 1];
    const isJoiner = HYPHEN_JOINERS.has(text.slice(token.start, token.end));
    if (isJoiner && previous && next && previous.end === token.start && token.end === next.start && isWordish(text, previous) && isWordish(text, next)) {
      previous.end = next.end;
      previous.endsSentence = next.endsSentence;
      // A name stays a name ("Jong-un"); otherwise the compound takes its head's tag ("well-known" → ADJ).
      if (previous.pos !== 'PROPN') previous.pos = next.pos === 'PROPN' ? 'PROPN' : next.pos;
      previous.lemma = text.slice(previous.start, previous.end).toLowerCase();
      i++;
      continue;
    }
    out.push({ ...token });
  }
  return out;
}

function isWordish(text: string, token: RawToken): boolean {
  return /^[\p{L}\p{N}]/u.test(text.slice(token.start, token.end));
}

/**
 * Sentence ends wink found, minus those after an abbreviation that never ends a sentence
 * ("Lt.", "Gen.", "Sept.") when the next word is not a new sentence's start.
 */
function sentenceBreaks(tokens: RawToken[], text: string): Set<number> {
  const breaks = new Set<number>();
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (!token.endsSentence) continue;
    const next = tokens[index + 1];
    const surface = text.slice(token.start, token.end);
    if (next && NO_SENTENCE_BREAK_AFTER.has(surface.toLowerCase())) continue;
    if (next && surface === '.' && index > 0) {
      const before = tokens[index - 1]!;
      if (before.end === token.start && NO_SENTENCE_BREAK_AFTER.has(`${text.slice(before.start, before.end).toLowerCase()}.`)) continue;
    }
    breaks.add(index);
  }
  return breaks;
}
