// The built web UI, served from one folder: only files inside it, never a path that climbs out
// (`..`, encoded or not, backslashes, NUL, symlinks leading elsewhere). Hashed assets are cached
// for good; index.html is revalidated so a rebuilt UI shows at once.

import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { HttpError } from './http-error.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Vite names every file under assets/ by its content hash, so a cached copy never goes stale. */
const IMMUTABLE_PREFIX = '/assets/';

export interface StaticFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly cacheControl: string;
}

/** The file a URL path names under `root`; throws HttpError 400 for a path that tries to leave it, 404 for none. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'bad-path', 'the path is not valid percent-encoding.');
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((segment) => segment === '..' || segment === '.')) {
    throw new HttpError(400, 'bad-path', 'the path leaves the web folder; only files of the built UI are served.');
  }
  const relative = decoded === '/' ? '/index.html' : decoded;
  const rootPath = resolve(root);
  const full = resolve(rootPath, `.${relative}`);
  if (!full.startsWith(rootPath + sep)) throw new HttpError(400, 'bad-path', 'the path leaves the web folder; only files of the built UI are served.');
  const notFound = new HttpError(404, 'not-found', `nothing at ${relative}.`);
  let real: string;
  try {
    real = await realpath(full);
    if (!real.startsWith((await realpath(rootPath)) + sep) || !(await stat(real)).isFile()) throw notFound;
  } catch {
    throw notFound;
  }
  const contentType = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  const cacheControl = relative.startsWith(IMMUTABLE_PREFIX) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return { body: await readFile(real), contentType, cacheControl };
}
