// Reads the bundled gazetteer (data/gazetteer/gazetteer.json, built by scripts/build-gazetteer.ts)
// once per process. The one file the language stage reads: the data ships with the code, like a
// lexicon, so analysis stays a function of the article and this versioned file.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { gazetteerFromData, type Gazetteer } from './lookup.js';
import type { GazetteerData } from './types.js';

/** Where the built gazetteer lives, relative to the repository root (the folder with package.json). */
export const GAZETTEER_RELATIVE_PATH = join('data', 'gazetteer', 'gazetteer.json');

const words = z.array(z.string());
const geoPoint = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });
const entrySchema = z.object({
  id: z.string().min(1),
  type: z.enum(['person', 'organisation', 'government_body', 'country', 'place', 'military_unit', 'media', 'event', 'treaty', 'other']),
  placeKind: z.enum(['country', 'region', 'city', 'facility', 'other']).nullable(),
  canonical: z.string().min(1),
  names: words,
  acronyms: words,
  demonyms: words,
  nominals: words,
  wikidataId: z.string().nullable(),
  iso2: z.string().nullable(),
  standsFor: z.string().nullable(),
  partOf: z.string().nullable(),
  instanceOf: z.string().nullable().optional(),
  position: geoPoint.optional(),
  centre: geoPoint.optional(),
});
const gazetteerDataSchema: z.ZodType<GazetteerData> = z.object({
  version: z.string().min(1),
  sources: words,
  entries: z.array(entrySchema),
  roleWords: z.array(z.object({ text: z.string().min(1), kind: z.enum(['honorific', 'rank', 'office', 'function']) })),
});

let cached: Gazetteer | undefined;

/** The bundled gazetteer, read and indexed on first call. Throws an Error naming the path when it is missing or malformed. */
export function loadGazetteer(): Gazetteer {
  if (!cached) cached = gazetteerFromData(readGazetteerFile(gazetteerPath()));
  return cached;
}

function gazetteerPath(): string {
  const here = fileURLToPath(import.meta.url);
  let dir = dirname(here);
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(`Cannot locate the gazetteer: no package.json in any folder above ${here}, so ${GAZETTEER_RELATIVE_PATH} has no root to resolve against. Run Crosscheck from inside its checkout.`);
    }
    dir = parent;
  }
  return join(dir, GAZETTEER_RELATIVE_PATH);
}

/** Reads and checks one gazetteer file; exported for tests of the error messages. */
export function readGazetteerFile(path: string): GazetteerData {
  if (!existsSync(path)) throw new Error(`Gazetteer file missing: ${path}. Rebuild it with \`npm run gazetteer\`.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Gazetteer file ${path} is not valid JSON (${(error as Error).message}). Rebuild it with \`npm run gazetteer\`.`);
  }
  const result = gazetteerDataSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`Gazetteer file ${path} has the wrong shape at ${issue.path.join('.') || 'the top level'}: ${issue.message}. Rebuild it with \`npm run gazetteer\`.`);
  }
  return result.data;
}
