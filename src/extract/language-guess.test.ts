// The fast language guess must answer exactly as franc does, on every script and on ties.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { franc } from 'franc-min';
import { data } from 'franc-min/data.js';
import { createLanguageGuesser } from './language-guess.js';
import { LANGUAGE_GUESS } from './assembly-rules.js';

const candidates = Object.keys(LANGUAGE_GUESS.iso6391By6393);
const minLength = LANGUAGE_GUESS.minChars;

/** Pseudo-text in each of franc's languages, spelt from its own trigram list, plus mixed and odd inputs. */
function samples(): string[] {
  const out: string[] = [
    '',
    'short text',
    '1234567890 '.repeat(12),
    '!!! ??? ... ,,, '.repeat(8),
    'The ministry said on Tuesday that 1,200 troops had crossed the border, officials told reporters.',
    'Le gouvernement a annoncé mardi que les négociations reprendraient la semaine prochaine à Genève.',
    'Правительство заявило во вторник, что переговоры возобновятся на следующей неделе в Женеве.',
    '정부는 화요일 협상이 다음 주 제네바에서 재개될 것이라고 밝혔다. 정부는 화요일 협상이 다음 주 재개될 것이다.',
    '政府周二表示，谈判将于下周在日内瓦恢复。政府周二表示，谈判将于下周在日内瓦恢复。政府周二表示，谈判将于下周在日内瓦恢复。',
    'Η κυβέρνηση ανακοίνωσε την Τρίτη ότι οι διαπραγματεύσεις θα ξαναρχίσουν την επόμενη εβδομάδα στη Γενεύη.',
  ];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (const languages of Object.values(data)) {
    for (const trigrams of Object.values(languages)) {
      const list = trigrams.split('|');
      for (let k = 0; k < 3; k++) {
        let text = '';
        while (text.length < 300) text += list[random(list.length)]!;
        out.push(text);
      }
    }
  }
  return out;
}

test('the guesser answers as franc with the same candidates and minimum length', () => {
  const guesser = createLanguageGuesser(candidates, minLength);
  for (const sample of samples()) assert.equal(guesser.guess(sample), franc(sample, { minLength, only: candidates }), sample.slice(0, 60));
});

test('with one candidate per script, ties and absent scripts fall as franc lets them', () => {
  const few = ['eng', 'rus', 'kor'];
  const guesser = createLanguageGuesser(few, 10);
  for (const sample of samples()) assert.equal(guesser.guess(sample), franc(sample, { minLength: 10, only: few }), sample.slice(0, 60));
});
