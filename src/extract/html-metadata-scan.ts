// One streaming pass of htmlparser2 over a page, collecting the raw facts metadata is read from:
// meta tags, JSON-LD scripts, <title>, the headline, <time> elements, bylines and the visible text
// just after the headline, each with its place in the source. Used by html-metadata.ts only.

import { Parser } from 'htmlparser2';
import {
  ARTICLE_ITEMTYPE,
  BYLINE_FALSE_MARKER,
  BYLINE_MARKER,
  HEADER_TEXT_WINDOW_CHARS,
  INVISIBLE_TEXT_TAGS,
  JSON_LD_SCRIPT_TYPE,
  LINE_BREAKING_TAGS,
  MAX_BYLINE_ELEMENTS,
  MAX_CAPTURED_ELEMENT_CHARS,
  MODIFIED_ITEMPROPS,
  PUBLISHED_ITEMPROPS,
} from './html-metadata-rules.js';
import type { JsonLdScript } from './json-ld.js';

/** A string read from the page and the half-open source range it stands in. */
export interface Evidence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface TimeElementFact {
  readonly datetime: Evidence;
  /** Carries the HTML5 draft `pubdate` attribute: the author marked it as the publication time. */
  readonly isPubdate: boolean;
  readonly insideArticle: boolean;
}

