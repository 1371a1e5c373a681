import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJsonLenient, readJsonLd } from './json-ld.js';

test('parses strict JSON as is and repairs what pages ship', () => {
  const cases: { name: string; text: string; expected: unknown }[] = [
    { name: 'strict', text: '{"a":1}', expected: { a: 1 } },
    { name: 'trailing commas', text: '{"a":[1,2,],}', expected: { a: [1, 2] } },
    { name: 'HTML comment wrapper', text: '<!-- {"a":1} -->', expected: { a: 1 } },
    { name: 'CDATA wrapper', text: '//<![CDATA[\n{"a":1}\n//]]>', expected: { a: 1 } },
    { name: 'raw newline inside a string', text: '{"a":"line one\nline two"}', expected: { a: 'line one line two' } },
    { name: 'line comment, URL kept', text: '{"a":"https://x.example/y", // note\n"b":2}', expected: { a: 'https://x.example/y', b: 2 } },
    { name: 'block comment', text: '{"a":/* why */1}', expected: { a: 1 } },
    { name: 'several objects', text: '{"a":1}\n{"b":2}', expected: [{ a: 1 }, { b: 2 }] },
  ];
  for (const c of cases) {
    const parsed = parseJsonLenient(c.text);
    assert.ok(parsed.ok, c.name);
    assert.deepEqual(parsed.value, c.expected, c.name);
  }
  assert.equal(parseJsonLenient('{"a": "unterminated}').ok, false);
});

test('prefers the news article node over page, site and breadcrumb nodes, whatever their order', () => {
  const script = {
    text: JSON.stringify([
      { '@type': 'BreadcrumbList', name: 'crumbs' },
      { '@type': 'WebPage', name: 'Page title', datePublished: '2024-01-01', inLanguage: 'en-GB' },
      { '@type': 'http://schema.org/NewsArticle', headline: 'Article headline', datePublished: '2024-05-14' },
    ]),
    sourceStart: 0,
  };
  const { article, failures } = readJsonLd([script]);
  assert.deepEqual(failures, []);
  assert.deepEqual(article?.types, ['NewsArticle']);
  assert.equal(article?.headline?.raw, 'Article headline');
  assert.equal(article?.published?.raw, '2024-05-14');
  // A field the article lacks is taken from the page node.
  assert.equal(article?.language?.raw, 'en-GB');
});

test('reads url from mainEntityOfPage when the article has no url', () => {
  const script = { text: '{"@type":"Article","mainEntityOfPage":{"@type":"WebPage","@id":"https://a.example/x"}}', sourceStart: 0 };
  assert.equal(readJsonLd([script]).article?.url?.raw, 'https://a.example/x');
});

test('returns no article when the scripts describe only a site', () => {
  const script = { text: '{"@type":"WebSite","name":"Harbour Post"}', sourceStart: 0 };
  assert.equal(readJsonLd([script]).article, null);
});
