// Hand-built ArticleEvidence for reconcile's tests and benchmark: invented text plus a short spec
// of its entities, quantities, times and claims, located by their words, so tests need not run
// the language and claims stages. Tokens come from a small regex tokeniser and lemmatiser that
// knows the reconcile lexicons; it is a stand-in for the language stage, not a model of English.

import { createHash } from 'node:crypto';
import type {
  ArticleEvidence,
  ArticleId,
  EntityGeo,
  PlaceKind,
  AttributionKind,
  Claim,
  Entity,
  EntityMention,
  EntityType,
  MentionKind,
  PartOfSpeech,
  Quantity,
  QuantityQualifier,
  Sentence,
  Span,
  Speaker,
  SpeakerType,
  Stance,
  TimeExpression,
  TimeExpressionKind,
  TimePrecision,
  Token,
} from '../model/index.js';
import { makeSpan } from '../model/index.js';
import {
  CHANGE_VERB_LEMMAS,
  MEASURE_LINK_VERBS,
  TRANSITIVE_CHANGE_VERB_LEMMAS,
  MILITARY_CONTEXT_LEMMAS,
  NON_EVENT_VERB_LEMMAS,
  OBJECT_CLASSES,
  PREDICATE_CLASSES,
  PROJECTION_LEMMAS,
} from './rules.js';

export interface MentionSpec {
  readonly text: string;
  readonly kind?: MentionKind;
  /** Which occurrence of `text` (0-based) when it repeats. */
  readonly occurrence?: number;
  /** Key of the entity this mention stands for as an actor ("Redhaven denied…" → the country). */
  readonly actsFor?: string;
}

export interface EntitySpec {
  readonly key: string;
  readonly canonical: string;
  readonly type: EntityType;
  readonly affiliation?: string;
  /** A string names every whole-word occurrence of it; a MentionSpec names one. */
  readonly mentions: readonly (MentionSpec | string)[];
  /** Every whole-word occurrence of each is a demonym mention ("Vardian troops"). */
  readonly demonyms?: readonly string[];
  /** For places: where it lies (Entity.geo). */
  readonly geo?: EntityGeo;
  /** Default: 'country' for a country, none otherwise. */
  readonly placeKind?: PlaceKind;
}

export interface QuantitySpec {
  readonly text: string;
  readonly occurrence?: number;
  readonly value?: number | null;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly alternatives?: readonly number[];
  /** The unit as the quantity stage writes it; default: the last word of `text`, lower case. */
  readonly unit?: string | null;
  /** The unit's words inside `text`; default: its last word. */
  readonly unitText?: string | null;
  readonly qualifier?: QuantityQualifier | null;
  readonly increment?: boolean;
  readonly total?: boolean;
  readonly vague?: boolean;
  /** Default 'count'. */
  readonly kind?: Quantity['kind'];
  /** ISO 4217 code for money. */
  readonly currency?: string | null;
}

export interface TimeSpec {
  readonly text: string;
  readonly occurrence?: number;
  readonly start: string;
  readonly end?: string;
  readonly precision?: TimePrecision;
  readonly kind?: TimeExpressionKind;
  readonly openEnd?: boolean;
  /** Nothing anchors it ("last week" in an undated article): `resolved` is null and `start` is ignored. */
  readonly unresolved?: boolean;
}

export interface SpeakerSpec {
  readonly name: string;
  readonly type?: SpeakerType;
  readonly entity?: string | null;
  readonly affiliation?: string | null;
}

export interface ClaimSpec {
  readonly source?: string | null;
  readonly cue?: string | null;
  readonly content: string | readonly string[];
  readonly speaker: SpeakerSpec;
  readonly relayedBy?: readonly SpeakerSpec[];
  readonly stance?: Stance;
  readonly kind?: AttributionKind;
  /** The words of a time spec that dates the statement (the one in the claim's sentence when they repeat). */
  readonly statementTime?: string;
  /** Words in the claim's sentence the writer uses to distance the text from it ("unable to confirm"): verification hedges. */
  readonly hedges?: readonly string[];
}

export interface ArticleSpec {
  /** Any label; the article id is its sha256. */
  readonly id: string;
  readonly outlet?: string | null;
  /** `YYYY-MM-DD`. */
  readonly published?: string | null;
  readonly text: string;
  readonly entities?: readonly EntitySpec[];
  readonly quantities?: readonly QuantitySpec[];
  readonly times?: readonly TimeSpec[];
  readonly claims?: readonly ClaimSpec[];
}

export function articleIdOf(label: string): ArticleId {
  return createHash('sha256').update(label).digest('hex') as ArticleId;
}

