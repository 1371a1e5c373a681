// Canonical names and typing rules added for issue 4, on invented names and an invented gazetteer:
// middle initials, hyphenated romanised Korean given names, formal body names, state agencies by
// acronym, an outlet's national service, lone names typed by the list they stand in, and "the"
// before a name that makes it no person's.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeSpan } from '../../model/span.js';
import { gazetteerEntry, gazetteerFromData } from '../gazetteer/index.js';
import { tokenizeText } from '../tokens/index.js';
import { entryCanonical, hyphenateKoreanGivenName, personCanonical } from './canonical-names.js';
import { findEntities } from './index.js';


const gazetteer = gazetteerFromData({
  version: 'test',
  sources: ['invented for tests'],
  entries: [
    gazetteerEntry({ id: 'country:VD', type: 'country', placeKind: 'country', canonical: 'Veldoria', demonyms: ['Veldorian'] }),
    gazetteerEntry({ id: 'country:CS', type: 'country', placeKind: 'country', canonical: 'Castavia', demonyms: ['Castavian'] }),
    gazetteerEntry({ id: 'country:TL', type: 'country', placeKind: 'country', canonical: 'Tollmark' }),
    gazetteerEntry({ id: 'media:courier', type: 'media', canonical: 'Tellburg Courier' }),
  ],
  roleWords: [
    { text: 'Mr', kind: 'honorific' },
    { text: 'spokesman', kind: 'function' },
  ],
});

function entitiesOf(text: string): ReturnType<typeof findEntities> & { text: string } {
  const blocks = [{ kind: 'paragraph' as const, span: makeSpan(0, text.length, text.length, 'test') }];
  const { tokens, sentences } = tokenizeText(text, blocks);
  return { text, ...findEntities(text, blocks, tokens, sentences, gazetteer) };
}

function entityAt(r: ReturnType<typeof entitiesOf>, words: string): ReturnType<typeof findEntities>['entities'][number] {
  const at = r.text.indexOf(words);
  const mention = r.mentions.find((m) => m.span.start <= at && at + words.length <= m.span.end && m.kind !== 'demonym');
  assert.ok(mention, `no mention covers "${words}"`);
  return r.entities[mention.entity]!;
}

test('drops a middle initial only when the article also writes the name without it', () => {
  assert.equal(personCanonical(['Halvard Omsk', 'Halvard J Omsk', 'Omsk']), 'Halvard Omsk');
  assert.equal(personCanonical(['Halvard J. Omsk', 'Omsk']), 'Halvard J. Omsk');
  const r = entitiesOf('Spokesman Halvard J Omsk said the port was closed. Halvard Omsk later said it would reopen.');
  assert.equal(entityAt(r, 'Halvard J Omsk').canonical, 'Halvard Omsk');
});

test('prints a fused romanised Korean given name hyphenated, and leaves other names alone', () => {
  assert.equal(hyphenateKoreanGivenName('Ahn Taerim'), 'Ahn Tae-rim');
  assert.equal(hyphenateKoreanGivenName('Ahn Tae-rim'), 'Ahn Tae-rim');
  assert.equal(hyphenateKoreanGivenName('Kim Wilde'), 'Kim Wilde');
  assert.equal(hyphenateKoreanGivenName('Omsk Taerim'), 'Omsk Taerim');
  // A hyphenated spelling written in the article wins over the fused one.
  assert.equal(personCanonical(['Ahn Taerim', 'Ahn Tae-rim']), 'Ahn Tae-rim');
});

test('names a government body by its formal name and a state news agency by its acronym', () => {
  const ministry = gazetteerEntry({ id: 'agency:vd-fm', type: 'government_body', canonical: 'Veldorian Foreign Ministry', names: ['Ministry of Foreign Affairs of Veldoria', 'Veldorian Ministry of Foreign Affairs'] });
  assert.equal(entryCanonical(ministry), 'Veldorian Ministry of Foreign Affairs');
  const treasury = gazetteerEntry({ id: 'agency:vd-tr', type: 'government_body', canonical: 'Veldorian Treasury', names: ['Veldorian Ministry of Finance', 'Veldorian Department of the Treasury'] });
  assert.equal(entryCanonical(treasury), 'Veldorian Department of the Treasury');
  const office = gazetteerEntry({ id: 'agency:vd-fo', type: 'government_body', canonical: 'Veldorian Foreign Office', names: ['Veldorian Ministry of Foreign Affairs'] });
  assert.equal(entryCanonical(office), 'Veldorian Foreign Office', 'no formal name keeps every word of "Foreign Office"');
  const agency = gazetteerEntry({ id: 'media:vna', type: 'media', canonical: 'Veldorian News Agency', acronyms: ['VNA'], instanceOf: 'generic:state-media' });
  assert.equal(entryCanonical(agency), 'VNA');
});

test("reads an outlet's name followed by a country as the outlet's national service", () => {
  const r = entitiesOf('The Tellburg Courier and Tellburg Courier Castavia reported the fire.');
  const service = entityAt(r, 'Tellburg Courier Castavia');
  assert.equal(service.canonical, 'Tellburg Courier Castavia');
  assert.equal(service.type, 'media');
  // After a verb the country starts the clause told: two names.
  const told = entitiesOf('Halvard Omsk told Tellburg Courier Castavia would close the border.');
  assert.equal(entityAt(told, 'Castavia').key, 'country:CS');
});

test('types a lone unknown name by the list it stands in: people beside people, countries beside countries', () => {
  const r = entitiesOf('Mr Brandt praised Halvard Omsk. "There were fouls on Omsk, five on Quillane, six by Marrin," he said.');
  assert.equal(entityAt(r, 'Quillane').type, 'person');
  assert.equal(entityAt(r, 'Marrin').type, 'person');
  const countries = entitiesOf('Teams came from Veldoria (2), Castavia, Tollmark, Osterland and more.');
  assert.equal(entityAt(countries, 'Osterland').type, 'country');
});

test('a capitalised pair after "the" is no person', () => {
  const r = entitiesOf('Voters said the Tarn Rovers had won the cup.');
  assert.notEqual(entityAt(r, 'Tarn Rovers').type, 'person');
});
