// extractArticle: RawDocument → ExtractedArticle. Chooses the reader for the format (HTML body +
// metadata, or text dump), runs the page-furniture model as a second pass over HTML output, fills
// metadata gaps from what arrived beside the document (feed or JSONL fields) and the URL, guesses
// the language when nothing declared it, and joins the kept blocks into the clean text.

import {
  diagnostic,
  EMPTY_METADATA,
  fail,
  originUrl,
  type ArticleMetadata,
  type Diagnostic,
  type ExtractedArticle,
  type Found,
  type RawDocument,
} from '../model/index.js';
import { assembleText } from './assemble.js';
import { parseDateString } from './dates.js';
import { classifyFurniture } from './furniture.js';
import { extractHtmlBlocks, type HtmlExtractOptions, defaultHtmlExtractOptions } from './html/index.js';
import { readHtmlMetadata } from './html-metadata.js';
import { outletFromUrl } from './outlet.js';
import type { BlockDecision } from './source-block.js';
import { createLanguageGuesser, type LanguageGuesser } from './language-guess.js';
import { learnTemplates, type TemplateIndex } from './templates.js';
import { extractTextDump, findOutletKey } from './text/index.js';
import { HTML_SECOND_PASS_RULES, LANGUAGE_GUESS } from './assembly-rules.js';

export interface ExtractOptions {
  readonly html: HtmlExtractOptions;
}

export const defaultExtractOptions: ExtractOptions = { html: defaultHtmlExtractOptions };

/** What extraction knows beyond one document: the template lines learned from its outlet's other pages. */
export interface ExtractContext {
  readonly templates: TemplateIndex;
}

/**
 * Learns outlet templates from a batch of documents, so each can be cleaned with its siblings'
 * help. Only text dumps teach templates: an HTML page's template is its markup, which the HTML
 * reader already sets aside.
 */
export function prepareExtractContext(documents: readonly RawDocument[]): ExtractContext {
  const dumps = documents.filter((d) => d.format === 'text');
  return { templates: learnTemplates(dumps.map((d) => ({ source: d.source, outletKey: findOutletKey(d) }))) };
}

export function extractArticle(
  document: RawDocument,
  context: ExtractContext,
  options: ExtractOptions = defaultExtractOptions,
): ExtractedArticle {
  const warnings: Diagnostic[] = [];
  let decisions: readonly BlockDecision[];
  let metadata: ArticleMetadata;

  if (document.format === 'html') {
    const body = extractHtmlBlocks(document.source, options.html, document.label);
    decisions = secondPass(body.decisions, context.templates, document);
    const meta = readHtmlMetadata(document.source, {
      url: originUrl(document.origin, document.hints),
      hints: document.hints,
      label: document.label,
    });
    metadata = meta.metadata;
    warnings.push(...body.warnings, ...meta.warnings);
  } else {
    const dump = extractTextDump(document, context.templates);
    decisions = dump.decisions;
    metadata = { ...EMPTY_METADATA, ...dump.metadata };
    warnings.push(...dump.warnings);
  }

  const assembled = assembleText(decisions, document.label);
  if (assembled.text.trim().length === 0) {
    fail('extract/no-content', document.label, `no article text found in this ${document.format} document (${decisions.length} blocks, all furniture or empty).`, {
      hint: 'Check that the input is a news article page and not an index, login or error page.',
    });
  }
  metadata = fillFromHints(metadata, document);
  metadata = guessLanguage(metadata, assembled.text);
  if (!metadata.published && !warnings.some((w) => w.code === 'extract/date-unknown')) {
    warnings.push(
      diagnostic('extract/date-unknown', document.label, 'no publication date found in the document or beside it.', {
        hint: 'Dates stay unresolved rather than guessed; a feed item date or a JSONL date field would supply one.',
      }),
    );
  }
  return {
    documentId: document.id,
    format: document.format,
    text: assembled.text,
    blocks: assembled.blocks,
    removed: assembled.removed,
    offsets: assembled.offsets,
    metadata,
    warnings,
  };
}

