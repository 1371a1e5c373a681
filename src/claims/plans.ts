// The plans of one unit: for each cue candidate, the shape of its attribution (subject before the
// verb, inverted "said X", trailing "…, X said", participle sharing the clause's subject, passive
// with an agent, "according to X", "X's claim that …", "A quoted B as saying"), its source phrase,
// and where its clause begins and ends. content-span.ts then finds each plan's content.

import type { Stance } from '../model/claim.js';
import {
  AGENT_PREPOSITION,
  COORDINATORS,
  VP_COORDINATORS,
  JOINED_OBJECT_MAX_TOKENS,
  JOINING_PREPOSITION,
  JOINING_VERBS,
  AS_SAYING_PARTICIPLES,
  AUXILIARY_FORMS_FOR_THERE,
  DASHES,
  DOCUMENT_NOUNS,
  NP_LINK_PREPOSITIONS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_MARKERS,
  QUOTING_VERBS,
  SPEECH_REASON_PREPOSITIONS,
  STANCE_WITHOUT_PARTICLE,
  TRAILING_CLAUSE_OPENERS,
} from './rules.js';
import { CLAUSE_EDGE_PHRASES, ISSUED_DOCUMENT_NOUNS, ISSUING_VERBS } from './cues.js';
import { isHeadWord, isQuoteMarkToken, nounPhraseEndingAt, nounPhraseFrom, subjectBefore, type Phrase } from './noun-phrase.js';
import { findCueCandidates, type CueCandidate } from './find-cues.js';
import { VERB_FORMS } from './verb-forms.js';
import type { TokenView, Unit } from './view.js';
import {
  closesClause,
  closesQuotation,
  isTerminal,
  joinerBefore,
  opensQuotation,
  skipAdjuncts,
  takesRecipient,
  tokenBefore,
} from './clause-reading.js';
import type { SourceRole } from './attributions.js';

/** At most this many words of content between a passive cue and the "by" of its agent. */
const PASSIVE_AGENT_MAX_WORDS = 8;

/** Articles: alone before a verb they are no speaker ("The proposed directive…" read as "The proposed"). */
const ARTICLES = new Set(['the', 'a', 'an']);

export type Orientation = 'leading' | 'trailing' | 'inverted' | 'shared' | 'according-front' | 'according-back' | 'relay' | 'evidential' | 'noun' | 'agent';

export interface Plan {
  readonly cue: CueCandidate;
  cueFirst: number;
  cueEnd: number;
  readonly orientation: Orientation;
  readonly source: Phrase | null;
  readonly sourceRole: SourceRole;
  /** First token of a clause-closing attribution ("…, he said"): a boundary for contents before it. */
  readonly clauseStart: number | null;
  /** Where a leading content, or the second half of a parenthetical one, may start. */
  after: number;
  readonly stance: Stance;
  /** For "A quoted B as saying": the plan (by index in the unit) of the relaying verb. */
  relayedByPlan: number | null;
  /** Content given directly (the "as saying" plan copies its quoting verb's content). */
  sameContentAs: number | null;
}

/**
 * A subject that starts right after a verb, a preposition or a figure is the tail of the previous
 * clause joined to the real subject by "and" ("hit with $27bn in taxes and fines and many
 * observers now say", "sustained a knee injury and manager Roe said"): the speaker is the last
 * conjunct. Subjects that open their clause keep every conjunct ("Vardia and Ostrel said").
 */
function withoutLeadingObject(view: TokenView, unit: Unit, subject: Phrase | null): Phrase | null {
  if (!subject || subject.first <= unit.first) return subject;
  const before = view.pos[subject.first - 1];
  if (before !== 'VERB' && before !== 'ADP' && before !== 'NUM' && before !== 'SYM') return subject;
  for (let k = subject.end - 2; k > subject.first; k--) {
    if (COORDINATORS.has(view.norm[k]!)) return nounPhraseEndingAt(view, subject.end - 1, k + 1) ?? subject;
  }
  return subject;
}

/** The "by" of a passive's agent within a few words after its content ("accused of fraud by the council"), or -1. */
function agentAfterContent(view: TokenView, unit: Unit, from: number): number {
  for (let k = from + 1; k < unit.end && k - from <= PASSIVE_AGENT_MAX_WORDS; k++) {
    const norm = view.norm[k]!;
    if (norm === AGENT_PREPOSITION) return k;
    if (norm === ',' || isTerminal(view, k) || view.pos[k] === 'VERB' || view.pos[k] === 'AUX' || view.quoteOf[k] !== -1) return -1;
  }
  return -1;
}

