// JSON-LD reading for html-metadata.ts: parses <script type="application/ld+json"> blocks (with a
// lenient repair for the malformed JSON real pages ship), walks @graph and nested mainEntity nodes,
// and picks the node that describes the article. Returns raw strings; interpretation is the caller's.

import {
  JSON_LD_ARTICLE_TYPES,
  JSON_LD_MAX_NODE_DEPTH,
  JSON_LD_NESTED_NODE_KEYS,
  JSON_LD_NON_PERSON_AUTHOR_TYPES,
  JSON_LD_PAGE_TYPES,
  MODIFIED_JSON_LD_KEYS,
  PUBLISHED_JSON_LD_KEYS,
  SCHEMA_ORG_TYPE_PREFIX,
} from './html-metadata-rules.js';

/** The text of one JSON-LD script and where it starts in the page. */
export interface JsonLdScript {
  readonly text: string;
  readonly sourceStart: number;
}

type JsonLdNode = Readonly<Record<string, unknown>>;

/** A value read from the article node, with the script it came from (to locate the evidence). */
export interface JsonLdValue {
  readonly raw: string;
  /** The JSON-LD property it was read from, e.g. `datePublished`. */
  readonly key: string;
  readonly scriptIndex: number;
}

export interface JsonLdArticle {
  /** The node's @type values, schema.org prefix removed. */
  readonly types: readonly string[];
  readonly headline: JsonLdValue | null;
  readonly published: JsonLdValue | null;
  readonly modified: JsonLdValue | null;
  /** Names of Person authors (organisations left out), as written. */
  readonly authorNames: readonly JsonLdValue[];
  readonly publisherName: JsonLdValue | null;
  readonly url: JsonLdValue | null;
  readonly language: JsonLdValue | null;
  readonly description: JsonLdValue | null;
  readonly section: JsonLdValue | null;
}

export interface JsonLdParseFailure {
  readonly scriptIndex: number;
  readonly message: string;
}

export interface JsonLdReading {
  /** The article node's fields, or null when no script holds an article or page node. */
  readonly article: JsonLdArticle | null;
  /** Scripts that could not be parsed even after repair; they were skipped. */
  readonly failures: readonly JsonLdParseFailure[];
}

/** Reads every script, collects their nodes and returns the fields of the best article node. */
export function readJsonLd(scripts: readonly JsonLdScript[]): JsonLdReading {
  const failures: JsonLdParseFailure[] = [];
  const nodes: { node: JsonLdNode; scriptIndex: number }[] = [];
  scripts.forEach((script, scriptIndex) => {
    const parsed = parseJsonLenient(script.text);
    if (!parsed.ok) {
      failures.push({ scriptIndex, message: parsed.message });
      return;
    }
    for (const node of collectNodes(parsed.value)) nodes.push({ node, scriptIndex });
  });
  const byId = new Map<string, { node: JsonLdNode; scriptIndex: number }>();
  for (const entry of nodes) {
    const id = entry.node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, entry);
  }
  const article = bestNodeOf(nodes, JSON_LD_ARTICLE_TYPES);
  const page = bestNodeOf(nodes, JSON_LD_PAGE_TYPES);
  if (article === null && page === null) return { article: null, failures };
  const primary = (article ?? page)!;
  const fallback = article !== null ? page : null;
  const resolve = (value: unknown): unknown => {
    if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id'])?.node ?? value;
    }
    return value;
  };
  const read = (keys: readonly string[], from = primary) =>
    firstString(from.node, keys, from.scriptIndex);
  const readWithFallback = (keys: readonly string[]) =>
    read(keys) ?? (fallback !== null ? read(keys, fallback) : null);

  return {
    article: {
      types: nodeTypes(primary.node),
      headline: read(['headline', 'name']),
      published: readWithFallback(PUBLISHED_JSON_LD_KEYS),
      modified: readWithFallback(MODIFIED_JSON_LD_KEYS),
      authorNames: personNames(primary.node['author'], resolve, primary.scriptIndex),
      publisherName: organisationName(primary.node['publisher'], resolve, primary.scriptIndex),
      url: readUrl(primary, resolve) ?? (fallback !== null ? readUrl(fallback, resolve) : null),
      language: readLanguage(primary) ?? (fallback !== null ? readLanguage(fallback) : null),
      description: read(['description']),
      section: read(['articleSection']),
    },
    failures,
  };
}

type ParseOutcome = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * JSON.parse, then a lenient repair for what pages ship: HTML comments and CDATA wrappers around
 * the JSON, JavaScript comments, raw newlines inside strings, trailing commas, and several objects
 * written one after another. Each repair is tried only when the strict parse failed.
 */
