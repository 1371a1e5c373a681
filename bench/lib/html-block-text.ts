// Plain text of an HTML fragment with a line break at every block element, the way the
// benchmark notes rebuild Readability's output (its textContent glues "end</p><p>Next" into one word).

import { Parser } from 'htmlparser2';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'td', 'th', 'tr', 'ul',
]);

export function blockTextOfHtml(fragment: string): string {
  let out = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (BLOCK_ELEMENTS.has(name)) out += '\n';
      },
      onclosetag(name) {
        if (BLOCK_ELEMENTS.has(name)) out += '\n';
      },
      ontext(text) {
        out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.parseComplete(fragment);
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}
