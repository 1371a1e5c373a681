// HTML main-content extraction: decoded HTML in, every text block of the page out with the
// keep/remove decision and its reason. Steps: light tree (light-tree.ts) -> blocks
// (block-collector.ts) -> main container (content-scorer.ts) -> decisions (block-classifier.ts).
// Pure and deterministic; `assembleText` turns the kept blocks into the article's clean text.

import { diagnostic, type Diagnostic } from '../../model/index.js';
import type { BlockDecision } from '../source-block.js';
import { collectBlocks } from './block-collector.js';
import { classifyBlocks } from './block-classifier.js';
import { computeElementFacts, locateContent } from './content-scorer.js';
import { findJsonLdArticleBody } from './json-ld-hint.js';
import { buildLightTree } from './light-tree.js';
import { MIN_CONTENT_CHARS, TRUNCATED_PAGE_MIN_UNCLOSED_ELEMENTS } from './rules.js';

export interface HtmlExtraction {
  /** Every text block of the page in source order, kept or removed with category and rule. */
  readonly decisions: readonly BlockDecision[];
  readonly warnings: readonly Diagnostic[];
}

export interface HtmlExtractOptions {
  /** Keep the article's headline (its h1) as a 'title' block; false reports it as removed. */
  readonly keepTitle: boolean;
  /** Let a JSON-LD articleBody locate the article container when its sentences are found in the page. */
  readonly useJsonLdHint: boolean;
  /** A container with less text is retried with unlikely-looking regions allowed. */
  readonly minContentChars: number;
}

export const defaultHtmlExtractOptions: HtmlExtractOptions = {
  keepTitle: true,
  useJsonLdHint: true,
  minContentChars: MIN_CONTENT_CHARS,
};

/**
 * Extracts the blocks of a saved HTML page and decides which are the article. Never throws on
 * malformed markup; a page without article text yields no kept blocks (the caller reports it).
 * `label` names the input in warnings and span errors.
 */
export function extractHtmlBlocks(html: string, options: Partial<HtmlExtractOptions> = {}, label = 'html'): HtmlExtraction {
  const resolved: HtmlExtractOptions = { ...defaultHtmlExtractOptions, ...options };
  const doc = buildLightTree(html);
  const blocks = collectBlocks(doc, html, label);
  const facts = computeElementFacts(doc, blocks);
  const articleBodyHint = resolved.useJsonLdHint ? findJsonLdArticleBody(doc.jsonLdScripts) : null;
  const region = locateContent(doc, blocks, facts, { articleBodyHint, minContentChars: resolved.minContentChars });
  const decisions = classifyBlocks(doc, blocks, facts, region, { keepTitle: resolved.keepTitle });

  const warnings: Diagnostic[] = [];
  if (doc.unclosedAtEndCount >= TRUNCATED_PAGE_MIN_UNCLOSED_ELEMENTS) {
    warnings.push(
      diagnostic(
        'extract/malformed-html',
        label,
        `${doc.unclosedAtEndCount} elements are still open at the end of the HTML, so the page looks truncated; the article text may be incomplete.`,
        { place: { offset: html.length }, hint: 'Save or fetch the complete page and extract it again.' },
      ),
    );
  }
  return { decisions, warnings };
}
