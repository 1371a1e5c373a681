// Drafts for bodies and places named by description around a gazetteer name: a country's body
// ("Veldorian foreign ministry", "the armed forces of Veldoria"), a country's region ("eastern
// Veldoria"), an organisation's building ("the Nato headquarters"), and a country, demonym, acronym
// or building inside a longer name.

import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
import { foldForLookup } from '../tokens/index.js';
import { GENERIC_ID_PREFIX, charEnd, charStart, chooseEntry, countryOf, hitDraft, makeDraft, normalisePart, type Builder } from './draft-builder.js';
import { longestHitAt, modifiesNextNoun, type GazetteerHit } from './gazetteer-hits.js';
import { isPossessive } from './roles.js';
import { COMPASS_ADJECTIVES, COUNTRY_BODY_DESCRIPTORS, MAX_COUNTRY_BODY_WORDS, MAX_PART_OF_DEPTH, ORGANISATION_FACILITY_WORDS, type CountryBodyDescriptor } from './rules.js';
import { keyOf, sameSentence } from './view.js';

/**
 * "Veldorian foreign ministry", "Castavia's spy agency", "Marrowgate's forces": a country's body by
 * description. The description is a generic body of the gazetteer ("foreign ministry", "military")
 * or one of ours; the body is the gazetteer's own entry for that country when it has one.
 */
export function addCountryBodies(builder: Builder, hits: readonly GazetteerHit[], usedGeneric: Set<GazetteerHit>): void {
  const { view, gazetteer } = builder.ctx;
  const n = view.tokens.length;
  for (const hit of hits) {
    if (hit.partOfWord || hit.via === 'nominal') continue;
    const country = countryOf(gazetteer, hit);
    if (!country) continue;
    let k = hit.end;
    if (k < n && isPossessive(view, k)) k++;
    const found = descriptorAt(builder, k);
    if (!found) continue;
    // "Veldorian military uniforms" are not the military; a "Veldorian foreign ministry spokesperson" speaks for the ministry.
    if (modifiesNextNoun(view, gazetteer, found.end)) continue;
    const start = charStart(view, k);
    const end = charEnd(view, found.end);
    if (builder.drafts.some((d) => d.referent.by !== 'gazetteer' && d.start <= start && end <= d.end && d.kind !== 'titled-name')) continue;
    const genericHit = builder.ctx.hitStartingAt.get(k);
    if (genericHit && genericHit.end === found.end) usedGeneric.add(genericHit);
    const display = view.text.slice(hit.start, end);
    const known = knownBody(gazetteer, country, keyOf(view, k, found.end), found.descriptor.canonical);
    builder.drafts.push(
      makeDraft(builder, {
        first: hit.first,
        last: found.end,
        nameFirst: hit.first,
        kind: 'alias',
        roleSpan: null,
        referent: { by: 'country-body', country, descriptor: found.descriptor, display, known },
        weak: false,
        role: null,
      }),
    );
  }
}

/** The longest body description starting at token k: a generic gazetteer body, or one of our descriptors. */
export function descriptorAt(builder: Builder, k: number): { end: number; descriptor: CountryBodyDescriptor } | null {
  const { view, gazetteer } = builder.ctx;
  for (let len = MAX_COUNTRY_BODY_WORDS; len >= 1; len--) {
    const end = k + len;
    if (end > view.tokens.length || !sameSentence(view, k, end - 1)) continue;
    const phrase = keyOf(view, k, end);
    const ours = COUNTRY_BODY_DESCRIPTORS.get(phrase);
    if (ours) return { end, descriptor: ours };
    const generic = gazetteer.byName(phrase).find((e) => e.id.startsWith(GENERIC_ID_PREFIX));
    if (generic) return { end, descriptor: { type: generic.type, canonical: foldForLookup(generic.canonical) } };
  }
  return null;
}

/** The entry is part of the country, directly or through the body it belongs to (a ministry's agency). */
function belongsTo(gazetteer: Gazetteer, entry: GazetteerEntry, countryId: string): boolean {
  let current: GazetteerEntry | undefined = entry;
  for (let depth = 0; current && depth < MAX_PART_OF_DEPTH; depth++) {
    if (current.partOf === countryId) return true;
    current = current.partOf ? gazetteer.entry(current.partOf) : undefined;
  }
  return false;
}

/** The gazetteer's body of `country` for a description: "Veldorian foreign ministry" from "Veldoria's foreign ministry". */
export function knownBody(gazetteer: Gazetteer, country: GazetteerEntry, written: string, canonical: string): GazetteerEntry | null {
  const own = (e: GazetteerEntry): boolean => belongsTo(gazetteer, e, country.id) && !e.id.startsWith(GENERIC_ID_PREFIX) && e.type !== 'country' && e.type !== 'place';
  const generics = [written, canonical].flatMap((phrase) => gazetteer.byName(phrase).filter((e) => e.id.startsWith(GENERIC_ID_PREFIX)));
  const phrases = new Set([written, canonical, ...generics.flatMap((g) => [g.canonical, ...g.names]).map(foldForLookup)]);
  const forms = [country.canonical, ...country.names, ...country.acronyms, ...country.demonyms].map(foldForLookup);
  for (const phrase of phrases) {
    for (const form of forms) {
      const found = gazetteer.byName(`${form} ${phrase}`).find(own);
      if (found) return found;
    }
    // "the intelligence agency" is how the gazetteer refers back to a country's own agency.
    const byDescription = gazetteer.byName(`the ${phrase}`).filter(own);
    if (byDescription.length === 1) return byDescription[0]!;
  }
  return null;
}


