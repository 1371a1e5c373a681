// The text-dump reader's public surface, for extract's wiring (extract-article.ts) and benches.

export { extractTextDump, defaultTextExtractOptions, splitAuthorNames, type TextExtraction, type TextExtractOptions } from './extract-text-dump.js';
export { splitDumpLines, type DumpLine } from './lines.js';
export { findOutletKey, outletKeyFor, readOutlet, findOutletMentions, type OutletMention } from './outlet.js';
export { findHeaderLayout, type HeaderLayout } from './header.js';
