// Where a claim puts what it tells: "undergoing training at three bases in eastern Vardia", "expected
// to arrive in Vardia's Lorn region". Two voices placing the same thing, in the same days, in parts
// of one country that cannot overlap (east and west of it, or two cities far apart) disagree about
// where it is: a contradiction, unless some of it moved. Positions come from the gazetteer through
// the language stage (Entity.geo); a country's "east" is east of its population centre.

import type { ArticleEvidence, Claim, ClaimRelation, GeoPoint, Token } from '../model/index.js';
import { compareStrings, dayNumber, mentionsIn, tokenRangeIn } from './annotations.js';
import type { ClaimFacts } from './article-facts.js';
import { side as relationSide } from './claim-relations.js';
import type { StanceGroup } from './negations.js';
import {
  COMPASS_ADJECTIVES,
  COMPASS_MARGIN_DEGREES,
  COMPASS_NOUNS,
  DIFFERENT_PLACES_MIN_KM,
  MAX_PLACEMENT_COMPARISONS,
  MAX_PLACEMENT_RELATIONS,
  PLACEMENT_MAX_WORDS_BEFORE,
  PLACEMENT_PREPOSITIONS,
  SAME_PERIOD_TOLERANCE_DAYS,
} from './rules.js';

const PREPOSITIONS = new Set(PLACEMENT_PREPOSITIONS);

export type CompassSide = 'east' | 'west' | 'north' | 'south';

/** A part of one country a claim names: a side of it, or a named place in it with its position. */
export type PlacePart = { readonly kind: 'side'; readonly side: CompassSide } | { readonly kind: 'place'; readonly name: string; readonly point: GeoPoint };

export interface Placement {
  /** Entity key of the country. */
  readonly country: string;
  readonly countryName: string;
  /** The country's population centre, when known. */
  readonly centre: GeoPoint | null;
  readonly part: PlacePart;
  /** The words that place it: "in eastern Vardia", "in Vardia's Lorn". */
  readonly words: string;
}

const isPlaceEntity = (type: string, placeKind: string | null) => type === 'country' || type === 'place' || placeKind !== null;

/** The parts of countries the claim's content puts it in; a whole country alone places nothing comparable and is left out. */
export function placementsOf(evidence: ArticleEvidence, claim: Claim): Placement[] {
  const { tokens, entities } = evidence.language;
  const found: Placement[] = [];
  for (const fragment of claim.content) {
    for (const { mention } of mentionsIn(evidence.language, fragment)) {
      const entity = entities[mention.entity];
      if (!entity || mention.actsFor !== null || mention.kind === 'demonym' || !isPlaceEntity(entity.type, entity.placeKind)) continue;
      const range = tokenRangeIn(tokens, mention.span);
      const before = wordsBefore(tokens, range.first, fragment.start);
      if (!before) continue;
      const start = tokens[before.first]!.span.start;
      const words = evidence.text.slice(start, mention.span.end);
      const geo = entity.geo;
      if (entity.type === 'country' || entity.placeKind === 'country') {
        // "in eastern Vardia", or "in Vardia's Far East".
        const after = before.side ? null : sideAfter(tokens, range.end);
        const side = before.side ?? after?.side;
        if (!side) continue;
        const sideWords = after ? evidence.text.slice(start, tokens[after.last]!.span.end) : words;
        found.push({ country: entity.key, countryName: entity.canonical, centre: geo ? { lat: geo.lat, lon: geo.lon } : null, part: { kind: 'side', side }, words: sideWords });
        continue;
      }
      if (!geo || !geo.country) continue;
      const country = entities.find((e) => e.key === geo.country);
      found.push({ country: geo.country, countryName: country?.canonical ?? geo.country, centre: geo.countryCentre, part: { kind: 'place', name: entity.canonical, point: { lat: geo.lat, lon: geo.lon } }, words });
    }
  }
  return found;
}

/** The preposition before a place, past articles, compass words and a possessive name; null when none stands there. */
function wordsBefore(tokens: readonly Token[], first: number, floor: number): { first: number; side: CompassSide | null } | null {
  let side: CompassSide | null = null;
  for (let i = first - 1, n = 0; i >= 0 && n < PLACEMENT_MAX_WORDS_BEFORE && tokens[i]!.span.start >= floor; i--, n++) {
    const t = tokens[i]!;
    if (PREPOSITIONS.has(t.normal)) return { first: i, side };
    const compass = COMPASS_ADJECTIVES[t.normal];
    if (compass && !side) side = compass;
    else if (!(t.normal === 'the' || t.normal === "'s" || t.pos === 'PROPN' || t.pos === 'ADJ')) return null;
  }
  return null;
}

/** "Vardia's Far East", "Vardia's east": a side named right after the country's possessive, and its last token. */
function sideAfter(tokens: readonly Token[], end: number): { side: CompassSide; last: number } | null {
  if (tokens[end]?.normal !== "'s") return null;
  const next = tokens[end + 1]?.normal === 'far' ? end + 2 : end + 1;
  const side = COMPASS_NOUNS[tokens[next]?.normal ?? ''];
  return side ? { side, last: next } : null;
}

