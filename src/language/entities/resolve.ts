// Resolution: turns draft mentions into entities with every mention linked. Gazetteer names meet
// by id, full names by key, variants ("Reserve Bank" of "Reserve Bank of Veldoria") by their
// words; short names ("Mr Omsk", "Quill") go to the full name they shorten, acronyms to the name
// they abbreviate, descriptions ("the agency", "the defence minister") to the entity they mean.

import type { Gazetteer } from '../gazetteer/index.js';
import type { Draft } from './drafts.js';
import { addRole, entityForStrong, link, type EntityRecord, type ResolvedMention, type Resolver } from './entity-records.js';
import { keyWords, nameKey } from './keys.js';
import { resolveDescription, resolveNominal, resolveRoleOnly } from './resolve-descriptions.js';
import { resolveAcronyms, resolveShort } from './resolve-names.js';
import { ARTICLES, NAME_CONNECTORS, ORGANISATION_TYPES } from './rules.js';
import type { ArticleView } from './view.js';

/** Resolves drafts in order of strength: names first, then short names, acronyms, descriptions. */
export function resolveDrafts(view: ArticleView, gazetteer: Gazetteer, drafts: readonly Draft[]): { entities: EntityRecord[]; mentions: ResolvedMention[] } {
  const r: Resolver = { view, gazetteer, entities: [], byKey: new Map(), resolved: [] };
  const ordered = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const strong = ordered.filter((d) => !d.weak && (d.referent.by === 'gazetteer' || d.referent.by === 'name' || d.referent.by === 'country-body'));
  for (const draft of strong) link(r, draft, entityForStrong(r, draft));
  mergeNameVariants(r);
  resolveAcronyms(r, ordered.filter((d) => d.referent.by === 'acronym'));
  for (const draft of ordered) {
    if (draft.referent.by === 'short' || (draft.weak && draft.referent.by === 'name')) resolveShort(r, draft);
  }
  relinkTownsNamedLikePeople(r);
  retypeDeterminedNames(r);
  for (const draft of ordered) if (draft.referent.by === 'nominal') resolveNominal(r, draft);
  for (const draft of ordered) if (draft.referent.by === 'description') resolveDescription(r, draft);
  resolveRoleOnly(r, ordered.filter((d) => d.referent.by === 'role-only'));
  return { entities: r.entities, mentions: r.resolved };
}


// ---- variants ---------------------------------------------------------------------------------

/** "Reserve Bank" inside "Reserve Bank of Veldoria", "Security Council" inside "UN Security Council": one entity. */
function mergeNameVariants(r: Resolver): void {
  for (const shorter of [...r.entities]) {
    if (shorter.gazetteer || !ORGANISATION_TYPES.has(shorter.type) || shorter.parts.length < 2) continue;
    const longer = r.entities.find((e) => e !== shorter && ORGANISATION_TYPES.has(e.type) && e.parts.length > shorter.parts.length && containsRun(e.parts, shorter.parts));
    if (longer) mergeInto(r, shorter, longer);
  }
}

function containsRun(words: readonly string[], run: readonly string[]): boolean {
  const content = words.filter((w) => !NAME_CONNECTORS.has(w));
  for (let i = 0; i + run.length <= content.length; i++) {
    if (run.every((w, k) => content[i + k] === w)) return true;
  }
  return false;
}

function mergeInto(r: Resolver, from: EntityRecord, into: EntityRecord): void {
  for (let i = 0; i < r.resolved.length; i++) {
    const m = r.resolved[i]!;
    if (m.entity === from) r.resolved[i] = { ...m, entity: into };
  }
  for (const name of from.names) if (!into.names.includes(name)) into.names.push(name);
  for (const role of from.roles) addRole(into, role);
  into.speaks ||= from.speaks;
  into.actsWithoutSpeaking ||= from.actsWithoutSpeaking;
  const index = r.entities.indexOf(from);
  if (index >= 0) r.entities.splice(index, 1);
  r.byKey.set(from.key, into);
}

/** "Austin said" after "Tamsin Austin": a one-word town the gazetteer knows is the person's surname. */
function relinkTownsNamedLikePeople(r: Resolver): void {
  for (let i = 0; i < r.resolved.length; i++) {
    const m = r.resolved[i]!;
    const entry = m.entity.gazetteer;
    if (!entry || entry.type !== 'place' || entry.placeKind !== 'city' || entry.standsFor !== null || m.draft.last - m.draft.first !== 1) continue;
    const word = keyWords(r.view.surfaces[m.draft.first]!)[0] ?? '';
    const person = r.entities.find((e) => e.type === 'person' && e.parts.length >= 2 && (e.parts[0] === word || e.parts[e.parts.length - 1] === word));
    if (!person) continue;
    r.resolved[i] = { ...m, entity: person, kind: 'short-name' };
    if (!r.resolved.some((other) => other.entity === m.entity)) {
      r.entities.splice(r.entities.indexOf(m.entity), 1);
      r.byKey.delete(m.entity.key);
    }
  }
}

/**
 * "Quillmore Vex … the Vex console": a name part of which the article writes after an article is no
 * person's, whatever its shape. Titled and honorific people keep their type.
 */
function retypeDeterminedNames(r: Resolver): void {
  const { view } = r;
  for (const entity of r.entities) {
    if (entity.type !== 'person' || entity.gazetteer) continue;
    const own = r.resolved.filter((m) => m.entity === entity);
    if (own.some((m) => m.draft.roleSpan || m.kind === 'titled-name' || view.tokens[m.draft.first] !== view.tokens[m.draft.nameFirst] || m.draft.isSpeaker)) continue;
    // Only a part of the name after the article counts: "a Tamsin Quill tackle" uses a whole name as a modifier.
    const determined = own.some((m) => {
      if (m.draft.last - m.draft.nameFirst >= entity.parts.length) return false;
      const before = m.draft.first - 1;
      return before >= 0 && view.sentenceOf[before] === view.sentenceOf[m.draft.first] && ARTICLES.has(view.tokens[before]!.normal) && !view.capitalised[before];
    });
    if (!determined) continue;
    entity.type = 'organisation';
    entity.key = nameKey('organisation', entity.names[0] ?? entity.parts.join(' '));
    r.byKey.set(entity.key, entity);
  }
}

