// Behaviour of HTML main-content extraction on small pages we wrote ourselves (invented text).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assembleText } from '../assemble.js';
import type { BlockDecision } from '../source-block.js';
import { extractHtmlBlocks } from './extract-html-blocks.js';

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return dir;
}

const articlePage = readFileSync(join(repoRoot(), 'test', 'fixtures', 'html', 'invented-article.html'), 'utf8');

function kept(decisions: readonly BlockDecision[]): string[] {
  return decisions.filter((d) => d.keep).map((d) => d.block.text);
}

function removalOf(decisions: readonly BlockDecision[], fragment: string): { category: string; rule: string } | 'kept' | 'absent' {
  const d = decisions.find((x) => x.block.text.includes(fragment));
  if (d === undefined) return 'absent';
  return d.keep ? 'kept' : { category: d.category, rule: d.rule };
}

test('keeps the article paragraphs and headline of a page in source order', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  const text = kept(decisions);
  assert.equal(text[0], 'Harbour town opens floating library');
  assert.equal(decisions.find((d) => d.keep && d.block.text === text[0])?.block.kind, 'title');
  assert.ok(text[1]?.startsWith('The small harbour town of Wellmere'));
  assert.ok(text.at(-1)?.startsWith('Funding for the first year'));
  assert.equal(text.length, 6);
});

test('drops page furniture with the category that explains it', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  const cases: [string, string][] = [
    ['Home', 'navigation'],
    ['Copyright 2024', 'page-chrome'],
    ['The converted ferry at its mooring', 'caption'],
    ['Share on Facebook', 'share'],
    ['Sign up for our morning briefing', 'subscription'],
    ['Island ferry timetable', 'related'],
    ['By Mira Quillon', 'metadata-fragment'],
  ];
  for (const [fragment, category] of cases) {
    const removal = removalOf(decisions, fragment);
    assert.ok(typeof removal === 'object', `${fragment} should be removed, got ${String(removal)}`);
    assert.equal(removal.category, category, `${fragment}: ${removal.rule}`);
    assert.ok(removal.rule.length > 0);
  }
});

test('exact pieces of every block slice back to the same characters in the HTML', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  let exactPieces = 0;
  for (const { block } of decisions) {
    for (const piece of block.pieces) {
      const textPart = block.text.slice(piece.textStart, piece.textStart + piece.textLength);
      if (piece.textLength === piece.sourceLength) {
        exactPieces++;
        assert.equal(articlePage.slice(piece.sourceStart, piece.sourceStart + piece.sourceLength), textPart);
      } else {
        assert.match(articlePage.slice(piece.sourceStart, piece.sourceStart + piece.sourceLength), /^&[#\w]+;?$/);
      }
      assert.ok(piece.sourceStart >= block.sourceSpan.start && piece.sourceStart + piece.sourceLength <= block.sourceSpan.end);
    }
  }
  assert.ok(exactPieces > 20);
});

test('pieces survive assembly into the clean text and map it back to the source', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  const assembled = assembleText(decisions, 'invented-article.html');
  const quote = assembled.text.indexOf('Otto Brandvik');
  const segment = assembled.offsets.find((s) => s.textStart <= quote && quote < s.textStart + s.textLength);
  assert.ok(segment !== undefined && segment.textLength === segment.sourceLength);
  const sourceAt = segment.sourceStart + (quote - segment.textStart);
  assert.equal(articlePage.slice(sourceAt, sourceAt + 'Otto Brandvik'.length), 'Otto Brandvik');
});

test('decodes entities and collapses whitespace, including no-break spaces', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  const quote = kept(decisions).find((t) => t.includes('harbour master'));
  assert.equal(
    quote,
    '“People told us a boat was a strange place for books & maps,” said the harbour master, Otto Brandvik, who chaired the fundraising committee. “Now they queue on the quay before it opens.”',
  );
  assert.ok(kept(decisions).some((t) => t.includes('project’s organisers')));
});

