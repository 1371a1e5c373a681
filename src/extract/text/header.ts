// Finds an article's layout among its blocks: the header (title, standfirst, byline, dateline),
// where the body starts and ends, and in-body headings. Runs after the text-only furniture rules
// (whose removed blocks it skips) and before the positional ones, which need to know the zones.

import type { BlockKind } from '../../model/index.js';
import { findDatelines } from '../dates.js';
import {
  AUTHOR_PREFIX,
  AUTHOR_SEPARATOR,
  BYLINE_PLACE_SUFFIX,
  BYLINE_MAX_WORDS,
  CONTRIBUTOR_PREFIX,
  DATELINE_LABEL_WORDS,
  DATELINE_MAX_WORDS,
  DATELINE_MIN_DATE_SHARE,
  HEADING_MAX_WORDS,
  NAME_LINE,
  SECTION_LABEL_MAX_WORDS,
  TITLE_MAX_WORDS,
  TITLE_MIN_WORDS,
} from '../rules.js';
import type { SourceBlock } from '../source-block.js';
import type { BlockSignals } from './signals.js';

export type BylineRole = 'author' | 'contributor';

export interface HeaderLayout {
  /** Refined kind per block (same length as the blocks). */
  readonly kinds: readonly BlockKind[];
  readonly titleIndex: number | null;
  /** True when the title was placed by the header after it (byline, dateline) or by the reader. */
  readonly titleAnchored: boolean;
  /** First and last body paragraph; null when the document has none. */
  readonly bodyStart: number | null;
  readonly bodyEnd: number | null;
  /** Blocks read as datelines, in order. */
  readonly datelineIndexes: readonly number[];
  /** Byline blocks with whether they name authors or other contributors (translators, editors). */
  readonly bylines: readonly { readonly index: number; readonly role: BylineRole }[];
}

const HEADER_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'standfirst', 'byline', 'dateline']);

export function isHeaderKind(kind: BlockKind): boolean {
  return HEADER_KINDS.has(kind);
}

/**
 * `removed[i]` marks blocks the text-only rules already removed; they are never header or body.
 * Kinds a reader already set (an HTML `h1` as 'title') are kept.
 */
export function findHeaderLayout(blocks: readonly SourceBlock[], signals: readonly BlockSignals[], removed: readonly boolean[]): HeaderLayout {
  const kinds: BlockKind[] = blocks.map((b) => b.kind);
  const open = (i: number): boolean => !removed[i] && kinds[i] === 'paragraph';

  const datelineIndexes: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (open(i) && isDatelineText(blocks[i]!.text, signals[i]!.words)) {
      kinds[i] = 'dateline';
      datelineIndexes.push(i);
    }
  }

  const bylines: { index: number; role: BylineRole }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (!open(i)) continue;
    const role = bylineRole(blocks[i]!.text, signals[i]!.words) ?? (isNameLineBesideDateline(i, blocks, kinds, removed) ? 'author' : null);
    if (role) {
      kinds[i] = 'byline';
      bylines.push({ index: i, role });
    }
  }

  let bodyStart: number | null = null;
  let bodyEnd: number | null = null;
  for (let i = 0; i < blocks.length; i++) {
    if (!open(i) || !signals[i]!.isParagraphShaped) continue;
    if (bodyStart === null && isSuspectBeforeBody(i, signals[i]!, removed)) continue;
    bodyStart ??= i;
    bodyEnd = i;
  }

  let titleIndex = kinds.indexOf('title');
  let titleAnchored = titleIndex !== -1;
  if (titleIndex === -1) {
    const found = findTitle(blocks, signals, kinds, removed, bodyStart ?? blocks.length);
    titleIndex = found.index;
    titleAnchored = found.anchored;
  }
  if (titleIndex !== -1) {
    kinds[titleIndex] = 'title';
    const firstMeta = firstIndexAfter(titleIndex, kinds, (k) => k === 'byline' || k === 'dateline');
    const standfirstEnd = Math.min(firstMeta ?? blocks.length, bodyStart ?? blocks.length);
    for (let i = titleIndex + 1; i < standfirstEnd; i++) {
      // A standfirst rarely addresses the reader; an appeal between headline and body does.
      if (open(i) && signals[i]!.voiceTokens === 0) kinds[i] = 'standfirst';
    }
  }

  if (bodyStart !== null && bodyEnd !== null) {
    for (let i = bodyStart + 1; i < bodyEnd; i++) {
      const s = signals[i]!;
      if (open(i) && s.words <= HEADING_MAX_WORDS && !s.isParagraphShaped && s.reportingCues === 0) kinds[i] = 'heading';
    }
  }

  return { kinds, titleIndex: titleIndex === -1 ? null : titleIndex, titleAnchored, bodyStart, bodyEnd, datelineIndexes, bylines };
}