/** A piece of the header window's text and the source range it was read from. */
export interface WindowPiece {
  readonly textStart: number;
  readonly textLength: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** Visible text from the headline on (or the article, or the body, when there is no headline). */
export interface HeaderWindow {
  readonly text: string;
  readonly pieces: readonly WindowPiece[];
}

export interface PageFacts {
  readonly htmlLang: Evidence | null;
  /** <meta name|property|http-equiv=KEY content>: lower-cased key → contents in page order. */
  readonly metaByKey: ReadonlyMap<string, readonly Evidence[]>;
  /** Microdata date properties (lower-cased itemprop) → values from content, datetime or text. */
  readonly itemprops: ReadonlyMap<string, readonly Evidence[]>;
  readonly canonicalHref: Evidence | null;
  readonly title: Evidence | null;
  /** The article's h1: the first inside <article> if any, else the first on the page. */
  readonly headline: Evidence | null;
  readonly jsonLdScripts: readonly JsonLdScript[];
  readonly timeElements: readonly TimeElementFact[];
  readonly relAuthorTexts: readonly Evidence[];
  /** Text of elements marked itemprop=author, in page order. */
  readonly microdataAuthorTexts: readonly Evidence[];
  /** Text of elements whose class/id marks a byline, in page order. */
  readonly bylineTexts: readonly Evidence[];
  readonly header: HeaderWindow;
}

interface Capture {
  /** Stack depth of the element; the capture ends when the stack drops below it. */
  readonly depth: number;
  readonly parts: string[];
  length: number;
  textStart: number;
  textEnd: number;
  readonly keepsInvisibleText: boolean;
  readonly onDone: (evidence: Evidence) => void;
}

/** How good a starting point for the header window is; a better one restarts the window. */
const enum WindowAnchor {
  None = 0,
  Body = 1,
  Article = 2,
  Headline = 3,
  ArticleHeadline = 4,
}

export function scanPageFacts(html: string): PageFacts {
  let htmlLang: Evidence | null = null;
  const metaByKey = new Map<string, Evidence[]>();
  const itemprops = new Map<string, Evidence[]>();
  let canonicalHref: Evidence | null = null;
  let title: Evidence | null = null;
  let headline: Evidence | null = null;
  let headlineInsideArticle = false;
  const jsonLdScripts: JsonLdScript[] = [];
  const timeElements: TimeElementFact[] = [];
  const relAuthorTexts: Evidence[] = [];
  const microdataAuthorTexts: Evidence[] = [];
  const bylineTexts: Evidence[] = [];

  const stack: string[] = [];
  const articleDepths: number[] = [];
  let invisibleDepth = 0;
  let captures: Capture[] = [];
  let bylineCaptureActive = false;

  let windowAnchor = WindowAnchor.None;
  let windowParts: string[] = [];
  let windowPieces: WindowPiece[] = [];
  let windowLength = 0;
  let windowLastWasBreak = true;

  const datePropSet = new Set([...PUBLISHED_ITEMPROPS, ...MODIFIED_ITEMPROPS]);

  const pushTo = (map: Map<string, Evidence[]>, key: string, evidence: Evidence): void => {
    const list = map.get(key);
    if (list) list.push(evidence);
    else map.set(key, [evidence]);
  };

  /** The exact place of an attribute value inside its tag when it is written verbatim, else the tag. */
  const attributeEvidence = (value: string, tagStart: number, tagEnd: number): Evidence => {
    const at = value.length > 0 ? html.indexOf(value, tagStart) : -1;
    if (at !== -1 && at + value.length <= tagEnd) return { text: value, start: at, end: at + value.length };
    return { text: value, start: tagStart, end: tagEnd };
  };

  const startCapture = (keepsInvisibleText: boolean, onDone: (evidence: Evidence) => void): void => {
    captures.push({ depth: stack.length, parts: [], length: 0, textStart: -1, textEnd: -1, keepsInvisibleText, onDone });
  };

  const restartWindow = (anchor: WindowAnchor): void => {
    if (anchor <= windowAnchor) return;
    windowAnchor = anchor;
    windowParts = [];
    windowPieces = [];
    windowLength = 0;
    windowLastWasBreak = true;
  };

  const windowBreak = (): void => {
    if (windowAnchor === WindowAnchor.None || windowLastWasBreak || windowLength >= HEADER_TEXT_WINDOW_CHARS) return;
    windowParts.push('\n');
    windowLength += 1;
    windowLastWasBreak = true;
  };

  const isInsideArticle = (): boolean => articleDepths.length > 0;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const tagStart = parser.startIndex;
        const tagEnd = parser.endIndex + 1;
        stack.push(name);
        if (LINE_BREAKING_TAGS.has(name)) windowBreak();

        switch (name) {
          case 'html': {
            const lang = attribs['lang'] ?? attribs['xml:lang'];
            if (lang !== undefined && htmlLang === null) htmlLang = attributeEvidence(lang, tagStart, tagEnd);
            break;
          }
          case 'meta': {
            const content = attribs['content'];
            if (content === undefined) break;
            const evidence = attributeEvidence(content, tagStart, tagEnd);
            for (const attr of ['property', 'name', 'http-equiv']) {
              const key = attribs[attr];
              if (key !== undefined) pushTo(metaByKey, key.trim().toLowerCase(), evidence);
            }
            break;
          }
          case 'link': {
            const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
            const href = attribs['href'];
            if (href !== undefined && rel.includes('canonical') && canonicalHref === null) {
              canonicalHref = attributeEvidence(href, tagStart, tagEnd);
            }
            break;
          }
          case 'title':
            if (title === null && !stack.includes('svg')) startCapture(false, (e) => (title ??= e));
            break;
          case 'h1':
            if (headline === null || (!headlineInsideArticle && isInsideArticle())) {
              const inArticle = isInsideArticle();
              restartWindow(inArticle ? WindowAnchor.ArticleHeadline : WindowAnchor.Headline);
              startCapture(false, (e) => {
                if (headline === null || (!headlineInsideArticle && inArticle)) {
                  headline = e;
                  headlineInsideArticle = inArticle;
                }
              });
            }
            break;
          case 'article':
            articleDepths.push(stack.length);
            restartWindow(WindowAnchor.Article);
            break;
          case 'body':
            restartWindow(WindowAnchor.Body);
            break;
          case 'script':
            if (JSON_LD_SCRIPT_TYPE.test(attribs['type'] ?? '')) {
              startCapture(true, (e) => jsonLdScripts.push({ text: e.text, sourceStart: e.start }));
            }
            break;
          case 'time': {
            const datetime = attribs['datetime'];
            if (datetime !== undefined) {
              timeElements.push({
                datetime: attributeEvidence(datetime, tagStart, tagEnd),
                isPubdate: 'pubdate' in attribs,
                insideArticle: isInsideArticle(),
              });
            }
            break;
          }
        }

        if (name !== 'article' && ARTICLE_ITEMTYPE.test(attribs['itemtype'] ?? '')) articleDepths.push(stack.length);
        if (INVISIBLE_TEXT_TAGS.has(name)) invisibleDepth++;

        const itemprop = attribs['itemprop']?.toLowerCase();
        if (itemprop !== undefined) {
          for (const prop of itemprop.split(/\s+/)) {
            if (datePropSet.has(prop)) {
              const value = attribs['content'] ?? attribs['datetime'];
              if (value !== undefined) pushTo(itemprops, prop, attributeEvidence(value, tagStart, tagEnd));
              else startCapture(false, (e) => pushTo(itemprops, prop, e));
            }
          }
          if (itemprop.split(/\s+/).includes('author')) {
            const content = attribs['content'];
            if (content !== undefined) microdataAuthorTexts.push(attributeEvidence(content, tagStart, tagEnd));
            else startCapture(false, (e) => microdataAuthorTexts.push(e));
          }
        }
        const rel = attribs['rel'];
        if (name === 'a' && rel !== undefined && rel.toLowerCase().split(/\s+/).includes('author')) {
          startCapture(false, (e) => relAuthorTexts.push(e));
        }
        if (!bylineCaptureActive && bylineTexts.length < MAX_BYLINE_ELEMENTS && name !== 'meta' && name !== 'link') {
          const marker = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`;
          if (BYLINE_MARKER.test(marker) && !BYLINE_FALSE_MARKER.test(marker)) {
            bylineCaptureActive = true;
            startCapture(false, (e) => {
              bylineCaptureActive = false;
              bylineTexts.push(e);
            });
          }
        }
      },

      ontext(data) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const invisible = invisibleDepth > 0;
        for (const capture of captures) {
          if (invisible && !capture.keepsInvisibleText) continue;
          if (capture.length >= MAX_CAPTURED_ELEMENT_CHARS && !capture.keepsInvisibleText) continue;
          if (capture.textStart === -1) capture.textStart = start;
          capture.textEnd = end;
          capture.parts.push(data);
          capture.length += data.length;
        }
        if (invisible || windowAnchor === WindowAnchor.None || windowLength >= HEADER_TEXT_WINDOW_CHARS) return;
        const collapsed = data.replace(/\s+/g, ' ');
        const piece = windowLastWasBreak ? collapsed.trimStart() : collapsed;
        if (piece.length === 0) return;
        // Verbatim pieces map character by character; collapsed or decoded ones map as a whole.
        windowPieces.push({ textStart: windowLength, textLength: piece.length, sourceStart: start, sourceEnd: end });
        windowParts.push(piece);
        windowLength += piece.length;
        windowLastWasBreak = false;
      },

      onclosetag(name) {
        const closeEnd = parser.endIndex + 1;
        stack.pop();
        if (LINE_BREAKING_TAGS.has(name)) windowBreak();
        if (INVISIBLE_TEXT_TAGS.has(name) && invisibleDepth > 0) invisibleDepth--;
        while (articleDepths.length > 0 && articleDepths[articleDepths.length - 1]! > stack.length) articleDepths.pop();
        if (captures.length === 0) return;
        const open: Capture[] = [];
        for (const capture of captures) {
          if (capture.depth <= stack.length) {
            open.push(capture);
            continue;
          }
          const raw = capture.parts.join('');
          const text = capture.keepsInvisibleText ? raw : raw.replace(/\s+/g, ' ').trim();
          const start = capture.textStart === -1 ? closeEnd : capture.textStart;
          capture.onDone({ text, start, end: Math.max(start, capture.textStart === -1 ? closeEnd : capture.textEnd) });
        }
        captures = open;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  return {
    htmlLang,
    metaByKey,
    itemprops,
    canonicalHref,
    title,
    headline,
    jsonLdScripts,
    timeElements,
    relAuthorTexts,
    microdataAuthorTexts,
    bylineTexts,
    header: { text: windowParts.join(''), pieces: windowPieces },
  };
}

/** The source range behind a span of the header window's text (whole pieces when not verbatim). */
export function windowSourceRange(window: HeaderWindow, start: number, end: number): { start: number; end: number } | null {
  let first: WindowPiece | null = null;
  let last: WindowPiece | null = null;
  for (const piece of window.pieces) {
    const pieceEnd = piece.textStart + piece.textLength;
    if (first === null && pieceEnd > start) first = piece;
    if (piece.textStart < end) last = piece;
  }
  if (first === null || last === null) return null;
  const exact = (p: WindowPiece) => p.sourceEnd - p.sourceStart === p.textLength;
  const sourceStart = exact(first) ? first.sourceStart + (start - first.textStart) : first.sourceStart;
  const sourceEnd = exact(last) ? last.sourceStart + (end - last.textStart) : last.sourceEnd;
  return sourceEnd >= sourceStart ? { start: sourceStart, end: sourceEnd } : null;
}
