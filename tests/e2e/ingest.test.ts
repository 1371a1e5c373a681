// End-to-end: the built CLI ingesting real files into a real SQLite store, as a user runs it.
// Covers idempotent re-ingest, every bad-input class in one batch, the exit codes, a kill in the
// middle of a batch, and the refusal to fetch from loopback without --allow-private.

import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCli, runCliAsync, startCli, tempDir } from './cli.js';

const SUBJECTS = ['The port authority', 'A council spokeswoman', 'The harbour master', 'Coastguard officers', 'The regional environment agency', 'Fishermen in the bay'];
const VERBS = ['said', 'reported', 'warned', 'confirmed', 'estimated', 'told reporters'];
const OBJECTS = ['oil had reached the northern beaches', 'the clean-up would take weeks', 'booms were holding at the harbour mouth', 'two more tanks were being inspected', 'samples showed diesel in the water', 'schools near the quay would stay open'];

/** Deterministic invented articles, distinct enough that none is a near-duplicate of another. */
function inventedArticle(n: number): string {
  let seed = n * 7919 + 17;
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  const title = `Spill update ${n}: ${OBJECTS[next(OBJECTS.length)]}`;
  const paragraphs: string[] = [];
  for (let p = 0; p < 4; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 3; s++) {
      sentences.push(`${SUBJECTS[next(SUBJECTS.length)]} ${VERBS[next(VERBS.length)]} on day ${n} that ${next(9000) + 100} litres were counted and ${OBJECTS[next(OBJECTS.length)]}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return `${title}\n\nBy Test Writer\nMonday 13 May 2024 09:${String(n % 60).padStart(2, '0')} BST\n\n${paragraphs.join('\n\n')}\n`;
}

function articlesIn(db: string): { id: string; title: string | null; sources: number }[] {
  const out = runCli(['articles', '--db', db, '--json']);
  assert.equal(out.status, 0, out.stderr);
  return out.stdout.trim() ? out.stdout.trim().split('\n').map((l) => JSON.parse(l)) : [];
}

describe('crosscheck ingest', () => {
  test('ingesting the same inputs twice changes nothing the second time', () => {
    const dir = tempDir();
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `a${i}.txt`), inventedArticle(i));
    // The store sits inside the folder being ingested, as with `crosscheck ingest .`: its own files are not inputs.
    const db = join(dir, 'store.db');
    const first = runCli(['ingest', dir, '--db', db, '--story', 'spill', '--json']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(JSON.parse(first.stdout).newArticles, 3);
    const before = articlesIn(db);
    const second = runCli(['ingest', dir, '--db', db, '--story', 'spill', '--json']);
    assert.equal(second.status, 0, second.stderr);
    const report = JSON.parse(second.stdout);
    assert.deepEqual([report.newArticles, report.newSources, report.unchanged, report.failed], [0, 0, 3, 0]);
    assert.deepEqual(articlesIn(db), before);
  });

  test('a batch with every kind of bad input stores the good ones and names each bad one', () => {
    const dir = tempDir();
    const good = join(dir, 'good.txt');
    writeFileSync(good, inventedArticle(1));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from(inventedArticle(2).replace('Spill', 'Caf\u00e9 spill'), 'latin1'));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync(`<html><head><title>Quay closed</title></head><body><article><h1>Quay closed</h1><p>${inventedArticle(3).replace(/\n+/g, '</p><p>')}</p></article></body></html>`));
    const binary = join(dir, 'photo.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const jsonl = join(dir, 'records.jsonl');
    writeFileSync(jsonl, [
      JSON.stringify({ url: 'https://harbourpost.example/a', title: 'Record one', text: inventedArticle(4), date_publish: '2024-05-13 10:00:00' }),
      '{"url": "https://harbourpost.example/b", "title": broken',
      JSON.stringify({ url: 'https://harbourpost.example/c', title: 'No body here' }),
    ].join('\n'));
    const feed = join(dir, 'broken.xml');
    writeFileSync(feed, '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title></channel></rss>');
    const missing = join(dir, 'nope', 'missing.txt');
    const db = join(dir, 'store.db');

    const out = runCli(['ingest', good, join(dir, 'latin1.txt'), join(dir, 'page.html.gz'), binary, empty, jsonl, feed, missing, '--db', db]);
    assert.equal(out.status, 1, `exit code 1 when some inputs failed\n${out.stderr}`);
    const expectations: [string, RegExp][] = [
      [binary, /error\[ingest\/binary\]/],
      [empty, /error\[ingest\/empty\]/],
      [`${jsonl}`, /error\[ingest\/jsonl-syntax\]/],
      [`${jsonl}`, /error\[ingest\/jsonl-shape\]/],
      [feed, /error\[ingest\/feed-syntax\]/],
      [missing, /error\[ingest\/not-found\]/],
    ];
    for (const [input, code] of expectations) {
      const line = out.stderr.split('\n').find((l) => code.test(l) && l.includes(input));
      assert.ok(line, `expected ${code} naming ${input} in:\n${out.stderr}`);
    }
    const titles = articlesIn(db).map((a) => a.title).sort();
    assert.equal(titles.length, 4, `good.txt, latin1.txt, page.html.gz and one JSONL record: ${JSON.stringify(titles)}`);
    assert.ok(titles.some((t) => t?.includes('Caf\u00e9')), 'Latin-1 text decoded, not mangled');
  });

  test('when every input fails the exit code says nothing was done', () => {
    const dir = tempDir();
    const out = runCli(['ingest', join(dir, 'missing-1.txt'), join(dir, 'missing-2.txt'), '--db', join(dir, 's.db')]);
    assert.equal(out.status, 3);
  });

  test('stdin is read with -', () => {
    const dir = tempDir();
    const db = join(dir, 's.db');
    const out = runCli(['ingest', '-', '--db', db, '--json'], { input: inventedArticle(9) });
    assert.equal(out.status, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).newArticles, 1);
  });

  test('a kill in the middle of a batch leaves a consistent store, and a re-run completes it', async () => {
    const dir = tempDir();
    const inputs = join(dir, 'inputs');
    mkdirSync(inputs);
    const total = 400;
    for (let i = 0; i < total; i++) writeFileSync(join(inputs, `doc-${String(i).padStart(4, '0')}.txt`), inventedArticle(i));
    const db = join(dir, 'store.db');
    const child = startCli(['ingest', inputs, '--db', db, '--json']);
    const exited = once(child, 'exit');
    let killedMidway = false;
    for (let polls = 0; polls < 6000 && child.exitCode === null; polls++) {
      await new Promise((r) => setTimeout(r, 5));
      try {
        const reader = new Database(db, { readonly: true, fileMustExist: true });
        const n = (reader.prepare('select count(*) as n from articles').get() as { n: number }).n;
        reader.close();
        if (n >= 20) {
          child.kill('SIGKILL');
          killedMidway = n < total;
          break;
        }
      } catch {
        // The store is still being created or migrated.
      }
    }
    await exited;
    assert.ok(killedMidway, 'the kill landed before the batch finished');

    const reader = new Database(db, { readonly: true });
    assert.equal((reader.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
    const orphanDocuments = reader.prepare('select count(*) as n from documents d left join articles a on a.id = d.article_id where a.id is null').get() as { n: number };
    const articlesWithoutDocument = reader.prepare('select count(*) as n from articles a where not exists (select 1 from documents d where d.id = a.primary_document_id)').get() as { n: number };
    const bandsWithoutArticle = reader.prepare('select count(*) as n from article_bands b left join articles a on a.id = b.article_id where a.id is null').get() as { n: number };
    reader.close();
    assert.deepEqual([orphanDocuments.n, articlesWithoutDocument.n, bandsWithoutArticle.n], [0, 0, 0]);

    const rerun = runCli(['ingest', inputs, '--db', db, '--json']);
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.equal(articlesIn(db).length, total);
  });

  test('URLs on loopback are refused without --allow-private, and the server sees no request', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>Local page</title></head><body><article><h1>Local page</h1><p>${inventedArticle(5).replace(/\n+/g, '</p><p>')}</p></article></body></html>`);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    const url = `http://127.0.0.1:${port}/story`;
    const dir = tempDir();
    try {
      const refused = await runCliAsync(['ingest', url, '--db', join(dir, 's.db')]);
      assert.equal(refused.status, 3);
      assert.match(refused.stderr, /error\[fetch\/refused-address\]/);
      assert.ok(refused.stderr.includes(url), 'the message names the URL');
      assert.equal(requests, 0, 'nothing was sent to the private address');

      const allowed = await runCliAsync(['ingest', url, '--db', join(dir, 's.db'), '--allow-private', '--json']);
      assert.equal(allowed.status, 0, allowed.stderr);
      assert.equal(JSON.parse(allowed.stdout).newArticles, 1);
      assert.equal(requests, 1);
    } finally {
      server.close();
    }
  });
});

describe('crosscheck extract', () => {
  test('prints one JSON object per document with the contract fields, storing nothing', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.txt'), inventedArticle(11));
    writeFileSync(join(dir, 'two.txt'), inventedArticle(12));
    const out = runCli(['extract', join(dir, 'one.txt'), join(dir, 'two.txt'), '--jsonl'], { cwd: dir });
    assert.equal(out.status, 0, out.stderr);
    const records = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(records.length, 2);
    for (const r of records) {
      for (const field of ['file', 'url', 'title', 'published', 'outlet', 'text']) assert.ok(field in r, `field ${field}`);
      const n = Number(/^Spill update (\d+):/.exec(r.title)?.[1]);
      assert.ok(n === 11 || n === 12, r.title);
      assert.equal(r.published, `2024-05-13T09:${n}:00+01:00`, 'the visible dateline, BST as +01:00');
    }
  });
});

