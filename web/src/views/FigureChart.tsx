// One count proposition as a chart: each figure at the date it was stated (a period as a whisker to
// its end), coloured by claimant; ranges as bars, lower and upper bounds as arrows, alternatives
// joined by a dashed line, the qualifier in the label, undated figures in their own column,
// denials as red crosses on the axis. Every mark is a link to the words it rests on. Hand-drawn
// SVG: no chart library.

import type { BriefFigure, FigureSeries } from '../../../src/server/api-types.js';
import { dateText, figureLabel, figureText, intervalShort, plural } from '../format.js';
import { evidenceHref } from '../route.js';

const WIDTH = 980;
const HEIGHT = 340;
const MARGIN = { top: 18, right: 16, bottom: 64, left: 68 };
/** Room on the right for figures no date could be given to: this much per figure, within bounds. */
const UNDATED_WIDTH_PER_FIGURE = 34;
const UNDATED_WIDTH_MIN = 110;
const UNDATED_WIDTH_MAX = 300;
/** Horizontal spread between figures that share a date, in pixels. */
const SAME_DATE_SPREAD = 18;
/** Label box estimate: pixels per character at the chart's 11px label size, and line height. */
const LABEL_CHAR_WIDTH = 6.6;
const LABEL_HEIGHT = 13;
/** A log scale once the largest figure is this many times the smallest, so "dozens" and "10,000" both show. */
const LOG_SCALE_RATIO = 20;
const DAY_MS = 86_400_000;
/** A period up to this long ("last week", "in October") widens the date axis to show its end; a longer one ("this year") is cut at the edge. */
const PERIOD_IN_AXIS_MAX_DAYS = 45;

/** Ten colours that stay apart for colour-blind readers too (Tableau 10). */
export const CLAIMANT_COLOURS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#e15759', '#76b7b2', '#edc948', '#9c755f', '#ff9da7', '#bab0ac'];

const BOUND_UP = new Set(['at least', 'more than']);
const BOUND_DOWN = new Set(['at most', 'up to', 'as many as', 'less than', 'nearly']);

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const dayLabel = (day: number) => new Date(day * DAY_MS).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** The numbers a figure puts on the value axis. */
function valuesOf(f: BriefFigure): number[] {
  if (f.alternatives) return [...f.alternatives];
  return [f.value, f.low, f.high].filter((v): v is number => v !== null);
}

interface Scale {
  readonly y: (v: number) => number;
  readonly ticks: readonly number[];
  readonly log: boolean;
}

