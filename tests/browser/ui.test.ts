// The web UI in a real browser (Debian's Chromium through playwright-core) against a server on
// 127.0.0.1 loaded with the seeds: the troop chart shows the brief's figures with their claimants,
// a figure opens its article with the evidence marked, the claims table's filters narrow it as the
// API says they should, an article full of script payloads renders as inert text, and no page
// breaks the Content-Security-Policy or asks another host for anything. Screenshots go to
// bench/out/screenshots/ for a person to look at.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { BriefResponse, ClaimFacets, ClaimsResponse, FigureSeries, PropositionSummary, SearchResponse } from '../../src/server/api-types.js';
import { SHARED } from '../e2e/cli.js';
import { getJson, SCREENSHOTS, SKIP_BROWSER, startUiFixture, type UiFixture } from './harness.js';

const SEED_STORY = 'seed story';
const PAYLOAD_STORY = 'payload check';

/**
 * Invented articles whose words are attacks on a page that would render them as HTML: a text dump
 * (few enough tags that ingest reads it as text) and an HTML page whose text carries escaped markup.
 */
const PAYLOAD_TEXT = [
  'Harbour council publishes <script>window.__xss=1;alert(1)</script> report',
  '',
  'By Test Writer',
  'Tuesday 14 May 2024 10:00 BST',
  '',
  'The harbour council said on Monday that <img src=x onerror="window.__xss=2;alert(2)"> was printed in its report by mistake.',
  '',
  'A spokesperson for the council said the link javascript:window.__xss=3;alert(3) would be removed, and that 40 pages were affected.',
  '',
  'Residents said the council should check javascript:alert(4) links before publishing anything else.',
  '',
].join('\n');

const PAYLOAD_HTML = `<!doctype html><html><head><title>Ferry board &lt;script&gt;alert(5)&lt;/script&gt; statement</title>
<link rel="canonical" href="javascript:window.__xss=6">
<meta property="og:site_name" content="Payload &lt;img src=x onerror=alert(7)&gt; Gazette">
</head><body><article><h1>Ferry board &lt;script&gt;window.__xss=5&lt;/script&gt; statement</h1>
<p>The ferry board said on Tuesday that &lt;img src=x onerror="window.__xss=8;alert(8)"&gt; appeared in a notice to passengers.</p>
<p>Its chair said the board would remove &lt;svg onload="window.__xss=9"&gt; and a javascript:window.__xss=10 link from the page, and that 12 crossings were cancelled.</p>
<script>window.__xss = 11;</script>
</article></body></html>`;

/** The gold set's troop figures (../shared/gold/story.json), for checking the chart where the brief has them. */
function goldTroopValues(): number[] {
  const story = JSON.parse(readFileSync(join(SHARED!, 'gold', 'story.json'), 'utf8')) as { troop_count_claims: { value: number | null }[] };
  return [...new Set(story.troop_count_claims.flatMap((c) => (c.value === null ? [] : [c.value])))];
}

const en = (n: number) => n.toLocaleString('en-GB');

