// Drafts for proper names: each name segment typed from its head word, its title or description
// and its context (person, organisation, body, place), with the title's role; a gazetteer name
// behind a title or description; weak drafts for words that are names only if named elsewhere.

import { startsLower } from './chars.js';
import type { EntityType, MentionKind, PlaceKind } from '../../model/language.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import { foldForLookup } from '../tokens/index.js';
import { knownBody } from './body-drafts.js';
import {
  GENERIC_ID_PREFIX,
  charEnd,
  charStart,
  chooseEntry,
  countryOf,
  isCountryLike,
  isSpeakerAt,
  makeDraft,
  normalisePart,
  roleText,
  type Builder,
} from './draft-builder.js';
import type { Draft, Referent } from './drafts.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import type { NameSegment } from './names.js';
import { findAppositionAfter, findAppositionBefore, findDescriptorBefore, findTitleBefore, roleKindOf, roleWordEndingAt } from './roles.js';
import { APPOSITION_STOPS, DESCRIBING_ADJECTIVE, CENTRAL_BANK_WORDS, type CountryBodyDescriptor, EVENT_WORDS_INSIDE_NAMES, GOVERNMENT_WHEN_NATIONAL, type KeywordClass, LOCATIVE_PREPOSITIONS, MAX_PERSON_NAME_WORDS, NAME_HEAD_CLASSES, APPOSITION_LINK_WORDS, MAX_ORGANISATION_APPOSITION_TOKENS, ORGANISATION_DESCRIPTORS, ORGANISATION_HOLDINGS_BEFORE_IN, ORGANISATION_NOUNS_AFTER, ORGANISATION_POSSESSIONS, ORGANISATION_REPORTING_VERBS, OWN_ITS_MAX_WORDS_AFTER, OWNERSHIP_ADJECTIVE, PERSON_PARTICLES, PLACE_DESCRIPTORS, POST_NOMINALS, TRAILING_PLACE_WORDS } from './rules.js';
import { keyOf, sameSentence, type ArticleView } from './view.js';

interface SegmentDraft {
  readonly draft: Draft | null;
  readonly segment: NameSegment;
}

/** A town the gazetteer knows that is no capital ("Florence", "Austin") is a person's name inside "Florence Quill" or after "Mr". */
function isMinorTown(entry: GazetteerEntry): boolean {
  return entry.type === 'place' && entry.placeKind === 'city' && entry.standsFor === null;
}