/** HTML readers keep blocks by position and density; the furniture model then judges their words. */
function secondPass(decisions: readonly BlockDecision[], templates: TemplateIndex, document: RawDocument): BlockDecision[] {
  const kept = decisions.filter((d) => d.keep).map((d) => d.block);
  const urlOutlet = outletFromUrl(originUrl(document.origin, document.hints) ?? '');
  const judged = classifyFurniture(kept, { templates, outletKey: urlOutlet?.domain ?? null });
  const verdicts = new Map(judged.filter((d) => !d.keep && HTML_SECOND_PASS_RULES.has(d.rule)).map((d) => [d.block, d]));
  return decisions.map((d) => (d.keep ? verdicts.get(d.block) ?? d : d));
}

/** Metadata the document itself did not give, taken from the feed item or JSONL record, then the URL. */
function fillFromHints(metadata: ArticleMetadata, document: RawDocument): ArticleMetadata {
  const { hints } = document;
  const from = document.origin.kind === 'feed-item' ? 'feed' : document.origin.kind === 'jsonl-record' ? 'jsonl' : 'url';
  const url = originUrl(document.origin, hints);
  let result = metadata;
  if (!result.title && hints.title) result = { ...result, title: found(hints.title, from, 'medium') };
  if (!result.published && hints.published) {
    const value = parseDateString(hints.published.raw);
    if (value) result = { ...result, published: { value, from: hints.published.from, reliability: 'medium', evidence: `${hints.published.field}: ${hints.published.raw}` } };
  }
  if (!result.modified && hints.modified) {
    const value = parseDateString(hints.modified.raw);
    if (value) result = { ...result, modified: { value, from: hints.modified.from, reliability: 'medium', evidence: `${hints.modified.field}: ${hints.modified.raw}` } };
  }
  if (!result.authors && hints.authors && hints.authors.length > 0) result = { ...result, authors: found(hints.authors, from, 'medium', hints.authors.join(', ')) };
  if (!result.language && hints.language) result = { ...result, language: found(hints.language.toLowerCase().split(/[-_]/)[0]!, from, 'medium') };
  if (!result.canonicalUrl && url) result = { ...result, canonicalUrl: found(url, 'url', 'medium') };
  const urlOutlet = url ? outletFromUrl(url) : null;
  if (!result.outlet) {
    if (hints.siteName) result = { ...result, outlet: found({ name: hints.siteName, domain: urlOutlet?.domain ?? null }, from, 'medium', hints.siteName) };
    else if (urlOutlet) result = { ...result, outlet: found(urlOutlet, 'url', 'medium', url ?? '') };
  } else if (!result.outlet.value.domain && urlOutlet?.domain) {
    result = { ...result, outlet: { ...result.outlet, value: { ...result.outlet.value, domain: urlOutlet.domain } } };
  }
  return result;
}

/** Only languages we can name in metadata are worth franc's time. Built on first use (a few ms). */
let guesser: LanguageGuesser | null = null;

function guessLanguage(metadata: ArticleMetadata, text: string): ArticleMetadata {
  if (metadata.language) return metadata;
  const sample = text.slice(0, LANGUAGE_GUESS.sampleChars);
  if (sample.length < LANGUAGE_GUESS.minChars) return metadata;
  guesser ??= createLanguageGuesser(Object.keys(LANGUAGE_GUESS.iso6391By6393), LANGUAGE_GUESS.minChars);
  const iso6393 = guesser.guess(sample);
  const code = LANGUAGE_GUESS.iso6391By6393[iso6393];
  if (!code) return metadata;
  return { ...metadata, language: found(code, 'language-guess', 'low', `franc: ${iso6393}`) };
}

function found<T>(value: T, from: Found<T>['from'], reliability: Found<T>['reliability'], evidence?: string): Found<T> {
  return { value, from, reliability, evidence: evidence ?? String(value) };
}
