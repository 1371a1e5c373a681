// The statement time of a claim: the time expression that dates the speaking ("said on
// Wednesday", "On Monday, the minister told …"), not one inside what was said. The nearest time
// in the cue's sentence outside the content, with no other cue between it and this one.

import { rangesHold, type Attribution } from './attributions.js';
import { STATEMENT_TIME_KINDS } from './rules.js';
import type { TokenView } from './view.js';

/** Index into the article's time expressions, or null. */
export function statementTimeOf(view: TokenView, a: Attribution, all: readonly Attribution[]): number | null {
  const unit = view.units[a.unit]!;
  const others = all.filter((b) => b !== a && b.unit === a.unit).map((b) => [b.cueFirst, b.cueEnd] as const);
  let best: number | null = null;
  let bestDistance = Infinity;
  let i = unit.first;
  while (i < unit.end) {
    const t = view.timeOf[i]!;
    if (t === -1) {
      i++;
      continue;
    }
    let e = i;
    while (e < unit.end && view.timeOf[e] === t) e++;
    const time = view.language.times[t]!;
    const inContent = rangesHold(a.content, time.span);
    const distance = e <= a.cueFirst ? a.cueFirst - e : i - a.cueEnd;
    const blocked = others.some(([f, en]) => (e <= a.cueFirst ? f >= e && en <= a.cueFirst : f >= a.cueEnd && en <= i));
    if (!inContent && !blocked && STATEMENT_TIME_KINDS.has(time.kind) && distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
    i = e;
  }
  return best;
}