export function draftSegment(builder: Builder, inputSegment: NameSegment, replacedHits: Set<GazetteerHit>, droppedHits: Set<GazetteerHit>): SegmentDraft {
  const { ctx } = builder;
  // "Tollbridge-based Quarnet", "state-owned Quarnet": the adjective describes the name and is no part of it.
  const based = inputSegment.first;
  if (inputSegment.end - based > 1 && DESCRIBING_ADJECTIVE.test(ctx.view.surfaces[based]!) && inputSegment.units.every((u) => u.end <= based + 1 || u.first > based)) {
    const units = inputSegment.units.filter((u) => u.first > based);
    if (units.length > 0) return draftSegment(builder, { ...inputSegment, first: based + 1, units }, replacedHits, droppedHits);
  }
  const { view, gazetteer } = ctx;
  const found = findTitleBefore(ctx, inputSegment.first);
  const singleToken = inputSegment.end - inputSegment.first === 1;
  // "analysts Tarnwell", "computer pioneer QMX": plural role words or an acronym make the title a description of an organisation.
  const describesOrganisation =
    found !== null && !found.hasHonorific && singleToken && (view.allCaps[inputSegment.first]! || isPluralWord(view, inputSegment.first - 1));
  const title = describesOrganisation ? null : found;
  const personTitled = (title?.hasRole ?? false) || (title?.hasHonorific ?? false);
  // A place after a person's title, or a minor town inside a longer name with no head word, is part of a person's name.
  const demote = (hit: GazetteerHit): boolean => {
    const entry = chooseEntry(hit.entries);
    if (hit.via !== 'name') return false;
    if (personTitled && entry.type === 'place') return true;
    return inputSegment.units.length > 1 && isMinorTown(entry) && !headClass(view, inputSegment);
  };
  const segment: NameSegment = {
    ...inputSegment,
    units: inputSegment.units.flatMap((u) => {
      if (!u.hit || !demote(u.hit)) return [u];
      droppedHits.add(u.hit);
      const tokens: NameSegment['units'][number][] = [];
      for (let k = u.first; k < u.end; k++) tokens.push({ first: k, end: k + 1, hit: null });
      return tokens;
    }),
  };
  const units = segment.units;
  const hitsInside = units.filter((u) => u.hit).map((u) => u.hit!);
  if (segment.beforeRoleWord) {
    // Role material ("Nato" in "Nato Secretary General X"): only an organisation named by its head word counts.
    const head = headClass(view, segment);
    if (!head || hitsInside.length === units.length) return { draft: null, segment };
  }
  const descriptor = describesOrganisation ? { first: found!.first, end: inputSegment.first, isMedia: false } : title ? null : findDescriptorBefore(ctx, segment.first);

  if (units.length === 1 && units[0]!.hit) {
    // A gazetteer name on its own: only a title or description before it adds anything.
    const hit = units[0]!.hit;
    const entry = chooseEntry(hit.entries);
    if (hit.via === 'demonym' || (!descriptor && !(title?.hasRole && entry.type === 'person'))) return { draft: null, segment };
    const lead = descriptor ?? title!;
    replacedHits.add(hit);
    const draft = makeDraft(builder, {
      first: lead.first,
      last: hit.end,
      nameFirst: hit.first,
      kind: 'titled-name',
      roleSpan: { start: charStart(view, lead.first), end: charEnd(view, hit.first) },
      referent: { by: 'gazetteer', entry },
      weak: false,
      role: roleText(view, lead.first, hit.first),
    });
    builder.drafts.push(draft);
    return { draft, segment };
  }

  // An outlet's name then a country's, nothing else: the outlet's national service ("Tellburg Courier Castavia");
  // not after a verb, where the country starts the clause told ("told the Courier Castavia would…").
  const afterVerb = segment.first > 0 && view.tokens[segment.first - 1]!.pos === 'VERB';
  if (units.length === 2 && !afterVerb && units.every((u) => u.hit && u.hit.via !== 'demonym' && u.hit.via !== 'nominal')) {
    const outlet = chooseEntry(units[0]!.hit!.entries);
    const country = chooseEntry(units[1]!.hit!.entries);
    if (outlet.type === 'media' && country.type === 'country') {
      const display = view.text.slice(charStart(view, segment.first), charEnd(view, segment.end));
      const parts = display.split(/\s+/).map((w) => normalisePart(foldForLookup(w)));
      for (const unit of units) droppedHits.add(unit.hit!);
      const draft = makeDraft(builder, { first: segment.first, last: segment.end, nameFirst: segment.first, kind: 'name', roleSpan: null, referent: { by: 'name', type: 'media', placeKind: null, parts, display }, weak: false, role: null });
      builder.drafts.push(draft);
      return { draft, segment };
    }
  }
  // A country, capital or building before a body: "US National Security Council", "Granite Hall Security Council".
  const lastUnit = units[units.length - 1]!;
  const prefixHits = units.slice(0, -1);
  if (lastUnit.hit && lastUnit.hit.via === 'name' && prefixHits.length > 0 && prefixHits.every((u) => u.hit && u.hit.via !== 'nominal')) {
    const body = chooseEntry(lastUnit.hit.entries);
    const country = countryOfPrefix(gazetteer, prefixHits[0]!.hit!);
    let referent: Referent | null = null;
    if (body.id.startsWith(GENERIC_ID_PREFIX) && country) {
      const descriptor: CountryBodyDescriptor = { type: body.type, canonical: foldForLookup(body.canonical) };
      const display = view.text.slice(charStart(view, segment.first), charEnd(view, segment.end));
      referent = { by: 'country-body', country, descriptor, display, known: knownBody(gazetteer, country, keyOf(view, lastUnit.first, lastUnit.end), descriptor.canonical) };
    } else if (body.type !== 'country' && body.type !== 'place' && body.type !== 'person' && !body.id.startsWith(GENERIC_ID_PREFIX)) {
      referent = { by: 'gazetteer', entry: body };
    }
    if (referent) {
      replacedHits.add(lastUnit.hit);
      const draft = makeDraft(builder, { first: segment.first, last: segment.end, nameFirst: segment.first, kind: 'alias', roleSpan: null, referent, weak: false, role: null });
      builder.drafts.push(draft);
      return { draft, segment };
    }
  }

  const cls = headClass(view, segment);
  if (hitsInside.length > 0 && !cls && !title?.hasRole && !title?.hasHonorific) {
    // Gazetteer names beside unknown words with no head word: read the unknown words on their own.
    let run: NameSegment['units'][number][] = [];
    let last: SegmentDraft = { draft: null, segment };
    const flush = (): void => {
      if (run.length > 0) last = draftSegment(builder, { first: run[0]!.first, end: run[run.length - 1]!.end, units: run, beforeRoleWord: false, hasConnector: false }, replacedHits, droppedHits);
      run = [];
    };
    for (const unit of units) {
      if (unit.hit) flush();
      else run.push(unit);
    }
    flush();
    return last;
  }
  // Inside a new name, a nested country or body stays a mention ("Reserve Bank of Veldoria"); a city
  // ("Marrowgate Post") or a generic body ("Hollin Parliament") does not.
  for (const hit of hitsInside) {
    const entry = chooseEntry(hit.entries);
    const kept = hit.via === 'demonym' || entry.type === 'country' || ((entry.type === 'organisation' || entry.type === 'government_body') && !entry.id.startsWith(GENERIC_ID_PREFIX));
    if (!kept) droppedHits.add(hit);
  }
  // An unknown acronym inside a longer name ("CSA Awards") may abbreviate a name the article spells out.
  if (units.length > 1) {
    for (const unit of units) {
      if (unit.hit || !view.allCaps[unit.first] || unit.end - unit.first !== 1) continue;
      const letters = view.surfaces[unit.first]!.replace(/[^\p{L}\p{N}]/gu, '');
      builder.drafts.push(makeDraft(builder, { first: unit.first, last: unit.end, nameFirst: unit.first, kind: 'acronym', roleSpan: null, referent: { by: 'acronym', letters, display: view.surfaces[unit.first]! }, weak: true, role: null }));
    }
  }

  const typed = typeName(builder, segment, cls, title, descriptor);
  const lead = title?.hasRole || title?.hasHonorific ? title : descriptor;
  let first = lead ? lead.first : segment.first;
  let last = segment.end;
  if (typed.trailingPlaceWord) last++;
  if (typed.postNominal) last++;
  const hasRole = (title?.hasRole ?? false) || descriptor !== null;
  const roleFirst = title?.hasRole ? title.roleFirst : descriptor?.first ?? segment.first;
  const roleEnd = title?.hasRole ? title.roleEnd : descriptor ? descriptor.end : segment.first;
  let role = hasRole ? roleText(view, roleFirst, roleEnd) : null;
  let speakerAfter: number | null = null;
  const isPersonName = (typed.referent.by === 'name' && typed.referent.type === 'person') || (typed.referent.by === 'short' && typed.referent.isPerson);
  if (isPersonName || typed.referent.by === 'short') {
    const after = findAppositionAfter(ctx, last);
    const apposition = after ?? (isPersonName ? findAppositionBefore(ctx, segment.first) : null);
    if (apposition) builder.appositions.push({ start: charStart(view, apposition.first), end: charEnd(view, apposition.end) });
    // "Lt Gen X, the head of military intelligence,": the apposition says more than the rank.
    const rankOnly = title?.hasRole && roleWordEndingAt(ctx, title.roleEnd)?.kind === 'rank' && roleWordEndingAt(ctx, title.roleEnd)?.first === title.roleFirst;
    if ((!role || rankOnly) && apposition && isPersonName) role = roleText(view, apposition.first, apposition.end);
    // "Orla Brant, the country's deputy foreign minister, said": the verb after the apposition is the name's.
    if (after && after.end < view.tokens.length && view.surfaces[after.end] === ',') speakerAfter = after.end + 1;
  }
  if (first > segment.first && !sameSentence(view, first, segment.first)) first = segment.first;
  const kind: MentionKind = hasRole ? 'titled-name' : typed.kind;
  // Headline words in title case, and a lone word opening a sentence, are names only if named elsewhere too.
  const lonelyOpener = singleToken && !hasRole && !title?.hasHonorific && view.opensClause[segment.first]! && !view.allCaps[segment.first];
  const draft = makeDraft(builder, {
    first,
    last,
    nameFirst: segment.first,
    kind,
    roleSpan: hasRole && roleEnd > roleFirst ? { start: charStart(view, roleFirst), end: charEnd(view, roleEnd) } : null,
    referent: typed.referent,
    weak: (view.inTitleCase[segment.first]! || lonelyOpener) && !hasRole && !title?.hasHonorific,
    role,
  });
  const speaks = draft.isSpeaker || (speakerAfter !== null && isSpeakerAt(view, speakerAfter, speakerAfter));
  builder.drafts.push({ ...draft, isSpeaker: speaks });
  return { draft, segment };
}

