// Wording shared with the command line's brief (figureText, intervalText come from the same
// module), plus the short labels a chart has room for.

import type { BriefFigure, BriefInterval } from '../../src/server/api-types.js';
export { figureText, intervalText } from '../../src/present/brief/render.js';

const number = (n: number) => n.toLocaleString('en-GB');

/** Qualifiers as the chart abbreviates them next to a figure. */
const QUALIFIER_MARKS: Readonly<Record<string, string>> = {
  'at least': '≥',
  'more than': '>',
  'at most': '≤',
  'up to': '≤',
  'as many as': '≤',
  'less than': '<',
  about: '~',
  roughly: '~',
  some: '~',
  nearly: '≲',
};

/** "≥3,000", "~1,500", "1,500–3,000", "1,500 or 12,000", "24+": the amount and its qualifier, short. */
export function figureLabel(f: BriefFigure): string {
  if (f.alternatives) return f.alternatives.map(number).join(' or ');
  const mark = f.qualifier && f.qualifier !== 'exact' ? (QUALIFIER_MARKS[f.qualifier] ?? `${f.qualifier} `) : '';
  if (f.value !== null) return `${mark}${number(f.value)}`;
  if (f.low !== null && f.high !== null) return `${number(f.low)}–${number(f.high)}`;
  if (f.low !== null) return `${number(f.low)}+`;
  if (f.high !== null) return `≤${number(f.high)}`;
  return '?';
}

export function dateText(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  return iso.slice(0, 10);
}

export function intervalShort(i: BriefInterval | null): string {
  if (!i) return 'undated';
  return i.start === i.end ? i.start : `${i.start} – ${i.end}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
