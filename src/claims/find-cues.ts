// Reporting cues in one unit of text: verb groups built around a lexicon verb ("has repeatedly
// rejected", "went on to say"), attribution nouns ("the claim that"), "according to"-type phrases,
// relaying participles ("citing"), evidential adverbs ("reportedly"). Each candidate carries the
// token range an annotator would mark as the cue; whether it attributes anything is decided by
// attributions.ts once a source and a content are found around it.

import type { Stance } from '../model/claim.js';
import {
  ACCORDING_TO_PHRASES,
  ALWAYS_VERB_FORMS,
  ATTRIBUTION_NOUNS,
  CATENATIVE_ADJECTIVES,
  CATENATIVE_CUE_VERBS,
  CLAUSE_EDGE_PHRASES,
  EVIDENTIAL_ADVERBS,
  LIGHT_VERB_OBJECTS,
  LIGHT_VERB_PARTICLES,
  LIGHT_VERBS,
  NEGATING_CATENATIVES,
  RELAY_PARTICIPLES,
  type CueVerbEntry,
} from './cues.js';
import { VERB_FORMS, cueVerbOf, type FormInfo } from './verb-forms.js';
import {
  AUXILIARY_FORMS,
  BE_FORMS,
  CONNECTIVE_ADVERBS,
  CUE_GROUP_ADVERBS,
  MISTAG_SUBJECT_PRONOUNS,
  MISTAG_SUBJECT_DETERMINERS,
  OBJECT_PRONOUNS as OBJECT_PRONOUNS_FOR_MISTAGS,
  JOINED_OBJECT_MAX_TOKENS,
  JOINING_PREPOSITION,
  JOINING_VERBS,
  NEGATIONS,
  OBJECT_CONTROL_VERBS,
  PURPOSE_CUE_VERBS,
  PURPOSE_OBJECT_MAX_TOKENS,
  PURPOSE_OBJECT_POS,
  WH_WORDS,
} from './rules.js';
import type { TokenView, Unit } from './view.js';

export type CueKind = 'verb' | 'noun' | 'according' | 'relay' | 'evidential' | 'colon';

export interface CueCandidate {
  readonly kind: CueKind;
  /** The lexical word of the cue: the verb, the noun, "according", "citing", "reportedly". */
  readonly head: number;
  /** Cue tokens [first, end): auxiliaries, adverbs, negation and particles included. */
  readonly first: number;
  readonly end: number;
  readonly entry: CueVerbEntry | null;
  readonly stance: Stance;
  readonly negated: boolean;
  readonly passive: boolean;
  /** An -ing form with no auxiliary: ", saying …", ", adding that …". */
  readonly participle: boolean;
  /** The number of tokens of an "according to"-type phrase. */
  readonly phraseLength: number;
  /**
   * For a cue in a purpose clause ("summoned the envoy to demand …"): the first token of the verb
   * group it serves, whose subject is the source. Absent otherwise.
   */
  readonly purposeOf?: number;
  /** For "joined Vardia in confirming …": the participle's token, a cue of its own for the joined party. Absent otherwise. */
  readonly joinsParticiple?: number;
}

function isVerbTagged(view: TokenView, i: number): boolean {
  const pos = view.pos[i];
  return pos === 'VERB' || (pos === 'AUX' && view.norm[i] !== 'be') || ALWAYS_VERB_FORMS.has(view.norm[i]!);
}

/**
 * A cue verb the tagger read as a noun ("Polls show/NOUN a close contest", "Lynch notes/NOUN they
 * were …"): it follows a subject and opens a clause, a quotation or a noun phrase.
 */