function isPluralWord(view: ArticleView, i: number): boolean {
  if (i < 0) return false;
  const token = view.tokens[i]!;
  return token.normal !== token.lemma && token.normal.endsWith('s');
}

/**
 * The country a name's first hit belongs to: the country itself, a capital's country, a
 * building's country. A region's body is the region's own ("Scottish Parliament"), not its country's.
 */
function countryOfPrefix(gazetteer: Gazetteer, hit: GazetteerHit): GazetteerEntry | null {
  const direct = countryOf(gazetteer, hit);
  if (direct) return direct;
  const entry = chooseEntry(hit.entries);
  if (entry.placeKind !== 'facility') return null;
  const owner = entry.partOf ? gazetteer.entry(entry.partOf) : undefined;
  return owner?.type === 'country' ? owner : null;
}

/** The class of a name's head word: its last word, or the last word before "of" ("Bank of Veldoria"). */
function headClass(view: ArticleView, segment: NameSegment): KeywordClass | null {
  let head = segment.end - 1;
  for (let k = segment.first; k < segment.end; k++) {
    const normal = view.tokens[k]!.normal;
    if ((normal === 'of' || normal === 'for' || normal === 'on') && startsLower(view.surfaces[k]!)) {
      head = k - 1;
      break;
    }
  }
  const word = view.tokens[head]!.normal;
  const cls = NAME_HEAD_CLASSES.get(word);
  if (!cls) {
    for (let k = segment.first; k < segment.end; k++) if (EVENT_WORDS_INSIDE_NAMES.has(view.tokens[k]!.normal)) return { type: 'event', placeKind: null };
    return null;
  }
  // A lone "Post" or "Times" is a word, not a newspaper.
  if (segment.units.length === 1 && cls.type === 'media') return null;
  if (word === 'bank') {
    for (let k = segment.first; k < head; k++) if (CENTRAL_BANK_WORDS.has(view.tokens[k]!.normal)) return { type: 'government_body', placeKind: null };
  }
  return cls;
}

