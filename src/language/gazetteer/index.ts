// The gazetteer's public surface for the language stage: what the entity recogniser knows before
// it reads an article (countries, capitals, bodies, agencies, metonym buildings, media, role
// words), looked up by folded name, acronym as written, demonym or role word.

export type { GazetteerEntry, GazetteerData, RoleWord } from './types.js';
export { gazetteerEntry } from './types.js';
export { gazetteerFromData, isGenericEntry, GENERIC_ID_PREFIX, type Gazetteer } from './lookup.js';
export { loadGazetteer, GAZETTEER_RELATIVE_PATH } from './load.js';