/** A joining verb ("joined Vardia in …") stands within reach before the preposition at `preposition`. */
function joinedBefore(view: TokenView, unit: Unit, preposition: number): boolean {
  // Any tag in between: the tagger reads nouns of the object as verbs ("the ferry/VERB union").
  for (let k = preposition - 2; k >= unit.first && preposition - k <= JOINED_OBJECT_MAX_TOKENS + 1; k--) {
    if (JOINING_VERBS.has(view.lemma[k]!) && view.pos[k] === 'VERB') return true;
  }
  return false;
}

function planVerb(view: TokenView, unit: Unit, cue: CueCandidate, plans: Plan[]): Plan | null {
  const entry = cue.entry!;
  const stance: Stance = !entry.particles.some((p) => view.norm[cue.end - 1] === p) && STANCE_WITHOUT_PARTICLE.has(entry.base)
    ? STANCE_WITHOUT_PARTICLE.get(entry.base)!
    : cue.stance;
  const base = { cue, cueFirst: cue.first, cueEnd: cue.end, stance, relayedByPlan: null, sameContentAs: null };
  // "quoted Mr Roe as saying": the quoted speaker and "as saying" belong to the cue's side of the clause.
  const asSaying = QUOTING_VERBS.has(entry.base) ? asSayingAfter(view, unit, cue.end) : -1;
  const tail = asSaying !== -1 ? skipAdjuncts(view, asSaying, unit.end, false) : skipAdjuncts(view, cue.end, unit.end, takesRecipient(view, cue));

  // "Vardia summoned the envoy to demand …": the subject of the verb the purpose clause serves spoke.
  if (cue.purposeOf !== undefined) {
    const subject = subjectBefore(view, cue.purposeOf, unit.first);
    return subject ? { ...base, orientation: 'leading', source: subject, sourceRole: 'subject', clauseStart: null, after: cue.end } : null;
  }

  // ", saying …", ", adding that …", "and said …": the clause's subject is the source.
  const joiner = joinerBefore(view, unit, cue.first, cue.participle);
  // ", and said …" after an aside ("…, which let him go in 2015, and said …") joins a second verb as "and said" does.
  const coordinated = cue.first - 1 >= unit.first && VP_COORDINATORS.has(view.norm[cue.first - 1]!);
  if (joiner !== -1 && (cue.participle || ((view.norm[joiner] !== ',' || coordinated) && !cue.passive)) && cue.first > unit.first) {
    const subject = subjectBefore(view, cue.first, unit.first);
    if (!subject || view.norm[cue.first - 1] !== ',' || cue.participle) {
      return { ...base, orientation: 'shared', source: null, sourceRole: 'shared', clauseStart: joiner, after: cue.end };
    }
  }
  if (cue.participle && cue.first === unit.first) return null; // "Speaking to reporters, …" opens a clause, attributes nothing

  // "he was quoted as saying by the newspaper": the subject spoke, the agent relayed.
  if (cue.passive && QUOTING_VERBS.has(entry.base) && view.norm[cue.end] === 'as' && AS_SAYING_PARTICIPLES.has(view.norm[cue.end + 1] ?? '')) {
    return planQuotedAsSaying(view, unit, { ...base, stance }, cue);
  }
  // "blasted the alliance for accusing the port of …": the one blamed or praised for speaking spoke.
  const reasonPreposition = cue.first - 1 >= unit.first ? view.norm[cue.first - 1]! : '';
  const speechReason = SPEECH_REASON_PREPOSITIONS.has(reasonPreposition) || (reasonPreposition === JOINING_PREPOSITION && joinedBefore(view, unit, cue.first - 1));
  if (cue.participle && cue.first - 2 >= unit.first && speechReason) {
    const object = nounPhraseEndingAt(view, cue.first - 2, unit.first);
    if (object && object.first > unit.first && (view.pos[object.first - 1] === 'VERB' || view.pos[object.first - 1] === 'ADV')) {
      return { ...base, orientation: 'leading', source: object, sourceRole: 'object', clauseStart: null, after: cue.end };
    }
  }
  // Passive with an agent: "… was announced by the ministry", "accused by Veldmark of …".
  const agentAt = cue.end < unit.end && view.norm[cue.end] === AGENT_PREPOSITION ? cue.end : -1;
  if ((cue.passive || agentAt !== -1) && agentAt !== -1) {
    const agent = nounPhraseFrom(view, agentAt + 1, unit.end, true);
    if (!agent) return null;
    // "was announced by the ministry on Monday.": only a date follows, and a date is no content.
    let rest = agent.end;
    while (rest < unit.end && view.timeOf[rest] !== -1) rest++;
    if (rest >= unit.end || isTerminal(view, rest)) return null;
    return { ...base, orientation: 'agent', source: agent, sourceRole: 'agent', clauseStart: null, after: agent.end };
  }
  // "was accused of fraud by the council": the agent comes after the content, which ends at "by".
  if (cue.passive) {
    const by = agentAfterContent(view, unit, cue.end);
    const agent = by === -1 ? null : nounPhraseFrom(view, by + 1, unit.end, true);
    return agent ? { ...base, orientation: 'agent', source: agent, sourceRole: 'agent', clauseStart: by, after: cue.end } : null;
  }

  // "A spokesperson on Wednesday described …": a time between subject and verb belongs to neither.
  let verbFirst = cue.first;
  while (verbFirst > unit.first && view.timeOf[verbFirst - 1] !== -1) verbFirst--;
  if (verbFirst > unit.first && view.norm[verbFirst - 1] === ',' && verbFirst !== cue.first && view.timeOf[verbFirst - 2] === -1) {
    // "…, on Wednesday, said": leave the commas to the inverted reading below.
    verbFirst = cue.first;
  }

  // Inverted: '"…," said Jane Roe' or '…, said Jane Roe, a lawyer.' Tried before reading a comma as
  // closing an apposition, since "…, money which X needs, said Jane Roe" has both shapes.
  const before = tokenBefore(view, unit, cue.first);
  // After a plain comma only a verb that takes no object or listener inverts ("…, said Roe"); "Roe,
  // a lawyer, denied the claims" has its object after the verb.
  const invertsAfterComma = view.norm[before] === ',' && !entry.frames.includes('object') && !takesRecipient(view, cue);
  if (before !== -1 && (closesQuotation(view, before) || invertsAfterComma)) {
    const speaker = nounPhraseFrom(view, cue.end, unit.end, true);
    if (speaker) {
      const afterSpeaker = skipAdjuncts(view, speaker.end, unit.end, false);
      if (closesClause(view, unit, afterSpeaker)) {
        const clauseStart = closesQuotation(view, before) ? cue.first : before;
        return { ...base, orientation: 'inverted', source: speaker, sourceRole: 'inverted', clauseStart, after: afterSpeaker };
      }
    }
  }
  const apposition = view.norm[before] === ',' ? subjectBefore(view, cue.first, unit.first) : null;

  const subject = withoutLeadingObject(view, unit, apposition ?? subjectBefore(view, verbFirst, unit.first));
  // "The proposed directive…": an article alone is no speaker; the "verb" was an adjective.
  if (!subject || (subject.end - subject.first === 1 && ARTICLES.has(view.norm[subject.first]!))) return null;
  const isRelative = subject.end - subject.first === 1 && view.pos[subject.first] === 'PRON' && !PERSONAL_PRONOUNS.has(view.norm[subject.first]!);
  const role: SourceRole = isRelative ? 'relative' : 'subject';

  // Trailing: '“…,” he said.', '…, the ministry said in a statement.', '…, as one adviser pointed out, …'
  const beforeSubject = tokenBefore(view, unit, subject.first);
  const opener = beforeSubject === -1 ? '' : view.norm[beforeSubject]!;
  // A closing mark whose opening mark is in an earlier paragraph closes the quotation all the same.
  const strayClosingMark = beforeSubject > unit.first && isQuoteMarkToken(view, beforeSubject) && (view.norm[beforeSubject - 1] === ',' || isTerminal(view, beforeSubject - 1));
  const trailingContext =
    beforeSubject !== -1 &&
    !isRelative &&
    (closesQuotation(view, beforeSubject) || strayClosingMark || opener === ',' || DASHES.has(opener) || (TRAILING_CLAUSE_OPENERS.has(opener) && view.norm[beforeSubject - 1] === ','));
  // '“…,” she said, “…”': a quotation split by its cue resumes after a comma.
  const resumesQuotation = opensQuotation(view, tail) && view.norm[tail - 1] === ',' && closesQuotation(view, beforeSubject);
  if (trailingContext && (closesClause(view, unit, tail) || resumesQuotation) && !(tail < unit.end && view.norm[tail] === ':')) {
    let clauseStart = subject.first;
    if (TRAILING_CLAUSE_OPENERS.has(opener)) clauseStart = beforeSubject - 1;
    else if (opener === ',' || DASHES.has(opener)) clauseStart = beforeSubject;
    return { ...base, orientation: 'trailing', source: subject, sourceRole: role, clauseStart, after: tail };
  }
  return { ...base, orientation: 'leading', source: subject, sourceRole: role, clauseStart: null, after: asSaying !== -1 ? asSaying : cue.end };
}

