// Tokens and sentences on invented news text: offsets index the text, names with hyphens stay
// whole, abbreviations do not end sentences, blocks bound sentences.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSpan, spanText } from '../../model/span.js';
import { tokenizeText } from './tokenize.js';

/** One block per line, as extract makes them. */
function blocksOf(text: string) {
  const blocks = [];
  for (const match of text.matchAll(/[^\n]+/g)) blocks.push({ span: makeSpan(match.index, match.index + match[0].length, text.length, 'test') });
  return blocks;
}

function read(text: string) {
  const result = tokenizeText(text, blocksOf(text));
  return {
    words: result.tokens.map((t) => spanText(text, t.span)),
    sentences: result.sentences.map((s) => spanText(text, s.span)),
    result,
  };
}

test('every token is a span whose text is the word, and no character is lost between them', () => {
  const text = 'Ms. Adaeze Kwarteng-Obi met U.S. envoys\u00a0in Lagos on Sept. 3, officials said.';
  const { result } = read(text);
  for (const token of result.tokens) assert.equal(spanText(text, token.span).trim(), spanText(text, token.span));
  const rebuilt = result.tokens.map((t) => spanText(text, t.span)).join('');
  assert.equal(rebuilt, text.replace(/[\s\u00a0]/g, ''));
});

test('hyphenated names and compounds are one token', () => {
  const { words } = read('Ri Song-chol and Ana Paulsen-Dahl discussed Indo-Pacific security.');
  assert.ok(words.includes('Song-chol'));
  assert.ok(words.includes('Paulsen-Dahl'));
  assert.ok(words.includes('Indo-Pacific'));
});

test('titles, ranks and month abbreviations do not end a sentence', () => {
  const { sentences } = read('Lt. Gen. Tomas Vidal said on Sept. 3 that Mr. Oduya had left. The talks resumed.');
  assert.deepEqual(sentences, ['Lt. Gen. Tomas Vidal said on Sept. 3 that Mr. Oduya had left.', 'The talks resumed.']);
});

test('a headline without a full stop is its own sentence and a quote keeps its closing mark', () => {
  const { sentences } = read('Port closed after leak\n"We will not reopen yet," the harbour master said. "Not this week."');
  assert.deepEqual(sentences, ['Port closed after leak', '"We will not reopen yet," the harbour master said.', '"Not this week."']);
});

test('sentences record their block and token range', () => {
  const text = 'First block. Still first.\nSecond block.';
  const { result } = read(text);
  assert.deepEqual(result.sentences.map((s) => s.block), [0, 0, 1]);
  const last = result.sentences[2]!;
  assert.deepEqual(result.tokens.slice(last.tokens.first, last.tokens.end).map((t) => spanText(text, t.span)), ['Second', 'block', '.']);
});

test('tokens carry a tag, a folded form and a lemma', () => {
  const text = 'The ministry\u2019s spokesman said troops were sent.';
  const { result } = read(text);
  const byWord = new Map(result.tokens.map((t) => [spanText(text, t.span), t]));
  assert.equal(byWord.get('said')?.lemma, 'say');
  assert.equal(byWord.get('said')?.pos, 'VERB');
  assert.equal(byWord.get('troops')?.lemma, 'troop');
  assert.ok([...byWord.values()].some((t) => t.normal === "'s"), 'the curly apostrophe is folded');
});

test('a block that ends in whitespace is read whole, with no characters reported lost', () => {
  // Extract may hand over a block whose span keeps trailing spaces, a tab or a no-break space.
  for (const text of ['Troops withdrew on Monday. ', 'Port closed after leak\t', 'The talks resumed\u00a0 ', 'Two ships left.\n ']) {
    const blocks = [{ span: makeSpan(0, text.length, text.length, 'test') }];
    const result = tokenizeText(text, blocks);
    const words = result.tokens.map((t) => spanText(text, t.span));
    assert.equal(words.join(''), text.replace(/\s/g, ''));
    assert.equal(result.sentences.at(-1)!.span.end, text.trimEnd().length);
  }
});

test('the lemma of a curly possessive is folded like a straight one', () => {
  const curly = 'The ministry\u2019s spokesman spoke.';
  const straight = "The ministry's spokesman spoke.";
  const lemmaOfPossessive = (text: string) => read(text).result.tokens.find((t) => t.normal === "'s")?.lemma;
  assert.equal(lemmaOfPossessive(straight), "'s");
  assert.equal(lemmaOfPossessive(curly), lemmaOfPossessive(straight));
});
