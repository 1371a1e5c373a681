// Shared pieces of draft finding: the builder every finder appends to, a draft made from token
// positions (its span, sentence, whether it speaks, its byline role), and what a gazetteer hit
// says (its entry, its country, how it names).

import type { MentionKind } from '../../model/language.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import { foldForLookup } from '../tokens/index.js';
import type { Draft, Referent } from './drafts.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import { foldGazetteerText } from './keys.js';
import type { RoleContext } from './roles.js';
import { ACCORDING_TO, ADVERBS_BEFORE_VERB, BYLINE_ROLE_CUES, DEFAULT_BYLINE_ROLE, REPORTING_VERB_LEMMAS, SPEAKER_WINDOW_TOKENS } from './rules.js';
import { sameSentence, type ArticleView } from './view.js';

/** Gazetteer ids of generic bodies ("foreign ministry", "military"): a body only once a country is attached. */
export const GENERIC_ID_PREFIX = 'generic:';

export interface Builder {
  readonly ctx: RoleContext;
  readonly drafts: Draft[];
  /** Roles given by apposition ("X, the director of Y,"): descriptions there describe X, they do not refer. */
  readonly appositions: { start: number; end: number }[];
}

/** "tae-rim" → "taerim", "f." → "f": the form a name part takes in keys and comparisons. */
export function normalisePart(normal: string): string {
  return normal.replace(/[-.\u2010\u2011'’]/g, '');
}

export function charStart(view: ArticleView, token: number): number {
  return view.tokens[token]!.span.start;
}
export function charEnd(view: ArticleView, tokenEnd: number): number {
  return view.tokens[tokenEnd - 1]!.span.end;
}

/** "Omsk said", "said Ms Quill", "according to the agency": the mention speaks. */
export function isSpeakerAt(view: ArticleView, first: number, last: number): boolean {
  const n = view.tokens.length;
  let k = last;
  let seen = 0;
  while (k < n && seen < SPEAKER_WINDOW_TOKENS && sameSentence(view, k, first)) {
    const token = view.tokens[k]!;
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      if (REPORTING_VERB_LEMMAS.has(token.lemma)) return true;
      if (token.pos === 'VERB') break;
    } else if (!(token.pos === 'PUNCT' && view.surfaces[k] === ',') && !ADVERBS_BEFORE_VERB.has(token.normal)) break;
    k++;
    seen++;
  }
  const before = first - 1;
  if (before >= 0 && sameSentence(view, before, first)) {
    const token = view.tokens[before]!;
    if (token.pos === 'VERB' && REPORTING_VERB_LEMMAS.has(token.lemma)) return true;
    if (token.normal === ACCORDING_TO[1] && before > 0 && view.tokens[before - 1]!.normal === ACCORDING_TO[0]) return true;
  }
  return false;
}

/** "Translation by X": the first cue word of the byline says what the person did. */
export function bylineRoleAt(view: ArticleView, first: number): string | null {
  const block = view.blockOf[first]!;
  if (view.blockKinds[block] !== 'byline') return null;
  let start = first;
  while (start > 0 && view.blockOf[start - 1] === block) start--;
  for (let k = start; k < first; k++) {
    const role = BYLINE_ROLE_CUES.get(view.tokens[k]!.normal);
    if (role) return role;
  }
  return DEFAULT_BYLINE_ROLE;
}

export function makeDraft(builder: Builder, fields: Omit<Draft, 'start' | 'end' | 'isSpeaker' | 'sentence' | 'bylineRole'> & { bylineRole?: string | null }): Draft {
  const { view } = builder.ctx;
  // Every field named, in one order: drafts then share one object shape, where spreading the
  // callers' differently shaped field objects made property reads on drafts slow everywhere.
  return {
    start: charStart(view, fields.first),
    end: charEnd(view, fields.last),
    first: fields.first,
    last: fields.last,
    nameFirst: fields.nameFirst,
    kind: fields.kind,
    roleSpan: fields.roleSpan,
    referent: fields.referent,
    weak: fields.weak,
    isSpeaker: isSpeakerAt(view, fields.first, fields.last),
    sentence: view.sentenceOf[fields.first]!,
    role: fields.role,
    bylineRole: fields.bylineRole ?? bylineRoleAt(view, fields.nameFirst),
  };
}

export function roleText(view: ArticleView, first: number, end: number): string | null {
  if (end <= first) return null;
  return view.text.slice(charStart(view, first), charEnd(view, end));
}

export function chooseEntry(entries: readonly GazetteerEntry[]): GazetteerEntry {
  return entries.find((e) => e.type === 'country') ?? entries[0]!;
}

export function isCountryLike(entry: GazetteerEntry): boolean {
  return entry.type === 'country' || (entry.standsFor !== null && entry.standsFor.startsWith('country:'));
}

/** The country a hit names or stands for (a capital stands for its country). */
export function countryOf(gazetteer: Gazetteer, hit: GazetteerHit): GazetteerEntry | null {
  const entry = chooseEntry(hit.entries);
  if (entry.type === 'country') return entry;
  if (entry.standsFor) {
    const stood = gazetteer.entry(entry.standsFor);
    if (stood?.type === 'country') return stood;
  }
  return null;
}

export function hitKind(hit: GazetteerHit, entry: GazetteerEntry, view: ArticleView): MentionKind {
  if (hit.via === 'acronym') return 'acronym';
  if (hit.via === 'demonym') return 'demonym';
  if (hit.via === 'nominal') return 'nominal';
  const surface = foldForLookup(view.text.slice(hit.start, hit.endChar));
  const canonical = foldGazetteerText(entry.canonical);
  return surface === canonical || `the ${surface}` === canonical ? 'name' : 'alias';
}

export function hitDraft(builder: Builder, hit: GazetteerHit): Draft {
  const { view } = builder.ctx;
  const entry = chooseEntry(hit.entries);
  const display = view.text.slice(hit.start, hit.endChar);
  // A generic body on its own ("the Senate", "Foreign Ministry") is not tied to any country: an unlinked name.
  const referent: Referent = entry.id.startsWith(GENERIC_ID_PREFIX)
    ? { by: 'name', type: entry.type, placeKind: entry.placeKind, parts: display.split(/\s+/).map((w) => normalisePart(foldForLookup(w))), display }
    : { by: 'gazetteer', entry };
  const draft = makeDraft(builder, {
    first: hit.first,
    last: hit.end,
    nameFirst: hit.first,
    kind: hitKind(hit, entry, view),
    roleSpan: null,
    referent,
    weak: false,
    role: null,
  });
  return hit.partOfWord ? { ...draft, start: hit.start, end: hit.endChar } : draft;
}

