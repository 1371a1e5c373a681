// Behaviour of the entity recogniser on invented text and an invented gazetteer: alias merging,
// titled names, acronym definitions, metonyms read as actors or kept literal, demonyms, references
// back, hyphenated name variants, typed places, and keys that meet across articles.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BlockKind } from '../../model/article.js';
import type { Entity, EntityMention } from '../../model/language.js';
import { makeSpan } from '../../model/span.js';
import { gazetteerEntry, gazetteerFromData, type GazetteerData } from '../gazetteer/index.js';
import { tokenizeText } from '../tokens/index.js';
import { findEntities } from './index.js';


/** An invented world: two countries, a capital and a palace used for their governments, an alliance, an agency. */
const data: GazetteerData = {
  version: 'test',
  sources: ['invented for tests'],
  entries: [
    gazetteerEntry({ id: 'country:VD', type: 'country', placeKind: 'country', canonical: 'Veldoria', names: ['Republic of Veldoria'], acronyms: ['ROV'], demonyms: ['Veldorian', 'Veldorians'], nominals: ['the republic'] }),
    gazetteerEntry({ id: 'country:CS', type: 'country', placeKind: 'country', canonical: 'Castavia', demonyms: ['Castavian', 'Castavians'] }),
    gazetteerEntry({ id: 'city:marrowgate', type: 'place', placeKind: 'city', canonical: 'Marrowgate', standsFor: 'country:VD', partOf: 'country:VD' }),
    gazetteerEntry({ id: 'city:tollbridge', type: 'place', placeKind: 'city', canonical: 'Tollbridge', partOf: 'country:CS' }),
    gazetteerEntry({ id: 'body:vd-presidency', type: 'government_body', canonical: 'Veldorian Presidency', partOf: 'country:VD' }),
    gazetteerEntry({ id: 'building:granite-hall', type: 'place', placeKind: 'facility', canonical: 'Granite Hall', standsFor: 'body:vd-presidency', partOf: 'country:VD' }),
    gazetteerEntry({ id: 'body:nta', type: 'organisation', canonical: 'Northern Treaty Alliance', acronyms: ['NTA'], nominals: ['the alliance'] }),
    gazetteerEntry({ id: 'agency:vd-vib', type: 'government_body', canonical: 'Veldorian Intelligence Bureau', acronyms: ['VIB'], nominals: ['the bureau', 'the agency'], partOf: 'country:VD' }),
    gazetteerEntry({ id: 'generic:foreign-ministry', type: 'government_body', canonical: 'Foreign Ministry', names: ['Ministry of Foreign Affairs'], nominals: ['the ministry'] }),
  ],
  roleWords: [
    { text: 'Mr', kind: 'honorific' },
    { text: 'Ms', kind: 'honorific' },
    { text: 'Lt Gen', kind: 'rank' },
    { text: 'minister', kind: 'office' },
    { text: 'foreign minister', kind: 'office' },
    { text: 'defence minister', kind: 'office' },
    { text: 'spokesman', kind: 'function' },
    { text: 'director', kind: 'function' },
  ],
};
const gazetteer = gazetteerFromData(data);

interface Read {
  readonly text: string;
  readonly entities: readonly Entity[];
  readonly mentions: readonly EntityMention[];
}

/** Paragraphs separated by blank lines become blocks; the first may be marked a title. */
function read(text: string, firstBlock: BlockKind = 'paragraph'): Read {
  const blocks: { kind: BlockKind; span: ReturnType<typeof makeSpan> }[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    blocks.push({ kind: blocks.length === 0 ? firstBlock : 'paragraph', span: makeSpan(start, start + part.length, text.length, 'test') });
    start += part.length + 2;
  }
  const { tokens, sentences } = tokenizeText(text, blocks);
  const found = findEntities(text, blocks, tokens, sentences, gazetteer);
  return { text, ...found };
}

