// The entity recogniser of the language stage: people, organisations, government bodies,
// countries and places named in one article, each a canonical entity with a key that meets
// across articles, and every mention linked to it (names, titled names, short names, acronyms,
// gazetteer aliases, descriptions that refer back, demonyms). A capital or building used as an
// actor links, through `actsFor`, to what it stands for. Pure: tokens and gazetteer in, records out.

import type { Block } from '../../model/article.js';
import type { Entity, EntityGeo, EntityKey, EntityMention, Sentence, Token } from '../../model/language.js';
import { makeSpan } from '../../model/span.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import { entryCanonical, personCanonical } from './canonical-names.js';
import { findDrafts } from './find-drafts.js';
import { findGazetteerHits } from './gazetteer-hits.js';
import { gazetteerKey } from './keys.js';
import { readMetonym, type MetonymReading } from './metonyms.js';
import { entityForEntry, type EntityRecord, type ResolvedMention } from './entity-records.js';
import { resolveDrafts } from './resolve.js';
import { buildView } from './view.js';
import { MAX_CONJUNCTION_TOKENS, ORGANISATION_TYPES } from './rules.js';

export interface FoundEntities {
  /** One per distinct entity, in order of first mention. */
  readonly entities: Entity[];
  /** In text order (a longer mention before one nested in it). Mentions may nest: a demonym or a body inside a title. */
  readonly mentions: EntityMention[];
}

export function findEntities(
  text: string,
  blocks: readonly Pick<Block, 'kind' | 'span'>[],
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  gazetteer: Gazetteer,
): FoundEntities {
  const view = buildView(text, blocks, tokens, sentences);
  const hits = findGazetteerHits(view, gazetteer);
  const drafts = findDrafts(view, gazetteer, hits);
  const { entities, mentions } = resolveDrafts(view, gazetteer, drafts);
  const unique = dedupe(mentions);
  const actsFor = readMetonyms(view, gazetteer, unique, entities);
  return assemble(text, unique, entities, actsFor, gazetteer);
}