function mistaggedVerb(view: TokenView, unit: Unit, i: number): boolean {
  if (view.pos[i] !== 'NOUN' && view.pos[i] !== 'PROPN' && view.pos[i] !== 'ADJ') return false;
  if (i === unit.first || i + 1 >= unit.end) return false;
  // A capital mid-sentence is a name ("the United States"), never a verb.
  if (/^\p{Lu}/u.test(view.surface[i]!)) return false;
  const before = i - 1;
  // '"…!" states/NOUN the message': right after a closing quotation mark, an inverted cue.
  const afterQuotation = view.quoteOf[before] !== -1 && view.quotations[view.quoteOf[before]!]!.end === view.end[before] && /^["'«»]$/.test(view.norm[before]!);
  if (afterQuotation && (view.pos[i + 1] === 'DET' || view.pos[i + 1] === 'PROPN')) return true;
  const nameBefore = /^\p{Lu}/u.test(view.surface[before]!) && view.pos[before] !== 'DET' && view.pos[before] !== 'PUNCT';
  const subjectLike = nameBefore || MISTAG_SUBJECT_DETERMINERS.has(view.norm[before]!) || (view.pos[before] === 'PRON' && MISTAG_SUBJECT_PRONOUNS.has(view.norm[before]!)) || (view.pos[before] === 'NOUN' && view.norm[before]!.endsWith('s'));
  if (!subjectLike) return false;
  const next = view.norm[i + 1]!;
  // "Novak informed/ADJ reporters that …": a verb that names a listener may be followed by one.
  const info = VERB_FORMS.get(view.norm[i]!);
  if (info?.entry.takesRecipient && (view.pos[i + 1] === 'NOUN' || view.pos[i + 1] === 'PROPN' || OBJECT_PRONOUNS_FOR_MISTAGS.has(next))) return true;
  if (next === 'to' && info?.entry.frames.includes('to')) return true;
  return next === 'that' || next === ':' || view.quoteOf[i + 1] !== -1 || MISTAG_SUBJECT_PRONOUNS.has(next) || OBJECT_PRONOUNS_FOR_MISTAGS.has(next) || next === 'a' || next === 'an' || next === 'the';
}

/** The verb group around lexicon verb `head`: auxiliaries, negation and adverbs before it, its particle after it. */
function verbGroup(view: TokenView, unit: Unit, head: number, entry: CueVerbEntry, info: FormInfo | undefined): CueCandidate | null {
  let first = head;
  let negated = false;
  let sawBe = false;
  let sawAux = false;
  let purposeOf: number | undefined;
  let j = head - 1;
  while (j >= unit.first) {
    const norm = view.norm[j]!;
    if (view.quoteOf[j] !== view.quoteOf[head]) break;
    if (NEGATIONS.has(norm)) {
      negated = true;
      first = j--;
      continue;
    }
    if (AUXILIARY_FORMS.has(norm) && (view.pos[j] === 'AUX' || view.pos[j] === 'VERB' || view.pos[j] === 'PART')) {
      sawAux = true;
      if (BE_FORMS.has(norm)) sawBe = true;
      first = j--;
      continue;
    }
    if ((view.pos[j] === 'ADV' || CUE_GROUP_ADVERBS.has(norm)) && !CONNECTIVE_ADVERBS.has(norm) && !WH_WORDS.has(norm) && view.timeOf[j] === -1) {
      first = j--;
      continue;
    }
    // "went on to say", "continues to insist": the catenative verb joins the cue.
    if (norm === 'to' && j - 1 >= unit.first) {
      let k = j - 1;
      if (view.norm[k] === 'on' && k - 1 >= unit.first) k--;
      // "went so far as to call it …"
      else if (view.norm[k] === 'as' && view.norm[k - 1] === 'far' && view.norm[k - 2] === 'so' && k - 3 >= unit.first) k -= 3;
      const catenative = cueVerbOf(view.norm[k]!, view.lemma[k]!)?.base ?? view.lemma[k]!;
      if ((CATENATIVE_CUE_VERBS.has(catenative) && view.pos[k] === 'VERB') || CATENATIVE_ADJECTIVES.has(view.norm[k]!)) {
        // "unable to confirm", "failed to provide": the catenative negates the cue.
        if (NEGATING_CATENATIVES.has(catenative) || NEGATING_CATENATIVES.has(view.norm[k]!)) negated = true;
        first = k;
        j = k - 1;
        continue;
      }
      // "summoned the envoy to demand …": the infinitive says why the subject acted, and is its cue.
      const governor = PURPOSE_CUE_VERBS.has(entry.base) ? purposeGovernor(view, unit, j) : -1;
      if (governor === -1) return null; // "to deny" as the content of another verb ("urged them to deny")
      purposeOf = governor;
      first = j;
    }
    break;
  }
  let end = head + 1;
  if (entry.particles.length > 0 && end < unit.end && entry.particles.includes(view.norm[end]!)) end++;
  else if (entry.needsParticle) return null; // "played a match", "pushed the bill": no report without the particle
  // "said:" — a colon right after the verb introduces the quotation and belongs to the cue.
  if (end < unit.end && view.norm[end] === ':' && view.start[end] === view.end[end - 1]) end++;
  const passive = sawBe && (info?.isPast ?? false);
  const participle = (info?.isParticiple ?? false) && !sawAux;
  return {
    kind: 'verb',
    head,
    first,
    end,
    entry,
    stance: entry.stance,
    negated,
    passive,
    participle,
    phraseLength: 0,
    ...(purposeOf !== undefined ? { purposeOf } : {}),
  };
}

/**
 * The verb group a purpose infinitive at `to` serves, or -1: walking back over its object and
 * adjuncts ("the Kestrian envoy to Vardia on Monday"), a verb that is neither a cue nor a
 * catenative ("summoned", "called a news conference"), with at least one word of object between.
 * Returns the first token of that verb's group (its auxiliaries and adverbs).
 */
function purposeGovernor(view: TokenView, unit: Unit, to: number): number {
  let k = to - 1;
  let objectWords = 0;
  while (k >= unit.first && to - k <= PURPOSE_OBJECT_MAX_TOKENS && view.quoteOf[k] === -1) {
    const pos = view.pos[k];
    if (pos === 'VERB') break;
    if (!PURPOSE_OBJECT_POS.has(pos!) && view.timeOf[k] === -1) return -1;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON') objectWords++;
    k--;
  }
  // A participle ("officers visiting the front to instruct …") belongs to a noun, not to the clause's subject.
  if (k < unit.first || view.pos[k] !== 'VERB' || objectWords === 0 || view.norm[k]!.endsWith('ing')) return -1;
  // A cue verb's infinitive is its content ("asked the envoy to confirm"); a catenative's, its complement.
  if (VERB_FORMS.has(view.norm[k]!) || CATENATIVE_CUE_VERBS.has(view.lemma[k]!) || OBJECT_CONTROL_VERBS.has(view.lemma[k]!)) return -1;
  let first = k;
  while (first - 1 >= unit.first && (view.pos[first - 1] === 'AUX' || view.pos[first - 1] === 'ADV' || NEGATIONS.has(view.norm[first - 1]!))) first--;
  return first;
}

function matchesPhrase(view: TokenView, at: number, limit: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > limit) return false;
  for (let k = 0; k < phrase.length; k++) if (view.norm[at + k] !== phrase[k]) return false;
  return true;
}

