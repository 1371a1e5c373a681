// Shapes of the JSON columns, checked when rows are read back: a database edited by hand or
// written by another version fails here with the column named, not deep inside a later stage.

import { z } from 'zod';
import type {
  ArticleMetadata,
  Block,
  Diagnostic,
  DocumentOrigin,
  Entity,
  EntityMention,
  Hedge,
  OffsetSegment,
  Quantity,
  RemovedBlock,
  Sentence,
  Span,
  Speaker,
  TimeExpression,
} from '../model/index.js';

const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const block = z.object({ kind: z.string(), span });
const removedBlock = z.object({ sourceSpan: span, category: z.string(), rule: z.string() });
const offsetSegment = z.object({
  textStart: z.number().int(),
  textLength: z.number().int(),
  sourceStart: z.number().int(),
  sourceLength: z.number().int(),
});
const found = z.object({ value: z.unknown(), from: z.string(), reliability: z.string(), evidence: z.string() }).nullable();
const metadata = z.object({
  title: found,
  authors: found,
  outlet: found,
  canonicalUrl: found,
  language: found,
  published: found,
  modified: found,
  description: found,
  section: found,
});
const diagnostic = z.object({ code: z.string(), severity: z.string(), input: z.string(), message: z.string() });
const origin = z.object({ kind: z.enum(['file', 'stdin', 'url', 'feed-item', 'jsonl-record']) });

function readJson<T>(schema: z.ZodType, column: string, rowId: string, value: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    throw new Error(`stored ${column} of ${rowId} is not valid JSON: ${(error as Error).message}`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new Error(`stored ${column} of ${rowId} has an unexpected shape: ${z.prettifyError(result.error)}`);
  }
  // The schema checked the parts later code relies on; the rest passes through unchanged.
  return parsed as T;
}

// Built once: zod schemas are costly to construct and these run for every stored row read.
const blocksSchema = z.array(block);
const removedSchema = z.array(removedBlock);
const offsetsSchema = z.array(offsetSegment);
const warningsSchema = z.array(diagnostic);
const minhashSchema = z.array(z.number());

export const readBlocks = (id: string, v: string) => readJson<Block[]>(blocksSchema, 'blocks', id, v);
export const readRemoved = (id: string, v: string) => readJson<RemovedBlock[]>(removedSchema, 'removed', id, v);
export const readOffsets = (id: string, v: string) => readJson<OffsetSegment[]>(offsetsSchema, 'offsets', id, v);
export const readMetadata = (id: string, v: string) => readJson<ArticleMetadata>(metadata, 'metadata', id, v);
export const readWarnings = (id: string, v: string) => readJson<Diagnostic[]>(warningsSchema, 'warnings', id, v);
export const readOrigin = (id: string, v: string) => readJson<DocumentOrigin>(origin, 'origin', id, v);
export const readMinhash = (id: string, v: string) => readJson<number[]>(minhashSchema, 'minhash', id, v);

const sentence = z.object({ span, tokens: z.object({ first: z.number().int(), end: z.number().int() }), block: z.number().int() });
const entity = z.object({ key: z.string(), canonical: z.string(), type: z.string() });
const mention = z.object({ span, entity: z.number().int().nonnegative(), kind: z.string() });
const quantity = z.object({ span, valueSpan: span });
const time = z.object({ span, kind: z.string() });
const speaker = z.object({ name: z.string(), type: z.string() });
const hedge = z.object({ span, kind: z.enum(['hedge', 'verification']) });

const sentencesSchema = z.array(sentence);
const entitiesSchema = z.array(entity);
const mentionsSchema = z.array(mention);
const quantitiesSchema = z.array(quantity);
const timesSchema = z.array(time);
const spansSchema = z.array(span).min(1);
const speakersSchema = z.array(speaker);
const hedgesSchema = z.array(hedge);
const indicesSchema = z.array(z.number().int().nonnegative());

export const readSentences = (id: string, v: string) => readJson<Sentence[]>(sentencesSchema, 'sentences', id, v);
export const readEntities = (id: string, v: string) => readJson<Entity[]>(entitiesSchema, 'entities', id, v);
export const readMentions = (id: string, v: string) => readJson<EntityMention[]>(mentionsSchema, 'mentions', id, v);
export const readQuantities = (id: string, v: string) => readJson<Quantity[]>(quantitiesSchema, 'quantities', id, v);
export const readTimes = (id: string, v: string) => readJson<TimeExpression[]>(timesSchema, 'times', id, v);
export const readSpan = (id: string, column: string, v: string) => readJson<Span>(span, column, id, v);
export const readSpans = (id: string, column: string, v: string) => readJson<Span[]>(spansSchema, column, id, v);
export const readSpeakers = (id: string, v: string) => readJson<Speaker[]>(speakersSchema, 'relayed_by', id, v);
export const readHedges = (id: string, v: string) => readJson<Hedge[]>(hedgesSchema, 'hedges', id, v);
export const readIndices = (id: string, column: string, v: string) => readJson<number[]>(indicesSchema, column, id, v);
