// A progress bar on stderr for long runs, shown only on a terminal and never with --json, so
// scripts and pipes get clean output.

import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number | null, label: string): void;
  stop(): void;
}

const SILENT: ProgressReporter = { update() {}, stop() {} };

export function progressReporter(options: { json: boolean; title: string }): ProgressReporter {
  if (options.json || !process.stderr.isTTY) return SILENT;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${options.title} {bar} {value}/{total} {label}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total, label) {
      const shownTotal = total ?? Math.max(done, 1);
      const shortLabel = label.length > 40 ? `…${label.slice(-39)}` : label;
      if (!started) {
        bar.start(shownTotal, done, { label: shortLabel });
        started = true;
      } else {
        bar.setTotal(shownTotal);
        bar.update(done, { label: shortLabel });
      }
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
