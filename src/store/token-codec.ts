// Tokens stored compactly: one array per token, [start, length, tag, normal] or, when the lemma
// differs from the folded word, [start, length, tag, lemma, normal]. About a third of the size of
// the token objects written out in full.

import type { PartOfSpeech, Span, Token } from '../model/index.js';

const TAGS: readonly PartOfSpeech[] = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const TAG_INDEX = new Map(TAGS.map((tag, i) => [tag, i]));

type EncodedToken = [number, number, number, string] | [number, number, number, string, string];

export function encodeTokens(tokens: readonly Token[]): string {
  const rows: EncodedToken[] = tokens.map((t) => {
    const base: [number, number, number] = [t.span.start, t.span.end - t.span.start, TAG_INDEX.get(t.pos) ?? TAG_INDEX.get('X')!];
    return t.lemma === t.normal ? [...base, t.normal] : [...base, t.lemma, t.normal];
  });
  return JSON.stringify(rows);
}

export function decodeTokens(articleId: string, value: string): Token[] {
  let rows: unknown;
  try {
    rows = JSON.parse(value);
  } catch (error) {
    throw new Error(`stored tokens of ${articleId} are not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(rows)) throw new Error(`stored tokens of ${articleId} are not an array`);
  return rows.map((row, i) => {
    if (!Array.isArray(row) || row.length < 4 || typeof row[0] !== 'number' || typeof row[1] !== 'number' || typeof row[2] !== 'number') {
      throw new Error(`stored token ${i} of ${articleId} has an unexpected shape`);
    }
    const [start, length, tag, first, second] = row as [number, number, number, string, string | undefined];
    const normal = second ?? first;
    return {
      span: { start, end: start + length } as Span,
      pos: TAGS[tag] ?? 'X',
      normal,
      lemma: first,
    };
  });
}
