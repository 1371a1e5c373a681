// Speaker resolution: from the words naming a source to who is speaking. Uses the language
// layer's entities when it has them (a mention at the source's head; a capital used for its
// government); otherwise reads the phrase itself: titled names, surnames linked to the fullest
// name seen before ("Mr Novak" → "Andrei Novak"), pronouns to the last fitting speaker,
// descriptions ("the agency") to the last body they fit, unnamed sources kept as anonymous
// with their description, coordinated sources ("Veldmark and Osterland") split in two.

import type { Speaker, SpeakerType } from '../model/claim.js';
import type { Entity, EntityMention, EntityType } from '../model/language.js';
import type { Attribution } from './attributions.js';
import { isHeadWord, isQuoteMarkToken, nounPhraseEndingAt, type Phrase } from './noun-phrase.js';
import {
  COUNTRY_VOICE_ROLE_WORDS,
  ANONYMITY_MARKERS,
  ANONYMOUS_HEADS,
  COORDINATORS,
  DOCUMENT_HEADS,
  FEMALE_HONORIFICS,
  FEMALE_PRONOUNS,
  GOVERNMENT_WORDS,
  LEADING_DETERMINERS,
  MALE_HONORIFICS,
  MALE_PRONOUNS,
  MEDIA_HEADS,
  MEDIA_NAME_ENDINGS,
  NAME_TITLES,
  NEWS_AGENCY_HEADS,
  NOMINAL_REFERENCES,
  NP_LINK_PREPOSITIONS,
  PLURAL_PRONOUNS,
  RECENT_SPEAKER_WINDOW_UNITS,
  RELATIVE_PRONOUNS,
  ROLE_NOUNS,
  THING_PRONOUNS,
  COLLECTIVE_GOVERNMENT_HEADS,
  CONJUNCT_POSSESSIVES,
  ORGANISATION_NAME_ENDINGS,
  REGION_SPEAKER_HEAD,
  SUBJECT_AFTER_INTRO_MAX_TOKENS,
} from './rules.js';
import type { TokenView } from './view.js';

type Gender = 'male' | 'female' | null;

/** Someone or something the article has spoken of, as the resolver remembers it. */
interface Referent {
  speaker: Speaker;
  /** Folded words of every name and description used for it. */
  readonly words: Set<string>;
  /** Folded tokens of its fullest proper name, for matching a surname alone. */
  nameTokens: string[];
  gender: Gender;
  readonly plural: boolean;
  lastUnit: number;
}

/** Common nouns that head sources; capitalised at a sentence start they are still not names. */
const COMMON_SOURCE_NOUNS: ReadonlySet<string> = new Set([...ANONYMOUS_HEADS, ...ROLE_NOUNS, ...MEDIA_HEADS, ...DOCUMENT_HEADS, ...GOVERNMENT_WORDS].filter((w) => !['white', 'house', 'state'].includes(w)));

const UNKNOWN_SPEAKER: Speaker = { name: 'unknown source', type: 'anonymous', entity: null, role: null, affiliation: null };