const VERB_LEMMAS = new Set([
  ...PREDICATE_CLASSES.flatMap((c) => c.lemmas).filter((l) => !/(ment|tion|sion|ence|al|ery|ity|ure|ing|y)$/.test(l) || l === 'ready'),
  ...PROJECTION_LEMMAS,
  ...NON_EVENT_VERB_LEMMAS,
  ...CHANGE_VERB_LEMMAS,
  ...TRANSITIVE_CHANGE_VERB_LEMMAS,
  ...MEASURE_LINK_VERBS,
  'pay', 'sell', 'buy',
  'visit', 'sign', 'launch', 'invade', 'meet', 'attack', 'strike', 'summon', 'vote', 'announce', 'begin', 'hold', 'deny',
  'confirm', 'claim', 'report', 'dismiss', 'reject', 'warn', 'estimate', 'land', 'fire', 'bring', 'open', 'close', 'call',
  'sink', 'blockade', 'storm', 'seize',
]);
const KNOWN_LEMMAS = new Set([...VERB_LEMMAS, ...OBJECT_CLASSES.flatMap((c) => c.lemmas), ...PREDICATE_CLASSES.flatMap((c) => c.lemmas), ...MILITARY_CONTEXT_LEMMAS]);
const IRREGULAR: Readonly<Record<string, string>> = {
  sent: 'send', said: 'say', says: 'say', told: 'tell', was: 'be', were: 'be', is: 'be', are: 'be', been: 'be', has: 'have',
  had: 'have', did: 'do', died: 'die', fought: 'fight', brought: 'bring', began: 'begin', met: 'meet', took: 'take',
  gave: 'give', went: 'go', seen: 'see', saw: 'see', led: 'lead', struck: 'strike', held: 'hold', sank: 'sink',
  forces: 'force', troops: 'troop', arms: 'arm', rose: 'rise', fell: 'fall', paid: 'pay', sold: 'sell', bought: 'buy',
};
const FUNCTION_POS: Readonly<Record<string, PartOfSpeech>> = {
  the: 'DET', a: 'DET', an: 'DET', any: 'DET', some: 'DET', this: 'DET', that: 'SCONJ', these: 'DET', those: 'DET',
  of: 'ADP', to: 'ADP', in: 'ADP', into: 'ADP', on: 'ADP', at: 'ADP', by: 'ADP', for: 'ADP', with: 'ADP', from: 'ADP', near: 'ADP', across: 'ADP',
  and: 'CCONJ', or: 'CCONJ', but: 'CCONJ', it: 'PRON', its: 'PRON', he: 'PRON', she: 'PRON', they: 'PRON', we: 'PRON', their: 'PRON',
  is: 'AUX', are: 'AUX', was: 'AUX', were: 'AUX', be: 'AUX', been: 'AUX', has: 'AUX', have: 'AUX', had: 'AUX', will: 'AUX', would: 'AUX', could: 'AUX',
  not: 'PART', no: 'DET', never: 'ADV', yet: 'ADV', already: 'ADV', only: 'ADV',
};

function lemmaOf(normal: string): string {
  if (IRREGULAR[normal]) return IRREGULAR[normal]!;
  if (KNOWN_LEMMAS.has(normal)) return normal;
  const candidates: string[] = [];
  for (const [suffix, replacements] of [
    ['ies', ['y']],
    ['ied', ['y']],
    ['ing', ['', 'e']],
    ['ed', ['', 'e']],
    ['es', ['', 'e']],
    ['s', ['']],
  ] as const) {
    if (!normal.endsWith(suffix) || normal.length <= suffix.length + 2) continue;
    const stem = normal.slice(0, -suffix.length);
    for (const r of replacements) candidates.push(stem + r);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) candidates.push(stem.slice(0, -1));
  }
  const known = candidates.find((c) => KNOWN_LEMMAS.has(c));
  if (known) return known;
  if (isRegularPastTense(normal)) return normal.slice(0, /(.)\1ed$/.test(normal) ? -3 : -2);
  return normal.endsWith('s') && !normal.endsWith('ss') && normal.length > 3 ? normal.slice(0, -1) : normal;
}

/** "blocked", "voted": an unknown word in -ed is read as a verb, as the tagger would. */
function isRegularPastTense(normal: string): boolean {
  return normal.length > 4 && normal.endsWith('ed') && !normal.endsWith('eed');
}

