// Helpers every benchmark shares: where ../shared is, peak memory sampling, number formatting.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
})();

/** ../shared beside the clone; exits with a clear message when it is absent. */
export function sharedDir(): string {
  const dir = resolve(REPO_ROOT, '..', 'shared');
  if (!existsSync(dir)) {
    process.stderr.write(`this benchmark reads real articles from ${dir}, which is absent: clone the project beside shared/.\n`);
    process.exit(2);
  }
  return dir;
}

/** Samples RSS every few milliseconds; `peakMiB()` is the high-water mark since start. */
export function memorySampler(intervalMs = 5): { peakMiB(): number; stop(): void } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    peakMiB: () => Math.max(peak, process.memoryUsage().rss) / 1024 / 1024,
    stop: () => clearInterval(timer),
  };
}

export function fixed(n: number, digits = 1): string {
  return n.toFixed(digits);
}
