// Resolving names that are not whole on their own: acronyms (defined in brackets or spelt out in
// the article), short names ("Mr Omsk", "Quill"), weak names from headlines and titles, and a
// capitalised description ("Alliance") of an entity already named.

import type { EntityType } from '../../model/language.js';
import { foldForLookup } from '../tokens/index.js';
import type { Draft, Referent } from './drafts.js';
import { firstPosition, link, newEntity, positionOf, type EntityRecord, type Resolver } from './entity-records.js';
import { keyWords, nameKey, personKey } from './keys.js';
import { LIST_ITEM_FILLER_POS, LIST_ITEM_JOINERS, MAX_LIST_GAP_TOKENS, NAME_CONNECTORS, PLACE_NAME_COMMON_WORDS } from './rules.js';
import type { ArticleView } from './view.js';

// ---- acronyms ---------------------------------------------------------------------------------

/** "National Intelligence Service (NIS)": the acronym in brackets after a name is that name's. */
export function resolveAcronyms(r: Resolver, acronyms: readonly Draft[]): void {
  const { view } = r;
  const defined = new Map<string, EntityRecord>();
  for (const draft of acronyms) {
    const open = draft.first - 1;
    if (open < 1 || view.surfaces[open] !== '(' || view.surfaces[draft.last] !== ')') continue;
    const before = r.resolved.find((m) => m.draft.last === open && m.draft.kind !== 'demonym');
    if (before) defined.set(acronymLetters(draft), before.entity);
  }
  for (const draft of acronyms) {
    const letters = acronymLetters(draft);
    const entity = defined.get(letters) ?? spelledOut(r, letters);
    if (entity) {
      link(r, draft, entity, 'acronym');
      continue;
    }
    if (draft.weak) continue;
    const referent = draft.referent as Extract<Referent, { by: 'acronym' }>;
    link(r, draft, newEntity(r, nameKey('organisation', referent.display), 'organisation', null, null, [letters.toLowerCase()]), 'acronym');
  }
}

function acronymLetters(draft: Draft): string {
  return (draft.referent as Extract<Referent, { by: 'acronym' }>).letters;
}

/** "CSA" for "Coastal Survey Authority": initials of an entity named in the article. */
function spelledOut(r: Resolver, letters: string): EntityRecord | null {
  const wanted = letters.toLowerCase();
  if (wanted.length < 2) return null;
  return (
    r.entities.find((e) => {
      if (e.type === 'person' || e.parts.length < 2) return false;
      const initials = e.parts.filter((w) => !NAME_CONNECTORS.has(w)).map((w) => w[0]).join('');
      return initials === wanted;
    }) ?? null
  );
}


// ---- short names ------------------------------------------------------------------------------

/** "Mr Omsk", "Quill", "Quillmore's": the full name it shortens, nearest before (the same kind of mention first: speaker for speaker), else the first after. */
export function resolveShort(r: Resolver, draft: Draft): void {
  const referent = draft.referent;
  const part = referent.by === 'short' ? referent.part : referent.by === 'name' ? referent.parts[referent.parts.length - 1] ?? '' : '';
  const isPerson = referent.by === 'short' ? referent.isPerson : referent.by === 'name' && referent.type === 'person';
  const wholeKey = referent.by === 'name' ? (referent.type === 'person' ? personKey(referent.parts) : nameKey(referent.type, referent.display)) : null;
  const exact = wholeKey ? r.byKey.get(wholeKey) : undefined;
  if (exact) {
    link(r, draft, exact, draft.kind);
    return;
  }
  if (referent.by === 'name' && referent.parts.length > 1) {
    if (!draft.weak) link(r, draft, newEntity(r, wholeKey!, referent.type, referent.placeKind, null, [...referent.parts]));
    else for (const word of wordsOf(r.view, draft)) resolveShort(r, word);
    return;
  }
  const candidates = r.entities.filter((e) => {
    if (e.isByline) return false;
    if (e.parts.length === 1) return e.parts[0] === part && (!isPerson || e.type === 'person');
    if (e.type === 'person') return e.parts[e.parts.length - 1] === part || e.parts[0] === part;
    if (isPerson) return false;
    // "United" of "United States", "North" of "North Korea": a common word of a place's name names no place alone.
    if ((e.type === 'country' || e.type === 'place') && PLACE_NAME_COMMON_WORDS.has(part.toLowerCase())) return false;
    return e.parts.includes(part);
  });
  const chosen = pickCandidate(r, candidates, draft);
  if (chosen) {
    link(r, draft, chosen, draft.kind === 'titled-name' ? 'titled-name' : 'short-name');
    return;
  }
  // "Alliance members": the capitalised description of an entity already named ("the alliance" → NATO).
  const asDescription = referent.by === 'short' && !referent.isPerson ? `the ${part}` : '';
  const nominalEntries = asDescription ? r.gazetteer.byName(asDescription).filter((e) => e.nominals.some((n) => foldForLookup(n) === asDescription)) : [];
  if (nominalEntries.length > 0) {
    const ids = new Set(nominalEntries.map((e) => e.id));
    const named = r.entities.filter((e) => e.gazetteer && ids.has(e.gazetteer.id) && positionOf(r, e, draft.start) >= 0);
    const nominal = pickCandidate(r, named, draft);
    if (nominal) {
      link(r, draft, nominal, 'nominal');
      return;
    }
  }
  if (draft.weak || referent.by !== 'short') return;
  const listed = referent.typeHint === null ? listedBeside(r, draft) : null;
  const type: EntityType = referent.isPerson ? 'person' : referent.typeHint ?? listed ?? 'organisation';
  const placeKind = type === 'country' ? 'country' : referent.placeKind;
  const entity = type === 'person' ? r.byKey.get(personKey([part])) ?? newEntity(r, personKey([part]), 'person', null, null, [part]) : newEntity(r, nameKey(type, referent.display), type, placeKind, null, [part]);
  link(r, draft, entity, draft.kind === 'titled-name' ? 'titled-name' : 'short-name');
}

