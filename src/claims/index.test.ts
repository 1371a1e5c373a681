// Behaviour of findClaims on invented news sentences (invented people and places): each shape of
// attribution, speaker resolution, relays, stances and hedges. Runs the real language stage.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromDocument, rawTextDocument } from '../../tests/builders.js';
import { analyzeLanguage } from '../language/index.js';
import type { Claim } from '../model/claim.js';
import { makeSpan, type Span } from '../model/span.js';
import { findClaims } from './index.js';

interface Read {
  readonly text: string;
  readonly claims: readonly Claim[];
  readonly at: (span: Span | null) => string | null;
}

/** Claims of an article made of the given paragraphs (the first may be marked as its headline). */
function read(paragraphs: readonly string[], headline = false): Read {
  const source = paragraphs.join('\n');
  const article = articleFromDocument(rawTextDocument(source));
  const blocks = headline ? article.blocks.map((b, i) => (i === 0 ? { ...b, kind: 'title' as const } : b)) : article.blocks;
  const withBlocks = { ...article, blocks };
  const claims = findClaims(withBlocks, analyzeLanguage(withBlocks));
  return { text: source, claims, at: (span) => (span ? source.slice(span.start, span.end) : null) };
}

function byCue(r: Read, cue: string): Claim[] {
  return r.claims.filter((c) => r.at(c.cue) === cue);
}

function only(r: Read, cue: string): Claim {
  const found = byCue(r, cue);
  assert.equal(found.length, 1, `one claim with cue ${JSON.stringify(cue)}; found cues ${JSON.stringify(r.claims.map((c) => r.at(c.cue)))}`);
  return found[0]!;
}

test('an inverted direct quotation: the speaker after "said", apposition and all', () => {
  const r = read(['“We will not retreat from the harbour,” said Marta Kowalczyk, the mayor of Tellburg.']);
  const claim = only(r, 'said');
  assert.equal(r.at(claim.source), 'Marta Kowalczyk, the mayor of Tellburg');
  assert.deepEqual(claim.content.map(r.at), ['“We will not retreat from the harbour,”']);
  assert.equal(claim.kind, 'direct');
  assert.equal(claim.speaker.type, 'person');
  assert.match(claim.speaker.name, /Marta Kowalczyk/);
});

test('indirect speech: the content runs from the cue to the end of the sentence, full stop excluded', () => {
  const r = read(['Harbour spokesman Ewan Tarrow said the ferry service would resume next week.']);
  const claim = only(r, 'said');
  assert.equal(r.at(claim.source), 'Harbour spokesman Ewan Tarrow');
  assert.deepEqual(claim.content.map(r.at), ['the ferry service would resume next week']);
  assert.equal(claim.kind, 'indirect');
  assert.match(claim.speaker.name, /Ewan Tarrow/);
});

test('a time between the cue and "that" dates the statement, not its content', () => {
  const r = read(['Ewan Tarrow said on Wednesday that the port had reopened.']);
  const claim = only(r, 'said');
  assert.deepEqual(claim.content.map(r.at), ['that the port had reopened']);
  assert.notEqual(claim.statementTime, null);
  assert.equal(claim.times.length, 0);
});

test('quoted words inside a paraphrase make the claim mixed', () => {
  const r = read(['The council said the bypass plan was “dead on arrival” after the vote.']);
  assert.equal(only(r, 'said').kind, 'mixed');
});

test('"according to" after the clause: the clause is the content, the phrase after it the source', () => {
  const r = read(['The Orlen bridge will close for six weeks of repairs, according to the regional transport office.']);
  const claim = only(r, 'according to');
  assert.equal(claim.kind, 'according_to');
  assert.equal(r.at(claim.source), 'the regional transport office');
  assert.deepEqual(claim.content.map(r.at), ['The Orlen bridge will close for six weeks of repairs']);
});

test('a quotation split by its cue is one content in two fragments', () => {
  const r = read(['“The water is safe to drink,” Dr Ines Varga said, “and the tests prove it.”']);
  const claim = only(r, 'said');
  assert.deepEqual(claim.content.map(r.at), ['“The water is safe to drink,”', '“and the tests prove it.”']);
  assert.equal(claim.kind, 'direct');
});