interface TypedName {
  readonly referent: Referent;
  readonly kind: MentionKind;
  readonly trailingPlaceWord: boolean;
  readonly postNominal: boolean;
}

function typeName(
  builder: Builder,
  segment: NameSegment,
  cls: KeywordClass | null,
  title: ReturnType<typeof findTitleBefore>,
  descriptor: ReturnType<typeof findDescriptorBefore>,
): TypedName {
  const { view, gazetteer } = builder.ctx;
  const tokens = [];
  for (let k = segment.first; k < segment.end; k++) tokens.push(k);
  const isLower = (k: number): boolean => startsLower(view.surfaces[k]!);
  const nameTokens = tokens.filter((k) => /\p{L}/u.test(view.surfaces[k]!) && (!isLower(k) || PERSON_PARTICLES.has(view.tokens[k]!.normal)));
  // "[Halvard] Omsk": an editor's brackets are not part of the name.
  const display = view.text.slice(charStart(view, segment.first), charEnd(view, segment.end)).replace(/[[\]]/g, '');
  const parts = nameTokens.map((k) => normalisePart(view.tokens[k]!.normal));
  const next = segment.end < view.tokens.length && sameSentence(view, segment.end, segment.first) ? segment.end : -1;
  const nextNormal = next >= 0 ? view.tokens[next]!.normal : '';
  const trailingPlace = next >= 0 && isLower(next) ? TRAILING_PLACE_WORDS.get(nextNormal) ?? null : null;
  const postNominal = next >= 0 && POST_NOMINALS.has(view.surfaces[next]!);
  const base = { trailingPlaceWord: false, postNominal: false };
  const name = (type: EntityType, placeKind: PlaceKind | null, extra: Partial<TypedName> = {}, guessed = false): TypedName => ({
    ...base,
    ...extra,
    referent: { by: 'name', type, placeKind, parts, display, guessed },
    kind: 'name',
  });
  const short = (isPerson: boolean, typeHint: EntityType | null, extra: Partial<TypedName> = {}): TypedName => {
    return { ...base, ...extra, referent: { by: 'short', part: parts[0] ?? '', display, isPerson, typeHint, placeKind: null }, kind: 'short-name' };
  };
  const isPersonTitle = (title?.hasRole ?? false) || (title?.hasHonorific ?? false);
  const single = nameTokens.length === 1 && segment.units.length === 1;

  if (single && !isPersonTitle && view.allCaps[segment.first] && !trailingPlace) {
    return { ...base, referent: { by: 'acronym', letters: view.surfaces[segment.first]!.replace(/[^\p{L}\p{N}]/gu, ''), display }, kind: 'acronym' };
  }
  if (isPersonTitle && (!cls || cls.type === 'place')) {
    if (single) return short(true, 'person', { postNominal });
    return name('person', null, { postNominal });
  }
  if (trailingPlace) return name('place', trailingPlace, { trailingPlaceWord: true });
  // "Alliance members", "the Treasury": one head word alone refers to a body named elsewhere, if there is one.
  if (cls && single) return short(false, cls.type);
  if (cls) {
    const national = GOVERNMENT_WHEN_NATIONAL.has(view.tokens[segment.end - 1]!.normal) && startsWithCountry(builder, segment);
    return name(national ? 'government_body' : cls.type, cls.placeKind);
  }
  if (descriptor) return name(descriptor.isMedia ? 'media' : 'organisation', null);
  const placeBefore = placeDescriptorBefore(view, segment.first);
  if (placeBefore) return name('place', placeBefore);
  if (postNominal) return name('person', null, { postNominal: true });
  if (single) {
    const before = segment.first - 1;
    const locative = before >= 0 && sameSentence(view, before, segment.first) && LOCATIVE_PREPOSITIONS.has(view.tokens[before]!.normal);
    return short(false, locative ? 'place' : null);
  }
  // "Black & White", "Procter & Gamble": an ampersand never joins a person's names.
  const onlyParticles = tokens.every((k) => (view.surfaces[k] === ']' || /\p{L}/u.test(view.surfaces[k]!)) && (!isLower(k) || PERSON_PARTICLES.has(view.tokens[k]!.normal)));
  if (onlyParticles && nameTokens.length <= MAX_PERSON_NAME_WORDS && !nameTokens.some((k) => view.allCaps[k] && view.surfaces[k]!.length > 2)) {
    // A demonym-led name ("Veldorian Highlands") is not a person's.
    const firstHit = segment.units[0]?.hit;
    // "the Lib Dems", "the Tarn Rovers": a person's name takes no article.
    const afterArticle = segment.first > 0 && sameSentence(view, segment.first - 1, segment.first) && view.tokens[segment.first - 1]!.normal === 'the';
    if (!firstHit && !afterArticle && !roleKindOf(gazetteer, view.tokens[segment.first]!.normal) && !hasOrganisationEvidence(view, segment)) return name('person', null, {}, true);
  }
  return name('organisation', null, {}, true);
}

