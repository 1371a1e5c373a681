// Speaker naming rules on invented sentences (issue 4): a capital inside an unnamed official's
// description written as its country's adjective, "X and its allies", a bare regional or national
// adjective as the source of a speech noun, and an unnamed source that keeps the outlet it was
// reached through. Runs the real language stage and bundled gazetteer.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromDocument, rawTextDocument } from '../../tests/builders.js';
import { analyzeLanguage } from '../language/index.js';
import type { Claim } from '../model/claim.js';
import { findClaims } from './index.js';

function claimsOf(paragraphs: readonly string[]): { claims: readonly Claim[]; cue: (c: Claim) => string } {
  const source = paragraphs.join('\n');
  const article = articleFromDocument(rawTextDocument(source));
  const claims = findClaims(article, analyzeLanguage(article));
  return { claims, cue: (c) => (c.cue ? source.slice(c.cue.start, c.cue.end) : '') };
}

test('names an unnamed official by the adjective the article uses for the country a capital stands for', () => {
  const { claims, cue } = claimsOf(['Australia has denied sending Australian ships to the strait, according to a Canberra representative at the United Nations, who called the report a rumour.']);
  const official = claims.find((c) => cue(c) === 'according to');
  assert.ok(official, `claims: ${claims.map(cue).join(' | ')}`);
  assert.equal(official.speaker.name, 'Australian representative at the United Nations');
  assert.equal(official.speaker.type, 'government');
});

test('reads "X and its allies" as two speakers, the allies named by X', () => {
  const { claims, cue } = claimsOf(['Canada and its allies backing the treaty have accused the rebels of smuggling arms across the border.']);
  const names = claims.filter((c) => cue(c) === 'have accused').map((c) => c.speaker.name);
  assert.deepEqual(names, ['Canada', 'Canada allies backing the treaty']);
});

test('a bare adjective before a speech noun: a region speaks as its governments, a country as itself', () => {
  const { claims, cue } = claimsOf(['The vote prompted Western accusations that the port was being used to smuggle fuel.']);
  const accusation = claims.find((c) => cue(c) === 'accusations');
  assert.ok(accusation, `claims: ${claims.map(cue).join(' | ')}`);
  assert.equal(accusation.speaker.name, 'Western governments');
  assert.equal(accusation.speaker.type, 'government');
  const national = claimsOf(['The ruling prompted Australian accusations that the port was being used to smuggle fuel.']);
  const byCountry = national.claims.find((c) => national.cue(c) === 'accusations');
  assert.equal(byCountry?.speaker.name, 'Australia');
});

test('an unnamed source reached through an outlet speaks through it when the text returns to it', () => {
  const { claims, cue } = claimsOf([
    'The Tellburg Courier quoted a harbour official as saying the ferries would stop on Monday.',
    'The harbour official said the decision was final.',
  ]);
  const later = claims.filter((c) => cue(c) === 'said');
  assert.equal(later.length, 1, `claims: ${claims.map(cue).join(' | ')}`);
  assert.equal(later[0]!.speaker.type, 'anonymous');
  assert.deepEqual(later[0]!.relayedBy.map((s) => s.name), ['Tellburg Courier']);
});

test('"blasted X for accusing …": X made the accusation, and a later "it" is still the subject', () => {
  const { claims, cue } = claimsOf(['The Tellburg harbour board on Sunday blasted the Orlen Ferry Union for accusing it of wasting money. “We will not be bullied by anyone,” it said in a statement.']);
  const accusation = claims.find((c) => cue(c) === 'accusing');
  assert.ok(accusation, `claims: ${claims.map(cue).join(' | ')}`);
  assert.match(accusation.speaker.name, /Orlen Ferry Union/);
  assert.deepEqual(accusation.relayedBy, []);
  const statement = claims.find((c) => cue(c) === 'said');
  assert.match(statement?.speaker.name ?? '', /harbour board/i);
});