const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const map = new Map<string, (readonly string[])[]>();
  for (const phrase of ACCORDING_TO_PHRASES) map.set(phrase[0]!, [...(map.get(phrase[0]!) ?? []), phrase]);
  return map;
})();

/** Every word that can start a cue: verb forms, attribution nouns, phrase openers, relays, evidentials. */
const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...VERB_FORMS.keys(),
  ...ATTRIBUTION_NOUNS.keys(),
  ...PHRASES_BY_FIRST_WORD.keys(),
  ...RELAY_PARTICIPLES,
  ...EVIDENTIAL_ADVERBS,
]);

/** Most words between a light verb and its attribution noun ("raised [a new] alarm"). */
const LIGHT_VERB_REACH_TOKENS = 4;

/** "have also raised concerns about …", "made accusations against …", "expressed concern that …". */
function lightVerbCue(view: TokenView, unit: Unit, verb: number): CueCandidate | null {
  for (let k = verb + 1; k < unit.end && k - verb <= LIGHT_VERB_REACH_TOKENS; k++) {
    const stance = LIGHT_VERB_OBJECTS.get(view.norm[k]!);
    if (stance && (view.pos[k] === 'NOUN' || view.pos[k] === 'VERB')) {
      const entry: CueVerbEntry = { base: view.lemma[verb]!, stance, frames: ['clause', 'object'], takesRecipient: false, particles: [], needsClause: false, doubles: false, needsParticle: false };
      const group = verbGroup(view, unit, verb, entry, undefined);
      if (!group) return null;
      let end = k + 1;
      const next = view.norm[end];
      if (next !== undefined && end < unit.end && LIGHT_VERB_PARTICLES.has(next) && next !== 'that') end++;
      // "issued a statement condemning …": the participle names what the statement does.
      const participle = end < unit.end ? VERB_FORMS.get(view.norm[end]!) : undefined;
      if (end === k + 1 && participle?.isParticiple) return { ...group, end: end + 1, stance: participle.entry.stance };
      return { ...group, end, stance };
    }
    const pos = view.pos[k];
    if (pos !== 'DET' && pos !== 'ADJ' && !(pos === 'PRON' && view.norm[k] !== 'that') && pos !== 'NUM' && view.norm[k] !== "'s") return null;
  }
  return null;
}