export function parseJsonLenient(text: string): ParseOutcome {
  const strict = tryParse(text);
  if (strict.ok) return strict;
  const repaired = withoutScriptComments(text)
    .replace(/<!--|-->/g, ' ')
    .replace(/(?:\/\/|\/\*)?\s*<!\[CDATA\[|(?:\/\/|\/\*)?\s*\]\]>(?:\s*\*\/)?/g, ' ')
    .replace(/[\u0000-\u001f]+/g, ' ')
    .replace(/,(\s*[}\]])/g, '$1')
    .trim()
    .replace(/;+$/, '');
  const lenient = tryParse(repaired);
  if (lenient.ok) return lenient;
  const concatenated = tryParse(`[${repaired.replace(/([}\]])\s*,?\s*([{[])/g, '$1,$2')}]`);
  if (concatenated.ok) return concatenated;
  return strict;
}

/** Drops `// …` and `/* … *\/` comments outside JSON strings (a benchmark page writes `"@type": "Organization", //"Person",`). */
function withoutScriptComments(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      const lineEnd = text.indexOf('\n', i);
      i = lineEnd === -1 ? text.length : lineEnd - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 1;
    } else {
      out += c;
    }
  }
  return out;
}

function tryParse(text: string): ParseOutcome {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every node of a parsed script: top-level objects and arrays, `@graph` members, nested main entities. */
function collectNodes(value: unknown): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > JSON_LD_MAX_NODE_DEPTH) return;
    if (Array.isArray(v)) {
      for (const item of v) visit(item, depth + 1);
      return;
    }
    if (!isNode(v)) return;
    out.push(v);
    visit(v['@graph'], depth + 1);
    for (const key of JSON_LD_NESTED_NODE_KEYS) {
      if (isNode(v[key]) || Array.isArray(v[key])) visit(v[key], depth + 1);
    }
  };
  visit(value, 0);
  return out;
}

export function nodeTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(SCHEMA_ORG_TYPE_PREFIX, ''));
}

/** The node of the best-ranked type in `ranking`; among equals, the first in page order. */
function bestNodeOf<T extends { node: JsonLdNode }>(nodes: readonly T[], ranking: readonly string[]): T | null {
  let best: T | null = null;
  let bestRank = Infinity;
  for (const entry of nodes) {
    for (const type of nodeTypes(entry.node)) {
      const rank = ranking.indexOf(type);
      if (rank !== -1 && rank < bestRank) {
        best = entry;
        bestRank = rank;
      }
    }
  }
  return best;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim().length > 0 ? value.trim() : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = stringOf(item);
      if (s !== null) return s;
    }
  }
  return null;
}

function firstString(node: JsonLdNode, keys: readonly string[], scriptIndex: number): JsonLdValue | null {
  for (const key of keys) {
    const raw = stringOf(node[key]);
    if (raw !== null) return { raw, key, scriptIndex };
  }
  return null;
}

function personNames(value: unknown, resolve: (v: unknown) => unknown, scriptIndex: number): JsonLdValue[] {
  const names: JsonLdValue[] = [];
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    const entry = resolve(item);
    if (typeof entry === 'string' && entry.trim().length > 0) {
      names.push({ raw: entry.trim(), key: 'author', scriptIndex });
    } else if (isNode(entry)) {
      const types = nodeTypes(entry);
      if (types.some((t) => JSON_LD_NON_PERSON_AUTHOR_TYPES.includes(t))) continue;
      const name = stringOf(entry['name']);
      if (name !== null) names.push({ raw: name, key: 'author.name', scriptIndex });
    }
  }
  return names;
}

function organisationName(value: unknown, resolve: (v: unknown) => unknown, scriptIndex: number): JsonLdValue | null {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    const entry = resolve(item);
    if (isNode(entry)) {
      const name = stringOf(entry['name']);
      if (name !== null) return { raw: name, key: 'publisher.name', scriptIndex };
    } else if (typeof entry === 'string' && entry.trim().length > 0) {
      return { raw: entry.trim(), key: 'publisher', scriptIndex };
    }
  }
  return null;
}

function readUrl(
  entry: { node: JsonLdNode; scriptIndex: number },
  resolve: (v: unknown) => unknown,
): JsonLdValue | null {
  const direct = firstString(entry.node, ['url'], entry.scriptIndex);
  if (direct !== null) return direct;
  const main = resolve(entry.node['mainEntityOfPage']);
  if (typeof main === 'string') return { raw: main, key: 'mainEntityOfPage', scriptIndex: entry.scriptIndex };
  if (isNode(main)) {
    const id = stringOf(main['@id']) ?? stringOf(main['url']);
    if (id !== null) return { raw: id, key: 'mainEntityOfPage', scriptIndex: entry.scriptIndex };
  }
  return null;
}

function readLanguage(entry: { node: JsonLdNode; scriptIndex: number }): JsonLdValue | null {
  const value = entry.node['inLanguage'];
  if (isNode(value)) {
    const code = stringOf(value['alternateName']) ?? stringOf(value['name']);
    return code === null ? null : { raw: code, key: 'inLanguage', scriptIndex: entry.scriptIndex };
  }
  return firstString(entry.node, ['inLanguage'], entry.scriptIndex);
}
