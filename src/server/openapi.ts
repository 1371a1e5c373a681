// The OpenAPI 3.1 document served at /openapi.json, generated from the route table: paths,
// parameters and request bodies come from the same Zod schemas that validate requests, so the
// document cannot describe an API the server does not check.

import { z } from 'zod';
import type { Route } from './routes.js';

type JsonSchema = Record<string, unknown>;

function inputSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodType | null, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const object = inputSchema(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
  }));
}

const ERROR_RESPONSE = {
  description: 'An error: { error: { status, code, message, issues?: [{ field, message }] } }',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

export function openApiDocument(routes: readonly Route[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const responses: Record<string, JsonSchema> = {};
    for (const [status, description] of Object.entries(route.responses)) {
      responses[status] = Number(status) >= 400 ? { ...ERROR_RESPONSE, description } : { description, content: { 'application/json': {} } };
    }
    responses['400'] ??= { ...ERROR_RESPONSE, description: 'a parameter or the body is not valid; issues name each field' };
    responses['401'] = { ...ERROR_RESPONSE, description: 'a bearer token is required (the server listens beyond loopback, or was given --token)' };
    const operation: JsonSchema = {
      operationId: `${route.method.toLowerCase()}${route.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      tags: [route.tag],
      summary: route.summary,
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
      responses,
    };
    if (route.body) operation['requestBody'] = { required: true, content: { 'application/json': { schema: inputSchema(route.body) } } };
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Crosscheck API',
      version,
      description:
        'The evidence ledger of news stories: stories, briefs, figure series, claims, articles with annotations, search, snapshots and diffs, ingest and exports. Offsets named start/end are UTF-16 code units into the article clean text, half-open.',
    },
    servers: [{ url: '/' }],
    security: [{}, { bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required when the server listens beyond loopback (printed at start), or when started with --token.' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'code', 'message'],
              properties: {
                status: { type: 'integer' },
                code: { type: 'string' },
                message: { type: 'string' },
                issues: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
              },
            },
          },
        },
      },
    },
    paths,
  };
}