/** The token that starts at `offset`, or -1. */
function firstTokenAt(view: TokenView, offset: number): number {
  let lo = 0;
  let hi = view.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (view.start[mid]! < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return lo < view.count && view.start[lo] === offset ? lo : -1;
}

function stripDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function isCapitalised(view: TokenView, i: number): boolean {
  return /^\p{Lu}/u.test(view.surface[i]!);
}

/** Proper-name tokens: tagged PROPN, or a capitalised word the tagger mis-read, never a capitalised adjective ("Veldish"). */
function isNameToken(view: TokenView, i: number): boolean {
  if (!isCapitalised(view, i)) return false;
  const pos = view.pos[i];
  if (pos === 'ADJ' || pos === 'DET' || pos === 'PRON' || pos === 'ADP' || pos === 'CCONJ' || pos === 'PUNCT') return false;
  // A common noun capitalised only because it starts the sentence ("Sources on the … side").
  const startsUnit = view.units[view.unitOf[i]!]?.first === i;
  if (startsUnit && (pos === 'NOUN' || COMMON_SOURCE_NOUNS.has(view.norm[i]!))) return false;
  return true;
}

function entityTypeToSpeakerType(type: EntityType): SpeakerType {
  switch (type) {
    case 'person':
      return 'person';
    case 'country':
    case 'government_body':
    case 'military_unit':
      return 'government';
    case 'media':
      return 'media';
    case 'treaty':
      return 'document';
    default:
      return 'organisation';
  }
}

/** Character range of tokens [first, end) without a leading determiner or a trailing comma or "'s". */
function descriptionRange(view: TokenView, first: number, end: number): { start: number; end: number } {
  let from = first;
  while (from < end - 1 && LEADING_DETERMINERS.has(view.norm[from]!)) from++;
  let to = end;
  while (to > from + 1 && (view.norm[to - 1] === ',' || view.norm[to - 1] === "'s")) to--;
  return { start: view.start[from]!, end: view.end[to - 1]! };
}

/** Text of tokens [first, end) as written, without a leading determiner. */
function description(view: TokenView, first: number, end: number): string {
  const range = descriptionRange(view, first, end);
  return view.text.slice(range.start, range.end);
}

/** The phrase's head noun: the last word before its first linking preposition ("sources" in "sources on the Osterland side"). */
function headNounIndex(view: TokenView, first: number, end: number): number {
  let last = end - 1;
  for (let i = first + 1; i < end; i++) {
    // "allies backing Osterland": a participle after the head starts a reduced relative clause.
    const reducedRelative = view.pos[i] === 'VERB' && view.norm[i]!.endsWith('ing') && !/^\p{Lu}/u.test(view.surface[i]!);
    if (NP_LINK_PREPOSITIONS.has(view.norm[i]!) || view.norm[i] === ',' || view.surface[i] === '(' || reducedRelative) {
      last = i - 1;
      break;
    }
  }
  while (last > first && (view.norm[last] === "'s" || view.pos[last] === 'PUNCT')) last--;
  return last;
}

/** The last run of proper-name tokens in [first, end), without titles in front. */
function nameRun(view: TokenView, first: number, end: number): { first: number; end: number; titles: string[] } | null {
  let runEnd = -1;
  let runFirst = -1;
  for (let i = end - 1; i >= first; i--) {
    const named = isNameToken(view, i) || (runEnd !== -1 && view.norm[i] === '-');
    if (named) {
      if (runEnd === -1) runEnd = i + 1;
      runFirst = i;
    } else if (runEnd !== -1) break;
  }
  if (runEnd === -1) return null;
  const titles: string[] = [];
  while (runFirst < runEnd && NAME_TITLES.has(stripDot(view.norm[runFirst]!))) titles.push(stripDot(view.norm[runFirst++]!));
  while (runEnd > runFirst && (view.norm[runEnd - 1] === "'s" || view.norm[runEnd - 1] === '-')) runEnd--;
  if (runFirst >= runEnd) return null;
  // Titles written before the run in lower case ("defence secretary Lena Marsh") count too.
  for (let i = runFirst - 1; i >= first && titles.length === 0; i--) {
    const word = stripDot(view.norm[i]!);
    if (NAME_TITLES.has(word)) titles.push(word);
    else break;
  }
  return { first: runFirst, end: runEnd, titles };
}

/** A person's canonical name from its written form: initials and honorifics dropped ("Andrei J. Novak" → "Andrei Novak"). */
function personName(view: TokenView, first: number, end: number): { name: string; tokens: string[] } {
  const words: string[] = [];
  for (let i = first; i < end; i++) {
    const surface = view.surface[i]!;
    if (/^\p{Lu}\.?$/u.test(surface) && end - first > 2) continue;
    if (surface === '-' ) continue;
    words.push(surface);
  }
  const name = words.join(' ');
  return { name, tokens: words.map((w) => w.toLowerCase()) };
}

function wordsOf(view: TokenView, first: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let i = first; i < end; i++) {
    const norm = stripDot(view.norm[i]!);
    if (/\p{L}/u.test(norm) && !LEADING_DETERMINERS.has(norm)) words.add(norm);
  }
  return words;
}

function hasAny(words: ReadonlySet<string>, list: ReadonlySet<string>): boolean {
  for (const w of words) if (list.has(w)) return true;
  return false;
}

export class SpeakerResolver {
  private readonly referents: Referent[] = [];
  private mentionCursor = 0;
  private readonly mentions: readonly EntityMention[];
  private readonly entities: readonly Entity[];

  /** Folded name tokens of people the text names with a title or role ("Mr Novak", "spokesman Andrei Novak") → their fullest name. */
  private readonly knownPersons = new Map<string, { name: string; tokens: string[] }>();

  constructor(private readonly view: TokenView) {
    this.mentions = view.language.mentions;
    this.entities = view.language.entities;
    this.collectTitledNames();
  }

