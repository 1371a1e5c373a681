// Finds every draft mention in an article before anything is resolved: gazetteer hits, proper
// names typed from their words and context with their titles, country bodies named by
// description, descriptions that refer back, and role-only descriptions of people.

import type { Gazetteer, GazetteerEntry } from '../gazetteer/index.js';
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
  const linked = new LinkedDraftIndex(builder.drafts);
  for (const hit of hits) {
    if (hit.via === 'nominal' || replacedHits.has(hit) || droppedHits.has(hit) || usedGeneric.has(hit)) continue;
    // A draft already links this entry over a span ending where the hit ends and covering it.
    const start = linked.earliestStart(hit.entries[0]!, hit.endChar);
    if (start !== undefined && start <= hit.start) continue;
    builder.drafts.push(hitDraft(builder, hit));
  }
  addNominals(builder, hits);
  addRoleOnly(builder);
  addDescriptions(builder);
  addRegionsAndFacilities(builder, hits);
  addNestedCountries(builder);
  return builder.drafts;
}


/**
 * The earliest start of the gazetteer-linked drafts by entry and end, over a draft list that only
 * grows: asking about each hit stays one Map read instead of a scan of every draft so far.
 */
class LinkedDraftIndex {
  private readonly starts = new Map<GazetteerEntry, Map<number, number>>();
  private indexed = 0;

  constructor(private readonly drafts: readonly Draft[]) {}

  earliestStart(entry: GazetteerEntry, end: number): number | undefined {
    for (; this.indexed < this.drafts.length; this.indexed++) {
      const draft = this.drafts[this.indexed]!;
      if (draft.referent.by !== 'gazetteer') continue;
      let byEnd = this.starts.get(draft.referent.entry);
      if (!byEnd) this.starts.set(draft.referent.entry, (byEnd = new Map()));
      const known = byEnd.get(draft.end);
      if (known === undefined || draft.start < known) byEnd.set(draft.end, draft.start);
    }
    return this.starts.get(entry)?.get(end);
  }
}