/** A short line that is mostly one date, give or take labels like "Published" or "Updated:". */
export function isDatelineText(text: string, words: number): boolean {
  if (words > DATELINE_MAX_WORDS) return false;
  const dates = findDatelines(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of dates) rest = rest.slice(0, d.span.start) + ' '.repeat(d.span.end - d.span.start) + rest.slice(d.span.end);
  const total = text.replace(/\s+/gu, '').length;
  const leftover = rest.replace(DATELINE_LABEL_WORDS, '').replace(/\s+/gu, '').length;
  return total > 0 && 1 - leftover / total >= DATELINE_MIN_DATE_SHARE;
}

/** 'author' for "By X" / "Author: X", 'contributor' for "Translation by X", else null. */
export function bylineRole(text: string, words: number): BylineRole | null {
  if (words > BYLINE_MAX_WORDS) return null;
  if (CONTRIBUTOR_PREFIX.test(text)) return 'contributor';
  const author = AUTHOR_PREFIX.exec(text);
  if (author && /^\p{Lu}/u.test(author[1]!) && !/[.!?]$/.test(text)) return 'author';
  return null;
}

/** "Jane Roe" or "Jane Roe and John Doe": every part a 2-4 token capitalised name. */
export function isNameLine(text: string): boolean {
  const parts = text
    .replace(BYLINE_PLACE_SUFFIX, '')
    .split(AUTHOR_SEPARATOR).filter((p) => p.length > 0);
  return parts.length > 0 && parts.every((p) => NAME_LINE.test(p));
}

function isNameLineBesideDateline(i: number, blocks: readonly SourceBlock[], kinds: readonly BlockKind[], removed: readonly boolean[]): boolean {
  if (!isNameLine(blocks[i]!.text)) return false;
  const neighbour = (step: number): number | null => {
    for (let j = i + step; j >= 0 && j < blocks.length; j += step) if (!removed[j]) return j;
    return null;
  };
  const before = neighbour(-1);
  const after = neighbour(1);
  return (before !== null && kinds[before] === 'dateline') || (after !== null && kinds[after] === 'dateline');
}

/**
 * The headline. With a byline or dateline before the body, it is the first of the run of
 * headline-like lines just above them (title, then standfirsts); menus above are short labels.
 * Without one, it is the first headline-like line, skipping a short Title Case section label
 * followed by a longer line (seed 002 "World").
 */
function findTitle(
  blocks: readonly SourceBlock[],
  signals: readonly BlockSignals[],
  kinds: readonly BlockKind[],
  removed: readonly boolean[],
  bodyStart: number,
): { index: number; anchored: boolean } {
  const isCandidate = (i: number): boolean => {
    const s = signals[i]!;
    return !removed[i] && kinds[i] === 'paragraph' && s.words >= TITLE_MIN_WORDS && s.words <= TITLE_MAX_WORDS && !blocks[i]!.text.endsWith('.');
  };
  let anchor = -1;
  for (let i = 0; i < bodyStart && anchor === -1; i++) if (kinds[i] === 'byline' || kinds[i] === 'dateline') anchor = i;
  if (anchor !== -1) {
    let title = -1;
    for (let i = anchor - 1; i >= 0; i--) {
      if (removed[i]) continue;
      if (!isCandidate(i) || signals[i]!.words <= SECTION_LABEL_MAX_WORDS) break;
      title = i;
    }
    if (title !== -1) return { index: title, anchored: true };
  }
  const candidates: number[] = [];
  for (let i = 0; i < bodyStart; i++) if (isCandidate(i)) candidates.push(i);
  const [first, second] = candidates;
  if (first === undefined) return { index: -1, anchored: false };
  const firstIsLabel = signals[first]!.words <= SECTION_LABEL_MAX_WORDS && isTitleCase(blocks[first]!.text);
  if (second !== undefined && firstIsLabel && signals[second]!.words > signals[first]!.words) return { index: second, anchored: false };
  return { index: first, anchored: false };
}

/** Every word capitalised (or not a word): "World", "Middle East", "Science & Environment". */
export function isTitleCase(text: string): boolean {
  return text.split(/\s+/u).every((w) => !/^\p{Ll}/u.test(w));
}

/**
 * Paragraph-shaped lines that do not start the body: the outlet talking to the reader among removed
 * appeals (seed 000 L16), or an unattributed sentence in site vocabulary ("Notifications can be
 * switched off in browser preferences.").
 */
function isSuspectBeforeBody(i: number, s: BlockSignals, removed: readonly boolean[]): boolean {
  if (s.reportingCues > 0) return false;
  if (s.siteVocabularyHits > 0) return true;
  return s.voiceTokens > 0 && (removed[i - 1] === true || removed[i + 1] === true);
}

function firstIndexAfter(start: number, kinds: readonly BlockKind[], test: (k: BlockKind) => boolean): number | null {
  for (let i = start + 1; i < kinds.length; i++) if (test(kinds[i]!)) return i;
  return null;
}