  /** Every "Title Name" and "role-noun Name" in the text marks Name as a person, for names met alone later. */
  private collectTitledNames(): void {
    const view = this.view;
    for (let i = 0; i + 1 < view.count; i++) {
      // Names follow: only a token before a capitalised one can be a title or role.
      const nextCode = view.surface[i + 1]!.charCodeAt(0);
      if ((nextCode < 65 || nextCode > 90) && nextCode < 128) continue;
      const word = stripDot(view.norm[i]!);
      const isTitle = NAME_TITLES.has(word) && isCapitalised(view, i);
      const isRole = ROLE_NOUNS.has(word) && !isCapitalised(view, i);
      if (!isTitle && !isRole) continue;
      let end = i + 1;
      while (end < view.count && (isNameToken(view, end) || NAME_TITLES.has(stripDot(view.norm[end]!)) && isCapitalised(view, end))) end++;
      let first = i + 1;
      while (first < end && NAME_TITLES.has(stripDot(view.norm[first]!))) first++;
      while (end > first && view.norm[end - 1] === "'s") end--;
      if (end <= first || end - first > 4) continue;
      const person = personName(view, first, end);
      for (const token of person.tokens) {
        const known = this.knownPersons.get(token);
        if (!known || known.tokens.length < person.tokens.length) this.knownPersons.set(token, person);
      }
    }
  }

  /** The speakers named by an attribution's source, one per coordinated name; remembers them for later pronouns. */
  resolve(attribution: Attribution, shared: readonly Speaker[] | null): Speaker[] {
    const view = this.view;
    const unit = attribution.unit;
    this.advanceMentions(attribution.source ? view.start[attribution.source.first]! : view.start[attribution.cueFirst]!);
    if (attribution.sourceRole === 'shared' || !attribution.source) {
      if (shared && shared.length > 0) return [...shared];
      if (attribution.sourceRole === 'none') return [{ name: 'unspecified reports', type: 'media', entity: null, role: null, affiliation: null }];
      return [this.nearestSpeaker(unit, () => true) ?? UNKNOWN_SPEAKER];
    }
    const source = attribution.source;
    // The object of a clause ("blasted the alliance for accusing …") does not displace its subject
    // as the one a later "it" or "he" most likely means.
    const salient = attribution.sourceRole === 'object' ? this.referents[this.referents.length - 1] ?? null : null;
    const speakers = this.resolveSource(source, unit);
    if (salient && this.referents.includes(salient)) {
      this.referents.splice(this.referents.indexOf(salient), 1);
      this.referents.push(salient);
    }
    return speakers;
  }