/** The token after "<speaker> as saying" following a quoting verb, or -1. */
function asSayingAfter(view: TokenView, unit: Unit, from: number): number {
  const speaker = nounPhraseFrom(view, from, unit.end, false);
  if (!speaker || speaker.end + 1 >= unit.end) return -1;
  if (view.norm[speaker.end] !== 'as' || !AS_SAYING_PARTICIPLES.has(view.norm[speaker.end + 1]!)) return -1;
  return speaker.end + 2;
}

/**
 * "“…,” he was quoted as saying by the newspaper": the subject is the speaker, the cue runs to
 * the participle; the agent after "by", when there is one, is returned by planUnit as the relay.
 */
function planQuotedAsSaying(view: TokenView, unit: Unit, base: Omit<Plan, 'orientation' | 'source' | 'sourceRole' | 'clauseStart' | 'after'>, cue: CueCandidate): Plan | null {
  const subject = subjectBefore(view, cue.first, unit.first);
  if (!subject) return null;
  const cueEnd = cue.end + 2;
  const beforeSubject = tokenBefore(view, unit, subject.first);
  const trailing = beforeSubject !== -1 && (closesQuotation(view, beforeSubject) || view.norm[beforeSubject] === ',');
  const clauseStart = trailing ? (view.norm[beforeSubject] === ',' ? beforeSubject : subject.first) : null;
  return { ...base, cueEnd, orientation: trailing ? 'trailing' : 'leading', source: subject, sourceRole: 'subject', clauseStart, after: cueEnd };
}