const surface = (r: Read, m: EntityMention): string => r.text.slice(m.span.start, m.span.end);
const mentionAt = (r: Read, words: string, occurrence = 0): EntityMention => {
  const at = indexOfNth(r.text, words, occurrence);
  const found = r.mentions.filter((m) => m.span.start <= at && at + words.length <= m.span.end);
  assert.ok(found.length > 0, `no mention covers "${words}" (#${occurrence}); mentions: ${r.mentions.map((m) => surface(r, m)).join(' | ')}`);
  // The innermost mention: the one this test means.
  return found.reduce((a, b) => (b.span.end - b.span.start < a.span.end - a.span.start ? b : a));
};
const entityOf = (r: Read, words: string, occurrence = 0): Entity => r.entities[mentionAt(r, words, occurrence).entity]!;

function indexOfNth(text: string, words: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(words, at + 1);
    assert.ok(at >= 0, `"${words}" #${occurrence} is not in the text`);
  }
  return at;
}

test('merges a full name, the surname alone and the surname with an honorific into one person', () => {
  const r = read('Halvard Omsk said the talks had failed. Omsk later met reporters. "We will try again," Mr Omsk said.');
  const person = entityOf(r, 'Halvard Omsk');
  assert.equal(person.type, 'person');
  assert.equal(person.canonical, 'Halvard Omsk');
  assert.equal(entityOf(r, 'Omsk', 1), person);
  assert.equal(entityOf(r, 'Mr Omsk'), person);
  assert.equal(mentionAt(r, 'Mr Omsk').kind, 'short-name');
  assert.equal(r.entities.filter((e) => e.type === 'person').length, 1);
});

test('reads a title before a name as the role, with the country it names as the affiliation', () => {
  const r = read('Veldorian foreign minister Tamsin Quill said the border was closed. Lt Gen Orrin Blake disagreed.');
  const titled = mentionAt(r, 'Tamsin Quill');
  assert.equal(titled.kind, 'titled-name');
  assert.equal(surface(r, titled), 'Veldorian foreign minister Tamsin Quill');
  assert.equal(r.text.slice(titled.roleSpan!.start, titled.roleSpan!.end), 'Veldorian foreign minister');
  const quill = r.entities[titled.entity]!;
  assert.equal(quill.role, 'Veldorian foreign minister');
  assert.equal(quill.affiliation, 'country:VD');
  const blake = entityOf(r, 'Orrin Blake');
  assert.equal(blake.type, 'person');
  assert.equal(blake.role, 'Lt Gen');
  // The demonym inside the title is still a mention of the country.
  assert.equal(entityOf(r, 'Veldorian').key, 'country:VD');
});

test('links an acronym defined in brackets, and its later uses, to the name it abbreviates', () => {
  const r = read('The Coastal Survey Authority (CSA) published the charts on Monday. The CSA said more would follow.');
  const authority = entityOf(r, 'Coastal Survey Authority');
  assert.equal(entityOf(r, 'CSA', 0), authority);
  assert.equal(entityOf(r, 'CSA', 1), authority);
  assert.equal(mentionAt(r, 'CSA', 1).kind, 'acronym');
  assert.equal(authority.type, 'organisation');
});

test('reads a capital or a building as an actor when it acts, and keeps the literal place otherwise', () => {
  const cases: ReadonlyArray<readonly [string, string, string | null]> = [
    ['Marrowgate rejected the claim on Tuesday.', 'Marrowgate', 'country:VD'],
    ["The ships carried Marrowgate's envoy home.", 'Marrowgate', 'country:VD'],
    ['The sanctions against Marrowgate were lifted.', 'Marrowgate', 'country:VD'],
    ['Troops arrived in Marrowgate on Friday.', 'Marrowgate', null],
    ['The minister travelled to Marrowgate last week.', 'Marrowgate', null],
    ['Three soldiers were taken to a Marrowgate hospital.', 'Marrowgate', null],
    ['The Granite Hall said the decree stood.', 'Granite Hall', 'body:vd-presidency'],
  ];
  for (const [text, words, standsFor] of cases) {
    const r = read(text);
    const mention = mentionAt(r, words);
    const place = r.entities[mention.entity]!;
    assert.equal(place.type, 'place', text);
    if (standsFor === null) assert.equal(mention.actsFor, null, text);
    else {
      assert.notEqual(mention.actsFor, null, text);
      assert.equal(r.entities[mention.actsFor!]!.key, standsFor, text);
    }
  }
});

