// The quantity finder's public surface, used by the `language` stage: cardinal expressions
// (counts, money, percentages, measures) in an article's clean text, each a span into it.
export { defaultQuantityOptions, findQuantities, type QuantityOptions } from './find-quantities.js';