/** The agent of "was quoted as saying by X": X relays the subject's words. */
function planQuotingAgent(view: TokenView, unit: Unit, inner: Plan, innerIndex: number): Plan | null {
  let at = inner.after;
  if (at >= unit.end || view.norm[at] !== AGENT_PREPOSITION) return null;
  const agent = nounPhraseFrom(view, at + 1, unit.end, true);
  if (!agent) return null;
  at = agent.end;
  inner.after = at;
  return {
    cue: inner.cue,
    cueFirst: inner.cue.head,
    cueEnd: agent.first,
    orientation: inner.orientation,
    source: agent,
    sourceRole: 'agent',
    clauseStart: null,
    after: at,
    stance: 'asserts',
    relayedByPlan: null,
    sameContentAs: innerIndex,
  };
}

/**
 * "sent a letter to the board urging …", "issued a statement calling …": a participle after a
 * document its subject issued. The cue runs from the issuing verb to the participle.
 */
function planIssuedDocument(view: TokenView, unit: Unit, cue: CueCandidate): Plan | null {
  if (!cue.participle || cue.first <= unit.first + 1) return null;
  const document = nounPhraseEndingAt(view, cue.first - 1, unit.first);
  if (!document) return null;
  let head = document.first;
  while (head < document.end && !ISSUED_DOCUMENT_NOUNS.has(view.norm[head]!)) {
    if (NP_LINK_PREPOSITIONS.has(view.norm[head]!)) return null;
    head++;
  }
  if (head >= document.end) return null;
  const verb = document.first - 1;
  if (verb < unit.first || view.pos[verb] !== 'VERB' || !ISSUING_VERBS.has(view.lemma[verb]!)) return null;
  let first = verb;
  while (first - 1 >= unit.first && (view.pos[first - 1] === 'AUX' || (view.pos[first - 1] === 'ADV' && view.timeOf[first - 1] === -1))) first--;
  const subject = subjectBefore(view, first, unit.first);
  if (!subject) return null;
  return { cue, cueFirst: first, cueEnd: cue.end, orientation: 'leading', source: subject, sourceRole: 'subject', clauseStart: null, after: cue.end, stance: cue.stance, relayedByPlan: null, sameContentAs: null };
}

