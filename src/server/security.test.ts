// Loopback detection, Host parsing, token comparison and upload names: the small decisions the
// server's safety rests on, case by case.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeFileName } from './ingest-jobs.js';
import { generateToken, hostOfHeader, isLoopbackHost, tokenMatches } from './security.js';

test('only addresses this machine alone can reach count as loopback', () => {
  const cases: [string, boolean][] = [
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['LOCALHOST', true],
    ['::1', true],
    ['[::1]', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['10.0.0.1', false],
    ['localhost.attacker.example', false],
    ['127.0.0.1.nip.io', false],
  ];
  for (const [host, loopback] of cases) assert.equal(isLoopbackHost(host), loopback, host);
});

test('the host of a Host header drops the port, and the brackets of an IPv6 address', () => {
  const cases: [string, string][] = [
    ['127.0.0.1:4780', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['[::1]:4780', '::1'],
    ['[::1]', '::1'],
    ['attacker.example:80', 'attacker.example'],
  ];
  for (const [header, host] of cases) assert.equal(hostOfHeader(header), host, header);
});

test('a bearer token matches only exactly, and generated tokens differ', () => {
  const token = generateToken();
  assert.ok(token.length >= 32 && /^[A-Za-z0-9_-]+$/.test(token));
  assert.notEqual(generateToken(), token);
  assert.equal(tokenMatches(token, `Bearer ${token}`), true);
  assert.equal(tokenMatches(token, `bearer ${token}`), true);
  for (const header of [undefined, '', token, `Bearer ${token}x`, `Bearer ${token.slice(1)}`, `Basic ${token}`, `Bearer  `]) {
    assert.equal(tokenMatches(token, header), false, String(header));
  }
});

test('uploaded file names keep letters, digits and the extension, never a path or a hidden name', () => {
  const cases: [string, string][] = [
    ['report.html', 'report.html'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['.env', 'env'],
    ['my page (1).htm', 'my_page_1_.htm'],
    ['Zürich-Bericht.txt', 'Zürich-Bericht.txt'],
    ['', 'upload'],
    ['...', 'upload'],
    [`${'a'.repeat(300)}.jsonl`, `${'a'.repeat(94)}.jsonl`],
  ];
  for (const [name, safe] of cases) assert.equal(safeFileName(name), safe, name);
});
