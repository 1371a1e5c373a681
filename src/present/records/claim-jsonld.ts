// Claims as schema.org `Claim` JSON-LD, for fact-checking tools: one Claim per statement, its
// author the original speaker, every article that carries the same words an `appearance`, the
// earliest the `firstAppearance`. No verdicts: Crosscheck reports who said what, not whether it is
// true. Claims with the same speaker and the same content words are one statement.

import type { ClaimRecord } from './claim-record.js';

const AUTHOR_TYPE: Record<string, string> = {
  person: 'Person',
  organisation: 'Organization',
  government: 'GovernmentOrganization',
  media: 'NewsMediaOrganization',
  anonymous: 'Person',
  document: 'CreativeWork',
};

function statementKey(r: ClaimRecord): string {
  const words = r.content.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return `${r.speaker.type}\u0000${r.speaker.name.toLowerCase()}\u0000${words}`;
}

export function claimsAsJsonLd(records: readonly ClaimRecord[]): object[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const r of records) {
    const key = statementKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) => {
    // Undated appearances sort last; ties by article id keep the output stable.
    const ordered = [...group].sort((a, b) => (a.article.published ?? '\uffff').localeCompare(b.article.published ?? '\uffff') || a.article.id.localeCompare(b.article.id));
    const appearances = ordered.map((r) => ({
      '@type': 'NewsArticle',
      ...(r.article.url ? { url: r.article.url } : {}),
      identifier: r.article.id,
      ...(r.article.published ? { datePublished: r.article.published } : {}),
      ...(r.article.outlet ? { publisher: { '@type': 'NewsMediaOrganization', name: r.article.outlet } } : {}),
      text: r.evidence.exact,
    }));
    const first = ordered[0]!;
    return {
      '@context': 'https://schema.org',
      '@type': 'Claim',
      identifier: first.id,
      text: first.content.text,
      author: {
        '@type': AUTHOR_TYPE[first.speaker.type] ?? 'Thing',
        name: first.speaker.name,
        ...(first.speaker.role ? { jobTitle: first.speaker.role } : {}),
        ...(first.speaker.affiliation ? { affiliation: { '@type': 'Organization', name: first.speaker.affiliation } } : {}),
      },
      ...(first.statementDate ? { dateCreated: first.statementDate.start } : {}),
      appearance: appearances,
      firstAppearance: appearances[0],
    };
  });
}