test('a quotation with no cue of its own continues the previous speaker, in the same or the next paragraph', () => {
  const r = read(['“We saw smoke over the hill,” said Piet Lorand, a fisherman. “Then the alarm went off.”', '“Nobody told us to leave.”']);
  const claim = only(r, 'said');
  assert.deepEqual(claim.content.map(r.at), ['“We saw smoke over the hill,”', '“Then the alarm went off.”', '“Nobody told us to leave.”']);
  assert.equal(r.claims.length, 1);
});

test('"he" is the person who spoke last', () => {
  const r = read(['Fisherman Piet Lorand said the storm had come without warning.', '“It came from nowhere,” he said.']);
  const claims = byCue(r, 'said');
  assert.equal(claims.length, 2);
  assert.equal(r.at(claims[1]!.source), 'he');
  assert.equal(claims[1]!.speaker.name, claims[0]!.speaker.name);
  assert.match(claims[1]!.speaker.name, /Piet Lorand/);
});

test('a surname alone is the person named in full before', () => {
  const r = read(['Coach Halvard Brenn said the team was tired.', '“We need rest,” Brenn said.']);
  const claims = byCue(r, 'said');
  assert.equal(claims.length, 2);
  assert.equal(claims[1]!.speaker.name, claims[0]!.speaker.name);
});

test('a passive with an agent: the agent is the source', () => {
  const r = read(['It was announced by the harbour authority that the ferry would resume.']);
  const claim = only(r, 'was announced');
  assert.equal(r.at(claim.source), 'the harbour authority');
  assert.deepEqual(claim.content.map(r.at), ['that the ferry would resume']);
});

test('an unnamed source stays anonymous with its description', () => {
  const r = read(['A senior official familiar with the talks said the agreement was close.']);
  const claim = only(r, 'said');
  assert.equal(claim.speaker.type, 'anonymous');
  assert.match(claim.speaker.name, /senior official/);
});

test('a claim reported inside another is relayed by the outer speaker', () => {
  const r = read(['The coastguard estimated that 400 boats had left the port, lawmaker Dara Quill said.']);
  const inner = only(r, 'estimated');
  const outer = only(r, 'said');
  assert.match(outer.speaker.name, /Dara Quill/);
  assert.deepEqual(inner.relayedBy.map((s) => s.name), [outer.speaker.name]);
  assert.equal(inner.stance, 'estimates');
  assert.equal(inner.quantities.length, 1);
  assert.deepEqual(outer.relayedBy, []);
});

test('"citing" names the source a report relies on, relayed by the report', () => {
  const r = read(['The Northfield Gazette, citing unnamed officials, reported that the paper mill would close.']);
  const cited = only(r, 'citing');
  const report = only(r, 'reported');
  assert.equal(cited.speaker.type, 'anonymous');
  assert.equal(cited.kind, 'according_to');
  assert.deepEqual(cited.relayedBy.map((s) => s.name), [report.speaker.name]);
  assert.deepEqual(cited.content.map(r.at), report.content.map(r.at));
});

test('"quoted X as saying": X speaks, relayed by the quoting outlet', () => {
  const r = read(['The Tellburg Courier quoted a port official as saying that two ships had sunk.']);
  const inner = only(r, 'as saying');
  assert.equal(r.at(inner.source), 'a port official');
  assert.equal(inner.relayedBy.length, 1);
  assert.match(inner.relayedBy[0]!.name, /Tellburg Courier/);
});

test('denials: a denying verb, and a report dismissed as fabrication', () => {
  const r = read(['The Varnholt company denied the allegations.', 'The ministry dismissed the report as “pure fabrication”.']);
  assert.equal(only(r, 'denied').stance, 'denies');
  assert.equal(only(r, 'dismissed').stance, 'denies');
});

test('the writer\'s verification notes are hedges of kind verification and make the claim unverified', () => {
  const r = read(['Rebels said they had shot down a drone, a claim that could not be independently verified.']);
  const claim = only(r, 'said');
  assert.ok(claim.hedges.some((h) => h.kind === 'verification' && /independently verified/.test(r.at(h.span)!)));
  assert.equal(claim.stance, 'unverified');
});

