import { test } from 'node:test';
import assert from 'node:assert/strict';
import { outletFromUrl, registrableDomain, splitTitleSiteSuffix, toAbsoluteHttpUrl } from './outlet.js';

test('takes the registrable domain of a URL, public suffixes included', () => {
  const cases: [string, string | null][] = [
    ['https://www.harbourpost.example/news/a', 'harbourpost.example'],
    ['https://news.bbc.co.uk/1/hi/world/x.stm', 'bbc.co.uk'],
    ['http://localhost:8080/x', null],
    ['https://192.0.2.1/x', null],
    ['not a url', null],
  ];
  for (const [url, expected] of cases) assert.equal(registrableDomain(url), expected, url);
  assert.deepEqual(outletFromUrl('https://m.coastlinedaily.example/x'), { name: null, domain: 'coastlinedaily.example' });
});

test('resolves relative links and refuses non-http schemes', () => {
  assert.equal(toAbsoluteHttpUrl('/a/b?c=1', 'https://x.example/d/e'), 'https://x.example/a/b?c=1');
  assert.equal(toAbsoluteHttpUrl('//cdn.example/p', 'https://x.example/'), 'https://cdn.example/p');
  assert.equal(toAbsoluteHttpUrl('mailto:desk@x.example', 'https://x.example/'), null);
  assert.equal(toAbsoluteHttpUrl('/relative', null), null);
});

test('splits a site-name suffix off a page title', () => {
  const cases: { title: string; known: string | null; headline: string; suffix: string | null }[] = [
    { title: 'Ferries cancelled | Harbour Post', known: null, headline: 'Ferries cancelled', suffix: 'Harbour Post' },
    { title: 'Ferries cancelled - Harbour Post', known: 'Harbour Post', headline: 'Ferries cancelled', suffix: 'Harbour Post' },
    { title: 'Ferries cancelled – Harbour Post News', known: 'Harbour Post', headline: 'Ferries cancelled', suffix: 'Harbour Post News' },
    // The last segment is a long clause, not a site name.
    { title: 'Mayor says - the spill is contained and the beaches will reopen next week', known: null, headline: 'Mayor says - the spill is contained and the beaches will reopen next week', suffix: null },
    // Too little would be left of the headline.
    { title: 'News | Harbour Post', known: null, headline: 'News | Harbour Post', suffix: null },
  ];
  for (const c of cases) {
    assert.deepEqual(splitTitleSiteSuffix(c.title, c.known), { headline: c.headline, siteSuffix: c.suffix }, c.title);
  }
  // With onlyKnownSite a title (og:title) keeps a suffix that is not the outlet's name.
  assert.equal(splitTitleSiteSuffix('Ferries cancelled | Live', 'Harbour Post', true).headline, 'Ferries cancelled | Live');
});