function dedupe(mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  const sorted = [...mentions].sort((a, b) => a.draft.start - b.draft.start || b.draft.end - a.draft.end);
  return sorted.filter((m) => {
    const id = `${m.draft.start}:${m.draft.end}:${m.entity.id}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function isBuilding(entry: GazetteerEntry): boolean {
  return entry.placeKind === 'facility' || (entry.type !== 'place' && entry.type !== 'country');
}

/** For each mention of a capital or building, the entity it acts for (or null when literal). */
function readMetonyms(view: ReturnType<typeof buildView>, gazetteer: Gazetteer, mentions: readonly ResolvedMention[], entities: EntityRecord[]): Map<ResolvedMention, EntityRecord> {
  const byKey = new Map(entities.map((e) => [e.key as string, e]));
  const registry = { entities, byKey };
  const result = new Map<ResolvedMention, EntityRecord>();
  const titles = mentions.filter((m) => m.draft.roleSpan !== null);
  let previous: { last: number; reading: MetonymReading } | null = null;
  for (const mention of mentions) {
    const entry = mention.entity.gazetteer;
    if (!entry?.standsFor || mention.kind === 'demonym' || mention.kind === 'nominal') continue;
    const stood = gazetteer.entry(entry.standsFor);
    if (!stood) continue;
    const { first, last } = mention.draft;
    const insideTitle = titles.some((t) => t !== mention && t.draft.roleSpan!.start <= mention.draft.start && mention.draft.end <= t.draft.roleSpan!.end);
    const adjacent = previous && first - previous.last <= MAX_CONJUNCTION_TOKENS ? previous.reading : null;
    const reading = readMetonym(view, { first, last, isBuilding: isBuilding(entry), insideTitle }, adjacent);
    previous = { last, reading };
    if (reading === 'actor') result.set(mention, entityForEntry(registry, stood));
  }
  return result;
}

function assemble(text: string, mentions: readonly ResolvedMention[], records: readonly EntityRecord[], actsFor: ReadonlyMap<ResolvedMention, EntityRecord>, gazetteer: Gazetteer): FoundEntities {
  // Entities in order of first mention; an entity only acted for takes its metonym's place.
  const firstAt = new Map<EntityRecord, number>();
  for (const m of mentions) {
    if (!firstAt.has(m.entity) || m.draft.start < firstAt.get(m.entity)!) firstAt.set(m.entity, m.draft.start);
    const stood = actsFor.get(m);
    if (stood && (!firstAt.has(stood) || m.draft.start < firstAt.get(stood)!)) firstAt.set(stood, m.draft.start);
  }
  const ordered = records.filter((e) => firstAt.has(e)).sort((a, b) => firstAt.get(a)! - firstAt.get(b)! || a.id - b.id);
  const indexOf = new Map(ordered.map((e, i) => [e, i]));
  const context = 'language/entities';
  const outMentions: EntityMention[] = mentions.map((m) => ({
    span: makeSpan(m.draft.start, m.draft.end, text.length, context),
    entity: indexOf.get(m.entity)!,
    kind: m.kind,
    roleSpan: m.draft.roleSpan ? makeSpan(m.draft.roleSpan.start, m.draft.roleSpan.end, text.length, context) : null,
    actsFor: actsFor.has(m) ? indexOf.get(actsFor.get(m)!)! : null,
  }));
  const entities: Entity[] = ordered.map((e) => toEntity(e, mentions, gazetteer));
  return { entities, mentions: outMentions };
}

function toEntity(e: EntityRecord, mentions: readonly ResolvedMention[], gazetteer: Gazetteer): Entity {
  const entry = e.gazetteer;
  const longest = (list: readonly string[]): string | null => (list.length === 0 ? null : list.reduce((best, s) => (s.length > best.length ? s : best)));
  const written = e.type === 'person' ? personCanonical(e.names) : longest(e.names);
  const canonical = (entry ? entryCanonical(entry) : null) ?? written ?? e.key.slice(e.key.indexOf(':') + 1);
  const role = e.bylineRole ?? longest(e.roles);
  return {
    key: e.key,
    canonical,
    type: e.type,
    placeKind: e.type === 'place' || e.type === 'country' ? e.placeKind ?? (e.type === 'country' ? 'country' : 'other') : null,
    gazetteerId: entry?.id ?? null,
    wikidataId: entry?.wikidataId ?? null,
    role,
    affiliation: affiliationOf(e, mentions, gazetteer),
    standsFor: entry?.standsFor ? gazetteerKey(entry.standsFor) : null,
    ...geoOf(entry, gazetteer),
  };
}

/** Where a gazetteer place lies: a city's position in its country, a country's population centre. */
function geoOf(entry: GazetteerEntry | null | undefined, gazetteer: Gazetteer): { geo?: EntityGeo } {
  if (!entry) return {};
  if (entry.centre) return { geo: { ...entry.centre, country: gazetteerKey(entry.id), countryCentre: entry.centre } };
  if (!entry.position) return {};
  const country = entry.partOf ? gazetteer.entry(entry.partOf) : undefined;
  return { geo: { ...entry.position, country: entry.partOf ? gazetteerKey(entry.partOf) : null, countryCentre: country?.centre ?? null } };
}

/** The body or country a person's title names ("White House spokesperson" → the White House's office), or a body's country. */
function affiliationOf(e: EntityRecord, mentions: readonly ResolvedMention[], gazetteer: Gazetteer): EntityKey | null {
  if (e.gazetteer?.partOf) return gazetteerKey(e.gazetteer.partOf);
  // Countries, places, wars and treaties belong to no one here; people and bodies do.
  if (e.type !== 'person' && !ORGANISATION_TYPES.has(e.type)) return null;
  if (e.country) return gazetteerKey(e.country.id);
  const own = mentions.filter((m) => m.entity === e);
  const inside = (span: { start: number; end: number }): ResolvedMention[] => mentions.filter((m) => m.entity !== e && span.start <= m.draft.start && m.draft.end <= span.end);
  const nested = own.flatMap((m) => (e.type === 'person' ? (m.draft.roleSpan ? inside(m.draft.roleSpan) : []) : inside(m.draft)));
  const body = nested.filter((m) => ORGANISATION_TYPES.has(m.entity.type)).pop();
  if (body) {
    const stood = body.entity.gazetteer?.standsFor;
    return stood && isBuildingEntry(gazetteer, body.entity.gazetteer!) ? gazetteerKey(stood) : body.entity.key;
  }
  const country = nested.find((m) => m.entity.type === 'country');
  return country ? country.entity.key : null;
}

function isBuildingEntry(gazetteer: Gazetteer, entry: GazetteerEntry): boolean {
  return entry.standsFor !== null && gazetteer.entry(entry.standsFor) !== undefined && isBuilding(entry);
}