test('keeps a demonym apart: linked to its country as a demonym, never an actor', () => {
  const r = read('Veldorian troops crossed the river, and Veldoria said they would stay.');
  const demonym = mentionAt(r, 'Veldorian');
  assert.equal(demonym.kind, 'demonym');
  assert.equal(demonym.actsFor, null);
  assert.equal(r.entities[demonym.entity]!.key, 'country:VD');
  const name = mentionAt(r, 'Veldoria', 1);
  assert.equal(name.kind, 'name');
  assert.equal(name.entity, demonym.entity);
});

test('resolves descriptions that refer back to the latest fitting entity', () => {
  const r = read(
    'The Northern Treaty Alliance met in Tollbridge. The alliance said it would send ships.\n\nQuillmore Holdings reported a loss. The firm blamed the weather.\n\nThe Veldorian Intelligence Bureau issued a warning. The agency gave no details.',
  );
  assert.equal(entityOf(r, 'The alliance').key, 'body:nta');
  assert.equal(mentionAt(r, 'The alliance').kind, 'nominal');
  assert.equal(entityOf(r, 'The firm'), entityOf(r, 'Quillmore Holdings'));
  assert.equal(entityOf(r, 'The agency').key, 'agency:vd-vib');
});

test('links a role-only description to the person the article names in that role', () => {
  const r = read("Castavia's defence minister warned of delays on Monday. Orla Brant said the ships were ready.\n\n\"We are prepared,\" the defence minister told lawmakers.");
  const brant = entityOf(r, 'Orla Brant');
  assert.equal(entityOf(r, "Castavia's defence minister"), brant);
  assert.equal(entityOf(r, 'the defence minister'), brant);
});

test('treats hyphenated and run-together spellings of one name as the same key, within and across articles', () => {
  const one = read('Ahn Tae-rim chaired the meeting. Ahn Taerim later left.');
  assert.equal(entityOf(one, 'Ahn Tae-rim'), entityOf(one, 'Ahn Taerim'));
  const other = read('Lawmaker Ahn Taerim spoke first.');
  assert.equal(entityOf(one, 'Ahn Tae-rim').key, entityOf(other, 'Ahn Taerim').key);
  assert.equal(entityOf(other, 'Ahn Taerim').key, 'person:ahn taerim');
});

test('types places: gazetteer cities, regions by their word, facilities by their head, untyped names after "in"', () => {
  const r = read('Fighting spread across the Hollin region. Refugees reached Tollbridge and camped near the Drevna Theatre. Aid workers stayed in Varnby.');
  const region = entityOf(r, 'Hollin');
  assert.equal(region.type, 'place');
  assert.equal(region.placeKind, 'region');
  const city = entityOf(r, 'Tollbridge');
  assert.equal(city.placeKind, 'city');
  assert.equal(city.gazetteerId, 'city:tollbridge');
  const theatre = entityOf(r, 'Drevna Theatre');
  assert.equal(theatre.placeKind, 'facility');
  assert.equal(entityOf(r, 'Varnby').type, 'place');
});

test('names a country body by description and links it to the gazetteer when it knows the body', () => {
  const r = read("Veldoria's foreign ministry summoned the envoy. The Castavian foreign ministry said nothing.");
  const veldorian = entityOf(r, "Veldoria's foreign ministry");
  assert.equal(veldorian.type, 'government_body');
  assert.equal(veldorian.affiliation, 'country:VD');
  const castavian = entityOf(r, 'Castavian foreign ministry');
  assert.equal(castavian.key, 'government_body:castavia foreign ministry');
  assert.notEqual(veldorian, castavian);
});

