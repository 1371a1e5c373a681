// Reads a page's own statement of its article body (schema.org `articleBody` in JSON-LD), used
// only as a hint to locate the main container: output text always comes from the HTML itself.

const MAX_JSON_DEPTH = 12;

function findLongestArticleBody(value: unknown, depth: number): string | null {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object') return null;
  let best: string | null = null;
  const consider = (candidate: string | null): void => {
    if (candidate !== null && (best === null || candidate.length > best.length)) best = candidate;
  };
  if (Array.isArray(value)) {
    for (const item of value) consider(findLongestArticleBody(item, depth + 1));
    return best;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if ((key === 'articleBody' || key === 'reviewBody') && typeof child === 'string') consider(child);
    else if (typeof child === 'object') consider(findLongestArticleBody(child, depth + 1));
  }
  return best;
}

/** The longest articleBody in the page's JSON-LD scripts, or null. Unparseable scripts are skipped. */
export function findJsonLdArticleBody(scripts: readonly string[]): string | null {
  let best: string | null = null;
  for (const script of scripts) {
    if (!script.includes('articleBody') && !script.includes('reviewBody')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(script);
    } catch {
      continue; // pages ship broken JSON-LD often enough; it is only a hint
    }
    const body = findLongestArticleBody(parsed, 0);
    if (body !== null && (best === null || body.length > best.length)) best = body;
  }
  return best;
}

/** Letters and digits only, lower-cased: compares texts across quote styles, spacing and markup. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