/**
 * The type of the list a lone unknown name stands in: a person's when a neighbouring item is a
 * person the text shows to be one ("seven on Omsk, five on Quill"), a country's when it is a
 * country ("Tonga, Ireland, Quillmark"); null otherwise. Neighbours are found across at most a
 * few joining words, one of them a list joiner.
 */
function listedBeside(r: Resolver, draft: Draft): 'person' | 'country' | null {
  const { view } = r;
  const isGap = (k: number): boolean => LIST_ITEM_JOINERS.has(view.tokens[k]!.normal) || LIST_ITEM_FILLER_POS.has(view.tokens[k]!.pos) || /^[()\d]+$/.test(view.surfaces[k]!);
  // Only a person the text shows to be one counts: two capitalised words alone ("Monsoon Wedding") are a guess.
  const typeOf = (e: EntityRecord): 'person' | 'country' | null => {
    if (e.type === 'country' && e.gazetteer !== null) return 'country';
    const evidenced = e.type === 'person' && (e.gazetteer !== null || e.roles.length > 0 || r.resolved.some((m) => m.entity === e && (m.kind === 'short-name' || m.kind === 'titled-name')));
    return evidenced ? 'person' : null;
  };
  const endingAt = (end: number): 'person' | 'country' | null => {
    for (const m of r.resolved) if (m.draft.last === end && m.kind !== 'demonym') return typeOf(m.entity);
    return null;
  };
  const startingAt = (first: number): 'person' | 'country' | null => {
    for (const m of r.resolved) if ((m.draft.first === first || m.draft.nameFirst === first) && m.kind !== 'demonym') return typeOf(m.entity);
    return null;
  };
  const sentence = view.sentenceOf[draft.first];
  const scan = (from: number, step: 1 | -1): 'person' | 'country' | null => {
    let joined = false;
    for (let k = from, gap = 0; k >= 0 && k < view.tokens.length && view.sentenceOf[k] === sentence && gap <= MAX_LIST_GAP_TOKENS; k += step, gap++) {
      if (gap > 0 && joined) {
        const found = step === -1 ? endingAt(k + 1) : startingAt(k);
        if (found) return found;
      }
      if (!isGap(k)) return null;
      if (LIST_ITEM_JOINERS.has(view.tokens[k]!.normal)) joined = true;
    }
    return null;
  };
  return scan(draft.first - 1, -1) ?? scan(draft.last, 1);
}

/** "Fair Target, Says Omsk" in a title-case headline: each capitalised word on its own, as a weak short name. */
function wordsOf(view: ArticleView, draft: Draft): Draft[] {
  const words: Draft[] = [];
  for (let k = draft.nameFirst; k < draft.last; k++) {
    if (!view.capitalised[k]) continue;
    const part = keyWords(view.surfaces[k]!)[0] ?? '';
    words.push({
      ...draft,
      start: view.tokens[k]!.span.start,
      end: view.tokens[k]!.span.end,
      first: k,
      last: k + 1,
      nameFirst: k,
      kind: 'short-name',
      roleSpan: null,
      referent: { by: 'short', part, display: view.surfaces[k]!, isPerson: false, typeHint: null, placeKind: null },
    });
  }
  return words;
}

function pickCandidate(r: Resolver, candidates: readonly EntityRecord[], draft: Draft): EntityRecord | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]!;
  const before = candidates.map((e) => ({ e, at: positionOf(r, e, draft.start) })).filter((c) => c.at >= 0);
  if (before.length > 0) {
    const parallel = before.filter((c) => (draft.isSpeaker ? c.e.speaks : c.e.actsWithoutSpeaking));
    const pool = parallel.length > 0 ? parallel : before;
    return pool.reduce((best, c) => (c.at > best.at ? c : best)).e;
  }
  return candidates.reduce((best, e) => (firstPosition(r, e) < firstPosition(r, best) ? e : best));
}

