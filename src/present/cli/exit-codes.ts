// Exit codes, decided in one place from what happened.

import type { Diagnostic } from '../../model/index.js';

export const EXIT = {
  ok: 0,
  /** Some inputs failed; the others were processed. */
  someInputsFailed: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** Nothing could be done: the store could not be opened, every input failed. */
  fatal: 3,
} as const;

export function exitCodeFor(results: { failed: number; total: number }): number {
  if (results.total > 0 && results.failed === results.total) return EXIT.fatal;
  return results.failed > 0 ? EXIT.someInputsFailed : EXIT.ok;
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}
