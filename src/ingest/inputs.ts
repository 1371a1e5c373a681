// Turns what the user typed (paths, directories, globs, URLs, URL-list files, `-`) into the
// ordered list of concrete inputs the readers take, so the CLI can count them for a progress bar.
//
// Order is deterministic: arguments in the order given; inside a directory, entries sorted by name
// (UTF-16 code units, not locale) and walked depth first; glob matches sorted by path. Hidden files
// and directories (name starting with ".") are skipped in walks and by wildcards, as shells do.
// Files whose extension marks them as never news (images, archives, media, office files, code; see
// NON_INPUT_EXTENSIONS) are skipped silently in walks and glob matches; a file named explicitly is
// always read, so the user gets a diagnostic for it instead.

import { promises as fs, type Dirent } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../model/index.js';
import { MAX_URL_LIST_BYTES, NON_INPUT_EXTENSIONS, URL_LINE_PATTERN, URL_LIST_EXTENSION, URL_LIST_SNIFF_BYTES } from './rules.js';

export type ConcreteInput =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string; /** The URL-list file and line it came from, if any. */ readonly listedIn: { readonly path: string; readonly line: number } | null }
  | { readonly kind: 'stdin' }
  /** An argument that names nothing readable; reading it yields its diagnostic, in its place. */
  | { readonly kind: 'unusable'; readonly diagnostic: Diagnostic };

const GLOB_CHARS = /[*?[]/;

export async function expandInputs(args: readonly string[]): Promise<ConcreteInput[]> {
  const out: ConcreteInput[] = [];
  for (const arg of args) out.push(...(await expandOne(arg)));
  return out;
}

/** The name an input goes by in messages and labels. */
export function inputLabel(input: ConcreteInput): string {
  switch (input.kind) {
    case 'file':
      return input.path;
    case 'url':
      return input.url;
    case 'stdin':
      return '-';
    case 'unusable':
      return input.diagnostic.input;
  }
}

async function expandOne(arg: string): Promise<ConcreteInput[]> {
  if (arg === '-') return [{ kind: 'stdin' }];
  if (/^https?:\/\//i.test(arg)) return [{ kind: 'url', url: arg, listedIn: null }];
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) {
    return [unusable('fetch/bad-url', arg, `"${arg}" uses a scheme Crosscheck does not fetch; expected an http(s) URL, a path, a glob or "-".`, 'Save the document and pass its path.')];
  }
  const stats = await statOrError(arg);
  if (stats.kind === 'error' && stats.code === 'ENOENT' && GLOB_CHARS.test(arg)) return expandGlob(arg);
  if (stats.kind === 'error') {
    return stats.code === 'ENOENT'
      ? [unusable('ingest/not-found', arg, `no file or directory at ${arg}; expected a file, directory, glob, URL or "-".`, 'Check the path (it is relative to the current directory).')]
      : [unusable('ingest/unreadable', arg, `${arg} cannot be read (${stats.code}).`, 'Check its permissions.')];
  }
  if (stats.kind === 'directory') return walkDirectory(arg, new Set());
  return fileInput(arg);
}

async function fileInput(path: string): Promise<ConcreteInput[]> {
  const urls = await readUrlList(path);
  return urls ?? [{ kind: 'file', path }];
}

/**
 * The URLs of a URL-list file: a `.urls` file, or a small `.txt` whose non-empty lines (other
 * than `#` comments) are all http(s) URLs. Null when the file is not a URL list.
 */
async function readUrlList(path: string): Promise<ConcreteInput[] | null> {
  const extension = extname(path).toLowerCase();
  if (extension !== URL_LIST_EXTENSION && extension !== '.txt') return null;
  let text: string;
  try {
    const stats = await fs.stat(path);
    if (extension === '.txt' && (stats.size > MAX_URL_LIST_BYTES || !(await startsWithUrlLine(path)))) return null;
    text = await fs.readFile(path, 'utf8');
  } catch {
    return null; // The reader reports the problem when it reads the file itself.
  }
  const lines = text.split('\n').map((line, i) => ({ text: line.trim(), number: i + 1 })).filter((l) => l.text.length > 0 && !l.text.startsWith('#'));
  if (extension === '.txt' && (lines.length === 0 || !lines.every((l) => URL_LINE_PATTERN.test(l.text)))) return null;
  return lines.map((l): ConcreteInput =>
    URL_LINE_PATTERN.test(l.text)
      ? { kind: 'url', url: l.text, listedIn: { path, line: l.number } }
      : { kind: 'unusable', diagnostic: diagnostic('fetch/bad-url', path, `line ${l.number} of the URL list is not an http(s) URL: ${JSON.stringify(l.text.slice(0, 80))}. Line skipped.`, { place: { line: l.number }, hint: 'Write one absolute http(s) URL per line; start comments with "#".' }) },
  );
}

/** Whether the first line that is not blank or a comment is a URL: read from the head only, so text dumps cost one small read. */
async function startsWithUrlLine(path: string): Promise<boolean> {
  const handle = await fs.open(path, 'r');
  try {
    const head = Buffer.alloc(URL_LIST_SNIFF_BYTES);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const lines = head.subarray(0, bytesRead).toString('utf8').split('\n').map((l) => l.trim());
    const first = lines.find((l) => l.length > 0 && !l.startsWith('#'));
    return first !== undefined && /^https?:\/\//i.test(first);
  } finally {
    await handle.close();
  }
}

async function walkDirectory(dir: string, visited: Set<string>): Promise<ConcreteInput[]> {
  const real = await fs.realpath(dir).catch(() => dir);
  if (visited.has(real)) return []; // A symlink loop: the directory was already walked.
  visited.add(real);
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    return [unusable('ingest/unreadable', dir, `the directory ${dir} cannot be listed (${(error as NodeJS.ErrnoException).code}).`, 'Check its permissions.')];
  }
  const out: ConcreteInput[] = [];
  for (const entry of sortEntries(entries)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await statOrError(path)).kind === 'directory');
    if (isDirectory) out.push(...(await walkDirectory(path, visited)));
    else if (isCandidateFile(entry.name)) out.push(...(await fileInput(path)));
  }
  return out;
}