test('never turns script, style, noscript or head content into text', () => {
  const { decisions } = extractHtmlBlocks(articlePage, {}, 'invented-article.html');
  const all = decisions.map((d) => d.block.text).join('\n');
  for (const hidden of ['__STATE__', 'never shown', 'color: red', 'style text', 'enable JavaScript', 'The Example Gazette</title>']) {
    assert.ok(!all.includes(hidden), hidden);
  }
});

const paragraph = (n: number): string =>
  `<p>Paragraph ${n} tells how the lighthouse keepers of the northern cape logged every passing ship, wrote the weather down twice a day, and kept the lamp burning through storms that lasted for weeks at a time.</p>`;

test('survives malformed HTML without throwing and still finds the text', () => {
  const pages: [string, string][] = [
    ['unclosed tags', `<div class="content">${paragraph(1)}<p>Second <b>bold <i>text ${paragraph(2)}<div>${paragraph(3)}`],
    ['stray end tags', `</div></span><div>${paragraph(1)}</div></div></article>${paragraph(2)}</td></tr>`],
    ['no body or html', `${paragraph(1)}${paragraph(2)}${paragraph(3)}`],
    ['unterminated comment and script', `<div>${paragraph(1)}${paragraph(2)}</div><!-- never closed <p>hidden</p>`],
    ['attribute soup', `<div class="a" class="b" id=x data-x='1 <p>'>${paragraph(1)}${paragraph(2)}</div><p <<>>`],
    ['huge inline JSON', `<script>var s = ${JSON.stringify({ text: 'x'.repeat(200_000) })};</script><div>${paragraph(1)}${paragraph(2)}</div>`],
  ];
  for (const [name, html] of pages) {
    const { decisions } = extractHtmlBlocks(html, {}, name);
    const text = kept(decisions).join('\n');
    assert.ok(text.includes('Paragraph 1 tells how'), `${name}: ${text.slice(0, 80)}`);
    assert.ok(!text.includes('hidden</p>') && !text.includes('xxxx'), name);
  }
});

test('a page cut off inside nested elements warns that it looks truncated', () => {
  const html = `<html><body>${'<div>'.repeat(20)}${paragraph(1)}${paragraph(2)}`;
  const { warnings, decisions } = extractHtmlBlocks(html, {}, 'cut.html');
  assert.equal(warnings[0]?.code, 'extract/malformed-html');
  assert.equal(warnings[0]?.input, 'cut.html');
  assert.ok(kept(decisions).length >= 2);
});

test('an empty or text-free page gives no kept blocks and no error', () => {
  for (const html of ['', '   ', '<html><head><title>x</title></head><body></body></html>', '<script>only()</script>', '<img src=a.png>']) {
    const { decisions } = extractHtmlBlocks(html);
    assert.deepEqual(kept(decisions), [], JSON.stringify(html));
  }
});

test('inline hover cards and visually hidden text stay out of the paragraph', () => {
  const html = `<article>${paragraph(1)}<p>The mayor <span class="person-tooltip"><a href="/p">Ada Voss</a><span>Latest stories about her</span></span>Ada Voss opened it<span style="display:none"> secretly</span>.</p>${paragraph(2)}</article>`;
  const { decisions } = extractHtmlBlocks(html);
  assert.ok(kept(decisions).includes('The mayor Ada Voss opened it.'));
});

test('breaks blocks at block elements and double line breaks, joins inline runs', () => {
  const html = `<div class="post-body">${paragraph(1)}<div>Lead text<br>same block<br><br>next block <em>with</em> <a href="#">inline</a> parts.</div>${paragraph(2)}</div>`;
  const { decisions } = extractHtmlBlocks(html);
  const texts = decisions.map((d) => d.block.text);
  assert.ok(texts.includes('Lead text same block'));
  assert.ok(texts.includes('next block with inline parts.'));
});
