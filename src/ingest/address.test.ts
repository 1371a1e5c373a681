import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyAddress } from './address.js';

test('classifyAddress refuses private, loopback, link-local and special ranges and allows public ones', () => {
  const cases: readonly [string, 'public' | 'refused' | 'invalid'][] = [
    ['127.0.0.1', 'refused'],
    ['127.255.255.254', 'refused'],
    ['10.0.0.1', 'refused'],
    ['10.255.255.255', 'refused'],
    ['172.16.0.1', 'refused'],
    ['172.31.255.255', 'refused'],
    ['172.15.255.255', 'public'],
    ['172.32.0.1', 'public'],
    ['192.168.1.20', 'refused'],
    ['169.254.169.254', 'refused'],
    ['100.64.0.1', 'refused'],
    ['100.127.255.255', 'refused'],
    ['100.128.0.1', 'public'],
    ['0.0.0.0', 'refused'],
    ['224.0.0.251', 'refused'],
    ['255.255.255.255', 'refused'],
    ['198.18.0.1', 'refused'],
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['93.184.216.34', 'public'],
    ['::', 'refused'],
    ['::1', 'refused'],
    ['[::1]', 'refused'],
    ['fe80::1', 'refused'],
    ['fe80::1%eth0', 'refused'],
    ['fc00::1', 'refused'],
    ['fd12:3456:789a::1', 'refused'],
    ['ff02::1', 'refused'],
    ['::ffff:127.0.0.1', 'refused'],
    ['::ffff:7f00:1', 'refused'],
    ['::ffff:10.1.2.3', 'refused'],
    ['::ffff:8.8.8.8', 'public'],
    ['64:ff9b::a9fe:a9fe', 'refused'], // NAT64 of 169.254.169.254
    ['2002:c0a8:0101::1', 'refused'], // 6to4 of 192.168.1.1
    ['2001:db8::1', 'refused'],
    ['2001:4860:4860::8888', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['not-an-ip', 'invalid'],
    ['300.1.1.1', 'invalid'],
  ];
  for (const [address, expected] of cases) {
    assert.equal(classifyAddress(address).kind, expected, address);
  }
});

test('classifyAddress names the range it refused', () => {
  const verdict = classifyAddress('::ffff:127.0.0.1');
  assert.equal(verdict.kind, 'refused');
  assert.ok(verdict.kind === 'refused' && verdict.name.includes('loopback') && verdict.range.includes('127.0.0.0/8'), JSON.stringify(verdict));
  const link = classifyAddress('169.254.169.254');
  assert.ok(link.kind === 'refused' && link.name.includes('link-local'));
});