test('"can confirm" is a confirmation, while "cannot", "can\'t" and "could not" verify are the writer\'s doubts', () => {
  const r = read([
    'The club said it can confirm that a detailed proposal has been received.',
    'Rebels said they had shot down a drone, which cannot be verified.',
    'Rebels said they had seized a bridge, which we can\'t independently confirm.',
    'Rebels said they had taken a village, which reporters could not confirm.',
  ]);
  const doubts = (claim: Claim) => claim.hedges.filter((h) => h.kind === 'verification').map((h) => r.at(h.span));
  const [proposal, drone, bridge, village] = byCue(r, 'said');
  assert.deepEqual(doubts(proposal!), []);
  assert.notEqual(proposal!.stance, 'unverified');
  for (const claim of [drone!, bridge!, village!]) {
    assert.equal(doubts(claim).length, 1, r.at(claim.content[0]!) ?? '');
    assert.equal(claim.stance, 'unverified');
  }
});

test('"allegedly" is a verification signal; "I believe" is the speaker\'s own hedge', () => {
  const r = read(['The army allegedly shelled the village, residents said.', '“I believe the dam will hold,” said engineer Tomas Reyl.']);
  const shelled = r.claims.find((c) => r.at(c.source) === 'residents')!;
  assert.ok(shelled.hedges.some((h) => h.kind === 'verification' && r.at(h.span) === 'allegedly'));
  const dam = r.claims.find((c) => /Tomas Reyl/.test(r.at(c.source) ?? ''))!;
  assert.ok(dam.hedges.some((h) => h.kind === 'hedge' && r.at(h.span) === 'I believe'));
});

test('"the agency" is the agency that spoke before', () => {
  const r = read(['The Orlen Weather Agency said the storm was strengthening.', 'The agency also said it would reach the coast by Sunday.']);
  const second = only(r, 'also said');
  const first = only(r, 'said');
  assert.equal(second.speaker.name, first.speaker.name);
});

test('refusing to comment is a claim with stance "declined"', () => {
  const r = read(['A spokeswoman for the mill declined to comment on the closure.']);
  assert.equal(only(r, 'declined').stance, 'declined');
});

test('a possessive attribution noun: "X\'s claim that …"', () => {
  const r = read(['Officials rejected Dara Quill\'s claim that the vote had been rigged.']);
  const claim = only(r, '\'s claim');
  assert.equal(r.at(claim.source), 'Dara Quill');
  assert.deepEqual(claim.content.map(r.at), ['that the vote had been rigged']);
});

test('a transcript line attributes by its colon', () => {
  const r = read(['MORAN: We are ready for the inspection.']);
  const claim = only(r, ':');
  assert.equal(r.at(claim.source), 'MORAN');
  assert.deepEqual(claim.content.map(r.at), ['We are ready for the inspection']);
});

test('a headline drops its verb: "Mayor says bridge ‘unsafe’"', () => {
  const r = read(['Mayor says Orlen bridge ‘unsafe’', 'The mayor of Tellburg spoke on Monday.'], true);
  const claim = only(r, 'says');
  assert.equal(r.at(claim.source), 'Mayor');
  assert.equal(claim.kind, 'mixed');
});

test('coordinated sources give one claim per speaker with the same cue and content', () => {
  const r = read(['Veldmark and Osterland have denied the reports.']);
  const claims = byCue(r, 'have denied');
  assert.equal(claims.length, 2);
  assert.deepEqual(claims.map((c) => c.speaker.name).sort(), ['Osterland', 'Veldmark']);
  assert.equal(r.at(claims[0]!.source), 'Veldmark and Osterland');
});

test('a belief restated inside the same speaker\'s claim is part of that claim', () => {
  const r = read(['Quill said she believes the vote was fair.']);
  assert.equal(r.claims.length, 1);
  assert.equal(r.at(r.claims[0]!.cue), 'said');
});

test('every span is a range of the article text and every claim has content', () => {
  const r = read(['“Stay indoors,” police told residents on Friday, adding that the river could burst its banks.', 'Engineers said the levee would hold, according to a statement from the city.']);
  assert.ok(r.claims.length >= 3);
  for (const claim of r.claims) {
    assert.ok(claim.content.length > 0);
    for (const span of [claim.source, claim.cue, ...claim.content, ...claim.hedges.map((h) => h.span)]) {
      if (span) assert.deepEqual(span, makeSpan(span.start, span.end, r.text.length, 'test'));
    }
  }
});

