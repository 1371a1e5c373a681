// Proposition keys: what a claim speaks about, read from its words. A claim is keyed by its subject
// (whose troops or action: an entity, a demonym, or the speaker itself), its predicate family (the
// head verb or noun class plus the class of what is counted or moved) and, for each figure in it,
// the unit. Claims with equal keys are one proposition; each feature keeps the words that gave it,
// so the ledger can say why two claims were grouped.

import type {
  ArticleEvidence,
  Claim,
  Entity,
  EntityMention,
  KeyFeature,
  Quantity,
  Span,
  Token,
} from '../model/index.js';
import { makeSpan } from '../model/index.js';
import { foldName, mentionsIn, spanContains, tokenRangeIn } from './annotations.js';
import { isCurrencyConversion, measuredThingOf } from './measured-thing.js';
import {
  CASUALTY_UNIT_CLASSES,
  DEFAULT_PERSONNEL_PREDICATE,
  DEMONYM_PEOPLE_UNIT,
  MERGED_UNIT_OBJECT_CLASSES,
  MILITARY_CONTEXT_LEMMAS,
  OBJECT_CLASSES,
  PREDICATE_CLASSES,
  PROJECTION_LEMMAS,
  SUBJECT_ENTITY_TYPES,
  SUBJECT_MAX_TOKENS_BEFORE_NOUN,
  SUBJECT_PROMOTED_TO_AFFILIATION,
  UNKNOWN_SUBJECT_KEY,
  LOCATION_PREPOSITIONS,
  COUNTERPART_PREPOSITIONS,
  RECIPIENT_VERB_LEMMAS,
  DEPLOYMENT_EVIDENCE_LEMMAS,
  DEPLOYABLE_OBJECT_CLASSES,
  NOT_OBJECT_WORD_POS,
  BORROWED_OBJECT_MAX_TOKENS_AFTER,
  CONTENTS_LINK_WORDS,
  CIVILIAN_TOO_PERSONNEL_LEMMAS,
  CIVILIAN_TOO_MILITARY_CUES,
  FIGURE_TIME_GAP,
  NEGATION_LEMMAS,
  DEMONYM_BODY_NOUNS,
  NEGATING_DETERMINER,
  NEGATION_GAP_POS,
  NEGATION_MAX_GAP,
  NOT_NEGATING_AFTER,
  NEGATED_NOUN_MODIFIER_POS,
} from './rules.js';

const PREDICATE_BY_LEMMA = lexiconMap(PREDICATE_CLASSES);
const OBJECT_BY_LEMMA = lexiconMap(OBJECT_CLASSES);
const PREDICATE_LABEL = new Map(PREDICATE_CLASSES.map((c) => [c.key, c.label]));
const OBJECT_LABEL = new Map(OBJECT_CLASSES.map((c) => [c.key, c.label]));
const MILITARY_CONTEXT = new Set(MILITARY_CONTEXT_LEMMAS);
const PROJECTION = new Set(PROJECTION_LEMMAS);
const SUBJECT_TYPES = new Set(SUBJECT_ENTITY_TYPES);
const PROMOTED_TYPES = new Set(SUBJECT_PROMOTED_TO_AFFILIATION);
const MERGED_UNITS = new Set(MERGED_UNIT_OBJECT_CLASSES);
const LOCATION_WORDS = new Set([...LOCATION_PREPOSITIONS, ...COUNTERPART_PREPOSITIONS]);
const RECIPIENT_VERBS = new Set(RECIPIENT_VERB_LEMMAS);
const DEPLOYMENT_EVIDENCE = new Set(DEPLOYMENT_EVIDENCE_LEMMAS);
const DEPLOYABLE_OBJECTS = new Set(DEPLOYABLE_OBJECT_CLASSES);
const NOT_OBJECT_POS = new Set<string>(NOT_OBJECT_WORD_POS);
const CONTENTS_LINKS = new Set(CONTENTS_LINK_WORDS);
const CIVILIAN_TOO = new Set(CIVILIAN_TOO_PERSONNEL_LEMMAS);
const CIVILIAN_TOO_CUES = new Set(CIVILIAN_TOO_MILITARY_CUES);
const NEGATIONS = new Set(NEGATION_LEMMAS);
const BODY_NOUNS = new Set(DEMONYM_BODY_NOUNS);
const NEGATION_GAP = new Set(NEGATION_GAP_POS);
const NOT_NEGATING = new Set(NOT_NEGATING_AFTER);
const NEGATED_NOUN_MODIFIERS = new Set(NEGATED_NOUN_MODIFIER_POS);

