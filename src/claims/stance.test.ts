// Stance rules on invented sentences (invented people, firms and places): a denial is about the
// truth of a proposition, not the rejection of an offer or plan; accusations and claims the
// writer marks as contested are allegations; cue verbs that report nothing without their particle
// or with a prize as object. Runs the real language stage.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromDocument, rawTextDocument } from '../../tests/builders.js';
import { analyzeLanguage } from '../language/index.js';
import type { Claim, Stance } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { findClaims } from './index.js';

interface Read {
  readonly claims: readonly Claim[];
  readonly at: (span: Span | null) => string | null;
}

function read(text: string): Read {
  const article = articleFromDocument(rawTextDocument(text));
  const claims = findClaims(article, analyzeLanguage(article));
  return { claims, at: (span) => (span ? text.slice(span.start, span.end) : null) };
}

/** The stance of the one claim whose cue is `cue` in `text`. */
function stanceOf(text: string, cue: string): Stance {
  const r = read(text);
  const found = r.claims.filter((c) => r.at(c.cue) === cue);
  assert.equal(found.length, 1, `one claim with cue ${JSON.stringify(cue)} in ${JSON.stringify(text)}; cues ${JSON.stringify(r.claims.map((c) => r.at(c.cue)))}`);
  return found[0]!.stance;
}

function cues(text: string): string[] {
  const r = read(text);
  return r.claims.map((c) => r.at(c.cue) ?? '');
}

test('rejecting an offer, proposal, approach or attempt turns down an action: asserts, not denies', () => {
  assert.equal(stanceOf('The Tellburg exchange rejected a £900m takeover offer from its Varnholt rival.', 'rejected'), 'asserts');
  assert.equal(stanceOf('The club has previously rejected Mr Osric\'s approaches out of hand.', 'has previously rejected'), 'asserts');
  assert.equal(stanceOf('The trade ministry has dismissed the proposal.', 'has dismissed'), 'asserts');
  assert.equal(stanceOf('A judge dismissed an attempt by the Varnholt oil firm to gain bankruptcy protection.', 'dismissed'), 'asserts');
  assert.equal(stanceOf('Harbour officials have dismissed the firm\'s legal wrangling as meaningless.', 'have dismissed'), 'asserts');
  assert.equal(stanceOf('The board rejected the move because of the debt it would involve.', 'rejected'), 'asserts');
  assert.equal(stanceOf('Veldmark has rejected the proposal and the larger parties have opposed it.', 'has rejected'), 'asserts');
  assert.equal(stanceOf('The opposition will reject that by pointing to the deficit.', 'will reject'), 'asserts');
});

test('rejecting or dismissing a claim, report or allegation denies it', () => {
  assert.equal(stanceOf('The ministry rejected the allegations.', 'rejected'), 'denies');
  assert.equal(stanceOf('The mayor dismissed reports of a merger as rumours.', 'dismissed'), 'denies');
  assert.equal(stanceOf('The coach rejected suggestions that he would resign.', 'rejected'), 'denies');
  assert.equal(stanceOf('The firm dismissed the claims as nonsense.', 'dismissed'), 'denies');
});

test('"deny" with a clause, a gerund or a noun phrase denies; with something withheld or someone thwarted it does not', () => {
  assert.equal(stanceOf('The Varnholt company denied that it is behind the purchase.', 'denied'), 'denies');
  assert.equal(stanceOf('Osterland has denied sending troops to the border.', 'has denied'), 'denies');
  assert.equal(stanceOf('The former chief executive denies charges of fraud.', 'denies'), 'denies');
  assert.equal(stanceOf('Jan Varga denied involvement in any criminal activities.', 'denied'), 'denies');
  assert.equal(stanceOf('The minister denied his forecasts were too optimistic.', 'denied'), 'denies');
  assert.notEqual(stanceOf('The court denied him bail.', 'denied'), 'denies');
  assert.equal(stanceOf('The newspaper printed two claims. The minister denied them.', 'denied'), 'denies');
  assert.notEqual(stanceOf('The referee denied them a penalty.', 'denied'), 'denies');
  assert.notEqual(stanceOf('The council denied the request.', 'denied'), 'denies');
  assert.notEqual(stanceOf('The Tellburg keeper denied the striker with a late save.', 'denied'), 'denies');
});

test('"ruled out" denies a claim but not a decision; "the court ruled that" asserts', () => {
  assert.equal(stanceOf('The bank ruled out raising interest rates this year.', 'ruled out'), 'asserts');
  assert.equal(stanceOf('The bank ruled out suggestions that it was for sale.', 'ruled out'), 'denies');
  assert.equal(stanceOf('The court ruled that the sale was lawful.', 'ruled'), 'asserts');
});

test('calling something untrue denies it; scorn for an offer or a demand to end lies does not', () => {
  assert.equal(stanceOf('The ministry called the reports fake.', 'called'), 'denies');
  assert.notEqual(stanceOf('The union called the pay offer ridiculous.', 'called'), 'denies');
  assert.equal(stanceOf('The mayor called for an end to the lies.', 'called for'), 'demands');
  assert.equal(stanceOf('A spokesman said the allegations were untrue.', 'said'), 'denies');
});

test('a mention of rumours calls nothing false', () => {
  assert.equal(stanceOf('The band have confirmed that they plan to take a break, following rumours that they would split.', 'have confirmed'), 'confirms');
  assert.notEqual(stanceOf('The analyst said rumours about a takeover had lifted the shares.', 'said'), 'denies');
});

test('a verb that reports only with its particle: "played down" is a cue, "played a match" is not', () => {
  assert.deepEqual(cues('The two teams will play a televised match on Sunday.'), []);
  assert.equal(stanceOf('The coach played down reports of a rift with the chairman.', 'played down'), 'denies');
});

test('"claimed" with a prize as object reports no words; with a clause it alleges', () => {
  assert.deepEqual(cues('Anna Feld claimed the title in Tellburg.'), []);
  assert.deepEqual(cues('The visitors claimed a draw at the harbour ground.'), []);
  assert.equal(stanceOf('The agent claimed that the winger had been injured.', 'claimed'), 'alleges');
});

test('accusation verbs allege; a negated accusation does not', () => {
  assert.equal(stanceOf('The union accused the firm of hiding its losses.', 'accused'), 'alleges');
  assert.equal(stanceOf('Prosecutors allege that the firms fixed their bids.', 'allege'), 'alleges');
  assert.equal(stanceOf('The minister blamed the strong currency for the fall in exports.', 'blamed'), 'alleges');
  assert.equal(stanceOf('The captain did not blame the referee for the defeat.', 'did not blame'), 'asserts');
});

test('a neutral statement the writer marks as contested alleges; a mark on another clause does not', () => {
  assert.equal(stanceOf('Osterland published a video purporting to show soldiers at the border.', 'published'), 'alleges');
  assert.equal(stanceOf('The mayor said the port had been sabotaged, without providing evidence.', 'said'), 'alleges');
  assert.equal(stanceOf('“We have seen the rebels without any doubt,” the governor said.', 'said'), 'asserts');
  assert.equal(stanceOf('The firm said it would cut jobs but did not specify how many.', 'said'), 'asserts');
  const r = read('Osterland published a video purportedly showing soldiers after the agency said the troops had arrived.');
  const agency = r.claims.find((c) => r.at(c.cue) === 'said');
  assert.ok(agency, 'the agency claim is found');
  assert.equal(agency.stance, 'asserts');
});