  private resolveSource(source: Phrase, unit: number): Speaker[] {
    const view = this.view;
    const parts = this.conjuncts(source);
    // "the US and its allies": the conjunct before a possessive one, when it is a plain name, is its possessor.
    const possessorOf = (part: Phrase): string | null => {
      const name = description(view, part.headFirst, part.headEnd);
      return /^\p{Lu}/u.test(name) && !/['’]s\b/u.test(name) ? name : null;
    };
    return parts.map((part, i) => this.resolvePhrase(part, unit, source, i > 0 ? possessorOf(parts[i - 1]!) : null));
  }

  /**
   * The listener of "told the BBC", when it is a news outlet: the outlet relays what it was told.
   * Null for other listeners ("told reporters", "told parliament").
   */
  mediaListener(first: number, end: number): Speaker | null {
    const phrase: Phrase = { first, end, headFirst: first, headEnd: end };
    const mention = this.mentionAtHead(phrase);
    if (mention) {
      const speaker = this.speakerFromEntity(mention.entity, mention);
      const lastWord = speaker.name.toLowerCase().split(/\s+/).pop() ?? '';
      if (speaker.type === 'media' || MEDIA_NAME_ENDINGS.has(lastWord)) return { ...speaker, type: 'media' };
      return null;
    }
    const run = nameRun(this.view, first, end);
    if (!run) return null;
    const last = stripDot(this.view.norm[run.end - 1]!);
    if (!MEDIA_NAME_ENDINGS.has(last)) return null;
    return { name: this.view.text.slice(this.view.start[run.first]!, this.view.end[run.end - 1]!), type: 'media', entity: null, role: null, affiliation: null };
  }

  /** Splits "Veldmark and Osterland" / "Veldmark, Osterland and Arvenia" when a conjunct is a proper name. */
  private conjuncts(source: Phrase): Phrase[] {
    const view = this.view;
    const parts: Phrase[] = [];
    let partFirst = source.headFirst;
    let sawName = false;
    let depth = 0;
    for (let i = source.headFirst; i < source.headEnd; i++) {
      const norm = view.norm[i]!;
      if (view.surface[i] === '(') depth++;
      if (view.surface[i] === ')') depth--;
      if (NP_LINK_PREPOSITIONS.has(norm) && depth === 0) return [source];
      if (isNameToken(view, i)) sawName = true;
      if (depth === 0 && (COORDINATORS.has(norm) || norm === ',')) {
        if (i > partFirst) parts.push({ first: partFirst, end: i, headFirst: partFirst, headEnd: i });
        partFirst = i + 1;
      }
    }
    if (partFirst < source.headEnd) parts.push({ first: partFirst, end: source.headEnd, headFirst: partFirst, headEnd: source.headEnd });
    if (parts.length < 2 || !sawName) return [source];
    // "German and British officials" coordinates adjectives of one head: not two sources.
    if (parts.some((p) => !isHeadWord(view, p.headEnd - 1) || view.pos[p.headEnd - 1] === 'ADJ')) return [source];
    return parts;
  }

  /** Person mentions that open a sentence (its subject) become candidates for a later "he" or "she". */
  private advanceMentions(until: number): void {
    const view = this.view;
    while (this.mentionCursor < this.mentions.length && this.mentions[this.mentionCursor]!.span.start < until) {
      const mention = this.mentions[this.mentionCursor++]!;
      const entity = this.entities[mention.entity];
      if (!entity || entity.type !== 'person' || mention.kind === 'demonym') continue;
      const token = firstTokenAt(view, mention.span.start);
      if (token === -1) continue;
      const unitIndex = view.unitOf[token]!;
      const unit = view.units[unitIndex]!;
      const opensSentence = token === unit.first || (view.norm[token - 1] === ',' && token - unit.first <= SUBJECT_AFTER_INTRO_MAX_TOKENS);
      if (!opensSentence) continue;
      const words = entity.canonical.toLowerCase().split(/\s+/);
      this.remember(this.speakerFromEntity(mention.entity, mention), new Set(words), words, null, false, unitIndex);
    }
  }

  /**
   * The speaker an entity mention names. A capital used for its government speaks as the country
   * (Varn → Veldmark); a building keeps its own name (the Kremlin, the White House), as news
   * and the gold conventions name them, with the body it stands for as affiliation.
   */
  private speakerFromEntity(index: number, mention: EntityMention | null): Speaker {
    const named = this.entities[index]!;
    const actsFor = mention?.actsFor ?? null;
    const isBuilding = named.placeKind === 'facility';
    const entity = actsFor !== null && !isBuilding ? this.entities[actsFor] ?? named : named;
    const standsFor = isBuilding && actsFor !== null ? this.entities[actsFor] ?? null : null;
    const affiliationKey = entity.affiliation;
    const affiliated = affiliationKey ? this.entities.find((e) => e.key === affiliationKey) ?? null : null;
    // A person speaks for a country only in an office ("the Vardian foreign minister"); "a Vardian
    // tycoon" or "a Vardian economist" speaks for no one but himself.
    const speaksForIt = !affiliated || entity.type !== 'person' || affiliated.type !== 'country' || speaksForCountry(entity.role);
    const affiliation = standsFor?.canonical ?? (speaksForIt ? affiliated?.canonical ?? null : null);
    const type: SpeakerType = isBuilding && actsFor !== null ? 'government' : entityTypeToSpeakerType(entity.type);
    return { name: entity.canonical, type, entity: entity.key, role: entity.role, affiliation };
  }

  private remember(speaker: Speaker, words: Set<string>, nameTokens: string[], gender: Gender, plural: boolean, unit: number): Referent {
    const existing = this.referents.find((r) => r.speaker.name.toLowerCase() === speaker.name.toLowerCase() && r.speaker.type === speaker.type);
    if (existing) {
      for (const w of words) existing.words.add(w);
      if (nameTokens.length > existing.nameTokens.length) existing.nameTokens = nameTokens;
      existing.gender ??= gender;
      existing.lastUnit = unit;
      if (!existing.speaker.role && speaker.role) existing.speaker = { ...existing.speaker, role: speaker.role };
      this.referents.splice(this.referents.indexOf(existing), 1);
      this.referents.push(existing);
      return existing;
    }
    const referent: Referent = { speaker, words, nameTokens, gender, plural, lastUnit: unit };
    this.referents.push(referent);
    return referent;
  }

  private nearestSpeaker(unit: number, fits: (r: Referent) => boolean): Speaker | null {
    for (let i = this.referents.length - 1; i >= 0; i--) {
      const referent = this.referents[i]!;
      if (unit - referent.lastUnit > RECENT_SPEAKER_WINDOW_UNITS) break;
      if (fits(referent)) {
        referent.lastUnit = unit;
        return referent.speaker;
      }
    }
    return null;
  }

  /**
   * The entity mention that names the phrase's head: it covers the head noun ("Veldmark's spy
   * agency" is the agency, not Veldmark; "the head of military intelligence" is a person), or
   * names a person inside the head ("harbour authority spokesman Andrei Novak").
   */
  private mentionAtHead(phrase: Phrase): EntityMention | null {
    if (this.mentions.length === 0) return null;
    const view = this.view;
    const headNoun = headNounIndex(view, phrase.headFirst, phrase.headEnd);
    const nounStart = view.start[headNoun]!;
    const nounEnd = view.end[headNoun]!;
    const phraseStart = view.start[phrase.headFirst]!;
    const phraseEnd = view.end[phrase.headEnd - 1]!;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.span.end <= phraseStart) lo = mid + 1;
      else hi = mid;
    }
    let best: EntityMention | null = null;
    for (let m = lo; m < this.mentions.length && this.mentions[m]!.span.start < phraseEnd; m++) {
      const mention = this.mentions[m]!;
      if (mention.kind === 'demonym') continue;
      const coversHead = mention.span.start <= nounStart && nounEnd <= mention.span.end;
      const isPerson = this.entities[mention.entity]?.type === 'person' && mention.span.end <= nounEnd;
      if (coversHead || isPerson) {
        if (!best || (isPerson && this.entities[best.entity]?.type !== 'person') || mention.span.end - mention.span.start > best.span.end - best.span.start) best = mention;
      }
    }
    return best;
  }

  /** A country named by a demonym in the phrase ("Osterlandic authorities" → Osterland). */
  private demonymCountry(phrase: Phrase): EntityMention | null {
    const view = this.view;
    const start = view.start[phrase.headFirst]!;
    const end = view.end[phrase.headEnd - 1]!;
    for (const mention of this.mentions) {
      if (mention.span.start >= end) break;
      if (mention.span.start >= start && mention.kind === 'demonym') return mention;
    }
    return null;
  }

  private resolvePhrase(phrase: Phrase, unit: number, whole: Phrase, possessor: string | null = null): Speaker {
    const view = this.view;
    const single = phrase.headEnd - phrase.headFirst === 1 ? phrase.headFirst : -1;
    if (single !== -1 && RELATIVE_PRONOUNS.has(view.norm[single]!)) return this.resolveRelative(single, unit);
    if (single !== -1 && view.pos[single] === 'PRON') return this.resolvePronoun(view.norm[single]!, unit);
    if (single !== -1) {
      const adjective = this.bareDemonymSpeaker(single, unit, whole);
      if (adjective) return adjective;
    }
    const apposition = this.appositionOf(whole);
    const headMention = this.mentionAtHead(phrase);
    const appositionMention = apposition ? this.mentionAtHead(apposition) : null;
    const headNounWord = stripDot(view.norm[headNounIndex(view, phrase.headFirst, phrase.headEnd)]!);
    let mention = headMention ?? appositionMention;
    if (headMention?.kind === 'nominal') {
      // A name in the apposition beats a description linked by the language layer ("The head of …, Jane Roe,");
      // an unnamed source stays unnamed ("a Varn source" is nobody the writer names).
      if (appositionMention && appositionMention.kind !== 'nominal') mention = appositionMention;
      else if (ANONYMOUS_HEADS.has(headNounWord)) mention = null;
    }
    // "Osterlandic authorities said": a country's collective institutions speak as the country.
    const headWord = stripDot(view.norm[headNounIndex(view, phrase.headFirst, phrase.headEnd)]!);
    if (!mention && COLLECTIVE_GOVERNMENT_HEADS.has(headWord)) {
      const demonym = this.demonymCountry(phrase);
      if (demonym) {
        const speaker = this.speakerFromEntity(demonym.entity, null);
        this.remember(speaker, wordsOf(view, whole.first, whole.end), [], null, true, unit);
        return { ...speaker, type: 'government' };
      }
    }
    if (mention) {
      const speaker = this.speakerFromEntity(mention.entity, mention);
      const entity = this.entities[mention.entity]!;
      const words = wordsOf(view, whole.first, whole.end);
      const titles = nameRun(view, phrase.headFirst, phrase.headEnd)?.titles ?? [];
      const gender: Gender = titles.some((t) => MALE_HONORIFICS.has(t)) ? 'male' : titles.some((t) => FEMALE_HONORIFICS.has(t)) ? 'female' : null;
      this.remember(speaker, words, entity.canonical.toLowerCase().split(/\s+/), gender, false, unit);
      return speaker;
    }
    return this.resolveDescription(phrase, unit, whole, possessor);
  }

  /**
   * A source that is only a demonym, modifying a speech noun ("Osterlandic denials", "Western
   * accusations"): a country's adjective speaks as its government, a region's as its governments.
   */
  private bareDemonymSpeaker(token: number, unit: number, whole: Phrase): Speaker | null {
    const view = this.view;
    const mention = this.demonymCountry({ first: token, end: token + 1, headFirst: token, headEnd: token + 1 });
    if (!mention || mention.span.start !== view.start[token] || mention.span.end !== view.end[token]) return null;
    const entity = this.entities[mention.entity]!;
    const speaker: Speaker =
      entity.type === 'country'
        ? { ...this.speakerFromEntity(mention.entity, null), type: 'government' }
        : { name: `${view.surface[token]} ${REGION_SPEAKER_HEAD}`, type: 'government', entity: null, role: null, affiliation: null };
    this.remember(speaker, wordsOf(view, whole.first, whole.end), [], null, entity.type !== 'country', unit);
    return speaker;
  }

  /**
   * A description with a capital standing for its government written as the country's adjective,
   * the way the article itself writes it: "a Varn representative at the UN" → "Veldish
   * representative at the UN". Null when no capital acts for a country inside it.
   */
  private capitalsAsDemonyms(range: { start: number; end: number }): string | null {
    const view = this.view;
    const { start, end } = range;
    let out = '';
    let at = start;
    for (const mention of this.mentions) {
      if (mention.span.start >= end) break;
      if (mention.span.start < start || mention.span.end > end || mention.actsFor === null || mention.kind === 'demonym') continue;
      const country = this.entities[mention.actsFor];
      if (!country || country.type !== 'country') continue;
      const demonyms = this.mentions.filter((m) => m.kind === 'demonym' && m.entity === mention.actsFor).map((m) => view.text.slice(m.span.start, m.span.end));
      const adjective = demonyms.find((d) => !/s$/.test(d)) ?? country.canonical;
      out += view.text.slice(at, mention.span.start) + adjective;
      at = mention.span.end;
    }
    return at === start ? null : out + view.text.slice(at, end);
  }

  /** The apposition of "Name, apposition," or of "description, Name,": the part after the head. */
  private appositionOf(whole: Phrase): Phrase | null {
    if (whole.end <= whole.headEnd + 1) return null;
    const first = whole.headEnd + 1;
    let end = whole.end;
    while (end > first && this.view.norm[end - 1] === ',') end--;
    return end > first ? { first, end, headFirst: first, headEnd: end } : null;
  }

  private resolveRelative(pronoun: number, unit: number): Speaker {
    const view = this.view;
    const last = view.norm[pronoun - 1] === ',' ? pronoun - 2 : pronoun - 1;
    const floor = view.units[unit]?.first ?? 0;
    const antecedent = nounPhraseEndingAt(view, last, floor);
    if (!antecedent || (antecedent.headEnd - antecedent.headFirst === 1 && view.pos[antecedent.headFirst] === 'PRON')) {
      return this.nearestSpeaker(unit, () => true) ?? UNKNOWN_SPEAKER;
    }
    return this.resolvePhrase(antecedent, unit, antecedent);
  }

  private resolvePronoun(norm: string, unit: number): Speaker {
    if (MALE_PRONOUNS.has(norm) || FEMALE_PRONOUNS.has(norm)) {
      const wanted: Gender = MALE_PRONOUNS.has(norm) ? 'male' : 'female';
      const person = this.nearestSpeaker(unit, (r) => r.speaker.type === 'person' && (r.gender === null || r.gender === wanted));
      if (person) return person;
      // A bare name nothing marked as a person ("Quill said …") turns out to be one when "she" follows.
      for (let i = this.referents.length - 1; i >= 0; i--) {
        const referent = this.referents[i]!;
        if (unit - referent.lastUnit > RECENT_SPEAKER_WINDOW_UNITS) break;
        if (referent.speaker.type === 'organisation' && referent.speaker.entity === null && !referent.plural && referent.nameTokens.length > 0 && referent.nameTokens.length <= 3) {
          referent.speaker = { ...referent.speaker, type: 'person' };
          referent.gender = wanted;
          referent.lastUnit = unit;
          return referent.speaker;
        }
      }
      return this.nearestSpeaker(unit, (r) => r.speaker.type === 'anonymous' && !r.plural) ?? UNKNOWN_SPEAKER;
    }
    if (PLURAL_PRONOUNS.has(norm)) {
      return (
        this.nearestSpeaker(unit, (r) => r.plural) ??
        this.nearestSpeaker(unit, (r) => r.speaker.type !== 'person') ??
        UNKNOWN_SPEAKER
      );
    }
    if (THING_PRONOUNS.has(norm)) {
      return this.nearestSpeaker(unit, (r) => r.speaker.type !== 'person' && !r.plural) ?? UNKNOWN_SPEAKER;
    }
    return this.nearestSpeaker(unit, () => true) ?? UNKNOWN_SPEAKER;
  }

  /** A phrase without an entity at its head: names, titled names, descriptions, anonymous sources. */
  private resolveDescription(phrase: Phrase, unit: number, whole: Phrase, possessor: string | null = null): Speaker {
    const view = this.view;
    const { headFirst, headEnd } = phrase;
    const headNoun = headNounIndex(view, headFirst, headEnd);
    const headWord = stripDot(view.norm[headNoun]!);
    const words = wordsOf(view, whole.first, whole.end);
    const headRun = nameRun(view, headFirst, headNoun + 1);
    const run = headRun ?? (whole === phrase ? this.nameInApposition(whole) : null);
    const runInApposition = run !== null && headRun === null;
    const plural = headWord.endsWith('s') && !headWord.endsWith('ss') && view.pos[headNoun] !== 'PROPN';
    const definite = view.norm[headFirst] === 'the' || view.norm[headFirst] === 'this' || view.norm[headFirst] === 'that';
    const possessed = possessor !== null && CONJUNCT_POSSESSIVES.has(view.norm[headFirst]!);
    const desc = (possessed ? `${possessor} ` : '') + description(view, headFirst, headEnd);

    if (run) {
      const runWords: string[] = [];
      for (let i = run.first; i < run.end; i++) runWords.push(stripDot(view.norm[i]!));
      const last = runWords[runWords.length - 1]!;
      const isMedia = MEDIA_NAME_ENDINGS.has(last) || (NEWS_AGENCY_HEADS.has(headWord) && (words.has('news') || words.has('state')));
      const isGovernment = runWords.some((w) => GOVERNMENT_WORDS.has(w));
      // "The Tellburg Courier", "the Orlen Institute": a proper name after "the" or ending in a body's word is no person.
      const isBody = ORGANISATION_NAME_ENDINGS.has(last) || (run.first > 0 && view.norm[run.first - 1] === 'the' && run.titles.length === 0);
      const roleBefore = run.first > headFirst && ROLE_NOUNS.has(stripDot(view.norm[run.first - 1]!));
      const appositionRole = whole.end > whole.headEnd;
      const titled = run.titles.length > 0;
      // A name alone: an earlier person with that surname or first name ("Mr Novak", "Novak").
      const earlier = this.referents
        .slice()
        .reverse()
        .find((r) => r.speaker.type === 'person' && runWords.length <= 2 && runWords.every((w) => r.nameTokens.includes(w)));
      if (earlier && !isMedia && !isGovernment) {
        earlier.lastUnit = unit;
        for (const w of words) earlier.words.add(w);
        if (!earlier.gender && run.titles.length > 0) earlier.gender = run.titles.some((t) => MALE_HONORIFICS.has(t)) ? 'male' : run.titles.some((t) => FEMALE_HONORIFICS.has(t)) ? 'female' : null;
        this.referents.splice(this.referents.indexOf(earlier), 1);
        this.referents.push(earlier);
        return earlier.speaker;
      }
      // A name the text elsewhere gives a title or role: "Trump" where "Mr. Trump" or "Donald Trump, the nominee" appears.
      const known = !isMedia && !isGovernment ? this.knownPersons.get(last) : undefined;
      if (known && runWords.length <= known.tokens.length && runWords.every((w) => known.tokens.includes(w))) {
        const speaker: Speaker = { name: known.name, type: 'person', entity: null, role: null, affiliation: null };
        const gender: Gender = run.titles.some((t) => MALE_HONORIFICS.has(t)) ? 'male' : run.titles.some((t) => FEMALE_HONORIFICS.has(t)) ? 'female' : null;
        this.remember(speaker, words, known.tokens, gender, false, unit);
        return speaker;
      }
      const looksPersonal = (titled || roleBefore || appositionRole || run.end - run.first >= 2) && !isMedia && !isGovernment && !isBody && !ROLE_NOUNS.has(last) && !GOVERNMENT_WORDS.has(last);
      if (looksPersonal && !plural && (titled || roleBefore || (appositionRole && run.end - run.first >= 2) || run.end - run.first >= 2)) {
        const { name, tokens } = personName(view, run.first, run.end);
        const role = runInApposition
          ? desc
          : roleBefore
            ? view.text.slice(view.start[headFirst]!, view.end[run.first - 1]!)
            : whole.end > whole.headEnd
              ? description(view, whole.headEnd + 1, whole.end)
              : null;
        const gender: Gender = run.titles.some((t) => MALE_HONORIFICS.has(t)) ? 'male' : run.titles.some((t) => FEMALE_HONORIFICS.has(t)) ? 'female' : null;
        const speaker: Speaker = { name, type: 'person', entity: null, role, affiliation: null };
        this.remember(speaker, words, tokens, gender, false, unit);
        return speaker;
      }
      // A name with no person signs is a body: its own proper name is the speaker.
      const nameText = view.text.slice(view.start[run.first]!, view.end[run.end - 1]!);
      const named = run.end === headNoun + 1 || isMedia;
      const type: SpeakerType = isMedia ? 'media' : isGovernment ? 'government' : 'organisation';
      if (named) {
        const speaker: Speaker = { name: nameText, type, entity: null, role: null, affiliation: null };
        this.remember(speaker, words, runWords, null, plural, unit);
        return speaker;
      }
    }
    // A definite description refers back: "the agency", "the spokesman", "the Veldish president".
    if (definite) {
      const wanted = NOMINAL_REFERENCES.get(headWord) ?? [headWord];
      let best: Referent | null = null;
      let bestScore = 0;
      const describesPerson = ROLE_NOUNS.has(headWord);
      for (let i = this.referents.length - 1; i >= 0; i--) {
        const referent = this.referents[i]!;
        if (unit - referent.lastUnit > RECENT_SPEAKER_WINDOW_UNITS * 4) continue;
        // "the port authority" is a body, not the spokesperson who spoke for it.
        if (referent.speaker.type === 'person' && !describesPerson) continue;
        if (!wanted.some((w) => referent.words.has(w) || referent.nameTokens.includes(w))) continue;
        // The head word in the referent's own name counts more than in a description of it.
        let score = wanted.some((w) => referent.nameTokens.includes(w)) ? 3 : 1;
        for (const w of words) if (w !== headWord && referent.words.has(w)) score++;
        if (score > bestScore) {
          best = referent;
          bestScore = score;
        }
      }
      if (best) {
        best.lastUnit = unit;
        for (const w of words) best.words.add(w);
        return best.speaker;
      }
    }
    // "a message from the army's intelligence service": a document speaks for its author.
    const link = headNoun + 1 < whole.end ? view.norm[headNoun + 1]! : '';
    if (DOCUMENT_HEADS.has(headWord) && (link === 'from' || link === 'by') && headNoun + 2 < phrase.headEnd) {
      const author: Phrase = { first: headNoun + 2, end: phrase.headEnd, headFirst: headNoun + 2, headEnd: phrase.headEnd };
      const speaker = this.resolvePhrase(author, unit, author);
      const referent = this.referents.find((r) => r.speaker === speaker);
      if (referent) for (const w of words) referent.words.add(w);
      return speaker;
    }
    const isAnonymous = ANONYMOUS_HEADS.has(headWord) || (hasAny(words, ANONYMITY_MARKERS) && ROLE_NOUNS.has(headWord.replace(/s$/, '')));
    let type: SpeakerType;
    let role: string | null = null;
    if (isAnonymous) type = 'anonymous';
    else if (MEDIA_HEADS.has(headWord)) type = 'media';
    else if (DOCUMENT_HEADS.has(headWord)) type = 'document';
    else if (ROLE_NOUNS.has(headWord) || ROLE_NOUNS.has(headWord.replace(/s$/, ''))) {
      // "a Varn representative": an official of the country the capital stands for.
      const official = possessed ? null : this.capitalsAsDemonyms(descriptionRange(view, headFirst, headEnd));
      type = official !== null || hasAny(words, GOVERNMENT_WORDS) ? 'government' : 'organisation';
      role = official ?? desc;
    } else if (GOVERNMENT_WORDS.has(headWord)) type = 'government';
    else type = isNameToken(view, headNoun) ? 'organisation' : 'anonymous';
    const name = role ?? desc;
    const speaker: Speaker = { name, type, entity: null, role, affiliation: null };
    this.remember(speaker, words, [], null, plural || type === 'anonymous' && plural, unit);
    return speaker;
  }

  /** A person's name inside the apposition of "the head of the agency, Jane Roe,". */
  private nameInApposition(whole: Phrase): { first: number; end: number; titles: string[] } | null {
    const apposition = this.appositionOf(whole);
    if (!apposition) return null;
    const run = nameRun(this.view, apposition.first, apposition.end);
    if (!run || run.end - run.first < 2) return null;
    for (let i = apposition.first; i < apposition.end; i++) if (isQuoteMarkToken(this.view, i)) return null;
    return run;
  }
}

/** True when a role names an office or a function that speaks for a country ("foreign minister", "spokesman", "general"). */
function speaksForCountry(role: string | null): boolean {
  if (!role) return false;
  const words = role.toLowerCase().split(/[\s-]+/);
  return words.some((w) => COUNTRY_VOICE_ROLE_WORDS.has(w));
}
