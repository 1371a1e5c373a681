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

const CONTEXT = 'language/tokens';
/** Starts with a letter or digit; sticky, so it is tested in place without slicing the word out. */
const WORDISH_AT = /[\p{L}\p{N}]/uy;
const WHITESPACE_ONLY = /^\s*$/u;

/** Tokens and sentences of `text`, one block at a time; `blocks` must cover the text's words. */
export function tokenizeText(text: string, blocks: readonly Pick<Block, 'span'>[]): TokenizedText {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex]!;
    const blockText = text.slice(block.span.start, block.span.end);
    if (WHITESPACE_ONLY.test(blockText)) continue;
    const merged = joinHyphenatedWords(readBlock(blockText, block.span.start), text);
    markAbbreviationsThatDoNotEndSentences(merged, text);
    let first = tokens.length;
    for (let i = 0; i < merged.length; i++) {
      const raw = merged[i]!;
      const normal = foldForLookup(text.slice(raw.start, raw.end));
      tokens.push({
        span: makeSpan(raw.start, raw.end, text.length, CONTEXT),
        pos: raw.pos,
        normal,
        lemma: raw.lemma.length > 0 ? raw.lemma : normal,
      });
      if (raw.endsSentence || i === merged.length - 1) {
        sentences.push({
          span: makeSpan(tokens[first]!.span.start, raw.end, text.length, CONTEXT),
          tokens: { first, end: tokens.length },
          block: blockIndex,
        });
        first = tokens.length;
      }
    }
  }
  return { tokens, sentences };
}

/** wink's tokens for one block, placed in the article by adding up each token's preceding spaces. */
function readBlock(blockText: string, blockStart: number): RawToken[] {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(blockText);
  const all = doc.tokens();
  const values = all.out();
  const spaces = all.out(its.precedingSpaces);
  const tags = all.out(its.pos);
  // wink's typings declare lemma with an addons parameter its `out()` overload does not accept.
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[];
  const rawTokens: RawToken[] = [];
  // wink's token index → index in rawTokens of the last kept token at or before it (-1: none yet).
  const lastKeptAt = new Int32Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i]!.length;
    const value = values[i]!;
    const start = offset;
    offset += value.length;
    const pos = TAGGER_POS.get(tags[i]!) ?? 'X';
    // Line breaks inside a block are whitespace to us; sentences already stop at blocks.
    if (pos === 'SPACE' || value.trim().length === 0) {
      lastKeptAt[i] = rawTokens.length - 1;
      continue;
    }
    lastKeptAt[i] = rawTokens.length;
    // The lemma is folded like `normal`, so "’s" and "'s" read alike.
    rawTokens.push({ start: blockStart + start, end: blockStart + offset, pos, lemma: foldForLookup(String(lemmas[i] ?? '')), endsSentence: false });
  }
  // wink does not report whitespace after the last token ("Troops withdrew. "): only that may be left over.
  if (offset > blockText.length || !WHITESPACE_ONLY.test(blockText.slice(offset))) {
    throw new Error(`${CONTEXT}: the tokenizer lost characters: its tokens and spaces cover ${offset} of the block's ${blockText.length} characters, and what is left is not whitespace`);
  }
  // Each sentence is [first, last] wink token indexes; its last kept token ends it.
  for (const span of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const kept = lastKeptAt[span[1]]!;
    if (kept >= 0) rawTokens[kept]!.endsSentence = true;
  }
  return rawTokens;
}

/** "Kim", "Jong", "-", "un" → "Kim", "Jong-un": a hyphen with no space either side binds its words. Mends `rawTokens` in place. */
function joinHyphenatedWords(rawTokens: RawToken[], text: string): RawToken[] {
  let kept = 0;
  for (let i = 0; i < rawTokens.length; i++) {
    const token = rawTokens[i]!;
    const previous = kept > 0 ? rawTokens[kept - 1] : undefined;
    const next = rawTokens[i + 1];
    if (
      previous &&
      next &&
      token.end - token.start === 1 &&
      HYPHEN_JOINERS.has(text[token.start]!) &&
      previous.end === token.start &&
      token.end === next.start &&
      isWordish(text, previous) &&
      isWordish(text, next)
    ) {
      previous.end = next.end;
      previous.endsSentence = next.endsSentence;
      // A name stays a name ("Jong-un"); otherwise the compound takes its head's tag ("well-known" → ADJ).
      if (previous.pos !== 'PROPN') previous.pos = next.pos === 'PROPN' ? 'PROPN' : next.pos;
      previous.lemma = foldForLookup(text.slice(previous.start, previous.end));
      i++;
      continue;
    }
    rawTokens[kept++] = token;
  }
  rawTokens.length = kept;
  return rawTokens;
}

function isWordish(text: string, token: RawToken): boolean {
  WORDISH_AT.lastIndex = token.start;
  return WORDISH_AT.test(text);
}

/**
 * Keeps the sentence ends wink found, except those after an abbreviation that never ends a
 * sentence ("Lt.", "Gen.", "Sept.") when a word follows in the block.
 */
function markAbbreviationsThatDoNotEndSentences(tokens: RawToken[], text: string): void {
  for (let index = 0; index < tokens.length - 1; index++) {
    const token = tokens[index]!;
    if (!token.endsSentence) continue;
    const surface = text.slice(token.start, token.end);
    if (NO_SENTENCE_BREAK_AFTER.has(surface.toLowerCase())) {
      token.endsSentence = false;
      continue;
    }
    if (surface === '.' && index > 0) {
      const before = tokens[index - 1]!;
      if (before.end === token.start && NO_SENTENCE_BREAK_AFTER.has(`${text.slice(before.start, before.end).toLowerCase()}.`)) token.endsSentence = false;
    }
  }
}