function isCandidateFile(name: string): boolean {
  return !NON_INPUT_EXTENSIONS.has(extname(name).toLowerCase());
}

function sortEntries(entries: Dirent[]): Dirent[] {
  return [...entries].sort((a, b) => compareCodeUnits(a.name, b.name));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// --- Globs -------------------------------------------------------------------------------------

async function expandGlob(pattern: string): Promise<ConcreteInput[]> {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s.length > 0);
  const firstWild = segments.findIndex((s) => GLOB_CHARS.test(s));
  const baseSegments = segments.slice(0, firstWild);
  const base = baseSegments.length > 0 ? (absolute ? sep : '') + baseSegments.join('/') : absolute ? sep : '.';
  const matches = new Set<string>();
  await matchSegments(base, segments.slice(firstWild), baseSegments.length === 0 && !absolute, matches);
  const sorted = [...matches].sort(compareCodeUnits);
  const out: ConcreteInput[] = [];
  const visited = new Set<string>();
  for (const path of sorted) {
    const stats = await statOrError(path);
    if (stats.kind === 'directory') out.push(...(await walkDirectory(path, visited)));
    else if (stats.kind === 'file' && isCandidateFile(path)) out.push(...(await fileInput(path)));
  }
  if (out.length === 0) {
    const detail = sorted.length > 0 ? ` (it matched ${sorted.length} path(s), none of them a readable news file)` : '';
    return [unusable('ingest/not-found', pattern, `the glob ${pattern} matches no input${detail}.`, 'Check the pattern; quote it so the shell does not expand it first; hidden files need a pattern starting with ".".')];
  }
  return out;
}

/** Adds to `out` every path under `dir` matching `segments`; `relative` drops the leading "./" from results. */
async function matchSegments(dir: string, segments: readonly string[], relative: boolean, out: Set<string>): Promise<void> {
  if (segments.length === 0) {
    out.add(dir);
    return;
  }
  const [segment, ...rest] = segments as [string, ...string[]];
  const childPath = (name: string): string => (relative ? name : join(dir, name));
  if (!GLOB_CHARS.test(segment)) {
    const path = childPath(segment);
    if ((await statOrError(path)).kind !== 'error') await matchSegments(path, rest, false, out);
    return;
  }
  let entries: Dirent[];
  try {
    entries = sortEntries(await fs.readdir(dir, { withFileTypes: true }));
  } catch {
    return;
  }
  if (segment === '**') {
    // `**` matches zero directories (go on with the rest here) or one more (recurse with `**` again).
    await matchSegments(dir, rest, relative, out);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = childPath(entry.name);
      if (entry.isDirectory()) await matchSegments(path, segments, false, out);
    }
    return;
  }
  const matcher = segmentMatcher(segment);
  for (const entry of entries) {
    if (entry.name.startsWith('.') && !segment.startsWith('.')) continue;
    if (!matcher.test(entry.name)) continue;
    const path = childPath(entry.name);
    if (rest.length === 0) out.add(path);
    else if (entry.isDirectory() || (await statOrError(path)).kind === 'directory') await matchSegments(path, rest, false, out);
  }
}

/** A regular expression for one path segment: `*` any run, `?` one character, `[abc]`/`[a-z]`/`[!x]` a class. */
export function segmentMatcher(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      source += `[${negated ? '^' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close;
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

type StatResult = { readonly kind: 'file' | 'directory' } | { readonly kind: 'error'; readonly code: string };

async function statOrError(path: string): Promise<StatResult> {
  try {
    const stats = await fs.stat(path);
    return { kind: stats.isDirectory() ? 'directory' : 'file' };
  } catch (error) {
    return { kind: 'error', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
}

function unusable(code: Parameters<typeof diagnostic>[0], input: string, message: string, hint: string): ConcreteInput {
  return { kind: 'unusable', diagnostic: diagnostic(code, input, message, { hint }) };
}
