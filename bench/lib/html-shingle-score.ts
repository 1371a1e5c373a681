// The article-extraction benchmark's word-shingle metric, reimplemented for per-page figures in
// bench scripts and quality-floor tests (score.py in ../shared stays the reference for totals).

/** Words as Python's re.findall(r"\w+") sees them (letters, digits, underscore). */
export function benchmarkWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string, size = 4): Map<string, number> {
  const words = benchmarkWords(text);
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  if (words.length < size) {
    counts.set(words.join(' '), 1);
    return counts;
  }
  for (let i = 0; i + size <= words.length; i++) {
    const key = words.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per page; precision (recall) is null where score.py leaves the page out of its average. */
export interface PageScore {
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number;
}

/** Precision and recall of one page's prediction against its truth (multiset shingle overlap). */
export function scorePage(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, count] of p) {
    const inTruth = t.get(key) ?? 0;
    tp += Math.min(count, inTruth);
    fp += Math.max(0, count - inTruth);
  }
  for (const [key, count] of t) fn += Math.max(0, count - (p.get(key) ?? 0));
  const precision = tp + fp > 0 ? tp / (tp + fp) : fn === 0 ? 1 : null;
  const recall = tp + fn > 0 ? tp / (tp + fn) : fp === 0 ? 1 : null;
  const pr = precision ?? 0;
  const re = recall ?? 0;
  const f1 = pr + re > 0 ? (2 * pr * re) / (pr + re) : 0;
  return { precision, recall, f1 };
}

/** The benchmark's totals: precision and recall averaged over pages, F1 of the two averages. */
export function scoreCorpus(pages: readonly PageScore[]): { precision: number; recall: number; f1: number } {
  const mean = (values: (number | null)[]): number => {
    const present = values.filter((v): v is number => v !== null);
    return present.length === 0 ? 0 : present.reduce((s, v) => s + v, 0) / present.length;
  };
  const precision = mean(pages.map((p) => p.precision));
  const recall = mean(pages.map((p) => p.recall));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
