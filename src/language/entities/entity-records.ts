// The resolver's records: an entity as the article builds it up, a mention linked to it, and the
// resolver state every resolution step shares (create an entity, link a mention, find where an
// entity was last named).

import type { EntityKey, EntityType, MentionKind, PlaceKind } from '../../model/language.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import type { Draft } from './drafts.js';
import { countryBodyKey, gazetteerKey, keyWords, nameKey, personKey } from './keys.js';
import type { ArticleView } from './view.js';

export interface EntityRecord {
  readonly id: number;
  type: EntityType;
  placeKind: PlaceKind | null;
  readonly gazetteer: GazetteerEntry | null;
  key: EntityKey;
  /** Folded name words, for matching short names and variants. */
  parts: string[];
  /** Every name the article writes for it (titles and honorifics left out). */
  readonly names: string[];
  readonly roles: string[];
  /** Lower-case words of its roles, for "the defence minister" → the person titled defence minister. */
  readonly roleWords: Set<string>;
  readonly roleHeads: Set<string>;
  affiliation: EntityRecord | null;
  /** The country a country body belongs to. */
  country: GazetteerEntry | null;
  isByline: boolean;
  bylineRole: string | null;
  speaks: boolean;
  actsWithoutSpeaking: boolean;
}

export interface ResolvedMention {
  readonly draft: Draft;
  readonly entity: EntityRecord;
  readonly kind: MentionKind;
}

export interface Resolver {
  readonly view: ArticleView;
  readonly gazetteer: Gazetteer;
  readonly entities: EntityRecord[];
  readonly byKey: Map<string, EntityRecord>;
  readonly resolved: ResolvedMention[];
}


// ---- entities ---------------------------------------------------------------------------------

export function newEntity(r: Resolver, key: EntityKey, type: EntityType, placeKind: PlaceKind | null, gazetteer: GazetteerEntry | null, parts: string[]): EntityRecord {
  const existing = r.byKey.get(key);
  if (existing) return existing;
  const entity: EntityRecord = {
    id: r.entities.length,
    type,
    placeKind,
    gazetteer,
    key,
    parts,
    names: [],
    roles: [],
    roleWords: new Set(),
    roleHeads: new Set(),
    affiliation: null,
    country: null,
    isByline: false,
    bylineRole: null,
    speaks: false,
    actsWithoutSpeaking: false,
  };
  r.entities.push(entity);
  r.byKey.set(key, entity);
  return entity;
}

/** The entity for a gazetteer entry (also used for what a capital stands for). */
export function entityForEntry(r: { entities: EntityRecord[]; byKey: Map<string, EntityRecord> }, entry: GazetteerEntry): EntityRecord {
  return newEntity(r as Resolver, gazetteerKey(entry.id), entry.type, entry.placeKind, entry, keyWords(entry.canonical));
}

export function entityForStrong(r: Resolver, draft: Draft): EntityRecord {
  const referent = draft.referent;
  switch (referent.by) {
    case 'gazetteer':
      return entityForEntry(r, referent.entry);
    case 'country-body': {
      if (referent.known) return entityForEntry(r, referent.known);
      const entity = newEntity(r, countryBodyKey(referent.descriptor.type, referent.country.canonical, referent.descriptor.canonical), referent.descriptor.type, null, null, keyWords(referent.display));
      entity.country = referent.country;
      return entity;
    }
    case 'name': {
      if (referent.type === 'person') {
        const key = personKey(referent.parts);
        const known = r.byKey.get(key) ?? samePerson(r, referent.parts);
        if (known) return known;
        // A name first typed by a description ("firm Tarnwell Data") keeps that type when its shape alone says person.
        const typedOtherwise = referent.guessed ? r.entities.find((e) => !e.gazetteer && e.type !== 'person' && sameWords(e.parts, referent.parts)) : undefined;
        return typedOtherwise ?? newEntity(r, key, 'person', null, null, [...referent.parts]);
      }
      const parts = keyWords(referent.display);
      // "firm Tarnwell Data … Tarnwell Data said": one name, typed by its strongest evidence.
      const same = r.entities.find((e) => !e.gazetteer && sameWords(e.parts, parts));
      if (same) {
        // A guess gives way to evidence: "Tarnwell Data" read as a person, then "firm Tarnwell Data".
        if (!referent.guessed && same.type === 'person' && !same.roles.length) {
          same.type = referent.type;
          same.placeKind = referent.placeKind;
          same.key = nameKey(referent.type, referent.display);
          r.byKey.set(same.key, same);
        }
        return same;
      }
      return newEntity(r, nameKey(referent.type, referent.display), referent.type, referent.placeKind, null, parts);
    }
    default:
      throw new Error(`entityForStrong: ${referent.by} is not a strong referent`);
  }
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** "Halvard J Omsk" and "Halvard Omsk": same first and last name parts. */
function samePerson(r: Resolver, parts: readonly string[]): EntityRecord | null {
  if (parts.length < 2) return null;
  return r.entities.find((e) => e.type === 'person' && e.parts.length >= 2 && e.parts[0] === parts[0] && e.parts[e.parts.length - 1] === parts[parts.length - 1]) ?? null;
}

export function link(r: Resolver, draft: Draft, entity: EntityRecord, kind: MentionKind = draft.kind): void {
  r.resolved.push({ draft, entity, kind });
  const name = nameOf(r.view, draft);
  if (name && !entity.names.includes(name)) entity.names.push(name);
  if (draft.role && (kind === 'titled-name' || draft.referent.by === 'name' || draft.referent.by === 'short' || draft.referent.by === 'role-only')) addRole(entity, draft.role);
  if (draft.bylineRole && entity.type === 'person') {
    entity.isByline = true;
    entity.bylineRole = draft.bylineRole;
  }
  if (draft.isSpeaker) entity.speaks = true;
  else entity.actsWithoutSpeaking = true;
}

export function addRole(entity: EntityRecord, role: string): void {
  if (entity.roles.includes(role)) return;
  entity.roles.push(role);
  const words = keyWords(role);
  for (const w of words) entity.roleWords.add(w);
  const head = words[words.length - 1];
  if (head) entity.roleHeads.add(head.replace(/s$/, ''));
}

/** The name a mention writes, title and honorific left out: "Halvard J Omsk" from "Kremlin spokesman Halvard J Omsk". */
export function nameOf(view: ArticleView, draft: Draft): string | null {
  if (draft.kind === 'nominal' || draft.kind === 'demonym') return null;
  const start = view.tokens[draft.nameFirst]!.span.start;
  return view.text.slice(Math.max(start, draft.start), draft.end);
}


export function positionOf(r: Resolver, entity: EntityRecord, before: number): number {
  let latest = -1;
  for (const m of r.resolved) if (m.entity === entity && m.draft.start < before && m.draft.start > latest) latest = m.draft.start;
  return latest;
}

export function firstPosition(r: Resolver, entity: EntityRecord): number {
  let first = Infinity;
  for (const m of r.resolved) if (m.entity === entity && m.draft.start < first) first = m.draft.start;
  return first;
}