function planAccording(view: TokenView, unit: Unit, cue: CueCandidate): Plan | null {
  let cueEnd = cue.end;
  let source = nounPhraseFrom(view, cueEnd, unit.end, true, true);
  if (!source) return null;
  // "based on samples taken …" gives evidence, not a speaker: only a named basis attributes ("based on Veldmark intelligence").
  if (CLAUSE_EDGE_PHRASES.has(view.norm[cue.first]!) && !hasCapitalisedWord(view, source.first, source.end)) return null;
  // "according to a statement from the ministry": the document joins the cue, its author is the source.
  let linkAt = source.first + 1;
  while (linkAt < source.headEnd && !NP_LINK_PREPOSITIONS.has(view.norm[linkAt]!)) linkAt++;
  const link = linkAt < source.headEnd ? view.norm[linkAt]! : '';
  if (DOCUMENT_NOUNS.has(view.norm[linkAt - 1]!) && (link === 'from' || link === 'by' || link === 'of')) {
    const author = nounPhraseFrom(view, linkAt + 1, unit.end, true);
    if (author) {
      cueEnd = linkAt + 1;
      source = author;
    }
  }
  const base = { cue, cueFirst: cue.first, cueEnd, stance: 'asserts' as Stance, relayedByPlan: null, sameContentAs: null };
  let lead = unit.first;
  while (lead < cue.first && (view.pos[lead] === 'CCONJ' || view.pos[lead] === 'ADV' || view.norm[lead] === ',' || isQuoteMarkToken(view, lead))) lead++;
  if (lead === cue.first) {
    const after = view.norm[source.end] === ',' ? source.end + 1 : source.end;
    return { ...base, orientation: 'according-front', source, sourceRole: 'according', clauseStart: null, after };
  }
  const clauseStart = view.norm[cue.first - 1] === ',' ? cue.first - 1 : cue.first;
  return { ...base, orientation: 'according-back', source, sourceRole: 'according', clauseStart, after: skipAdjuncts(view, source.end, unit.end, false) };
}

function planNoun(view: TokenView, unit: Unit, cue: CueCandidate): Plan | null {
  const next = cue.end;
  if (next >= unit.end) return null;
  const base = { cue, stance: cue.stance, relayedByPlan: null, sameContentAs: null, clauseStart: null };
  const opensContent = (i: number): boolean => i < unit.end && (view.norm[i] === 'that' || opensQuotation(view, i) || (view.norm[i] === ':' && opensQuotation(view, i + 1)));
  // Modifiers between an owner and the noun: "Novak's repeated claims", "Western accusations".
  let k = cue.head - 1;
  while (k > unit.first && (view.pos[k] === 'ADJ' || view.pos[k] === 'NOUN') && !POSSESSIVE_MARKERS.has(view.norm[k]!) && !/^\p{Lu}/u.test(view.surface[k]!)) k--;
  // "X's claim that …"
  if (k >= unit.first && POSSESSIVE_MARKERS.has(view.norm[k]!) && opensContent(next)) {
    const owner = nounPhraseEndingAt(view, k - 1, unit.first);
    if (owner && isHeadWord(view, owner.headEnd - 1)) {
      return { ...base, cueFirst: k, cueEnd: cue.end, orientation: 'noun', source: owner, sourceRole: 'possessor', after: next };
    }
  }
  // "Western accusations that …": a capitalised adjective names who accuses.
  if (k >= unit.first && k < cue.head && /^\p{Lu}/u.test(view.surface[k]!) && (view.pos[k] === 'ADJ' || view.pos[k] === 'PROPN') && opensContent(next)) {
    return { ...base, cueFirst: k + 1, cueEnd: cue.end, orientation: 'noun', source: { first: k, end: k + 1, headFirst: k, headEnd: k + 1 }, sourceRole: 'possessor', after: next };
  }
  // "claims by X that …", "warnings from X that …"
  if (view.norm[next] === 'by' || view.norm[next] === 'from') {
    const owner = nounPhraseFrom(view, next + 1, unit.end, false);
    if (owner && opensContent(owner.end)) {
      return { ...base, cueFirst: cue.first, cueEnd: next + 1, orientation: 'noun', source: owner, sourceRole: 'possessor', after: owner.end };
    }
  }
  // "There have been reports that …": reports no one is named for.
  let t = cue.head - 1;
  while (t > unit.first && (view.pos[t] === 'ADJ' || view.pos[t] === 'DET' || view.pos[t] === 'ADV')) t--;
  let be = t;
  while (be > unit.first && AUXILIARY_FORMS_FOR_THERE.has(view.norm[be]!)) be--;
  if (be < t + 1 && view.norm[be] === 'there' && be !== t) {
    const after = skipAdjuncts(view, next, unit.end, false);
    if (opensContent(after)) {
      const evidential: CueCandidate = { ...cue, kind: 'evidential', stance: 'unverified' };
      return { ...base, cue: evidential, stance: 'unverified', cueFirst: be, cueEnd: cue.end, orientation: 'noun', source: null, sourceRole: 'none', after };
    }
  }
  return null;
}

