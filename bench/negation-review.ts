// Negated predicates on unseen text: every claim of the 2,225 BBC articles whose words the
// reconcile stage reads as saying a thing did not happen, printed with its content and the family
// it negates, so a reader can judge the rule's precision by eye. Not a score: there is no gold.
// Run: npx tsc -p . && node dist/bench/negation-review.js [limit]

import { join } from 'node:path';
import { extractArticle, prepareExtractContext } from '../src/extract/index.js';
import { readInputs } from '../src/ingest/index.js';
import type { RawDocument } from '../src/model/index.js';
import { asArticleId, spanText } from '../src/model/index.js';
import { analyzeArticle } from '../src/pipeline.js';
import { defaultLanguageOptions } from '../src/language/index.js';
import { factsOfArticle } from '../src/reconcile/article-facts.js';
import { sharedDir } from './lib/shared.js';

const limit = Number(process.argv[2] ?? 60);
const corpus = join(sharedDir(), 'corpora', 'bbc-news-2005');
const documents: RawDocument[] = [];
for await (const item of readInputs([corpus])) {
  if (item.kind === 'document' && /\/[a-z]+\/\d+\.txt$/.test(item.document.label)) documents.push(item.document);
}
const context = prepareExtractContext(documents);
let claims = 0;
let negated = 0;
const shown: string[] = [];
for (const document of documents) {
  const article = extractArticle(document, context);
  const { analysis } = analyzeArticle(article, document, { language: defaultLanguageOptions });
  const facts = factsOfArticle({
    article: { id: asArticleId(document.id), outlet: null, published: null, file: document.label, url: null },
    text: article.text,
    language: analysis.language,
    claims: analysis.claims,
  });
  for (const c of facts.claims) {
    claims++;
    if (!c.negatedProposition) continue;
    negated++;
    if (shown.length < limit) {
      const content = c.claim.content.map((s) => spanText(article.text, s)).join(' … ');
      shown.push(`${document.label.split('/').slice(-2).join('/')}  ${c.claimant.name} [${c.claim.stance}] → ${c.negatedProposition}\n    ${content.slice(0, 220)}`);
    }
  }
}
console.log(shown.join('\n'));
console.log(`\n${negated} of ${claims} claims read as negated (${((100 * negated) / claims).toFixed(2)}%)`);