test('a news outlet the speaker talked to relays the claim', () => {
  const r = read(['“The dam is safe,” engineer Tomas Reyl told the Tellburg Courier.']);
  const claim = only(r, 'told');
  assert.match(claim.speaker.name, /Tomas Reyl/);
  assert.deepEqual(claim.relayedBy.map((s) => s.type), ['media']);
});

test('a light verb with an attribution noun is one cue: "raised an alarm over"', () => {
  const r = read(['Veldmark has raised an alarm over troop movements near the border.']);
  const claim = only(r, 'has raised an alarm over');
  assert.equal(claim.stance, 'warns');
  assert.deepEqual(claim.content.map(r.at), ['troop movements near the border']);
});

test('"there have been reports" attributes to unnamed reports, unverified', () => {
  const r = read(['There have been reports that the mill dumped waste into the river.']);
  const claim = only(r, 'There have been reports');
  assert.equal(claim.speaker.name, 'unspecified reports');
  assert.equal(claim.kind, 'according_to');
  assert.equal(claim.stance, 'unverified');
});

test('"according to a statement from X": X is the source, the document joins the cue', () => {
  const r = read(['The ferry will resume on Monday, according to a statement from the harbour authority.']);
  const claim = only(r, 'according to a statement from');
  assert.equal(r.at(claim.source), 'the harbour authority');
});

test('a document issued with a participle speaks for its issuer: "issued a statement condemning"', () => {
  const r = read(['Veldmark and Osterland issued a joint statement condemning the border raid.']);
  const claims = byCue(r, 'issued a joint statement condemning');
  assert.equal(claims.length, 2);
  assert.ok(claims.every((c) => c.stance === 'condemns'));
});

test('a passive participle with its agent in an aside: "accused by X of …"', () => {
  const r = read(['Osterland, accused by Veldmark of shelling the village, denied any role.']);
  const accused = only(r, 'accused');
  assert.equal(r.at(accused.source), 'Veldmark');
  assert.deepEqual(accused.content.map(r.at), ['of shelling the village']);
  assert.equal(only(r, 'denied').speaker.name, 'Osterland');
});

test('"the spokesman" is the person who spoke with that role', () => {
  const r = read(['Harbour spokesman Ewan Tarrow said the ferry would resume.', 'The Orlen Weather Agency said a storm was coming.', 'The spokesman added that crews were ready.']);
  const [tarrow] = byCue(r, 'said');
  assert.equal(only(r, 'added').speaker.name, tarrow!.speaker.name);
  assert.equal(only(r, 'added').speaker.type, 'person');
});

test('a purpose clause of a statement verb is a claim of the subject of the verb it serves', () => {
  const r = read(['The Vardian government summoned the Kestrian ambassador on Monday to demand the immediate return of its fishing boats.']);
  const claim = only(r, 'to demand');
  assert.equal(r.at(claim.source), 'The Vardian government');
  assert.equal(claim.stance, 'demands');
  assert.equal(r.at(claim.content[0]!), 'the immediate return of its fishing boats');
});

test('no purpose claim after a cue verb, an object-control verb, a participle, or for an activity verb', () => {
  const urged = read(['The mayor urged the council to deny the permit.']);
  // The infinitive is what was urged: one claim, of the urging.
  assert.deepEqual(urged.claims.map((c) => urged.at(c.cue)), ['urged']);
  for (const text of [
    'The union wants the board to demand a new vote.',
    'Officials visiting the port to announce the plan were delayed.',
    'The ministers met in Tellburg to discuss the harbour plan.',
  ]) {
    const r = read([text]);
    assert.deepEqual(r.claims.map((c) => r.at(c.cue)).filter((cue) => cue?.startsWith('to ')), [], text);
  }
});

test('a person speaks for the country of a role only in an office: a tycoon speaks for himself', () => {
  const tycoon = only(read(['US tycoon Hal Brenner said the harbour deal was done.']), 'said');
  assert.equal(tycoon.speaker.name, 'Hal Brenner');
  assert.equal(tycoon.speaker.affiliation, null);
  const minister = only(read(['French foreign minister Odile Marchetti said the harbour deal was done.']), 'said');
  assert.equal(minister.speaker.name, 'Odile Marchetti');
  assert.equal(minister.speaker.affiliation, 'France');
});

