// Runs the built `crosscheck` CLI as a user would, for end-to-end tests.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding package.json. */
export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the test file');
    dir = parent;
  }
  return dir;
})();

/** `../shared` beside the clone; null when absent (tests that need it skip, saying so). */
export const SHARED = existsSync(resolve(REPO_ROOT, '..', 'shared')) ? resolve(REPO_ROOT, '..', 'shared') : null;
export const NEEDS_SHARED = SHARED ? false : 'needs ../shared beside the clone';

const CLI = join(REPO_ROOT, 'dist', 'src', 'present', 'cli', 'main.js');

export interface CliResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function startCli(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function tempDir(prefix = 'crosscheck-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the CLI without blocking this process, for tests that serve HTTP from the same process. */
export function runCliAsync(args: readonly string[]): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = startCli(args);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ status: code ?? -1, stdout, stderr }));
  });
}
