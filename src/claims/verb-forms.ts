// The cue lexicon's verbs by every inflected form: "claimed" → the entry of "claim", with whether
// the form is a participle or a past form. Built once from cues.ts and inflect.ts.

import { CUE_VERBS, IRREGULAR_VERB_FORMS, type CueVerbEntry } from './cues.js';
import { thirdPerson, verbForms } from './inflect.js';

export interface FormInfo {
  readonly entry: CueVerbEntry;
  readonly isParticiple: boolean;
  readonly isPast: boolean;
}

/** Every inflected form of every lexicon verb → its entry, built once. */
export const VERB_FORMS: ReadonlyMap<string, FormInfo> = (() => {
  const map = new Map<string, FormInfo>();
  for (const entry of CUE_VERBS) {
    for (const form of verbForms(entry.base, entry.doubles, IRREGULAR_VERB_FORMS.get(entry.base))) {
      if (map.has(form)) continue;
      const isParticiple = form.endsWith('ing') && form !== entry.base;
      const isPast = !isParticiple && form !== entry.base && form !== thirdPerson(entry.base);
      map.set(form, { entry, isParticiple, isPast });
    }
  }
  return map;
})();

const ENTRY_BY_BASE: ReadonlyMap<string, CueVerbEntry> = new Map(CUE_VERBS.map((e) => [e.base, e]));

/** The lexicon entry of a verb form, if it is one. */
export function cueVerbOf(norm: string, lemma: string): CueVerbEntry | null {
  return VERB_FORMS.get(norm)?.entry ?? ENTRY_BY_BASE.get(lemma) ?? null;
}

export function isCueVerbForm(norm: string): boolean {
  return VERB_FORMS.has(norm);
}