/**
 * Places named by description around a gazetteer name: "eastern Veldoria" (a region of a country),
 * "the Nato headquarters" (an organisation's building), "the armed forces of the Republic of
 * Veldoria" (a country's body, named after it).
 */
export function addRegionsAndFacilities(builder: Builder, hits: readonly GazetteerHit[]): void {
  const { view, gazetteer } = builder.ctx;
  const n = view.tokens.length;
  for (const hit of hits) {
    if (hit.partOfWord || hit.via === 'nominal' || hit.via === 'demonym') continue;
    const entry = chooseEntry(hit.entries);
    const before = hit.first - 1;
    if (entry.type === 'country' && before >= 0 && sameSentence(view, before, hit.first) && COMPASS_ADJECTIVES.has(view.tokens[before]!.normal) && !view.capitalised[before]) {
      const display = view.text.slice(charStart(view, before), hit.endChar);
      builder.drafts.push(
        makeDraft(builder, {
          first: before,
          last: hit.end,
          nameFirst: before,
          kind: 'name',
          roleSpan: null,
          referent: { by: 'name', type: 'place', placeKind: 'region', parts: keyWordsOf(display), display },
          weak: false,
          role: null,
        }),
      );
    }
    const after = hit.end;
    if ((entry.type === 'organisation' || entry.type === 'government_body') && after < n && sameSentence(view, after, hit.first) && ORGANISATION_FACILITY_WORDS.has(view.tokens[after]!.normal)) {
      const display = `${entry.canonical} ${view.surfaces[after]}`;
      builder.drafts.push(
        makeDraft(builder, {
          first: hit.first,
          last: after + 1,
          nameFirst: hit.first,
          kind: 'name',
          roleSpan: null,
          referent: { by: 'name', type: 'place', placeKind: 'facility', parts: keyWordsOf(display), display },
          weak: false,
          role: null,
        }),
      );
    }
    // "the armed forces of the Republic of Veldoria".
    const country = countryOf(gazetteer, hit);
    if (country && before >= 1 && view.tokens[before]!.normal === 'of') {
      let k = before - 1;
      for (let len = 1; len <= MAX_COUNTRY_BODY_WORDS && k - len + 1 >= 0; len++) {
        const start = k - len + 1;
        if (!sameSentence(view, start, hit.first)) break;
        const found = descriptorAt(builder, start);
        if (!found || found.end !== before) continue;
        const first = start > 0 && view.tokens[start - 1]!.normal === 'the' ? start - 1 : start;
        const display = view.text.slice(charStart(view, first), hit.endChar);
        const known = knownBody(gazetteer, country, keyOf(view, start, before), found.descriptor.canonical);
        builder.drafts.push(
          makeDraft(builder, {
            first,
            last: hit.end,
            nameFirst: first,
            kind: 'alias',
            roleSpan: null,
            referent: { by: 'country-body', country, descriptor: found.descriptor, display, known },
            weak: false,
            role: null,
          }),
        );
        break;
      }
    }
  }
}

function keyWordsOf(display: string): string[] {
  return display.split(/\s+/).map((w) => normalisePart(foldForLookup(w))).filter((w) => w.length > 0);
}


/**
 * "Veldorian Foreign Ministry", "US Department of the Treasury", "UN Security Council", "Granite Hall
 * Security Council": a country, its demonym, an international body's acronym or a
 * building that stands for a body inside a longer name is a mention of its own.
 */
export function addNestedCountries(builder: Builder): void {
  const { view, gazetteer } = builder.ctx;
  const seen = new Set(builder.drafts.map((d) => `${d.start}:${d.end}`));
  for (const draft of [...builder.drafts]) {
    if (draft.last - draft.first < 2 || draft.kind === 'demonym') continue;
    for (let k = draft.first; k < draft.last; k++) {
      const hit = longestHitAt(view, gazetteer, k, k === draft.first ? draft.last - 1 : draft.last);
      if (!hit || hit.via === 'nominal' || (hit.first === draft.first && hit.end === draft.last)) continue;
      const entry = chooseEntry(hit.entries);
      const isBuildingForBody = entry.placeKind === 'facility' && entry.standsFor !== null;
      if (!(entry.type === 'country' || (hit.via === 'acronym' && entry.type === 'organisation') || isBuildingForBody)) continue;
      if (!seen.has(`${hit.start}:${hit.endChar}`)) {
        seen.add(`${hit.start}:${hit.endChar}`);
        builder.drafts.push(hitDraft(builder, hit));
      }
      k = hit.end - 1;
    }
  }
}

