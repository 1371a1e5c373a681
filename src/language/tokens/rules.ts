// Tokeniser and sentence-splitter heuristics, in one place.

import type { PartOfSpeech } from '../../model/language.js';

/** The tagger's tags map one to one onto ours; anything unknown becomes X. */
export const TAGGER_POS: ReadonlyMap<string, PartOfSpeech> = new Map(
  (['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'] as const).map(
    (tag) => [tag, tag],
  ),
);

/** Hyphens that bind a compound when written with no space: "Kim Jong-un", "Indo-Pacific", "Park Sun‑won" (U+2011). */
export const HYPHEN_JOINERS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

/**
 * Abbreviations (lower case, with their full stop) after which a sentence does not end even when
 * the tagger thinks so: titles and ranks before a name, month abbreviations before a day.
 */
export const NO_SENTENCE_BREAK_AFTER: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'st.', 'rev.', 'hon.',
  'gen.', 'lt.', 'col.', 'maj.', 'capt.', 'cpt.', 'sgt.', 'cpl.', 'adm.', 'cmdr.', 'brig.', 'lt.-gen.',
  'sen.', 'rep.', 'gov.', 'pres.', 'amb.', 'sec.', 'atty.', 'supt.', 'insp.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'no.', 'nos.', 'vs.', 'v.', 'approx.', 'est.', 'fig.',
]);