/** True when a contents word ("of", "with") lies strictly between tokens `head` and `word`. */
function hasContentsLink(tokens: readonly Token[], head: number, word: number): boolean {
  for (let i = head + 1; i < word; i++) if (CONTENTS_LINKS.has(tokens[i]!.normal)) return true;
  return false;
}
const AMOUNT_PREDICATE = { key: 'amount', label: 'number of' } as const;
/** Object key of a family whose words name no object class ("send:?"). */
const UNKNOWN_OBJECT_KEY = '?';
/** Family predicate of money, percentages and bare numbers: keyed by what they measure ("measure:offer"), never by a verb class. */
export const MEASURE_PREDICATE_KEY = 'measure';
/** Family key of such a figure whose measured thing the words do not say: its proposition relates no figures. */
export const UNMEASURED_FAMILY_KEY = `${MEASURE_PREDICATE_KEY}:${UNKNOWN_OBJECT_KEY}`;

function lexiconMap(classes: readonly { key: string; lemmas: readonly string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const c of classes) for (const lemma of c.lemmas) if (!map.has(lemma)) map.set(lemma, c.key);
  return map;
}

function classOf(map: Map<string, string>, token: Token): string | undefined {
  return map.get(token.lemma) ?? map.get(token.normal);
}

/** The keys of one figure in a claim. */
export interface CountKey {
  /** Index into LanguageAnnotations.quantities. */
  readonly quantity: number;
  readonly subject: KeyFeature;
  /** True when the subject came from outside the content (the rest of the sentence, capitalised words) or was not found. */
  readonly weakSubject: boolean;
  readonly family: KeyFeature;
  readonly unit: KeyFeature;
  readonly projected: boolean;
  /** Index into LanguageAnnotations.times of the time the figure is about, or null. */
  readonly refersTo: number | null;
}

/** Everything a claim is keyed by. `claimFamily` is null when no predicate or object word is found. */
export interface ClaimKey {
  readonly subject: KeyFeature;
  readonly weakSubject: boolean;
  readonly claimFamily: KeyFeature | null;
  /** The family of a predicate its words negate ("didn't move them", "no troops were sent"), or null. */
  readonly negatedFamily: KeyFeature | null;
  readonly counts: readonly CountKey[];
}

/** Token positions of one claim: the content fragments and the rest of the sentence. */
interface ClaimScope {
  readonly evidence: ArticleEvidence;
  readonly claim: Claim;
  /** Token indices inside the content, in text order. */
  readonly content: readonly number[];
  /** Token indices of the sentence outside the content and the source words. */
  readonly rest: readonly number[];
}

function scopeOf(evidence: ArticleEvidence, claim: Claim): ClaimScope {
  const { tokens, sentences } = evidence.language;
  const content: number[] = [];
  for (const fragment of claim.content) {
    const range = tokenRangeIn(tokens, fragment);
    for (let i = range.first; i < range.end; i++) content.push(i);
  }
  const inContent = new Set(content);
  const rest: number[] = [];
  const sentence = sentences[claim.sentence];
  if (sentence) {
    const range = tokenRangeIn(tokens, sentence.span);
    for (let i = range.first; i < range.end; i++) {
      if (inContent.has(i)) continue;
      if (claim.source && spanContains(claim.source, tokens[i]!.span)) continue;
      rest.push(i);
    }
  }
  return { evidence, claim, content: [...new Set(content)].sort((a, b) => a - b), rest };
}

function feature(evidence: ArticleEvidence, key: string, label: string, span: Span | null, via: string): KeyFeature {
  const ref = span ? { article: evidence.article.id, span: makeSpan(span.start, span.end, evidence.text.length, `article ${evidence.article.id}`) } : null;
  return { key, label, evidence: ref, via };
}

/** The token nearest `anchor` (by index distance, earlier first on ties) among `candidates` that `pick` accepts. */
function nearest<T>(tokens: readonly Token[], candidates: readonly number[], anchor: number, pick: (t: Token) => T | undefined): { index: number; value: T } | null {
  let best: { index: number; value: T; distance: number } | null = null;
  for (const i of candidates) {
    const value = pick(tokens[i]!);
    if (value === undefined) continue;
    const distance = Math.abs(i - anchor) * 2 + (i > anchor ? 1 : 0);
    if (!best || distance < best.distance) best = { index: i, value, distance };
  }
  return best ? { index: best.index, value: best.value } : null;
}

// ---- Subject -------------------------------------------------------------------------------

interface SubjectCandidate {
  readonly mention: EntityMention;
  /** Entity key of the mention itself (before promotion), to recognise the speaker. */
  readonly entityKey: string;
  readonly key: string;
  readonly label: string;
}

function entityByKey(evidence: ArticleEvidence, key: string): Entity | undefined {
  return evidence.language.entities.find((e) => e.key === key);
}