test('returns spans inside the text, entities in order of first mention, and every index valid', () => {
  const r = read('Marrowgate said Veldorian ships had left. Halvard Omsk of the Northern Treaty Alliance (NTA) disagreed, and the NTA said so.');
  let previousFirst = -1;
  r.entities.forEach((_, index) => {
    const first = Math.min(...r.mentions.filter((m) => m.entity === index || m.actsFor === index).map((m) => m.span.start));
    assert.ok(first >= previousFirst, 'entities are in order of first mention');
    previousFirst = first;
  });
  for (const m of r.mentions) {
    assert.ok(m.span.start >= 0 && m.span.end <= r.text.length && m.span.start < m.span.end);
    assert.ok(r.entities[m.entity]);
    if (m.actsFor !== null) assert.ok(r.entities[m.actsFor]);
  }
  for (let i = 1; i < r.mentions.length; i++) assert.ok(r.mentions[i - 1]!.span.start <= r.mentions[i]!.span.start, 'mentions are in text order');
});

test('reads only gazetteer names and names used elsewhere in a title-case headline', () => {
  const r = read('Veldorian Ships Would Be a Fair Target, Says Omsk\n\nHalvard Omsk said the ships would be stopped.', 'title');
  assert.equal(entityOf(r, 'Omsk', 0), entityOf(r, 'Halvard Omsk'));
  assert.ok(!r.entities.some((e) => e.canonical.includes('Ships') || e.canonical.includes('Fair Target')));
});

test('reads a war and a treaty named only by description as one entity each', () => {
  const r = read(
    "Veldoria's war in Castavia entered its third year. The war has cost billions, and the conflict is spreading.\n\nThe two leaders signed a mutual defence treaty in May. The treaty binds both sides.",
  );
  const war = entityOf(r, "war in Castavia");
  assert.equal(war.type, 'event');
  assert.equal(war.key, 'event:war in castavia');
  assert.equal(entityOf(r, 'The war'), war);
  assert.equal(entityOf(r, 'the conflict'), war);
  const treaty = entityOf(r, 'mutual defence treaty');
  assert.equal(treaty.type, 'treaty');
  assert.equal(entityOf(r, 'The treaty'), treaty);
  // The countries inside the description stay mentions of their own.
  assert.equal(entityOf(r, 'Castavia').key, 'country:CS');
});

test('makes the names in a byline people who wrote or translated the article', () => {
  const text = 'Ships cross the strait\n\nBy Orla Brant\n\nTranslated by Halvard Omsk\n\nThe ships crossed on Monday.';
  const kinds: BlockKind[] = ['title', 'byline', 'byline', 'paragraph'];
  const blocks: { kind: BlockKind; span: ReturnType<typeof makeSpan> }[] = [];
  let start = 0;
  text.split('\n\n').forEach((part, i) => {
    blocks.push({ kind: kinds[i]!, span: makeSpan(start, start + part.length, text.length, 'test') });
    start += part.length + 2;
  });
  const { tokens, sentences } = tokenizeText(text, blocks);
  const { entities } = findEntities(text, blocks, tokens, sentences, gazetteer);
  const brant = entities.find((e) => e.canonical === 'Orla Brant');
  const omsk = entities.find((e) => e.canonical === 'Halvard Omsk');
  assert.equal(brant?.type, 'person');
  assert.equal(brant?.role, 'author');
  assert.equal(omsk?.role, 'translator');
});

test('types a company by the head word of its name: shipping lines, energy firms and holdings are organisations, not people', () => {
  const r = read('Tarnel Shipping Lines said its vessel was not involved. Brackwater Energy said output had risen, and Ostrava Holdings declined to comment.');
  for (const name of ['Tarnel Shipping Lines', 'Brackwater Energy', 'Ostrava Holdings']) assert.equal(entityOf(r, name).type, 'organisation', name);
});

// ---- organisation evidence for unknown two-word names -------------------------------------------

test('a "-based" adjective stays out of the name: a lone word after it is an organisation, a full name a person', () => {
  const r = read('Tollbridge-based Quarnet said profits rose. Quarnet will open a new branch.');
  const mention = mentionAt(r, 'Quarnet');
  assert.equal(surface(r, mention), 'Quarnet');
  assert.equal(r.entities[mention.entity]!.type, 'organisation');
  assert.equal(entityOf(r, 'Quarnet', 1), r.entities[mention.entity]);
  const person = read('Tollbridge-based Orla Brant won the race.');
  assert.equal(surface(person, mentionAt(person, 'Orla Brant')), 'Orla Brant');
  assert.equal(entityOf(person, 'Orla Brant').type, 'person');
});

