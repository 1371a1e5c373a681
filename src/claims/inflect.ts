// English verb inflection by rule, so the cue lexicon lists each verb once ("claim") and still
// meets "claims", "claimed" and "claiming" in text. Irregular forms come from the lexicon.

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.has(ch);
}

/** Third person singular: "say" → "says", "push" → "pushes", "deny" → "denies". */
export function thirdPerson(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Past tense and participle: "claim" → "claimed", "argue" → "argued", "deny" → "denied", "admit" (doubling) → "admitted". */
export function pastForms(base: string, doubles: boolean): string[] {
  if (base.endsWith('e')) return [`${base}d`];
  if (base.endsWith('y') && isConsonant(base[base.length - 2])) return [`${base.slice(0, -1)}ied`];
  if (doubles) {
    const doubled = `${base}${base[base.length - 1]}ed`;
    // British doubles a final l after one vowel ("labelled"), American does not ("labeled").
    return base.endsWith('l') ? [doubled, `${base}ed`] : [doubled];
  }
  return [`${base}ed`];
}

/** Present participle: "say" → "saying", "argue" → "arguing", "see" → "seeing", "admit" → "admitting". */
export function ingForm(base: string, doubles: boolean): string[] {
  if (base.endsWith('ie')) return [`${base.slice(0, -2)}ying`];
  if (base.endsWith('e') && !/(ee|ye|oe)$/.test(base)) return [`${base.slice(0, -1)}ing`];
  if (doubles) {
    const doubled = `${base}${base[base.length - 1]}ing`;
    return base.endsWith('l') ? [doubled, `${base}ing`] : [doubled];
  }
  return [`${base}ing`];
}

/** Every form of a verb: the base, the irregular forms given, and the regular ones the irregulars do not replace. */
export function verbForms(base: string, doubles: boolean, irregular: readonly string[] | undefined): string[] {
  const forms = new Set<string>([base, thirdPerson(base), ...ingForm(base, doubles)]);
  if (irregular) for (const form of irregular) forms.add(form);
  else for (const form of pastForms(base, doubles)) forms.add(form);
  return [...forms];
}
