// The folded form of a word used for every lexicon lookup in the language and claims stages:
// lower case, curly quotes and dashes made ASCII, no-break spaces made spaces.

const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201B\u02BC\u2032]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, '-'],
  [/[\u00A0\u2007\u202F]/g, ' '],
];

/** No UTF-16 unit above 0x7F (what /[^\x00-\x7f]/ rules out), without a regex call: most words are this short and plain. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

export function foldForLookup(surface: string): string {
  let folded = surface.toLowerCase();
  // Most words are plain ASCII: skip the replacements for them (the tokenizer calls this per token).
  if (isAscii(folded)) return folded;
  for (const [pattern, replacement] of FOLDS) folded = folded.replace(pattern, replacement);
  return folded;
}
