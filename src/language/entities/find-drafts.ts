// Finds every draft mention in an article before anything is resolved: gazetteer hits, proper
// names typed from their words and context with their titles, country bodies named by
// description, descriptions that refer back, and role-only descriptions of people.

import type { Gazetteer } from '../gazetteer/index.js';
import { addCountryBodies, addNestedCountries, addRegionsAndFacilities } from './body-drafts.js';
import { addDescriptions, addNominals, addRoleOnly } from './description-drafts.js';
import { hitDraft, type Builder } from './draft-builder.js';
import type { Draft } from './drafts.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import { addOpenersNamedElsewhere, draftSegment, markWeakInsideTitles } from './name-drafts.js';
import { findNameSegments } from './names.js';
import { newRoleCache, type RoleContext } from './roles.js';
import type { ArticleView } from './view.js';

/** Every draft mention of the article, unordered; overlapping drafts nest (a demonym inside a title). */
export function findDrafts(view: ArticleView, gazetteer: Gazetteer, hits: readonly GazetteerHit[]): Draft[] {
  const hitStartingAt = new Map<number, GazetteerHit>();
  const hitEndingAt = new Map<number, GazetteerHit>();
  for (const hit of hits) {
    if (hit.partOfWord) continue;
    hitStartingAt.set(hit.first, hit);
    hitEndingAt.set(hit.end, hit);
  }
  const ctx: RoleContext = { view, gazetteer, hitStartingAt, hitEndingAt, roleCache: newRoleCache(view.tokens.length) };
  const builder: Builder = { ctx, drafts: [], appositions: [] };
  const replacedHits = new Set<GazetteerHit>();
  const droppedHits = new Set<GazetteerHit>();
  const { segments, ordinaryOpeners } = findNameSegments(ctx);
  for (const segment of segments) draftSegment(builder, segment, replacedHits, droppedHits);
  addOpenersNamedElsewhere(builder, ordinaryOpeners);
  markWeakInsideTitles(builder);
  const usedGeneric = new Set<GazetteerHit>();
  addCountryBodies(builder, hits, usedGeneric);
  for (const hit of hits) {
    if (hit.via === 'nominal' || replacedHits.has(hit) || droppedHits.has(hit) || usedGeneric.has(hit)) continue;
    if (builder.drafts.some((d) => d.referent.by === 'gazetteer' && d.referent.entry === hit.entries[0] && d.end === hit.endChar && d.start <= hit.start)) continue;
    builder.drafts.push(hitDraft(builder, hit));
  }
  addNominals(builder, hits);
  addRoleOnly(builder);
  addDescriptions(builder);
  addRegionsAndFacilities(builder, hits);
  addNestedCountries(builder);
  return builder.drafts;
}