function tokenize(text: string, context: string): Token[] {
  const tokens: Token[] = [];
  // A possessive "'s" is a token of its own, as the real tokenizer makes it ("Vardia" "'s" "Far" "East").
  for (const match of text.matchAll(/\p{N}[\p{N},.]*\p{N}|\p{N}|['’]s\b|\p{L}(?:[\p{L}\p{M}-]|['’](?!s\b))*|\S/gu)) {
    const surface = match[0];
    const normal = surface.toLowerCase().replace(/’/g, "'");
    const lemma = /^\p{L}/u.test(surface) ? lemmaOf(normal) : normal;
    const previous = tokens[tokens.length - 1];
    let pos: PartOfSpeech;
    if (/^\p{N}/u.test(surface)) pos = 'NUM';
    else if (!/^\p{L}/u.test(surface)) pos = 'PUNCT';
    else if (FUNCTION_POS[normal]) pos = FUNCTION_POS[normal]!;
    // A word right after a determiner or a figure is a noun ("a rise", "a 27% rise", "a £1.3bn cut").
    else if (!/^\p{Lu}/u.test(surface) && previous && (previous.pos === 'DET' || previous.pos === 'NUM' || previous.normal === '%' || previous.normal === 'bn')) pos = 'NOUN';
    else if ((VERB_LEMMAS.has(lemma) && (normal !== lemma || !/^\p{Lu}/u.test(surface))) || isRegularPastTense(normal)) pos = 'VERB';
    else if (/^\p{Lu}/u.test(surface)) pos = 'PROPN';
    else pos = 'NOUN';
    tokens.push({ span: makeSpan(match.index, match.index + surface.length, text.length, context), pos, normal, lemma });
  }
  return tokens;
}

function splitSentences(text: string, tokens: readonly Token[], context: string): Sentence[] {
  const sentences: Sentence[] = [];
  let block = 0;
  let start = -1;
  let first = 0;
  const close = (end: number, endToken: number) => {
    if (start >= 0) sentences.push({ span: makeSpan(start, end, text.length, context), tokens: { first, end: endToken }, block });
    start = -1;
  };
  tokens.forEach((token, i) => {
    if (start >= 0) {
      const gap = text.slice(tokens[i - 1]!.span.end, token.span.start);
      if (gap.includes('\n')) {
        close(tokens[i - 1]!.span.end, i);
        if (gap.includes('\n\n')) block++;
      }
    }
    if (start < 0) {
      start = token.span.start;
      first = i;
    }
    if (/^[.!?]$/.test(text.slice(token.span.start, token.span.end))) close(token.span.end, i + 1);
  });
  if (start >= 0) close(tokens[tokens.length - 1]!.span.end, tokens.length);
  return sentences;
}

function locate(text: string, needle: string, occurrence: number, context: string): Span {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${context}: "${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return makeSpan(at, at + needle.length, text.length, context);
}

/** Every occurrence of `word` not inside a longer word ("Vardia" is not found in "Vardian"). */
function wordOccurrences(text: string, word: string, context: string): Span[] {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => makeSpan(m.index, m.index + word.length, text.length, context));
}

function locateWord(text: string, word: string, occurrence: number, context: string): Span {
  const found = wordOccurrences(text, word, context)[occurrence];
  if (!found) throw new Error(`${context}: the word "${word}" (occurrence ${occurrence}) is not in the text`);
  return found;
}

