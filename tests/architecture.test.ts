// The stage boundaries, checked: a pipeline stage imports only the shared model, shared
// utilities and its own files; the surfaces (app, present, pipeline) reach a stage only through
// its index. A lint rule by test, so the rule holds without goodwill.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname, sep } from 'node:path';
import { test } from 'node:test';
import { REPO_ROOT } from './e2e/cli.js';

const SRC = join(REPO_ROOT, 'src');
const STAGES = ['ingest', 'extract', 'language', 'claims', 'reconcile', 'store'];
const SHARED = ['model', 'shared'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);
}

test('stages import only the model, shared utilities, their own files, or another stage through its index', () => {
  const violations: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const fromTop = relative(SRC, file).split(sep)[0]!;
    for (const specifier of relativeImports(file)) {
      const target = relative(SRC, resolve(dirname(file), specifier));
      const parts = target.split(sep);
      const toTop = parts[0]!;
      if (toTop === fromTop || SHARED.includes(toTop)) continue;
      const isStageIndex = STAGES.includes(toTop) && parts.length === 2 && parts[1] === 'index.js';
      const fromStage = STAGES.includes(fromTop);
      // Stages never reach into each other (data flows one way through the pipeline runner).
      if (fromStage && STAGES.includes(toTop)) violations.push(`${relative(REPO_ROOT, file)} → ${specifier}`);
      else if (!fromStage && STAGES.includes(toTop) && !isStageIndex) violations.push(`${relative(REPO_ROOT, file)} → ${specifier} (use the stage's index)`);
    }
  }
  assert.deepEqual(violations, []);
});