/**
 * Organisation cues at any place the article writes the same words: "shares in" before them;
 * "'s shareholders", "said its", "investors" or an apposition such as ", Europe's largest
 * insurer," after them. One cue types every mention alike.
 */
function hasOrganisationEvidence(view: ArticleView, segment: NameSegment): boolean {
  const words: string[] = [];
  for (let k = segment.first; k < segment.end; k++) words.push(view.tokens[k]!.normal);
  const firstWord = words[0];
  // The loop body holds no closure: V8 would allocate a scope for each pass over every token of the
  // article (the largest allocation of the stage); the evidence, with its closures, is read per occurrence.
  for (let at = 0; at + words.length <= view.tokens.length; at++) {
    // Every occurrence of the name is looked at: rule most positions out on the first word alone.
    if (firstWord !== undefined && view.tokens[at]!.normal !== firstWord) continue;
    if (spellsWordsAt(view, at, words) && hasOrganisationEvidenceAt(view, at, at + words.length)) return true;
  }
  return false;
}

/** The name's occurrence at tokens [at, end) stands where an organisation does. */
function hasOrganisationEvidenceAt(view: ArticleView, at: number, end: number): boolean {
  const normalAt = (k: number): string => (k >= 0 && k < view.tokens.length ? view.tokens[k]!.normal : '');
  const inSentence = (k: number): boolean => k >= 0 && k < view.tokens.length && sameSentence(view, k, at);
  if (inSentence(at - 2) && normalAt(at - 1) === 'in' && ORGANISATION_HOLDINGS_BEFORE_IN.has(normalAt(at - 2))) return true;
  if (inSentence(at - 1) && OWNERSHIP_ADJECTIVE.test(view.surfaces[at - 1]!)) return true;
  const possessive = normalAt(end) === "'s" || normalAt(end) === '’s';
  if (possessive && inSentence(end + 1) && ORGANISATION_POSSESSIONS.has(normalAt(end + 1))) return true;
  if (inSentence(end + 1) && ORGANISATION_REPORTING_VERBS.has(normalAt(end)) && normalAt(end + 1) === 'its') return true;
  if (inSentence(end) && ORGANISATION_NOUNS_AFTER.has(normalAt(end)) && startsLower(view.surfaces[end]!)) return true;
  if (normalAt(end) === ',' && describedAsOrganisation(view, end + 1, at)) return true;
  // "Quarnet, which has asked…": a relative "which" is said of things, never of people.
  if (normalAt(end) === ',' && normalAt(end + 1) === 'which' && inSentence(end + 1)) return true;
  // "Quarnet put forward its own bid": the subject's own "its" right after its verb.
  if (inSentence(end) && view.tokens[end]!.pos === 'VERB') {
    for (let k = end + 1; k <= end + OWN_ITS_MAX_WORDS_AFTER && inSentence(k); k++) {
      if (normalAt(k) === 'its') return true;
      if (view.tokens[k]!.pos === 'VERB' || normalAt(k) === ',') break;
    }
  }
  return false;
}