/** The actor a mention names, armies and ministries promoted to their country; null for places and non-actors. */
function actorOf(evidence: ArticleEvidence, mention: EntityMention): { entityKey: string; key: string; label: string } | null {
  const entity = evidence.language.entities[mention.actsFor ?? mention.entity];
  if (!entity || !SUBJECT_TYPES.has(entity.type)) return null;
  if (PROMOTED_TYPES.has(entity.type) && entity.affiliation) {
    return { entityKey: entity.key, key: entity.affiliation, label: entityByKey(evidence, entity.affiliation)?.canonical ?? entity.affiliation };
  }
  return { entityKey: entity.key, key: entity.key, label: entity.canonical };
}

/** True when the word before the mention makes it a place, a counterpart or a recipient, not an actor ("sent to Kestria", "fight against Kestria", "at Lumen Council headquarters", "supplying Kestria"). */
function isPlaceOrRecipient(evidence: ArticleEvidence, mention: EntityMention): boolean {
  const { tokens } = evidence.language;
  const range = tokenRangeIn(tokens, mention.span);
  const before = tokens[range.first - 1];
  return before !== undefined && (LOCATION_WORDS.has(before.normal) || RECIPIENT_VERBS.has(before.lemma));
}

/**
 * A demonym describing a body rather than naming its people ("the German exchange raised its bid",
 * "a Russian oil firm"): the subject is that body, not the country. Demonyms before people or
 * materiel ("German troops", "German people") still name the country's own.
 */
function describesABody(evidence: ArticleEvidence, mention: EntityMention): boolean {
  if (mention.kind !== 'demonym') return false;
  const { tokens } = evidence.language;
  const next = tokens[tokenRangeIn(tokens, mention.span).end];
  return next !== undefined && next.pos === 'NOUN' && BODY_NOUNS.has(next.lemma);
}

/**
 * Actors named in `spans`, in text order, leaving out places, recipients and the claim's own
 * speaker and relays ("the bureau assessed that Vardia aimed to…" is about Vardia).
 */
function subjectCandidates(scope: ClaimScope, spans: readonly Span[]): SubjectCandidate[] {
  const { evidence, claim } = scope;
  const voices = new Set([claim.speaker.entity, ...claim.relayedBy.map((r) => r.entity)].filter((k): k is NonNullable<typeof k> => k !== null));
  const found: SubjectCandidate[] = [];
  for (const span of spans) {
    for (const { mention } of mentionsIn(evidence.language, span)) {
      if (claim.source && spanContains(claim.source, mention.span)) continue;
      const actor = actorOf(evidence, mention);
      if (!actor || voices.has(actor.entityKey as never) || isPlaceOrRecipient(evidence, mention) || describesABody(evidence, mention)) continue;
      found.push({ mention, ...actor });
    }
  }
  return found.sort((a, b) => a.mention.span.start - b.mention.span.start);
}

/**
 * Whose claim it is about, in order: a name or demonym on or just before the anchor noun
 * ("Vardian special forces troops", "3,000 Vardians"); the nearest actor named before the anchor
 * in the content ("Kestria said Vardia had shipped 1,500 troops"), else the first after it;
 * any demonym in the content; the same in the rest of the sentence; the speaker itself (a
 * government denying "sending troops" speaks of its own act); capitalised words before the anchor.
 */