function valueScale(values: readonly number[], top: number, bottom: number): Scale {
  const positive = values.filter((v) => v > 0);
  const max = Math.max(1, ...values);
  const min = positive.length ? Math.min(...positive) : 1;
  if (positive.length && max / min >= LOG_SCALE_RATIO) {
    const lo = 10 ** Math.floor(Math.log10(min));
    const hi = 10 ** Math.max(Math.ceil(Math.log10(max)), Math.log10(lo) + 1);
    const y = (v: number) => bottom - ((Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (bottom - top);
    const ticks: number[] = [];
    for (let t = lo; t <= hi * 1.0001; t *= 10) ticks.push(t);
    return { y, ticks, log: true };
  }
  const step = niceStep(max / 4);
  const hi = Math.ceil((max * 1.08) / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= hi + step / 2; t += step) ticks.push(t);
  return { y: (v: number) => bottom - (v / hi) * (bottom - top), ticks, log: false };
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function claimantColours(series: FigureSeries): Map<string, string> {
  const colours = new Map<string, string>();
  for (const f of series.figures) {
    if (!colours.has(f.claimant.name)) colours.set(f.claimant.name, CLAIMANT_COLOURS[colours.size % CLAIMANT_COLOURS.length]!);
  }
  return colours;
}

export function FigureChart({ series, story, focus }: { series: FigureSeries; story: string; focus: number | null }) {
  const colours = claimantColours(series);
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const hasUndated = series.figures.some((f) => !f.asOf) || series.denials.some((d) => !d.when);
  const undatedCount = series.figures.filter((f) => !f.asOf).length;
  const undatedWidth = Math.min(UNDATED_WIDTH_MAX, Math.max(UNDATED_WIDTH_MIN, undatedCount * UNDATED_WIDTH_PER_FIGURE));
  const plotRight = WIDTH - MARGIN.right - (hasUndated ? undatedWidth : 0);
  const periodEnds = series.figures.flatMap((f) => (f.asOf && dayOf(f.asOf.end) - dayOf(f.asOf.start) <= PERIOD_IN_AXIS_MAX_DAYS ? [dayOf(f.asOf.end)] : []));
  const starts = [...series.figures.flatMap((f) => (f.asOf ? [dayOf(f.asOf.start)] : [])), ...series.denials.flatMap((d) => (d.when ? [dayOf(d.when.start)] : []))];
  const days = [...starts, ...periodEnds];
  const hasDated = days.length > 0;
  const firstDay = hasDated ? Math.min(...days) : 0;
  const lastDay = hasDated ? Math.max(...days) : 0;
  // A few days either side, so a single date sits in the middle and no mark touches an edge.
  const d0 = firstDay - Math.max(1, Math.round((lastDay - firstDay) * 0.06));
  const d1 = lastDay + Math.max(1, Math.round((lastDay - firstDay) * 0.06));
  const xOfDay = (day: number) => MARGIN.left + ((day - d0) / (d1 - d0)) * (plotRight - MARGIN.left);
  const undatedX = hasDated ? plotRight + undatedWidth / 2 : (MARGIN.left + WIDTH - MARGIN.right) / 2;
  const scale = valueScale(series.figures.flatMap(valuesOf), top + 6, bottom - 14);

  // Figures sharing a date are spread side by side instead of drawn on top of each other.
  const groups = new Map<string, number[]>();
  series.figures.forEach((f, i) => {
    const key = f.asOf ? f.asOf.start : 'undated';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const xOf = (i: number) => {
    const f = series.figures[i]!;
    const key = f.asOf ? f.asOf.start : 'undated';
    const group = groups.get(key)!;
    const spread = key === 'undated' ? Math.min(SAME_DATE_SPREAD, (undatedWidth - 24) / Math.max(1, group.length - 1)) : SAME_DATE_SPREAD;
    const base = f.asOf ? xOfDay(dayOf(f.asOf.start)) : undatedX;
    return base + (group.indexOf(i) - (group.length - 1) / 2) * spread;
  };

  const xs = series.figures.map((_, i) => xOf(i));
  // A figure dated by a period ("in October") is drawn at the period's start with a whisker to its
  // end, cut at the plot's edge so a long period does not stretch the axis.
  const periodEndX = (f: BriefFigure, x: number): number | null => {
    if (!f.asOf || dayOf(f.asOf.end) <= dayOf(f.asOf.start)) return null;
    return Math.max(x, Math.min(plotRight, xOfDay(dayOf(f.asOf.end))));
  };
  const labels = placeLabels(series.figures.map((f, i) => ({ x: xs[i]!, y: anchorY(f, scale, bottom), text: labelOf(f) })), MARGIN.left, WIDTH - MARGIN.right);
  const dayTicks = hasDated ? dateTicks(firstDay, lastDay) : [];
  const label = `${series.label}: ${plural(series.figures.length, 'figure')} by ${plural(colours.size, 'claimant')}${series.denials.length ? `, ${plural(series.denials.length, 'denial')}` : ''}`;

  return (
    <figure className="chart" id={`chart-${series.id}`}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="figure-chart" role="group" aria-label={label} data-proposition={series.id}>
        <title>{label}</title>
        {scale.ticks.map((t) => (
          <g key={`y${t}`} className="tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={scale.y(t)} y2={scale.y(t)} className="grid" />
            <text x={MARGIN.left - 8} y={scale.y(t) + 4} textAnchor="end">
              {t.toLocaleString('en-GB')}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={bottom} y2={bottom} className="axis" />
        {dayTicks.map((day) => (
          <text key={`x${day}`} x={xOfDay(day)} y={bottom + 16} textAnchor="middle" className="tick">
            {dayLabel(day)}
          </text>
        ))}
        {hasUndated && hasDated && <line x1={plotRight + 4} x2={plotRight + 4} y1={top} y2={bottom + 24} className="divider" />}
        {hasUndated && (
          <text x={undatedX} y={bottom + 16} textAnchor="middle" className="tick">
            undated
          </text>
        )}
        <text x={16} y={(top + bottom) / 2} transform={`rotate(-90 16 ${(top + bottom) / 2})`} textAnchor="middle" className="axis-label">
          {series.unit ?? 'count'}
          {scale.log ? ' (log scale)' : ''}
        </text>
        {series.figures.map((f, i) => (
          <FigureMark key={i} figure={f} index={i} x={xs[i]!} periodEndX={periodEndX(f, xs[i]!)} label={labels[i]!} scale={scale} bottom={bottom} colour={colours.get(f.claimant.name)!} story={story} focused={focus === i} />
        ))}
        {series.denials.map((d, i) => {
          // Denials of one date side by side, like figures.
          const sameDate = series.denials.filter((o) => (o.when?.start ?? null) === (d.when?.start ?? null));
          const x = (d.when ? xOfDay(dayOf(d.when.start)) : undatedX) + (sameDate.indexOf(d) - (sameDate.length - 1) / 2) * SAME_DATE_SPREAD;
          const y = bottom + 36;
          const evidence = d.evidence[0];
          const mark = (
            <g className="denial-mark" data-speaker={d.speaker.name}>
              <title>{`${d.speaker.name} denies (${d.propositionLabel}), ${intervalShort(d.when)}: “${evidence?.exact ?? ''}”`}</title>
              <line x1={x - 5} y1={y - 5} x2={x + 5} y2={y + 5} />
              <line x1={x - 5} y1={y + 5} x2={x + 5} y2={y - 5} />
            </g>
          );
          return evidence ? (
            <a key={`d${i}`} href={evidenceHref(evidence.article, evidence.start, evidence.end, story)}>
              {mark}
            </a>
          ) : (
            <g key={`d${i}`}>{mark}</g>
          );
        })}
        {series.denials.length > 0 && (
          <text x={MARGIN.left} y={bottom + 40} className="denial-legend">
            ✕ denial
          </text>
        )}
      </svg>
      <figcaption>
        <ul className="legend">
          {[...colours].map(([name, colour]) => (
            <li key={name}>
              <svg width="12" height="12" aria-hidden="true">
                <circle cx="6" cy="6" r="5" fill={colour} />
              </svg>
              {name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/** Where a figure's label is anchored: the middle of its mark. */
function anchorY(f: BriefFigure, scale: Scale, bottom: number): number {
  const values = valuesOf(f);
  if (values.length === 0) return bottom - 6;
  if (f.alternatives) return Math.min(...f.alternatives.map(scale.y));
  if (f.value === null && f.low !== null && f.high !== null && f.low !== f.high) return (scale.y(f.high) + scale.y(f.low)) / 2;
  return scale.y(f.value ?? f.low ?? f.high!);
}

function labelOf(f: BriefFigure): string {
  return `${f.increment ? '+' : ''}${figureLabel(f)}${f.projected ? ' (target)' : ''}`;
}

interface PlacedLabel {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
  readonly text: string;
  /** True when the label was moved off its mark and needs a leader line. */
  readonly moved: boolean;
}

/**
 * Labels placed greedily, top to bottom: beside the mark when there is room, else above or below
 * it, on its right or its left, so figures stated on the same day stay readable.
 */
function placeLabels(items: readonly { x: number; y: number; text: string }[], left: number, right: number): PlacedLabel[] {
  const boxes: { x1: number; x2: number; y1: number; y2: number }[] = [];
  const marks = items.map((it) => ({ x1: it.x - 6, x2: it.x + 6, y1: it.y - 6, y2: it.y + 6 }));
  const overlaps = (b: { x1: number; x2: number; y1: number; y2: number }) =>
    [...boxes, ...marks].some((o) => b.x1 < o.x2 && b.x2 > o.x1 && b.y1 < o.y2 && b.y2 > o.y1);
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.y - items[b]!.y || items[a]!.x - items[b]!.x);
  const placed: PlacedLabel[] = new Array(items.length);
  for (const i of order) {
    const { x, y, text } = items[i]!;
    const width = text.length * LABEL_CHAR_WIDTH + 4;
    let choice: PlacedLabel | null = null;
    for (const dy of [0, -LABEL_HEIGHT, LABEL_HEIGHT, -2 * LABEL_HEIGHT, 2 * LABEL_HEIGHT, -3 * LABEL_HEIGHT, 3 * LABEL_HEIGHT]) {
      for (const anchor of ['start', 'end'] as const) {
        const x1 = anchor === 'start' ? x + 8 : x - 8 - width;
        const box = { x1, x2: x1 + width, y1: y + dy - LABEL_HEIGHT / 2, y2: y + dy + LABEL_HEIGHT / 2 };
        if (box.x1 < left - 40 || box.x2 > right + 10 || overlaps(box)) continue;
        choice = { x: anchor === 'start' ? x + 8 : x - 8, y: y + dy + 4, anchor, text, moved: dy !== 0 };
        boxes.push(box);
        break;
      }
      if (choice) break;
    }
    placed[i] = choice ?? { x: x + 8, y: y + 4, anchor: 'start', text, moved: false };
  }
  return placed;
}

function FigureMark(props: { figure: BriefFigure; index: number; x: number; periodEndX: number | null; label: PlacedLabel; scale: Scale; bottom: number; colour: string; story: string; focused: boolean }) {
  const { figure: f, index, x, periodEndX, label: placed, scale, bottom, colour, story, focused } = props;
  const values = valuesOf(f);
  const evidence = f.evidence[0];
  const extra = [f.increment ? 'added to an earlier figure' : '', f.total ? 'a running total' : '', f.projected ? 'a target, not a count' : ''].filter(Boolean);
  const title = `${f.claimant.name}: ${figureText(f)}, ${intervalShort(f.asOf)}${f.relayedBy.length ? `, via ${f.relayedBy.join(' ← ')}` : ''}${extra.length ? ` (${extra.join('; ')})` : ''}. ${plural(f.articles.length, 'article')}.`;
  const label = placed.text;
  let shape;
  let labelY: number;
  if (values.length === 0) {
    // Unstated ("an unspecified number"): a hollow diamond at the foot of the chart.
    const y = bottom - 6;
    labelY = y;
    shape = <path d={`M${x} ${y - 6}L${x + 6} ${y}L${x} ${y + 6}L${x - 6} ${y}Z`} className="hollow" stroke={colour} />;
  } else if (f.alternatives) {
    const ys = f.alternatives.map(scale.y);
    labelY = Math.min(...ys);
    shape = (
      <>
        <line x1={x} x2={x} y1={Math.min(...ys)} y2={Math.max(...ys)} stroke={colour} className="alternatives" />
        {ys.map((y, k) => (
          <circle key={k} cx={x} cy={y} r={5} fill={colour} />
        ))}
      </>
    );
  } else if (f.value === null && f.low !== null && f.high !== null && f.low !== f.high) {
    const y1 = scale.y(f.high);
    const y2 = scale.y(f.low);
    labelY = (y1 + y2) / 2;
    shape = <rect x={x - 3} y={y1} width={6} height={Math.max(2, y2 - y1)} fill={colour} className="range" />;
  } else {
    const v = f.value ?? f.low ?? f.high!;
    const y = scale.y(v);
    labelY = y;
    const bound = f.value === null ? (f.low !== null ? 'up' : 'down') : BOUND_UP.has(f.qualifier ?? '') ? 'up' : BOUND_DOWN.has(f.qualifier ?? '') ? 'down' : null;
    shape = (
      <>
        <circle cx={x} cy={y} r={5} fill={f.value === null ? 'white' : colour} stroke={colour} />
        {bound === 'up' && <path d={`M${x - 4} ${y - 9}L${x} ${y - 15}L${x + 4} ${y - 9}`} stroke={colour} className="bound" />}
        {bound === 'down' && <path d={`M${x - 4} ${y + 9}L${x} ${y + 15}L${x + 4} ${y + 9}`} stroke={colour} className="bound" />}
      </>
    );
  }
  const mark = (
    <g
      className={`figure-mark${focused ? ' focused' : ''}`}
      data-figure={index}
      data-claimant={f.claimant.name}
      data-label={label}
      data-date={f.asOf ? dateText(f.asOf.start) : 'undated'}
      aria-label={title}
    >
      <title>{title}</title>
      {focused && <circle cx={x} cy={labelY} r={11} className="focus-ring" />}
      {periodEndX !== null && <line x1={x} x2={periodEndX} y1={labelY} y2={labelY} stroke={colour} className="period" />}
      {placed.moved && <line x1={x} y1={labelY} x2={placed.anchor === 'start' ? placed.x - 2 : placed.x + 2} y2={placed.y - 4} className="leader" stroke={colour} />}
      {shape}
      <text x={placed.x} y={placed.y} textAnchor={placed.anchor} className="figure-label">
        {label}
      </text>
    </g>
  );
  return evidence ? <a href={evidenceHref(evidence.article, evidence.start, evidence.end, story)}>{mark}</a> : mark;
}

/** About five evenly spaced days between the first and last date, ends included. */
function dateTicks(first: number, last: number): number[] {
  if (first === last) return [first];
  const step = Math.max(1, Math.round((last - first) / 4));
  const ticks: number[] = [];
  for (let d = first; d < last - step / 2; d += step) ticks.push(d);
  ticks.push(last);
  return ticks;
}