test('"X joined Y and Z in confirming …": the subject and each joined party say what the participle says', () => {
  const r = read(['The harbour board has joined the mayor and the ferry union in confirming that the pier will close.']);
  const speakers = r.claims.map((c) => [r.at(c.source), r.at(c.cue), c.stance, r.at(c.content[0]!)]);
  assert.deepEqual(speakers, [
    ['The harbour board', 'has joined the mayor and the ferry union in confirming', 'confirms', 'that the pier will close'],
    ['the mayor and the ferry union', 'confirming', 'confirms', 'that the pier will close'],
  ]);
});

test('"went so far as to call" is one cue of the subject, as "went on to say" is', () => {
  const r = read(['The envoy went so far as to call the report a fabrication.']);
  const claim = only(r, 'went so far as to call');
  assert.equal(r.at(claim.source), 'The envoy');
});

test('a perception verb reports a finding with "that", never with a bare clause ("the deal sees Roe receive …")', () => {
  assert.deepEqual(read(['The deal sees Mr Roe receive £64m in cash and shares.']).claims, []);
  const r = read(['Inspectors saw that the pier had been closed.']);
  assert.equal(r.at(only(r, 'saw').source), 'Inspectors');
});

test('a subject glued by "and" to the object of the clause before is only its last conjunct', () => {
  const r = read(['Tarn Oil has been hit with $27bn in taxes and fines and many observers now say that the firm will fold.']);
  assert.equal(r.at(only(r, 'now say').source), 'many observers');
  const both = read(['Vardia and Ostrel said the talks had failed.']);
  assert.deepEqual(byCue(both, 'said').map((c) => both.at(c.source)), ['Vardia and Ostrel', 'Vardia and Ostrel']);
});

test('an article alone before a participle is no speaker ("The proposed directive is…")', () => {
  assert.deepEqual(read(['The proposed directive is supported by most harbour firms.']).claims, []);
});

test('an apposition may hold a participle after its noun ("one of the firms suing the port")', () => {
  const r = read(['Marta Kowalczyk, one of the owners suing the port authority, said the fees were unlawful.']);
  const claim = only(r, 'said');
  assert.match(r.at(claim.source) ?? '', /^Marta Kowalczyk, one of the owners suing the port authority/);
  assert.equal(r.at(claim.content[0]!), 'the fees were unlawful');
});

test('a name followed by two appositions is the speaker of the verb after them', () => {
  const r = read(['“We will win,” Orla Brant, the attorney general of Tarnia, one of the regions suing the agency, said at an event.']);
  const claim = only(r, 'said');
  assert.match(r.at(claim.source) ?? '', /^Orla Brant, the attorney general of Tarnia, one of the regions suing the agency/);
  assert.equal(claim.speaker.name, 'Orla Brant');
});

test('a trailing cue with an adjunct and a relative clause after it ("she said of the vote, in which …") keeps the quotation as its only content', () => {
  const r = read(['“It is finished,” she said of the harbour vote, in which the council had lost.']);
  const claim = only(r, 'said');
  assert.deepEqual(claim.content.map((s) => r.at(s)), ['“It is finished,”']);
});

test('a speech verb with its particle takes its topic as content ("talked about the need for roads")', () => {
  const r = read(['The mayor talked about the need for a new harbour wall.']);
  const claim = only(r, 'talked about');
  assert.equal(r.at(claim.source), 'The mayor');
  assert.equal(r.at(claim.content[0]!), 'the need for a new harbour wall');
});

test('a passive accusation with its agent after the content ("was accused of fraud by the council")', () => {
  const r = read(['The harbour master was accused of fraud by the port council.']);
  const claim = only(r, 'was accused of');
  assert.equal(r.at(claim.source), 'the port council');
  assert.equal(claim.stance, 'alleges');
  assert.equal(r.at(claim.content[0]!), 'fraud');
});

test('a passive whose agent is followed only by a date has no content ("was announced by the ministry on Monday")', () => {
  assert.deepEqual(read(['The plan was announced by the harbour ministry on Monday.']).claims, []);
});

test('", and said …" after an aside joins a second verb to the clause\'s subject', () => {
  const r = read(['Tomas Reyes backed the harbour plan for years, which cost him his seat in 2019, and said he did not regret it.']);
  const claim = only(r, 'said');
  assert.equal(claim.speaker.name, 'Tomas Reyes');
  assert.equal(r.at(claim.content[0]!), 'he did not regret it');
});