function inside(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function speakerOf(spec: SpeakerSpec): Speaker {
  return {
    name: spec.name,
    type: spec.type ?? 'government',
    entity: (spec.entity ?? null) as Speaker['entity'],
    role: null,
    affiliation: spec.affiliation ?? null,
  };
}

export function buildEvidence(spec: ArticleSpec): ArticleEvidence {
  const { text } = spec;
  const context = `fixture ${spec.id}`;
  const id = articleIdOf(spec.id);
  const tokens = tokenize(text, context);
  const sentences = splitSentences(text, tokens, context);

  const entitySpecs = spec.entities ?? [];
  const entities: Entity[] = entitySpecs.map((e) => ({
    key: e.key as Entity['key'],
    canonical: e.canonical,
    type: e.type,
    placeKind: e.placeKind ?? (e.type === 'country' ? 'country' : null),
    gazetteerId: null,
    wikidataId: null,
    role: null,
    affiliation: (e.affiliation ?? null) as Entity['affiliation'],
    standsFor: null,
    ...(e.geo ? { geo: e.geo } : {}),
  }));
  const entityIndex = new Map(entitySpecs.map((e, i) => [e.key, i]));
  const mentions: EntityMention[] = entitySpecs
    .flatMap((e, i) => {
      const one = (span: Span, kind: MentionKind, actsFor?: string): EntityMention => ({
        span,
        entity: i,
        kind,
        roleSpan: null,
        actsFor: actsFor !== undefined ? entityIndex.get(actsFor)! : null,
      });
      return [
        ...e.mentions.flatMap((m) =>
          typeof m === 'string' ? wordOccurrences(text, m, context).map((span) => one(span, 'name')) : [one(locateWord(text, m.text, m.occurrence ?? 0, context), m.kind ?? 'name', m.actsFor)],
        ),
        ...(e.demonyms ?? []).flatMap((d) => wordOccurrences(text, d, context).map((span) => one(span, 'demonym'))),
      ];
    })
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    // Mentions do not overlap: "Kestrian" inside "Kestrian Intelligence Bureau" is part of the name.
    .filter((m, i, all) => !all.slice(0, i).some((o) => o.span.end > m.span.start));

  const quantities: Quantity[] = (spec.quantities ?? []).map((q) => {
    const span = locate(text, q.text, q.occurrence ?? 0, context);
    const words = q.text.split(' ');
    const numberWord = words.find((w) => /\p{N}/u.test(w)) ?? words[0]!;
    const valueStart = span.start + q.text.indexOf(numberWord);
    const unitText = q.unitText === undefined ? words[words.length - 1]! : q.unitText;
    const unitSpan = unitText === null ? null : makeSpan(span.start + q.text.lastIndexOf(unitText), span.start + q.text.lastIndexOf(unitText) + unitText.length, text.length, context);
    const parsed = Number(numberWord.replace(/,/g, ''));
    const value = q.value !== undefined ? q.value : Number.isFinite(parsed) ? parsed : null;
    const qualifier = q.qualifier !== undefined ? q.qualifier : value !== null ? 'exact' : null;
    const lowerBound = qualifier === 'at least' || qualifier === 'more than';
    return {
      span,
      valueSpan: makeSpan(valueStart, valueStart + numberWord.length, text.length, context),
      value,
      low: q.low !== undefined ? q.low : value,
      high: q.high !== undefined ? q.high : lowerBound ? null : value,
      alternatives: q.alternatives ?? null,
      unit: q.unit !== undefined ? q.unit : unitText?.toLowerCase() ?? null,
      unitSpan,
      qualifier,
      increment: q.increment ?? false,
      total: q.total ?? false,
      vague: q.vague ?? false,
      kind: q.kind ?? 'count',
      currency: q.currency ?? null,
    };
  });

  const times: TimeExpression[] = (spec.times ?? []).map((t) => ({
    span: locate(text, t.text, t.occurrence ?? 0, context),
    kind: t.kind ?? 'date',
    resolved: t.unresolved ? null : { start: t.start, end: t.end ?? t.start, precision: t.precision ?? 'day' },
    openEnd: t.openEnd ?? false,
    mod: null,
    anchorUsed: 'publication',
    reason: t.unresolved ? 'no-anchor' : null,
  }));

  const claims: Claim[] = (spec.claims ?? []).map((c) => {
    const content = (typeof c.content === 'string' ? [c.content] : c.content).map((f) => locate(text, f, 0, context));
    // Source and cue words recur ("said"); take the occurrence in the content's sentence nearest the content.
    const contentSentence = sentences.find((x) => x.span.start <= content[0]!.start && content[0]!.start < x.span.end)!;
    const nearContent = (words: string): Span => {
      const spans = wordOccurrences(text, words, context).filter((x) => inside(contentSentence.span, x));
      if (spans.length === 0) throw new Error(`${context}: "${words}" is not in the sentence of "${text.slice(content[0]!.start, content[0]!.end)}"`);
      const gap = (x: Span) => (x.end <= content[0]!.start ? content[0]!.start - x.end : Math.max(0, x.start - content[content.length - 1]!.end));
      return spans.reduce((best, x) => (gap(x) < gap(best) ? x : best));
    };
    const source = c.source ? nearContent(c.source) : null;
    const cue = c.cue ? nearContent(c.cue) : null;
    const anchor = cue ?? content[0]!;
    const sentence = sentences.findIndex((s) => s.span.start <= anchor.start && anchor.start < s.span.end);
    const sameWords = times.flatMap((t, i) => (text.slice(t.span.start, t.span.end) === c.statementTime ? [i] : []));
    const statementTime = sameWords.find((i) => inside(contentSentence.span, times[i]!.span)) ?? sameWords[0] ?? -1;
    return {
      sentence,
      source,
      cue,
      content,
      kind: c.kind ?? 'indirect',
      speaker: speakerOf(c.speaker),
      relayedBy: (c.relayedBy ?? []).map(speakerOf),
      stance: c.stance ?? 'asserts',
      hedges: (c.hedges ?? []).map((words) => ({ span: nearContent(words), kind: 'verification' as const })),
      quantities: quantities.flatMap((q, i) => (content.some((f) => inside(f, q.span)) ? [i] : [])),
      times: times.flatMap((t, i) => (content.some((f) => inside(f, t.span)) ? [i] : [])),
      statementTime: statementTime >= 0 ? statementTime : null,
    };
  });

  return {
    article: {
      id,
      outlet: spec.outlet ?? null,
      published: spec.published ? { iso: spec.published, precision: 'day', utcOffset: null } : null,
      file: `${spec.id}.txt`,
      url: null,
    },
    text,
    language: { tokens, sentences, entities, mentions, quantities, times },
    claims,
  };
}