function hasCapitalisedWord(view: TokenView, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (/^\p{Lu}/u.test(view.surface[i]!) && view.pos[i] !== 'DET') return true;
  return false;
}

/** "A quoted B as saying …": the inner speaker, relayed by the quoting verb's subject. */
function planAsSaying(view: TokenView, unit: Unit, quoting: Plan, quotingIndex: number): Plan | null {
  const inner = nounPhraseFrom(view, quoting.cueEnd, unit.end, false);
  if (!inner || inner.end + 1 >= unit.end) return null;
  if (view.norm[inner.end] !== 'as' || !AS_SAYING_PARTICIPLES.has(view.norm[inner.end + 1]!)) return null;
  const cueFirst = inner.end;
  const cueEnd = inner.end + 2;
  const participle = VERB_FORMS.get(view.norm[inner.end + 1]!)?.entry ?? null;
  const stance = participle?.stance ?? 'asserts';
  const cue: CueCandidate = { ...quoting.cue, kind: 'verb', head: inner.end + 1, first: cueFirst, end: cueEnd, participle: true, entry: participle ?? quoting.cue.entry, stance };
  return {
    cue,
    cueFirst,
    cueEnd,
    orientation: quoting.orientation,
    source: inner,
    sourceRole: 'subject',
    clauseStart: null,
    after: cueEnd,
    stance,
    relayedByPlan: quotingIndex,
    sameContentAs: quotingIndex,
  };
}

/** The plans of one unit: one per cue candidate that has a source (or a shared one), in text order. */
export function planUnit(view: TokenView, unit: Unit): Plan[] {
  const plans: Plan[] = [];
  for (const cue of findCueCandidates(view, unit)) {
    let plan: Plan | null = null;
    switch (cue.kind) {
      case 'verb':
        plan = planIssuedDocument(view, unit, cue) ?? planVerb(view, unit, cue, plans);
        break;
      case 'according':
        plan = planAccording(view, unit, cue);
        break;
      case 'noun':
        plan = planNoun(view, unit, cue);
        break;
      case 'relay': {
        const source = nounPhraseFrom(view, cue.end, unit.end, true);
        if (source) {
          const clauseStart = cue.first > unit.first && view.norm[cue.first - 1] === ',' ? cue.first - 1 : cue.first;
          plan = { cue, cueFirst: cue.first, cueEnd: cue.end, orientation: 'relay', source, sourceRole: 'according', clauseStart: cue.first === unit.first ? null : clauseStart, after: source.end, stance: 'asserts', relayedByPlan: null, sameContentAs: null };
        }
        break;
      }
      case 'evidential':
        plan = { cue, cueFirst: cue.first, cueEnd: cue.end, orientation: 'evidential', source: null, sourceRole: 'none', clauseStart: null, after: cue.end, stance: 'unverified', relayedByPlan: null, sameContentAs: null };
        break;
    }
    if (!plan) continue;
    plans.push(plan);
    if (cue.passive && cue.entry && QUOTING_VERBS.has(cue.entry.base)) {
      const agent = planQuotingAgent(view, unit, plan, plans.length - 1);
      if (agent) {
        plan.relayedByPlan = plans.length;
        plans.push(agent);
      }
      continue;
    }
    if (cue.kind === 'verb' && QUOTING_VERBS.has(cue.entry!.base)) {
      const inner = planAsSaying(view, unit, plan, plans.length - 1);
      if (inner) {
        plan.cueEnd = plan.cueEnd; // the quoting verb keeps its own cue
        plans.push(inner);
      }
    }
  }
  // "joined Vardia in confirming …": the joining verb's subject says what the participle's content says.
  for (const plan of plans) {
    if (plan.cue.joinsParticiple === undefined) continue;
    const participle = plans.findIndex((other) => other !== plan && other.cue.head === plan.cue.joinsParticiple);
    if (participle !== -1) plan.sameContentAs = participle;
  }
  return plans;
}
