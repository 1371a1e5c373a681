// Tokens and sentences: the public surface of src/language/tokens/ for the language stage.
export { tokenizeText, type TokenizedText } from './tokenize.js';
export { foldForLookup } from './normal.js';