function subjectOf(scope: ClaimScope, anchorToken: number | null): { subject: KeyFeature; weak: boolean } {
  const { evidence, claim } = scope;
  const { tokens, sentences } = evidence.language;
  const sentence = sentences[claim.sentence];
  const inContent = (c: SubjectCandidate) => claim.content.some((f) => spanContains(f, c.mention.span));
  const contentCandidates = subjectCandidates(scope, claim.content);
  const restCandidates = sentence ? subjectCandidates(scope, [sentence.span]).filter((c) => !inContent(c)) : [];
  const anchorSpan = anchorToken !== null ? tokens[anchorToken]!.span : null;
  if (anchorSpan) {
    for (const candidates of [contentCandidates, restCandidates]) {
      const onAnchor = candidates.find((c) => c.mention.span.start <= anchorSpan.start && anchorSpan.end <= c.mention.span.end);
      if (onAnchor) return { subject: feature(evidence, onAnchor.key, onAnchor.label, onAnchor.mention.span, 'demonym naming the counted people'), weak: candidates === restCandidates };
      const before = candidates.filter((c) => c.mention.span.end <= anchorSpan.start);
      const last = before[before.length - 1];
      if (last) {
        const gap = tokenRangeIn(tokens, { start: last.mention.span.end, end: anchorSpan.start } as Span);
        if (gap.end - gap.first <= SUBJECT_MAX_TOKENS_BEFORE_NOUN) {
          const via = last.mention.kind === 'demonym' ? 'demonym before the counted noun' : 'name before the counted noun';
          return { subject: feature(evidence, last.key, last.label, last.mention.span, via), weak: candidates === restCandidates };
        }
      }
    }
  }
  for (const [candidates, where] of [[contentCandidates, 'content'], [restCandidates, 'sentence']] as const) {
    const actors = candidates.filter((c) => c.mention.kind !== 'demonym');
    const before = anchorSpan ? actors.filter((c) => c.mention.span.end <= anchorSpan.start) : [];
    const actor = before[before.length - 1] ?? actors.find((c) => !anchorSpan || c.mention.span.start >= anchorSpan.end) ?? actors[0];
    if (actor) return { subject: feature(evidence, actor.key, actor.label, actor.mention.span, `nearest actor named in the ${where}`), weak: where === 'sentence' };
    const demonym = candidates.find((c) => c.mention.kind === 'demonym');
    if (demonym) return { subject: feature(evidence, demonym.key, demonym.label, demonym.mention.span, `demonym in the ${where}`), weak: where === 'sentence' };
  }
  const speaker = claim.speaker;
  if (speaker.entity && (speaker.type === 'government' || speaker.type === 'organisation')) {
    return { subject: feature(evidence, speaker.entity, speaker.affiliation ?? speaker.name, claim.source, 'the speaker speaks of its own act'), weak: false };
  }
  if (anchorToken !== null) {
    let first = anchorToken;
    while (first > 0 && anchorToken - first < SUBJECT_MAX_TOKENS_BEFORE_NOUN && /^\p{Lu}/u.test(evidence.text.slice(tokens[first - 1]!.span.start, tokens[first - 1]!.span.end))) first--;
    if (first < anchorToken) {
      const span = { start: tokens[first]!.span.start, end: tokens[anchorToken - 1]!.span.end } as Span;
      const words = evidence.text.slice(span.start, span.end);
      return { subject: feature(evidence, `text:${foldName(words)}`, words, span, 'capitalised words before the counted noun'), weak: true };
    }
  }
  return { subject: feature(evidence, UNKNOWN_SUBJECT_KEY, '', null, 'no subject found'), weak: true };
}

// ---- Family and unit -----------------------------------------------------------------------

/** The object class a token names; never a verb ("was forced to sell" names no forces). */
function objectClassOf(token: Token): string | undefined {
  return NOT_OBJECT_POS.has(token.pos) ? undefined : classOf(OBJECT_BY_LEMMA, token);
}

function objectClassIn(scope: ClaimScope, indices: readonly number[], anchor: number): { index: number; value: string } | null {
  const { tokens } = scope.evidence.language;
  const military = [...scope.content, ...scope.rest].some((i) => CIVILIAN_TOO_CUES.has(tokens[i]!.lemma) || CIVILIAN_TOO_CUES.has(tokens[i]!.normal));
  return nearest(scope.evidence.language.tokens, indices, anchor, (t) => (!military && (CIVILIAN_TOO.has(t.lemma) || CIVILIAN_TOO.has(t.normal)) ? undefined : objectClassOf(t)));
}

/**
 * Whether a predicate class found by `predicateIn` in `indices` may stand: the "sent / deployed /
 * present" family needs a counted noun of personnel or materiel, or a word that means deployment by
 * itself in the same words ("deployed", "arrival"); "the two companies transferred" is no deployment.
 */
function predicateHasEvidence(scope: ClaimScope, predicateKey: string, indices: readonly number[], object: string | null): boolean {
  if (predicateKey !== DEFAULT_PERSONNEL_PREDICATE) return true;
  if (object !== null && DEPLOYABLE_OBJECTS.has(object)) return true;
  const { tokens } = scope.evidence.language;
  return indices.some((i) => DEPLOYMENT_EVIDENCE.has(tokens[i]!.lemma) || DEPLOYMENT_EVIDENCE.has(tokens[i]!.normal));
}

/** The nearest predicate word in the content, else in the rest of the sentence, that has the evidence its family needs. */
function evidencedPredicateIn(scope: ClaimScope, content: readonly number[], rest: readonly number[], anchor: number, object: string | null): { index: number; value: string } | null {
  for (const indices of [content, rest]) {
    const found = predicateIn(scope, indices, anchor);
    if (found && predicateHasEvidence(scope, found.value, indices, object)) return found;
    if (found) {
      // A deployment word without evidence: another class's word in the same words may still stand ("killed").
      const other = nearest(scope.evidence.language.tokens, indices, anchor, (t) => {
        const c = classOf(PREDICATE_BY_LEMMA, t);
        return c !== undefined && c !== DEFAULT_PERSONNEL_PREDICATE ? c : undefined;
      });
      if (other) return other;
    }
  }
  return null;
}

