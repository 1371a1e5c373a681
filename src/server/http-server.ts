// The node:http adapter: turns a request into a route call and the reply into a response. It owns
// everything between the socket and a handler: security headers, the Host check, the bearer token,
// method and path matching, query and body validation (with size limits), JSON and download
// responses, static files for the UI, and the one place errors become statuses.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, validationError } from './http-error.js';
import type { BodyLimit, Reply, Route, Services } from './routes.js';
import { hostOfHeader, isLoopbackHost, SECURITY_HEADERS, tokenMatches } from './security.js';
import { readStaticFile } from './static-files.js';

export interface AdapterSettings {
  readonly routes: readonly Route[];
  readonly services: Services;
  /** When set, every /api request must carry `Authorization: Bearer <token>`. */
  readonly token: string | null;
  /** Bound to loopback: refuse requests whose Host is not a loopback name (DNS rebinding). */
  readonly loopbackOnly: boolean;
  /** The built UI's folder; null when it was not built (the API still works). */
  readonly webRoot: string | null;
  readonly bodyLimits: Readonly<Record<BodyLimit, number>>;
  readonly openApi: () => unknown;
  readonly log: (line: string) => void;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split('/')
    .map((segment) => {
      const param = /^\{(\w+)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1]!);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

export function createRequestHandler(settings: AdapterSettings): (request: IncomingMessage, response: ServerResponse) => void {
  const compiled = settings.routes.map(compile);
  return (request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) return sendError(response, error);
      settings.log(`error: ${request.method} ${request.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      sendError(response, new HttpError(500, 'internal', 'the server failed on this request; its log says why.'));
    });
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const rawUrl = request.url ?? '/';
    if (!rawUrl.startsWith('/')) throw new HttpError(400, 'bad-path', 'the request target must be a path.');
    if (settings.loopbackOnly && !isLoopbackHost(hostOfHeader(request.headers.host ?? ''))) {
      throw new HttpError(403, 'host-not-allowed', 'this server listens on loopback and answers only to localhost names; open it as http://127.0.0.1:<port>/.');
    }
    const url = new URL(rawUrl, 'http://localhost');
    const path = url.pathname;
    if (path === '/openapi.json') {
      if (request.method !== 'GET' && request.method !== 'HEAD') throw methodNotAllowed(['GET', 'HEAD']);
      return sendJson(response, 200, settings.openApi(), request.method === 'HEAD');
    }
    if (path === '/api' || path.startsWith('/api/')) return handleApi(request, response, path, url.searchParams);
    if (request.method !== 'GET' && request.method !== 'HEAD') throw methodNotAllowed(['GET', 'HEAD']);
    if (!settings.webRoot) throw new HttpError(404, 'ui-not-built', 'the web UI is not built: run `npm run build:web` (or `npm run build`), then restart the server.');
    // Checked on the raw path, before URL parsing folds away any "..".
    const file = await readStaticFile(settings.webRoot, rawUrl.split(/[?#]/, 1)[0]!);
    response.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length, 'Cache-Control': file.cacheControl });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, path: string, search: URLSearchParams): Promise<void> {
    response.setHeader('Cache-Control', 'no-store');
    // Browsers label cross-site requests; none of the API is for another site's pages.
    if (request.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'cross-site', 'the API does not answer requests from other sites.');
    if (settings.token !== null && !tokenMatches(settings.token, request.headers.authorization)) {
      throw new HttpError(401, 'token-required', 'this server requires a token: send "Authorization: Bearer <token>" (printed when the server started).', [], { 'WWW-Authenticate': 'Bearer' });
    }
    const matches = compiled.filter((c) => c.pattern.test(path));
    if (matches.length === 0) throw new HttpError(404, 'not-found', `no API route at ${path}; GET /openapi.json lists them.`);
    const match = matches.find((c) => c.route.method === request.method || (request.method === 'HEAD' && c.route.method === 'GET'));
    if (!match) throw methodNotAllowed(matches.map((c) => c.route.method));
    const { route } = match;

    const captured = match.pattern.exec(path)!.slice(1);
    const rawParams: Record<string, string> = {};
    for (const [i, name] of match.names.entries()) {
      try {
        rawParams[name] = decodeURIComponent(captured[i]!);
      } catch {
        throw new HttpError(400, 'bad-path', `the path segment for ${name} is not valid percent-encoding.`);
      }
    }
    const params = route.params ? parse(route.params, rawParams, 'params') : {};
    // An empty query value (a blank form field) means the filter is not set.
    const rawQuery: Record<string, string> = {};
    for (const [key, value] of search) if (value !== '') rawQuery[key] = value;
    const query = parse(route.query, rawQuery, 'query');
    const body = route.body ? parse(route.body, await readJsonBody(request, settings.bodyLimits[route.bodyLimit ?? 'json']), 'body') : null;

    const reply = await route.handle({ params, query, body, services: settings.services });
    sendReply(response, reply, request.method === 'HEAD');
  }
}

function parse<T>(schema: { safeParse(input: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } }, input: unknown, where: 'query' | 'body' | 'params'): T {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

function methodNotAllowed(allowed: readonly string[]): HttpError {
  const allow = [...new Set(allowed)].join(', ');
  return new HttpError(405, 'method-not-allowed', `this path answers ${allow} only.`, [], { Allow: allow });
}

/** Reads a JSON body of at most `limit` bytes; a larger one is refused without reading it all. */
async function readJsonBody(request: IncomingMessage, limit: number): Promise<unknown> {
  const type = (request.headers['content-type'] ?? '').split(';', 1)[0]!.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported-media-type', `send the body as application/json (got ${type || 'no content type'}).`);
  const tooLarge = () => new HttpError(413, 'body-too-large', `the body is larger than this route accepts (${limit} bytes); send fewer or smaller files per request.`, [], { Connection: 'close' });
  const declared = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    request.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      request.resume();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, 'invalid-json', `the body is not valid JSON: ${(error as Error).message}.`);
  }
}

function sendReply(response: ServerResponse, reply: Reply, headOnly: boolean): void {
  if (reply.kind === 'json') return sendJson(response, reply.status ?? 200, reply.body, headOnly);
  if (reply.kind === 'json-text') return sendBody(response, 200, 'application/json; charset=utf-8', Buffer.from(reply.body, 'utf8'), headOnly);
  const body = Buffer.from(reply.body, 'utf8');
  response.writeHead(200, {
    'Content-Type': reply.contentType,
    'Content-Length': body.length,
    // The file name is ours (story names are reduced to letters, digits, dot and dash), never raw input.
    'Content-Disposition': `attachment; filename="${reply.filename}"`,
  });
  response.end(headOnly ? undefined : body);
}

function sendJson(response: ServerResponse, status: number, value: unknown, headOnly = false): void {
  sendBody(response, status, 'application/json; charset=utf-8', Buffer.from(JSON.stringify(value), 'utf8'), headOnly);
}

function sendBody(response: ServerResponse, status: number, contentType: string, body: Buffer, headOnly: boolean): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Content-Length': body.length });
  response.end(headOnly ? undefined : body);
}

function sendError(response: ServerResponse, error: HttpError): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
  if (!response.hasHeader('Cache-Control')) response.setHeader('Cache-Control', 'no-store');
  sendJson(response, error.status, error.toBody());
}
