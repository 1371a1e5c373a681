import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { expandInputs, inputLabel, segmentMatcher, type ConcreteInput } from './inputs.js';

const root = mkdtempSync(join(tmpdir(), 'crosscheck-inputs-'));
after(() => rmSync(root, { recursive: true, force: true }));

function tree(base: string, files: Record<string, string>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), content);
  }
  return base;
}

const describe = (inputs: readonly ConcreteInput[], base: string) =>
  inputs.map((i) => (i.kind === 'unusable' ? `${i.diagnostic.code}` : `${i.kind}:${inputLabel(i).replace(`${base}/`, '')}`));

test('walks a directory depth first in code-unit name order, skipping hidden and non-news files', async () => {
  const dir = tree(join(root, 'walk'), {
    'b.txt': 'story b',
    'a.html': '<p>story a</p>',
    'Z.txt': 'story Z',
    '.hidden.txt': 'hidden',
    '.git/config.txt': 'hidden dir',
    'photo.png': 'not really a png',
    'archive.zip': 'not really a zip',
    'sub/c.txt': 'story c',
    'sub/deeper/d.jsonl': '{"text":"d"}',
    'sub2.txt': 'story sub2', // after the sub/ directory: "sub" < "sub2.txt"
  });
  assert.deepEqual(describe(await expandInputs([dir]), dir), [
    'file:Z.txt',
    'file:a.html',
    'file:b.txt',
    'file:sub/c.txt',
    'file:sub/deeper/d.jsonl',
    'file:sub2.txt',
  ]);
});

test('expands URL lists: a .urls file always, a .txt only when every line is a URL', async () => {
  const dir = tree(join(root, 'lists'), {
    'feeds.urls': '# morning feeds\nhttps://courier.example/rss\n\nnot a url\nhttp://saltholm.example/atom.xml\n',
    'links.txt': 'https://courier.example/a\nhttps://courier.example/b\n',
    'notes.txt': 'https://courier.example/a is worth reading\n',
  });
  const inputs = await expandInputs([join(dir, 'feeds.urls'), join(dir, 'links.txt'), join(dir, 'notes.txt')]);
  assert.deepEqual(describe(inputs, dir), [
    'url:https://courier.example/rss',
    'fetch/bad-url',
    'url:http://saltholm.example/atom.xml',
    'url:https://courier.example/a',
    'url:https://courier.example/b',
    'file:notes.txt',
  ]);
  const bad = inputs[1]!;
  assert.ok(bad.kind === 'unusable' && bad.diagnostic.place?.line === 4);
  const listed = inputs[2]!;
  assert.ok(listed.kind === 'url' && listed.listedIn?.line === 5);
});

test('expands globs with *, **, ? and [..], sorted, skipping hidden entries', async () => {
  const dir = tree(join(root, 'g'), {
    'one.txt': '1',
    'two.txt': '2',
    'ten.txt': '10',
    'three.html': '<p>3</p>',
    '.secret.txt': 's',
    'news/2025/a.txt': 'a',
    'news/2025/b.html': 'b',
    'news/2024/c.txt': 'c',
    'news/.drafts/x.txt': 'x',
  });
  const cases: readonly [string, string[]][] = [
    ['*.txt', ['one.txt', 'ten.txt', 'two.txt']],
    ['t??.txt', ['ten.txt', 'two.txt']],
    ['[ot]*.txt', ['one.txt', 'ten.txt', 'two.txt']],
    ['[!o]*.txt', ['ten.txt', 'two.txt']],
    ['**/*.txt', ['news/2024/c.txt', 'news/2025/a.txt', 'one.txt', 'ten.txt', 'two.txt']],
    ['news/*/a.txt', ['news/2025/a.txt']],
    ['news/202?', ['news/2024/c.txt', 'news/2025/a.txt', 'news/2025/b.html']],
    ['.s*', ['.secret.txt']],
  ];
  for (const [pattern, expected] of cases) {
    const inputs = await expandInputs([`${dir}/${pattern}`]);
    assert.deepEqual(describe(inputs, dir), expected.map((p) => `file:${p}`), pattern);
  }
});

test('a relative glob yields relative paths', async () => {
  const dir = tree(join(root, 'rel'), { 'x.txt': 'x', 'y.txt': 'y' });
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    assert.deepEqual(describe(await expandInputs(['*.txt']), dir), ['file:x.txt', 'file:y.txt']);
  } finally {
    process.chdir(cwd);
  }
});

test('names nothing-matching globs, missing paths and foreign schemes, and passes URLs and stdin through in order', async () => {
  const inputs = await expandInputs([`${root}/g/*.pdf`, `${root}/missing.txt`, 'https://courier.example/x', '-', 'ftp://files.example/a.txt']);
  assert.deepEqual(inputs.map((i) => (i.kind === 'unusable' ? i.diagnostic.code : i.kind)), ['ingest/not-found', 'ingest/not-found', 'url', 'stdin', 'fetch/bad-url']);
  const missing = inputs[1]!;
  assert.ok(missing.kind === 'unusable' && missing.diagnostic.input === `${root}/missing.txt` && /no file or directory/.test(missing.diagnostic.message));
});

test('segmentMatcher translates one glob segment', () => {
  const cases: readonly [string, string, boolean][] = [
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.txt.gz', false],
    ['?.txt', 'ab.txt', false],
    ['[a-c]1', 'b1', true],
    ['[a-c]1', 'd1', false],
    ['[!a]*', 'abc', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
    ['[unclosed', '[unclosed', true],
  ];
  for (const [pattern, name, expected] of cases) assert.equal(segmentMatcher(pattern).test(name), expected, `${pattern} ~ ${name}`);
});