describe('web UI in Chromium', { skip: SKIP_BROWSER }, () => {
  let fx: UiFixture;
  let page: Page;
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  const consoleProblems: string[] = [];

  before(async () => {
    fx = await startUiFixture(SEED_STORY, [{ story: PAYLOAD_STORY, files: { 'payloads.txt': PAYLOAD_TEXT, 'payloads.html': PAYLOAD_HTML } }]);
    page = await fx.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(fx.base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreignRequests.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text())) consoleProblems.push(m.text());
    });
    page.on('pageerror', (e) => consoleProblems.push(String(e)));
  });

  after(async () => {
    await fx?.close();
  });

  async function open(path: string, ready: string): Promise<void> {
    await page.goto(`${fx.base}/${path}`);
    await page.waitForSelector(ready);
  }

  test('the troop chart shows each figure the brief gives, with its claimant, and the gold figures where the brief has them', async () => {
    const { series } = await getJson<{ series: FigureSeries[] }>(fx.base, `/api/stories/${encodeURIComponent(SEED_STORY)}/series`);
    // The troop proposition: of the count propositions counting troops, the one with the most figures.
    const troops = series.filter((s) => /troop|soldier|personnel/i.test(s.unit ?? '')).sort((a, b) => b.figures.length - a.figures.length)[0];
    assert.ok(troops, `the brief has no count proposition of troops; it has: ${series.map((s) => s.label).join('; ')}`);
    await open(`#/s/${encodeURIComponent(SEED_STORY)}`, `svg.figure-chart[data-proposition="${troops.id}"]`);
    const chart = page.locator(`svg.figure-chart[data-proposition="${troops.id}"]`);
    const marks = await chart.locator('.figure-mark').evaluateAll((nodes) =>
      nodes.map((n) => ({ claimant: n.getAttribute('data-claimant'), label: n.getAttribute('data-label'), shown: n.querySelector('text')?.textContent ?? '' })),
    );
    assert.equal(marks.length, troops.figures.length, 'one mark per figure');
    assert.deepEqual(marks.map((m) => m.claimant).sort(), troops.figures.map((f) => f.claimant.name).sort(), 'every claimant of the brief, as often');
    troops.figures.forEach((f, i) => {
      assert.equal(marks[i]!.label, marks[i]!.shown, 'the label drawn is the label meant');
      if (f.value !== null) assert.ok(marks[i]!.shown.includes(en(f.value)), `figure ${i} of ${f.claimant.name} shows ${en(f.value)}: "${marks[i]!.shown}"`);
    });
    const legend = await page.locator('figure.chart', { has: chart }).locator('.legend li').allTextContents();
    assert.deepEqual(new Set(legend), new Set(troops.figures.map((f) => f.claimant.name)), 'the legend names every claimant');

    const gold = goldTroopValues();
    const inBrief = gold.filter((v) => troops.figures.some((f) => f.value === v || f.alternatives?.includes(v)));
    assert.ok(inBrief.length > 0, `none of the gold troop figures (${gold.map(en).join(', ')}) is in the brief's troop proposition`);
    for (const value of inBrief) {
      for (const [i, f] of troops.figures.entries()) {
        if (f.value !== value && !f.alternatives?.includes(value)) continue;
        assert.ok(marks[i]!.shown.includes(en(value)) && marks[i]!.claimant === f.claimant.name, `gold ${en(value)} by ${f.claimant.name} is drawn as such`);
      }
    }
    await chart.screenshot({ path: join(SCREENSHOTS, 'troop-chart.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });
  });

  test('the overview lists every relation between claims the brief draws, each with its kind and why', async () => {
    const { brief } = await getJson<{ brief: { claimRelations?: { kind: string; why: string }[] } }>(fx.base, `/api/stories/${encodeURIComponent(SEED_STORY)}/brief`);
    const relations = brief.claimRelations ?? [];
    assert.ok(relations.length > 0, 'the seed brief relates some claims');
    await open(`#/s/${encodeURIComponent(SEED_STORY)}`, '.claim-relations h2');
    const shown = await page.locator('.claim-relations li').evaluateAll((items) => items.map((li) => li.querySelector('.why')?.textContent ?? ''));
    assert.deepEqual([...shown].sort(), relations.map((r) => r.why).sort());
  });

  test('clicking a figure opens its article with the evidence words marked, and the article links back to the chart', async () => {
    const { series } = await getJson<{ series: FigureSeries[] }>(fx.base, `/api/stories/${encodeURIComponent(SEED_STORY)}/series`);
    const charted = series.filter((s) => s.figures.length >= 2);
    const target = charted.flatMap((s) => s.figures.map((f, i) => ({ s, f, i }))).find(({ f }) => f.evidence.length > 0 && f.value !== null);
    assert.ok(target, 'a charted figure with evidence');
    const evidence = target.f.evidence[0]!;
    await open(`#/s/${encodeURIComponent(SEED_STORY)}`, `svg.figure-chart[data-proposition="${target.s.id}"]`);
    await page.locator(`svg.figure-chart[data-proposition="${target.s.id}"] .figure-mark[data-figure="${target.i}"]`).click();
    await page.waitForSelector('mark#evidence');
    assert.match(page.url(), new RegExp(`#/a/${evidence.article}\\?`));
    assert.equal(await page.locator('mark#evidence').textContent(), evidence.exact);
    const article = await getJson<{ text: string }>(fx.base, `/api/articles/${evidence.article}`);
    assert.equal(article.text.slice(evidence.start, evidence.end), evidence.exact, 'the mark is where the brief says');
    await page.screenshot({ path: join(SCREENSHOTS, 'article-evidence.png') });

    const back = page.locator('a.back-link', { hasText: target.s.label }).first();
    await back.click();
    await page.waitForSelector('tr.focused');
    assert.match(page.url(), /[?&]prop=/);
  });

  test('the claims table narrows by stance, speaker, words, outlet, proposition and dates to what the API counts', async () => {
    const story = encodeURIComponent(SEED_STORY);
    const all = await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&limit=1`);
    const facets = await getJson<ClaimFacets>(fx.base, `/api/claims/facets?story=${story}`);
    await open(`#/s/${story}/claims`, 'p.counts[data-total]');
    assert.equal(await page.locator('p.counts').getAttribute('data-total'), String(all.total));

    const rows = (attribute: string) => page.locator('tr.claim').evaluateAll((nodes, a) => nodes.map((n) => n.getAttribute(a) ?? ''), attribute);
    const totalIs = (n: number) => page.waitForSelector(`p.counts[data-total="${n}"]`);

    const rare = [...facets.stances].sort((a, b) => a.claims - b.claims)[0]!;
    await page.selectOption('select[name=stance]', rare.stance);
    await totalIs(rare.claims);
    assert.ok(rare.claims < all.total);
    assert.deepEqual(new Set(await rows('data-stance')), new Set([rare.stance]));
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-by-stance.png') });

    await page.click('button:has-text("Clear")');
    await totalIs(all.total);
    const speaker = facets.speakers[0]!.name;
    const part = speaker.split(/\s+/).sort((a, b) => b.length - a.length)[0]!.toUpperCase();
    const bySpeaker = await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&speaker=${encodeURIComponent(part)}&limit=1`);
    await page.fill('input[name=speaker]', part);
    await page.click('button:has-text("Filter")');
    await totalIs(bySpeaker.total);
    assert.ok(bySpeaker.total > 0 && bySpeaker.total < all.total);
    for (const name of await rows('data-speaker')) assert.ok(name.toUpperCase().includes(part), `${name} contains ${part}`);

    await page.click('button:has-text("Clear")');
    await totalIs(all.total);
    const first = (await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&limit=20`)).claims;
    const word = first.flatMap((c) => c.content.text.match(/\p{L}{7,}/gu) ?? [])[0]!;
    const byWord = await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&text=${encodeURIComponent(word)}&limit=500`);
    await page.fill('input[name=text]', word);
    await page.click('button:has-text("Filter")');
    await totalIs(byWord.total);
    assert.ok(byWord.total > 0 && byWord.total < all.total, `"${word}" narrows the table`);
    const shown = await page.locator('tr.claim td.content a').allTextContents();
    assert.deepEqual(shown, byWord.claims.slice(0, 50).map((c) => c.content.text));
    await page.screenshot({ path: join(SCREENSHOTS, 'claims-by-words.png') });

    // Outlet, proposition and publication dates, each against the API's own count.
    await page.click('button:has-text("Clear")');
    await totalIs(all.total);
    const outlet = facets.outlets[0]!;
    await page.selectOption('select[name=outlet]', outlet.name);
    await totalIs(outlet.claims);
    assert.deepEqual(new Set(await page.locator('tr.claim td.outlet').allTextContents()), new Set([outlet.name]));

    await page.click('button:has-text("Clear")');
    await totalIs(all.total);
    const { propositions } = await getJson<{ propositions: PropositionSummary[] }>(fx.base, `/api/stories/${story}/propositions`);
    const proposition = [...propositions].sort((a, b) => b.figures + b.stances - (a.figures + a.stances))[0]!;
    const byProposition = await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&proposition=${encodeURIComponent(proposition.id)}&limit=1`);
    await page.selectOption('select[name=proposition]', proposition.id);
    await totalIs(byProposition.total);
    assert.ok(byProposition.total > 0 && byProposition.total < all.total);

    await page.click('button:has-text("Clear")');
    await totalIs(all.total);
    const days = [...new Set(first.flatMap((c) => (c.article.published ? [c.article.published.slice(0, 10)] : [])))].sort();
    const day = days[days.length - 1]!;
    const byDay = await getJson<ClaimsResponse>(fx.base, `/api/claims?story=${story}&from=${day}&to=${day}&limit=500`);
    await page.fill('input[name=from]', day);
    await page.fill('input[name=to]', day);
    await page.click('button:has-text("Filter")');
    await totalIs(byDay.total);
    assert.ok(byDay.total > 0 && byDay.total < all.total, `${day} narrows the table`);
    for (const c of byDay.claims) assert.equal(c.article.published?.slice(0, 10), day);
  });

  test('an article carrying <script>, <img onerror> and javascript: payloads renders as inert text', async () => {
    const { articles } = await getJson<{ articles: { id: string; title: string | null }[] }>(fx.base, `/api/articles?story=${encodeURIComponent(PAYLOAD_STORY)}`);
    assert.equal(articles.length, 2);
    // Evaluated in the page (a string, since this file is compiled without the DOM's types).
    const hostile = async () =>
      page.evaluate(`({
        xss: window.__xss ?? null,
        injected: document.querySelectorAll('main script, main img, main iframe, main object, main embed, [onerror], [onload], [onclick]').length,
        javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      })`);
    for (const a of articles) {
      const path = `#/a/${a.id}?story=${encodeURIComponent(PAYLOAD_STORY)}`;
      await open(path, '.reader .text');
      const text = (await page.locator('.reader .text').textContent()) ?? '';
      assert.match(text, /<(img|svg) /, 'the payload is shown as the words it is');
      await page.locator('.removed-toggle input').check();
      await page.locator('.reader .text').click({ position: { x: 5, y: 5 } });
      assert.deepEqual(await hostile(), { xss: null, injected: 0, javascriptLinks: 0 });
      assert.equal(page.url(), `${fx.base}/${path}`, 'no navigation');
      await page.screenshot({ path: join(SCREENSHOTS, `payload-article-${a.id.slice(0, 8)}.png`), fullPage: true });
    }
    const search = await getJson<SearchResponse>(fx.base, `/api/search?q=onerror&story=${encodeURIComponent(PAYLOAD_STORY)}`);
    assert.equal(search.total, 2);
    await open(`#/search?q=onerror&story=${encodeURIComponent(PAYLOAD_STORY)}`, '.hit');
    assert.deepEqual(await hostile(), { xss: null, injected: 0, javascriptLinks: 0 });
    await open(`#/s/${encodeURIComponent(PAYLOAD_STORY)}/claims`, 'p.counts[data-total]');
    await open(`#/s/${encodeURIComponent(PAYLOAD_STORY)}`, 'h1');
    assert.deepEqual(await hostile(), { xss: null, injected: 0, javascriptLinks: 0 });
    assert.deepEqual(dialogs, []);
  });

  test('the ingest form uploads a file and follows the job to its end', async () => {
    await open(`#/ingest?story=${encodeURIComponent('uploaded notes')}`, 'form.ingest');
    await page.fill('input[name=story]', 'uploaded notes');
    const notice = 'Lighthouse board cuts hours\n\nThe lighthouse board said on Friday that the visitor centre would close at four, and that 14 guides would move to the harbour office.\n';
    await page.setInputFiles('input[name=files]', { name: 'lighthouse-notice.txt', mimeType: 'text/plain', buffer: Buffer.from(notice) });
    await page.click('form.ingest button[type=submit]');
    await page.waitForSelector('.job[data-state="done"]');
    assert.deepEqual(await page.locator('.results .badge').allTextContents(), ['new-article']);
    await page.screenshot({ path: join(SCREENSHOTS, 'ingest-done.png') });
    const brief = await getJson<BriefResponse>(fx.base, `/api/stories/${encodeURIComponent('uploaded notes')}/brief`);
    assert.equal(brief.brief.articles.length, 1);
  });

  test('the other views render, for the screenshots', async () => {
    const story = encodeURIComponent(SEED_STORY);
    const views: [string, string, string][] = [
      ['timeline', `#/s/${story}/timeline`, '.timeline .event'],
      ['independence', `#/s/${story}/independence`, 'svg.flow'],
      ['search', `#/search?q=${encodeURIComponent('special forces')}&story=${story}`, '.hit'],
    ];
    for (const [name, path, ready] of views) {
      await open(path, ready);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    }
    await open(`#/s/${story}`, 'svg.figure-chart');
    const [brief] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Markdown")')]);
    assert.match(brief.suggestedFilename(), /-brief\.md$/);
    const markdown = readFileSync((await brief.path())!, 'utf8');
    assert.match(markdown, new RegExp(`^# .*${SEED_STORY}`, 'm'), 'the brief of this story');

    await open(`#/s/${story}/changes`, 'button');
    await page.click('button:has-text("Take a snapshot now")');
    await page.click('.snapshots button >> nth=0');
    await page.waitForSelector('.changes h2');
    const diff = await getJson<{ changes: { text: string }[] }>(fx.base, `/api/stories/${story}/changes?since=1`);
    assert.match((await page.locator('.changes h2').textContent()) ?? '', /^Since snapshot 1 /);
    assert.deepEqual(await page.locator('.changes li').evaluateAll((nodes) => nodes.map((n) => n.lastChild?.textContent ?? '')), diff.changes.map((c) => c.text));
    await page.screenshot({ path: join(SCREENSHOTS, 'changes.png'), fullPage: true });
  });

  test('no page broke the Content-Security-Policy, failed, or asked another host for anything', () => {
    assert.deepEqual(foreignRequests, []);
    assert.deepEqual(consoleProblems, []);
  });
});
