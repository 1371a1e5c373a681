// A light element tree of an HTML page, built in one pass with htmlparser2's low-level Parser.
// First step of HTML main-content extraction: it keeps only what the block collector and the
// scorer need (tags, class/id hints, a few attributes, text runs with their source offsets) and
// never materialises a DOM. Script, style and other non-text content never enter the tree.

import { Parser } from 'htmlparser2';
import { HIDDEN_STYLE_PATTERN, SKIPPED_CONTENT_TAGS } from './rules.js';

/** A run of character data exactly as one parser event gave it. */
export interface LightText {
  readonly kind: 'text';
  /** Decoded text (entities resolved). */
  readonly data: string;
  /** Half-open range in the HTML string. */
  readonly start: number;
  readonly end: number;
  /** True when `data` is the source slice verbatim; false for a decoded entity. */
  readonly verbatim: boolean;
}

export interface LightElement {
  readonly kind: 'element';
  readonly tag: string;
  readonly parent: LightElement | null;
  readonly children: LightNode[];
  /** Offset of the `<` of the start tag (or where an implied element began). */
  readonly start: number;
  /** Offset just past the end tag, or where the element was implicitly closed. */
  end: number;
  /** The class and id attribute values joined by a space, as written (case kept for camelCase splitting). */
  readonly classAndId: string;
  readonly itemprop: string;
  readonly role: string;
  /** hidden attribute, aria-hidden="true" or an inline style that hides it. */
  readonly hidden: boolean;
  /** Depth below the root (root = 0). */
  readonly depth: number;
  /** Position in LightDocument.elements (document order: every parent before its children). */
  readonly index: number;
}

export type LightNode = LightElement | LightText;

export interface LightDocument {
  /** A synthetic root holding every top-level node. */
  readonly root: LightElement;
  /** Every element in document order, the root first. */
  readonly elements: readonly LightElement[];
  /** Text of `<title>`, whitespace collapsed; null when absent. */
  readonly titleText: string | null;
  /** Raw bodies of `<script type="application/ld+json">` elements. */
  readonly jsonLdScripts: readonly string[];
  /** og:title / twitter:title meta content, if any. */
  readonly metaTitle: string | null;
  /** Number of elements still open at the end of the input. */
  readonly unclosedAtEndCount: number;
}

function isHiddenByAttributes(attribs: Record<string, string>): boolean {
  if (attribs['hidden'] !== undefined) return true;
  if (attribs['aria-hidden'] === 'true') return true;
  const style = attribs['style'];
  return style !== undefined && style.length > 0 && HIDDEN_STYLE_PATTERN.test(style);
}

/** Parses `html` into a light tree. Never throws on malformed markup. */
export function buildLightTree(html: string): LightDocument {
  const root: LightElement = {
    kind: 'element',
    tag: '#root',
    parent: null,
    children: [],
    start: 0,
    end: html.length,
    classAndId: '',
    itemprop: '',
    role: '',
    hidden: false,
    depth: 0,
    index: 0,
  };
  const elements: LightElement[] = [root];
  let current = root;
  // Inside a skipped element (script, svg…) we only count nesting so its end is found.
  let skipDepth = 0;
  let skipCapture: 'json-ld' | 'title' | null = null;
  let captured = '';
  let titleText: string | null = null;
  let metaTitle: string | null = null;
  const jsonLdScripts: string[] = [];
  let unclosedAtEndCount = 0;
  let ended = false;

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }
        if (SKIPPED_CONTENT_TAGS.has(name)) {
          skipDepth = 1;
          captured = '';
          if (name === 'script' && (attribs['type'] ?? '').toLowerCase().includes('ld+json')) skipCapture = 'json-ld';
          else if (name === 'title' && titleText === null) skipCapture = 'title';
          else skipCapture = null;
          return;
        }
        if (name === 'meta') {
          const property = (attribs['property'] ?? attribs['name'] ?? '').toLowerCase();
          if ((property === 'og:title' || property === 'twitter:title') && metaTitle === null) {
            metaTitle = attribs['content'] ?? null;
          }
          return;
        }
        const classAttr = attribs['class'];
        const idAttr = attribs['id'];
        const element: LightElement = {
          kind: 'element',
          tag: name,
          parent: current,
          children: [],
          start: parser.startIndex,
          end: parser.endIndex + 1,
          classAndId: classAttr === undefined ? (idAttr ?? '') : idAttr === undefined ? classAttr : `${classAttr} ${idAttr}`,
          itemprop: attribs['itemprop'] ?? '',
          role: attribs['role'] ?? '',
          hidden: isHiddenByAttributes(attribs),
          depth: current.depth + 1,
          index: elements.length,
        };
        elements.push(element);
        current.children.push(element);
        current = element;
      },
      ontext(data) {
        if (skipDepth > 0) {
          if (skipCapture !== null) captured += data;
          return;
        }
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        current.children.push({ kind: 'text', data, start, end, verbatim: data.length === end - start });
      },
      onclosetag(name, isImplied) {
        if (skipDepth > 0) {
          skipDepth--;
          if (skipDepth === 0) {
            if (skipCapture === 'json-ld') jsonLdScripts.push(captured);
            else if (skipCapture === 'title') titleText = captured.replace(/\s+/g, ' ').trim();
            skipCapture = null;
            captured = '';
          }
          return;
        }
        if (name === 'meta' || current === root) return;
        if (ended) unclosedAtEndCount++;
        current.end = isImplied ? parser.startIndex : parser.endIndex + 1;
        current = current.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  ended = true;
  parser.end();
  return { root, elements, titleText, jsonLdScripts, metaTitle, unclosedAtEndCount };
}
