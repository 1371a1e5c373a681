// Resolving descriptions: those that refer back ("the agency", "the firm"), wars and treaties
// named by description, and a person's role without a name ("the defence minister").

import type { Draft, Referent } from './drafts.js';
import { firstPosition, link, newEntity, positionOf, type EntityRecord, type Resolver } from './entity-records.js';
import { keyWords, nameKey } from './keys.js';
import { CATAPHORA_MAX_SENTENCES, INTERCHANGEABLE_TREATY_NOUNS, type NominalClass } from './rules.js';

// ---- descriptions -----------------------------------------------------------------------------

function fitsClass(entity: EntityRecord, cls: NominalClass, strict: boolean): boolean {
  if (!cls.types.includes(entity.type)) return false;
  if (!strict || cls.nameWords.length === 0) return true;
  const id = entity.gazetteer?.id ?? '';
  if (cls.idPrefixes.some((p) => id.startsWith(p))) return true;
  const words = new Set([...entity.parts, ...entity.names.flatMap((n) => keyWords(n)), ...(entity.gazetteer ? keyWords(entity.gazetteer.canonical) : [])]);
  return cls.nameWords.some((w) => words.has(w));
}

/** "the agency", "the alliance", "the firm": the latest fitting entity named before it. */
export function resolveNominal(r: Resolver, draft: Draft): void {
  const referent = draft.referent as Extract<Referent, { by: 'nominal' }>;
  const before = r.entities.map((e) => ({ e, at: positionOf(r, e, draft.start) })).filter((c) => c.at >= 0);
  const latest = (pool: typeof before): EntityRecord | null => (pool.length === 0 ? null : pool.reduce((best, c) => (c.at > best.at ? c : best)).e);
  let chosen: EntityRecord | null = null;
  if (referent.entries.length > 0) {
    const ids = new Set(referent.entries.map((e) => e.id));
    chosen = latest(before.filter((c) => c.e.gazetteer !== null && ids.has(c.e.gazetteer.id)));
  }
  if (!chosen && referent.cls) {
    const cls = referent.cls;
    chosen = latest(before.filter((c) => fitsClass(c.e, cls, true))) ?? (cls.nameWords.length > 0 ? latest(before.filter((c) => fitsClass(c.e, cls, false) && c.e.type !== 'country')) : null);
  }
  if (chosen) link(r, draft, chosen, 'nominal');
}

/**
 * "the war in Castavia", "this war", "a mutual defence treaty", "The treaty": the latest war (of
 * the same theatre) or treaty the article has named or described, else a new one. A treaty the
 * article names ("Treaty on Northern Cooperation") takes its descriptions.
 */
export function resolveDescription(r: Resolver, draft: Draft): void {
  const referent = draft.referent as Extract<Referent, { by: 'description' }>;
  const head = (words: readonly string[]): string => words[words.length - 1] ?? '';
  const sameKind = (a: string, b: string): boolean => a === b || (INTERCHANGEABLE_TREATY_NOUNS.has(a) && INTERCHANGEABLE_TREATY_NOUNS.has(b));
  const fits = (e: EntityRecord): boolean =>
    e.type === referent.type &&
    (referent.type === 'treaty' ? e.parts.some((w) => sameKind(head(keyWords(referent.phrase)), w)) : !referent.theatre || !e.country || e.country === referent.theatre);
  const candidates = r.entities.filter(fits);
  const before = candidates.map((e) => ({ e, at: positionOf(r, e, draft.start) })).filter((c) => c.at >= 0);
  let chosen = before.length > 0 ? before.reduce((best, c) => (c.at > best.at ? c : best)).e : null;
  // "the treaty" before the treaty's name: the named one.
  chosen ??= candidates.find((e) => e.gazetteer || e.names.length > 0) ?? null;
  if (!chosen) {
    if (!referent.definite && referent.type === 'event') return;
    const key = referent.type === 'event' && referent.theatre ? nameKey('event', `war in ${referent.theatre.canonical}`) : nameKey(referent.type, referent.phrase);
    chosen = newEntity(r, key, referent.type, null, null, keyWords(referent.phrase));
    chosen.country = referent.type === 'event' ? referent.theatre : null;
    chosen.names.push(referent.type === 'event' && referent.theatre ? `war in ${referent.theatre.canonical}` : referent.phrase);
  } else if (referent.type === 'event' && referent.theatre && !chosen.country) {
    chosen.country = referent.theatre;
    const key = nameKey('event', `war in ${referent.theatre.canonical}`);
    r.byKey.set(key, chosen);
    chosen.key = key;
    chosen.names.unshift(`war in ${referent.theatre.canonical}`);
  }
  link(r, draft, chosen, 'nominal');
}