function predicateIn(scope: ClaimScope, indices: readonly number[], anchor: number): { index: number; value: string } | null {
  return nearest(scope.evidence.language.tokens, indices, anchor, (t) => classOf(PREDICATE_BY_LEMMA, t));
}

/** The family's words as a reader says them: "troops sent / deployed / present", "number of hotels". */
function familyFeature(scope: ClaimScope, predicate: { key: string; span: Span | null; via: string }, object: { key: string; label: string }): KeyFeature {
  const predicateLabel = PREDICATE_LABEL.get(predicate.key);
  const label = predicateLabel ? `${object.label} ${predicateLabel}` : `${AMOUNT_PREDICATE.label} ${object.label}`;
  return feature(scope.evidence, `${predicate.key}:${object.key}`, label, predicate.span, predicate.via);
}

/** The claim's own family, for assert-vs-deny: the object word, then the predicate nearest it; content before sentence. */
function claimFamilyOf(scope: ClaimScope): { family: KeyFeature; anchor: number } | null {
  const { tokens } = scope.evidence.language;
  const contentStart = scope.content[0] ?? scope.rest[0] ?? 0;
  const object = objectClassIn(scope, scope.content, contentStart) ?? objectClassIn(scope, scope.rest, contentStart);
  const anchor = object?.index ?? contentStart;
  const predicate = evidencedPredicateIn(scope, scope.content, scope.rest, anchor, object?.value ?? null);
  if (!object && !predicate) return null;
  const objectKey = object?.value ?? UNKNOWN_OBJECT_KEY;
  const objectLabel = object ? OBJECT_LABEL.get(object.value)! : 'something';
  if (predicate) {
    return { family: familyFeature(scope, { key: predicate.value, span: tokens[predicate.index]!.span, via: 'nearest predicate word' }, { key: objectKey, label: objectLabel }), anchor };
  }
  if (objectKey === 'personnel') {
    return { family: familyFeature(scope, { key: DEFAULT_PERSONNEL_PREDICATE, span: tokens[object!.index]!.span, via: 'personnel with no predicate word: presence' }, { key: objectKey, label: objectLabel }), anchor };
  }
  return null;
}

/**
 * The first predicate in the content that its words negate, with the object it is about: "not" or
 * "never" then at most NEGATION_MAX_GAP auxiliaries or adverbs then the predicate word ("didn't
 * already move them", "have not yet arrived"), or "no", a noun of an object class and the predicate
 * ("no Vardian troops have been sent"). The object is the claim's own family's, else the nearest
 * object word in the content; without one the negation says nothing comparable and is ignored.
 */
function negatedFamilyOf(scope: ClaimScope, own: KeyFeature | null): KeyFeature | null {
  const { tokens } = scope.evidence.language;
  const content = scope.content;
  const inContent = new Set(content);
  /** The predicate word at or after `from`, past at most NEGATION_MAX_GAP gap words, inside the content. */
  const predicateAfter = (from: number): { index: number; value: string } | null => {
    for (let i = from, gap = 0; inContent.has(i) && gap <= NEGATION_MAX_GAP; i++) {
      const value = classOf(PREDICATE_BY_LEMMA, tokens[i]!);
      if (value !== undefined && !NEGATION_GAP.has(tokens[i]!.pos)) return { index: i, value };
      if (!NEGATION_GAP.has(tokens[i]!.pos)) return null;
      gap++;
    }
    return null;
  };
  for (const i of content) {
    const t = tokens[i]!;
    let predicate: { index: number; value: string } | null = null;
    let negatedObject: string | null = null;
    if (NEGATIONS.has(t.lemma)) {
      if (NOT_NEGATING.has(tokens[i + 1]?.normal ?? '')) continue;
      predicate = predicateAfter(i + 1);
    } else if (t.normal === NEGATING_DETERMINER && t.pos === 'DET') {
      let j = i + 1;
      while (inContent.has(j) && j - i <= NEGATION_MAX_GAP && NEGATED_NOUN_MODIFIERS.has(tokens[j]!.pos)) j++;
      const object = inContent.has(j) ? objectClassOf(tokens[j]!) : undefined;
      if (object === undefined) continue;
      negatedObject = object;
      predicate = predicateAfter(j + 1);
    }
    if (!predicate) continue;
    const ownObject = own ? objectOfFamily(own) : UNKNOWN_OBJECT_KEY;
    const object = negatedObject ?? (ownObject !== UNKNOWN_OBJECT_KEY ? ownObject : objectClassIn(scope, content, predicate.index)?.value ?? null);
    if (object === null || !predicateHasEvidence(scope, predicate.value, content, object)) continue;
    const label = OBJECT_LABEL.get(object);
    if (!label) continue;
    return familyFeature(scope, { key: predicate.value, span: tokens[predicate.index]!.span, via: 'predicate word after a negation: said not to have happened' }, { key: object, label });
  }
  return null;
}