/** The tokens from `at` have the normal forms `words` (the caller keeps `at + words.length` in range). */
function spellsWordsAt(view: ArticleView, at: number, words: readonly string[]): boolean {
  for (let j = 0; j < words.length; j++) if (view.tokens[at + j]!.normal !== words[j]) return false;
  return true;
}

/** "Quarnet, Europe's largest insurer,": an apposition whose last word is an organisation's description. */
function describedAsOrganisation(view: ArticleView, from: number, nameAt: number): boolean {
  for (let k = from; k < view.tokens.length && k - from <= MAX_ORGANISATION_APPOSITION_TOKENS && sameSentence(view, k, nameAt); k++) {
    const normal = view.tokens[k]!.normal;
    if (normal === ',') return k > from && ORGANISATION_DESCRIPTORS.has(view.tokens[k - 1]!.normal) && startsLower(view.surfaces[k - 1]!);
    if (APPOSITION_LINK_WORDS.has(normal) || APPOSITION_STOPS.has(view.surfaces[k]!)) return false;
  }
  return false;
}

function startsWithCountry(builder: Builder, segment: NameSegment): boolean {
  const hit = segment.units[0]?.hit;
  return hit ? countryOf(builder.ctx.gazetteer, hit) !== null || isCountryLike(chooseEntry(hit.entries)) : false;
}

/** "the port city of Tollbridge", "the town of X": a place description before "of" and the name. */
function placeDescriptorBefore(view: ArticleView, nameFirst: number): PlaceKind | null {
  const of = nameFirst - 1;
  if (of < 1 || view.tokens[of]!.normal !== 'of' || !sameSentence(view, of - 1, nameFirst)) return null;
  return PLACE_DESCRIPTORS.get(view.tokens[of - 1]!.normal) ?? null;
}


/** "Brant added that…": a sentence-opening word the tagger took for a noun, kept when a name elsewhere has it. */
export function addOpenersNamedElsewhere(builder: Builder, openers: readonly number[]): void {
  const { view } = builder.ctx;
  const parts = new Set<string>();
  for (const draft of builder.drafts) {
    if (draft.referent.by === 'name' && draft.referent.type === 'person') for (const part of draft.referent.parts) parts.add(part);
    if (draft.referent.by === 'short') parts.add(draft.referent.part);
  }
  for (const i of openers) {
    const part = normalisePart(view.tokens[i]!.normal);
    if (!parts.has(part)) continue;
    const display = view.surfaces[i]!;
    builder.drafts.push(
      makeDraft(builder, {
        first: i,
        last: i + 1,
        nameFirst: i,
        kind: 'short-name',
        roleSpan: null,
        referent: { by: 'short', part, display, isPerson: false, typeHint: null, placeKind: null },
        weak: true,
        role: null,
      }),
    );
  }
}

/** Names inside another mention's title are headline-grade evidence: kept only if named elsewhere too. */
export function markWeakInsideTitles(builder: Builder): void {
  const titles = builder.drafts.filter((d) => d.roleSpan);
  builder.drafts.forEach((draft, index) => {
    if (draft.referent.by !== 'name' && draft.referent.by !== 'short' && draft.referent.by !== 'acronym') return;
    if (draft.referent.by === 'name' && draft.referent.type !== 'person') return;
    const inside = titles.some((t) => t !== draft && t.roleSpan!.start <= draft.start && draft.end <= t.roleSpan!.end);
    if (inside) builder.drafts[index] = { ...draft, weak: true };
  });
}

