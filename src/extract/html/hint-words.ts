// Class/id names as words: "relatedArticles c-share_bar" reads as "-related-articles-c-share-bar-",
// so the rules can name words ("share*", "read-more") instead of fragile substrings ("ad" would
// otherwise hit "header" and "shadow"). Used by the scorer and the block classifier.

/** A compiled word list: each needle is matched against a normalised hint string. */
export type HintMatcher = readonly string[];

/**
 * Compiles rule words: `word` must be a whole word, `word*` any word starting with it,
 * `a-b` consecutive words. The normalised hint always starts and ends with '-'.
 */
export function compileHintWords(words: readonly string[]): HintMatcher {
  return words.map((word) => (word.endsWith('*') ? `-${word.slice(0, -1)}` : `-${word}-`));
}

export function matchesHint(normalisedHint: string, matcher: HintMatcher): boolean {
  if (normalisedHint.length <= 2) return false;
  for (const needle of matcher) {
    if (normalisedHint.includes(needle)) return true;
  }
  return false;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}
function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** "relatedArticles c-share_bar ad300" -> "-related-articles-c-share-bar-ad-300-". */
export function normaliseHint(classAndId: string): string {
  if (classAndId.length === 0) return '';
  let out = '-';
  let previous = 0; // 0 separator, 1 lower, 2 upper, 3 digit
  for (let i = 0; i < classAndId.length; i++) {
    const code = classAndId.charCodeAt(i);
    const kind = isLower(code) ? 1 : isUpper(code) ? 2 : isDigit(code) ? 3 : code > 127 ? 1 : 0;
    if (kind === 0) {
      if (previous !== 0) out += '-';
      previous = 0;
      continue;
    }
    const boundary = previous !== 0 && ((previous === 1 && kind === 2) || (previous === 3) !== (kind === 3));
    if (boundary) out += '-';
    out += kind === 2 ? String.fromCharCode(code + 32) : classAndId[i];
    previous = kind;
  }
  return previous === 0 ? out : `${out}-`;
}