function lastTokenIn(tokens: readonly Token[], span: Span | null): number | null {
  if (!span) return null;
  const range = tokenRangeIn(tokens, span);
  return range.end > range.first ? range.end - 1 : null;
}

function isMilitaryContext(scope: ClaimScope): boolean {
  const { tokens } = scope.evidence.language;
  return [...scope.content, ...scope.rest].some((i) => MILITARY_CONTEXT.has(tokens[i]!.lemma) || MILITARY_CONTEXT.has(tokens[i]!.normal));
}

function countKeyOf(scope: ClaimScope, quantityIndex: number, quantity: Quantity): CountKey {
  const { evidence, claim } = scope;
  const { tokens, times } = evidence.language;
  const valueToken = tokenRangeIn(tokens, quantity.valueSpan).first;
  const headToken = lastTokenIn(tokens, quantity.unitSpan);
  const inQuantity = (() => {
    const range = tokenRangeIn(tokens, quantity.span);
    return Array.from({ length: range.end - range.first }, (_, k) => range.first + k);
  })();

  // Unit: the counted noun's class when it is a merged class (troops = soldiers = forces), else its head word.
  let unitKey: string;
  let unitLabel: string;
  let unitVia: string;
  let object: string | null = null;
  const casualty = quantity.unit ? CASUALTY_UNIT_CLASSES[quantity.unit] : undefined;
  // With no unit words of its own ("bringing the total to 3,500"), the unit string the quantity stage carried over names the noun.
  const unitWord = quantity.unit ? foldName(quantity.unit).split(' ').pop()! : '';
  // The counted noun names its class whatever the tagger made of it ("conventional arms").
  const headClass = headToken !== null ? classOf(OBJECT_BY_LEMMA, tokens[headToken]!) : OBJECT_BY_LEMMA.get(unitWord) ?? OBJECT_BY_LEMMA.get(unitWord.replace(/s$/, ''));
  // Money, percentages and bare numbers are keyed by what they measure (measured-thing.ts).
  const byMeasuredThing = quantity.kind === 'money' || quantity.kind === 'percent' || (quantity.kind === 'count' && quantity.unit === null);
  if (byMeasuredThing) {
    const measured = measuredThingOf(evidence, quantity, claim.sentence);
    if (quantity.kind === 'money') {
      unitKey = `money:${quantity.currency ?? '?'}`;
      unitLabel = quantity.currency ?? 'money';
      unitVia = 'currency';
    } else if (quantity.kind === 'percent') {
      unitKey = unitLabel = unitVia = 'percent';
    } else {
      unitKey = unitLabel = 'number';
      unitVia = 'no counted noun';
    }
    const unit = feature(evidence, unitKey, unitLabel, quantity.unitSpan ?? quantity.valueSpan, unitVia);
    const family = measured
      ? feature(evidence, `${MEASURE_PREDICATE_KEY}:${measured.key}`, measured.label, tokens[measured.token]!.span, measured.via)
      : feature(evidence, UNMEASURED_FAMILY_KEY, 'amounts whose measured thing is not stated', null, 'no noun or verb the figure measures');
    const { subject, weak: weakSubject } = subjectOf(scope, measured?.token ?? valueToken);
    return { quantity: quantityIndex, subject, weakSubject, family, unit, ...timeOf(scope, quantity, valueToken) };
  }
  if (casualty) {
    object = objectClassIn(scope, inQuantity, valueToken)?.value ?? objectClassIn(scope, scope.content, valueToken)?.value ?? 'personnel';
    unitKey = object;
    unitLabel = OBJECT_LABEL.get(object) ?? object;
    unitVia = 'casualty unit';
  } else if (quantity.unit === DEMONYM_PEOPLE_UNIT) {
    object = isMilitaryContext(scope) ? 'personnel' : 'people';
    unitKey = object;
    unitLabel = OBJECT_LABEL.get(object) ?? object;
    unitVia = object === 'personnel' ? 'demonym plural in a military sentence' : 'demonym plural';
  } else if (headClass && MERGED_UNITS.has(headClass)) {
    object = headClass;
    unitKey = headClass;
    unitLabel = OBJECT_LABEL.get(headClass)!;
    unitVia = 'counted noun of a merged class';
  } else {
    const head = headToken !== null ? tokens[headToken]!.lemma : unitWord;
    unitKey = head || 'unknown';
    unitLabel = quantity.unit ?? 'unknown unit';
    unitVia = head ? 'counted noun' : 'no counted noun';
    // A class word in the figure's own words or just after its noun ("7,000 munitions containers",
    // "13,000 containers of shells") says what the containers hold; one elsewhere in the claim does not
    // ("troops" in a claim about 80 bank accounts).
    const near = headToken === null ? [] : scope.content.filter((i) => i > headToken && i - headToken <= BORROWED_OBJECT_MAX_TOKENS_AFTER && hasContentsLink(tokens, headToken, i));
    object = headClass ?? objectClassIn(scope, inQuantity, valueToken)?.value ?? objectClassIn(scope, near, valueToken)?.value ?? null;
  }
  const unit = feature(evidence, unitKey, unitLabel, quantity.unitSpan ?? quantity.valueSpan, unitVia);

  // Predicate: a casualty unit is its own; else the predicate word nearest the figure, content first.
  const anchor = headToken ?? valueToken;
  let predicate: { key: string; span: Span | null; via: string };
  if (casualty) {
    predicate = { key: casualty, span: quantity.unitSpan, via: 'casualty unit' };
  } else {
    // The counted noun is never its own predicate ("500 recruits arrived" is about arriving).
    const notHead = (indices: readonly number[]) => indices.filter((i) => i !== headToken);
    const found = evidencedPredicateIn(scope, notHead(scope.content), notHead(scope.rest), anchor, object);
    if (found) predicate = { key: found.value, span: tokens[found.index]!.span, via: 'predicate word nearest the figure' };
    else if (object === 'personnel') predicate = { key: DEFAULT_PERSONNEL_PREDICATE, span: null, via: 'personnel with no predicate word: presence' };
    else predicate = { key: AMOUNT_PREDICATE.key, span: null, via: 'no predicate word' };
  }
  const objectForFamily = object ?? unitKey;
  const family = familyFeature(scope, predicate, { key: objectForFamily, label: OBJECT_LABEL.get(objectForFamily) ?? unitLabel });
  const { subject, weak: weakSubject } = subjectOf(scope, headToken ?? valueToken);

  return { quantity: quantityIndex, subject, weakSubject, family, unit, ...timeOf(scope, quantity, valueToken) };
}