const OPPOSITE: Readonly<Record<CompassSide, CompassSide>> = { east: 'west', west: 'east', north: 'south', south: 'north' };

function degrees(point: GeoPoint, side: CompassSide): number {
  return side === 'east' || side === 'west' ? point.lon : point.lat;
}

/** Great-circle distance, kilometres. */
function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** A place on the far side of a country's centre from the side named: outside that side by the margin. */
function outsideSide(place: GeoPoint, side: CompassSide, centre: GeoPoint): boolean {
  const offset = degrees(place, side) - degrees(centre, side);
  return side === 'east' || side === 'north' ? offset <= -COMPASS_MARGIN_DEGREES : offset >= COMPASS_MARGIN_DEGREES;
}

const sideWords = (side: CompassSide) => `${side}ern`;
const pointWords = (p: GeoPoint) => `${Math.abs(p.lat)}°${p.lat >= 0 ? 'N' : 'S'} ${Math.abs(p.lon)}°${p.lon >= 0 ? 'E' : 'W'}`;

/** Why two placements in one country cannot be one place, or null when they can (or it cannot be told). */
export function disjointWhy(a: Placement, b: Placement): string | null {
  if (a.country !== b.country) return null;
  const [x, y] = [a.part, b.part];
  if (x.kind === 'side' && y.kind === 'side') return OPPOSITE[x.side] === y.side ? `"${a.words}" and "${b.words}" are opposite parts of ${a.countryName}` : null;
  if (x.kind === 'place' && y.kind === 'place') {
    const km = distanceKm(x.point, y.point);
    return km >= DIFFERENT_PLACES_MIN_KM ? `${x.name} and ${y.name} lie ${Math.round(km).toLocaleString('en-GB')} km apart` : null;
  }
  const [sided, placed] = x.kind === 'side' ? [a, b] : [b, a];
  const sidePart = sided.part as Extract<PlacePart, { kind: 'side' }>;
  const place = placed.part as Extract<PlacePart, { kind: 'place' }>;
  const centre = sided.centre ?? placed.centre;
  if (!centre || !outsideSide(place.point, sidePart.side, centre)) return null;
  return `${place.name} (${pointWords(place.point)}) lies ${OPPOSITE[sidePart.side]} of ${a.countryName}'s population centre (${pointWords(centre)}), outside "${sideWords(sidePart.side)} ${a.countryName}"`;
}

/** When a claim tells it happened: the event's date, else the statement's; null when undated. */
const whenOf = (c: ClaimFacts) => c.eventAt ?? c.statedAt;

/**
 * Placement conflicts in one proposition: claims of two voices, told of the same days, placing it
 * in parts of one country that cannot overlap. One relation per pair of claimants, the first such
 * pair of claims in article order.
 */
export function placementRelationsOf(groups: readonly StanceGroup[]): ClaimRelation[] {
  const placed = groups
    .filter((g) => !g.negated)
    .flatMap((g) => g.claims)
    .filter((c) => c.placements.length > 0 && !c.hypothetical && whenOf(c) !== null)
    .sort((x, y) => compareStrings(x.article, y.article) || x.index - y.index);
  if (placed.length < 2) return [];
  const relations: ClaimRelation[] = [];
  const drawn = new Set<string>();
  let compared = 0;
  for (let i = 0; i < placed.length && relations.length < MAX_PLACEMENT_RELATIONS && compared < MAX_PLACEMENT_COMPARISONS; i++) {
    for (let j = i + 1; j < placed.length && relations.length < MAX_PLACEMENT_RELATIONS && compared < MAX_PLACEMENT_COMPARISONS; j++, compared++) {
      const [x, y] = [placed[i]!, placed[j]!];
      if (x.originKey === y.originKey) continue;
      const pair = [x.claimant.key, y.claimant.key].sort().join('\u0000');
      if (drawn.has(pair)) continue;
      const [wx, wy] = [whenOf(x)!, whenOf(y)!];
      if (Math.abs(dayNumber(wx.start) - dayNumber(wy.start)) > SAME_PERIOD_TOLERANCE_DAYS) continue;
      const why = x.placements.flatMap((px) => y.placements.map((py) => disjointWhy(px, py))).find((w) => w !== null);
      if (!why) continue;
      drawn.add(pair);
      const [px] = x.placements;
      const [py] = y.placements;
      relations.push({
        kind: 'contradiction',
        rule: 'different-places',
        a: relationSide([x]),
        b: relationSide([y]),
        why: `${x.claimant.name} puts it ${px!.words} and ${y.claimant.name} ${py!.words}, in the same days: ${why}; the two disagree on where, unless part of it moved`,
      });
    }
  }
  return relations;
}