test('"shares in X" types every mention of an unknown two-word name as an organisation', () => {
  const r = read('Harlow Mutual announced a new plan on Monday. Shares in Harlow Mutual fell sharply.');
  assert.equal(entityOf(r, 'Harlow Mutual').type, 'organisation');
  assert.equal(entityOf(r, 'Harlow Mutual', 1), entityOf(r, 'Harlow Mutual'));
});

test('an organisation-only possession after "X\'s" makes an unknown name an organisation, a person-held one does not', () => {
  const firm = read("Brenlow Carter's shareholders voted against the plan.");
  assert.equal(entityOf(firm, 'Brenlow Carter').type, 'organisation');
  const investor = read("Brenlow Carter's stake was sold last year.");
  assert.equal(entityOf(investor, 'Brenlow Carter').type, 'person');
});

test('"X said its" makes an unknown name an organisation; "X said" alone leaves a person', () => {
  assert.equal(entityOf(read('Quarn Dellow said its profits had doubled.'), 'Quarn Dellow').type, 'organisation');
  assert.equal(entityOf(read('Quarn Dellow said the profits had doubled.'), 'Quarn Dellow').type, 'person');
});

test('an organisation noun right after an unknown name makes it an organisation', () => {
  assert.equal(entityOf(read('Orla Brant investors are unhappy with the bid.'), 'Orla Brant').type, 'organisation');
});

test('an apposition ending on an organisation description makes an unknown name an organisation, "head of the bank" does not', () => {
  assert.equal(entityOf(read("Quarn Dellow, the country's largest insurer, cut bonuses."), 'Quarn Dellow').type, 'organisation');
  assert.equal(entityOf(read('Harlow Tennant, head of the bank, cut bonuses.'), 'Harlow Tennant').type, 'person');
  assert.equal(entityOf(read('Harlow Tennant, the man behind the website, cut bonuses.'), 'Harlow Tennant').type, 'person');
});

test('an honorific keeps a person even before an organisation-like possession', () => {
  assert.equal(entityOf(read("Mr Harlow Tennant's board resigned."), 'Harlow Tennant').type, 'person');
});

test('an ownership adjective ("state-owned") stays out of the name and makes the name an organisation; "-backed" only stays out', () => {
  const r = read('State-owned Quarn Dellow bought the refinery.');
  assert.equal(surface(r, mentionAt(r, 'Quarn Dellow')), 'Quarn Dellow');
  assert.equal(entityOf(r, 'Quarn Dellow').type, 'organisation');
  const backed = read('Council-backed Orla Brant won the seat.');
  assert.equal(surface(backed, mentionAt(backed, 'Orla Brant')), 'Orla Brant');
  assert.equal(entityOf(backed, 'Orla Brant').type, 'person');
});

test('"X put forward its own bid", "X, which has asked…" and "X chief Y" make an unknown name an organisation; "X increased his stake" does not', () => {
  assert.equal(entityOf(read('Quarn Dellow put forward its own bid.'), 'Quarn Dellow').type, 'organisation');
  assert.equal(entityOf(read('Quarn Dellow, which has asked the regulator for time, declined to comment.'), 'Quarn Dellow').type, 'organisation');
  assert.equal(entityOf(read('Quarn Dellow chief Orla Brant met the board.'), 'Quarn Dellow').type, 'organisation');
  assert.equal(entityOf(read('Harlow Tennant increased his stake.'), 'Harlow Tennant').type, 'person');
});

test('a common word opening a country\'s name ("United" of "United States") is no short name of the country', () => {
  const r = read('US tycoon Hal Brenner made an offer. Two investors own 29% of United through a fund.');
  assert.notEqual(entityOf(r, 'United').key, 'country:US');
});