/**
 * "has joined Vardia and Ostrel in confirming …": a cue from the joining verb's group to the
 * participle, with the participle's stance and frames, so the verb's subject is a source too.
 * The participle is found again on its own, with the object as its source (plans.ts).
 */
function joiningCue(view: TokenView, unit: Unit, verb: number): CueCandidate | null {
  for (let k = verb + 1; k < unit.end && k - verb <= JOINED_OBJECT_MAX_TOKENS + 1; k++) {
    if (view.norm[k] !== JOINING_PREPOSITION) continue;
    const participle = k + 1 < unit.end ? VERB_FORMS.get(view.norm[k + 1]!) : undefined;
    if (!participle?.isParticiple || k === verb + 1) return null;
    const group = verbGroup(view, unit, verb, participle.entry, undefined);
    return group ? { ...group, end: k + 2, stance: participle.entry.stance, joinsParticiple: k + 1 } : null;
  }
  return null;
}

/**
 * The first of `phrases` spelled from token i. A function of its own: a closure over
 * findCueCandidates' loop index made V8 allocate a scope for every token.
 */
function phraseAt(view: TokenView, i: number, end: number, phrases: readonly (readonly string[])[] | undefined): readonly string[] | undefined {
  return phrases?.find((p) => matchesPhrase(view, i, end, p));
}

/** Cue candidates of one unit, in text order. Words inside quotations are the speaker's, not cues. */
export function findCueCandidates(view: TokenView, unit: Unit): CueCandidate[] {
  const found: CueCandidate[] = [];
  let skipUntil = unit.first;
  for (let i = unit.first; i < unit.end; i++) {
    if (i < skipUntil) continue;
    if (view.quoteOf[i] !== -1) continue;
    const norm = view.norm[i]!;
    // Most words trigger nothing: one lookup rules them out.
    if (!TRIGGER_WORDS.has(norm) && !LIGHT_VERBS.has(view.lemma[i]!) && !JOINING_VERBS.has(view.lemma[i]!)) continue;
    const phrase = phraseAt(view, i, unit.end, PHRASES_BY_FIRST_WORD.get(norm));
    const atClauseEdge = i === unit.first || view.norm[i - 1] === ',';
    if (phrase && (!CLAUSE_EDGE_PHRASES.has(norm) || atClauseEdge)) {
      found.push({ kind: 'according', head: i, first: i, end: i + phrase.length, entry: null, stance: 'asserts', negated: false, passive: false, participle: false, phraseLength: phrase.length });
      skipUntil = i + phrase.length;
      continue;
    }
    if (RELAY_PARTICIPLES.has(norm) && (i === unit.first || view.norm[i - 1] === ',')) {
      found.push({ kind: 'relay', head: i, first: i, end: i + 1, entry: null, stance: 'asserts', negated: false, passive: false, participle: true, phraseLength: 0 });
      continue;
    }
    if (EVIDENTIAL_ADVERBS.has(norm)) {
      found.push({ kind: 'evidential', head: i, first: i, end: i + 1, entry: null, stance: 'unverified', negated: false, passive: false, participle: false, phraseLength: 0 });
      continue;
    }
    // "joined Vardia in condemning …": the subject's cue spans to the participle, which stays a cue of its own for the object.
    const joining = JOINING_VERBS.has(view.lemma[i]!) && view.pos[i] === 'VERB' ? joiningCue(view, unit, i) : null;
    if (joining) {
      found.push(joining);
      continue;
    }
    const light = LIGHT_VERBS.has(view.lemma[i]!) && view.pos[i] === 'VERB' ? lightVerbCue(view, unit, i) : null;
    if (light) {
      found.push(light);
      skipUntil = light.end;
      continue;
    }
    const info = VERB_FORMS.get(norm);
    // After a comma an -ing cue is a participle whatever the tagger says (", warning that …" tagged NOUN).
    const participleAfterComma = info !== undefined && info.isParticiple && i > unit.first && view.norm[i - 1] === ',';
    if (info && (isVerbTagged(view, i) || participleAfterComma || mistaggedVerb(view, unit, i))) {
      const group = verbGroup(view, unit, i, info.entry, info);
      if (group) {
        found.push(group);
        skipUntil = group.end;
      }
      continue;
    }
    const nounStance = ATTRIBUTION_NOUNS.get(norm);
    if (nounStance && view.pos[i] === 'NOUN') {
      found.push({ kind: 'noun', head: i, first: i, end: i + 1, entry: null, stance: nounStance, negated: false, passive: false, participle: false, phraseLength: 0 });
    }
  }
  return found;
}
