// The API's inputs as Zod schemas: path parameters, query strings and JSON bodies. Each is the one
// source of the runtime check (a 400 naming the field), the handler's static type and the
// OpenAPI document's parameter and body schemas. Query objects are strict, so a misspelt filter is
// an error rather than silently ignored.

import { z } from 'zod';

const STANCES = ['asserts', 'confirms', 'denies', 'alleges', 'warns', 'estimates', 'condemns', 'demands', 'unverified', 'declined'] as const;

/** At most this many rows per page of claims, articles or search hits. */
export const MAX_PAGE_ROWS = 500;
/** At most this many URLs and files in one ingest request. */
export const MAX_INGEST_URLS = 100;
export const MAX_INGEST_FILES = 200;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `expected at least ${min}`).max(max, `expected at most ${max}`));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const storyName = z.string().trim().min(1, 'expected a story name').max(200, 'a story name has at most 200 characters');
const articleId = z.string().regex(/^[0-9a-f]{64}$/, 'expected an article id: 64 hexadecimal characters');

const page = (defaultLimit: number) => ({
  limit: wholeNumber(1, MAX_PAGE_ROWS).default(defaultLimit),
  offset: wholeNumber(0, 1_000_000_000).default(0),
});

export const storyParams = z.object({ story: storyName });
export const propositionParams = z.object({ story: storyName, proposition: z.string().min(1).max(500) });
export const snapshotParams = z.object({ story: storyName, snapshot: wholeNumber(1, 1_000_000_000) });
/** A full id, or a unique prefix of at least six hexadecimal characters. */
export const articleParams = z.object({ article: z.string().regex(/^[0-9a-f]{6,64}$/, 'expected an article id or a unique prefix of at least 6 hexadecimal characters') });
export const jobParams = z.object({ job: z.string().regex(/^[0-9a-f]{16}$/, 'expected an ingest job id') });

export const emptyQuery = z.object({}).strict();

export const briefQuery = z
  .object({
    since: z.string().regex(/^(\d+|\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?)$/, 'expected a snapshot number or a date (YYYY-MM-DD)').optional(),
    format: z.enum(['json', 'md', 'html']).default('json'),
  })
  .strict();

export const changesQuery = z.object({ since: z.string().regex(/^(\d+|\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?)$/, 'expected a snapshot number or a date (YYYY-MM-DD)') }).strict();

export const articlesQuery = z.object({ story: storyName.optional(), ...page(50) }).strict();

export const claimsQuery = z
  .object({
    story: storyName.optional(),
    speaker: z.string().max(200).optional(),
    stance: z.enum(STANCES).optional(),
    outlet: z.string().max(200).optional(),
    proposition: z.string().max(500).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    text: z.string().max(500).optional(),
    article: articleId.optional(),
    ...page(50),
  })
  .strict()
  .refine((q) => q.proposition === undefined || q.story !== undefined, { message: 'a proposition belongs to a story: give story too', path: ['proposition'] })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from is after to', path: ['from'] });

export const facetsQuery = z.object({ story: storyName.optional() }).strict();

export const searchQuery = z
  .object({
    q: z.string().min(1, 'expected words to search for').max(500).refine((q) => /[\p{L}\p{N}]/u.test(q), 'expected at least one letter or digit'),
    story: storyName.optional(),
    ...page(20),
  })
  .strict();

export const exportQuery = z.object({ format: z.enum(['jsonl', 'csv', 'claim-jsonld']), story: storyName.optional() }).strict();

const httpUrl = z
  .string()
  .max(2048, 'a URL has at most 2048 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && /^https?:\/\//i.test(value);
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

export const ingestBody = z
  .object({
    story: storyName.optional(),
    urls: z.array(httpUrl).max(MAX_INGEST_URLS, `at most ${MAX_INGEST_URLS} URLs per request`).default([]),
    files: z
      .array(
        z
          .object({
            name: z.string().min(1, 'expected the file name').max(255),
            content: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected the file content in base64'),
          })
          .strict(),
      )
      .max(MAX_INGEST_FILES, `at most ${MAX_INGEST_FILES} files per request`)
      .default([]),
  })
  .strict()
  .refine((b) => b.urls.length + b.files.length > 0, { message: 'expected at least one URL or file', path: ['urls'] });

export const snapshotBody = z.object({}).strict();