/** Only spaces and a preposition lie between a figure's end and a time's start. */
function followsDirectly(text: string, figureEnd: number, timeStart: number): boolean {
  if (timeStart < figureEnd) return false;
  return FIGURE_TIME_GAP.test(text.slice(figureEnd, timeStart));
}

/** Whether the figure is a target, and the time in the claim it is about. */
function timeOf(scope: ClaimScope, quantity: Quantity, valueToken: number): { projected: boolean; refersTo: number | null } {
  const { evidence, claim } = scope;
  const { tokens, times } = evidence.language;
  const ownTimes = claim.times.filter((t) => t !== claim.statementTime && times[t]?.resolved);
  const projected =
    ownTimes.some((t) => times[t]!.kind === 'deadline') ||
    scope.content.some((i) => i < valueToken && (PROJECTION.has(tokens[i]!.lemma) || PROJECTION.has(tokens[i]!.normal)));
  let refersTo: number | null = null;
  let bestDistance = Infinity;
  for (const t of ownTimes) {
    const span = times[t]!.span;
    const distance = span.start >= quantity.span.end ? span.start - quantity.span.end : Math.max(0, quantity.span.start - span.end);
    if (distance < bestDistance) {
      bestDistance = distance;
      refersTo = t;
    }
  }
  // A target's time may stand anywhere in the claim ("aims to deploy 10,000 by December"); a count
  // is dated by a time only when it follows the figure directly ("about 2,000 litres on Monday").
  if (!projected && refersTo !== null && !followsDirectly(evidence.text, quantity.span.end, times[refersTo]!.span.start)) refersTo = null;
  return { projected, refersTo };
}

/** Keys a claim: its subject and family, and one count key per figure in its content. */
export function keyClaim(evidence: ArticleEvidence, claim: Claim): ClaimKey {
  const scope = scopeOf(evidence, claim);
  const own = claimFamilyOf(scope);
  const { subject, weak: weakSubject } = subjectOf(scope, own?.anchor ?? null);
  const counts = claim.quantities
    .map((q) => ({ q, quantity: evidence.language.quantities[q] }))
    .filter((x): x is { q: number; quantity: Quantity } => x.quantity !== undefined && !isCurrencyConversion(evidence, x.quantity))
    .map(({ q, quantity }) => countKeyOf(scope, q, quantity));
  return { subject, weakSubject, claimFamily: own?.family ?? null, negatedFamily: negatedFamilyOf(scope, own?.family ?? null), counts };
}