/**
 * "the defence minister" → the person the article titles so; else, opening its sentence, the
 * person the sentence before starts with; else, led by a country or "the", the next untitled
 * person named within a few sentences ("Castavia's defence minister told… Orla Brant said").
 */
export function resolveRoleOnly(r: Resolver, drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    const referent = draft.referent as Extract<Referent, { by: 'role-only' }>;
    const people = r.entities.filter((e) => e.type === 'person' && !e.isByline);
    const byHead = people.filter((e) => e.roleHeads.has(referent.head));
    const byModifiers = byHead.filter((e) => referent.modifiers.every((m) => e.roleWords.has(m)));
    let chosen = pickByPosition(r, byModifiers.length > 0 ? byModifiers : byHead, draft);
    if (!chosen && referent.definite) chosen = referent.opensClause ? subjectOfSentenceBefore(r, draft, people) : personEarlierInSentence(r, draft, people);
    if (!chosen && (referent.countryLed || referent.definite)) chosen = nextUntitledPerson(r, draft);
    if (chosen) link(r, draft, chosen, 'nominal');
  }
}

function pickByPosition(r: Resolver, candidates: readonly EntityRecord[], draft: Draft): EntityRecord | null {
  if (candidates.length === 0) return null;
  const before = candidates.map((e) => ({ e, at: positionOf(r, e, draft.start) })).filter((c) => c.at >= 0);
  if (before.length > 0) return before.reduce((best, c) => (c.at > best.at ? c : best)).e;
  return candidates.reduce((best, e) => (firstPosition(r, e) < firstPosition(r, best) ? e : best));
}

function subjectOfSentenceBefore(r: Resolver, draft: Draft, people: readonly EntityRecord[]): EntityRecord | null {
  const wanted = draft.sentence - 1;
  const inSentence = r.resolved.filter((m) => m.draft.sentence === wanted && people.includes(m.entity)).sort((a, b) => a.draft.start - b.draft.start);
  return inSentence[0]?.entity ?? null;
}

/**
 * "Quill toured with Omsk until the Veldorian singer's retirement": inside one sentence, a
 * definite description refers back to the latest person named before it who is not the
 * sentence's subject (the subject would be "he").
 */
function personEarlierInSentence(r: Resolver, draft: Draft, people: readonly EntityRecord[]): EntityRecord | null {
  const referent = draft.referent as Extract<Referent, { by: 'role-only' }>;
  const before = r.resolved.filter((m) => m.draft.sentence === draft.sentence && m.draft.end <= draft.start && people.includes(m.entity)).sort((a, b) => a.draft.start - b.draft.start);
  if (before.length < 2) return null;
  const subject = before[0]!.entity;
  const latest = before[before.length - 1]!.entity;
  if (latest === subject || (latest.roleHeads.size > 0 && !latest.roleHeads.has(referent.head))) return null;
  return latest;
}

function nextUntitledPerson(r: Resolver, draft: Draft): EntityRecord | null {
  const { view } = r;
  const countedSentences = (from: number, to: number): number => {
    let count = 0;
    for (let s = from + 1; s <= to; s++) {
      const sentence = view.sentences[s];
      if (!sentence) continue;
      const kind = view.blockKinds[sentence.block];
      if (kind !== 'byline' && kind !== 'dateline') count++;
    }
    return count;
  };
  const later = r.resolved
    .filter((m) => m.entity.type === 'person' && !m.entity.isByline && m.draft.start > draft.end && m.draft.kind !== 'titled-name')
    .sort((a, b) => a.draft.start - b.draft.start);
  for (const m of later) {
    if (countedSentences(draft.sentence, m.draft.sentence) > CATAPHORA_MAX_SENTENCES) return null;
    if (firstPosition(r, m.entity) === m.draft.start && m.entity.roles.length === 0) return m.entity;
  }
  return null;
}

