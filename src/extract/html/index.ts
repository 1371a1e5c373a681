// Public surface of HTML main-content extraction.
export { extractHtmlBlocks, defaultHtmlExtractOptions, type HtmlExtraction, type HtmlExtractOptions } from './extract-html-blocks.js';