function objectOfFamily(family: KeyFeature): string {
  return family.key.slice(family.key.indexOf(':') + 1);
}

/**
 * Gives claim families whose words name no kind of object ("if they do deploy, they are fair game":
 * send:?) the object most of the article's other claims with the same predicate name ("troops were
 * deployed", "1,500 soldiers were sent": send:personnel), ties to the smallest key: the pronoun
 * stands for what the article is sending. Within one article, like the subject fallback.
 */
export function withArticleObjects(keys: readonly ClaimKey[]): ClaimKey[] {
  const predicateOf = (family: KeyFeature) => family.key.slice(0, family.key.indexOf(':'));
  const votes = new Map<string, Map<string, { family: KeyFeature; count: number }>>();
  const vote = (family: KeyFeature | null) => {
    if (!family || objectOfFamily(family) === UNKNOWN_OBJECT_KEY) return;
    const predicate = predicateOf(family);
    let byObject = votes.get(predicate);
    if (!byObject) votes.set(predicate, (byObject = new Map()));
    const entry = byObject.get(family.key);
    if (entry) entry.count++;
    else byObject.set(family.key, { family, count: 1 });
  };
  // Only claims' own families vote: a figure's family is named after its counted noun, which may be
  // unrelated to what another claim's bare verb speaks of ("sent in bailiffs" is not about the article's bank accounts).
  for (const key of keys) vote(key.claimFamily);
  return keys.map((key) => {
    const family = key.claimFamily;
    if (!family || objectOfFamily(family) !== UNKNOWN_OBJECT_KEY) return key;
    let best: { family: KeyFeature; count: number } | null = null;
    for (const entry of votes.get(predicateOf(family))?.values() ?? []) {
      if (!best || entry.count > best.count || (entry.count === best.count && entry.family.key < best.family.key)) best = entry;
    }
    if (!best) return key;
    return { ...key, claimFamily: { key: best.family.key, label: best.family.label, evidence: family.evidence, via: `${family.via}; what it names is the article's usual object of that verb` } };
  });
}

/**
 * Gives claims whose words name no subject of their own ("we don't know whether it is 1,500 or
 * 12,000 soldiers", "this brings the total to 3,000" with only a committee named elsewhere in the
 * sentence) the subject most of the article's other claims about the same kind of object name in
 * their own words, ties to the smallest key. Works within one article, so adding an article never
 * rekeys another.
 */
export function withArticleSubjects(input: readonly ClaimKey[]): ClaimKey[] {
  const keys = withArticleObjects(input);
  const votes = new Map<string, Map<string, { label: string; count: number }>>();
  const vote = (subject: KeyFeature, weak: boolean, family: KeyFeature | null) => {
    if (!family || weak) return;
    const object = objectOfFamily(family);
    let byKey = votes.get(object);
    if (!byKey) votes.set(object, (byKey = new Map()));
    const entry = byKey.get(subject.key);
    if (entry) entry.count++;
    else byKey.set(subject.key, { label: subject.label, count: 1 });
  };
  for (const key of keys) {
    vote(key.subject, key.weakSubject, key.claimFamily);
    for (const count of key.counts) vote(count.subject, count.weakSubject, count.family);
  }
  // A claim whose words name no kind of object ("if they do deploy, they are fair game") takes the
  // article's main subject over every kind of object: the votes for unknown objects alone are the
  // few other claims that name nothing either.
  const anyObject = new Map<string, { label: string; count: number }>();
  for (const byKey of votes.values()) {
    for (const [key, { label, count }] of byKey) {
      const entry = anyObject.get(key);
      if (entry) entry.count += count;
      else anyObject.set(key, { label, count });
    }
  }
  const fill = (subject: KeyFeature, weak: boolean, family: KeyFeature | null): KeyFeature => {
    if (!weak || !family) return subject;
    const object = objectOfFamily(family);
    const pool = object === UNKNOWN_OBJECT_KEY ? anyObject : votes.get(object);
    let best: [string, { label: string; count: number }] | null = null;
    for (const entry of pool ?? []) if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[0] < best[0])) best = entry;
    if (!best) return subject;
    const what = object === UNKNOWN_OBJECT_KEY ? 'anything' : object;
    return { key: best[0], label: best[1].label, evidence: null, via: `the article's main subject for ${what}` };
  };
  return keys.map((key) => ({
    subject: fill(key.subject, key.weakSubject, key.claimFamily),
    weakSubject: key.weakSubject,
    claimFamily: key.claimFamily,
    negatedFamily: key.negatedFamily,
    counts: key.counts.map((count) => ({ ...count, subject: fill(count.subject, count.weakSubject, count.family) })),
  }));
}
