// A throwaway PostgreSQL cluster for contract tests: initdb into a temporary folder, start it on a
// free loopback port, stop and delete it when the test process exits. Returns a connection URL,
// or the reason it could not start (so the caller can skip saying why).

import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function findBinary(name: string): string | null {
  for (const dir of ['/usr/local/bin', '/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin', '/usr/bin']) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startThrowawayPostgres(): Promise<string> {
  const initdb = findBinary('initdb');
  const pgCtl = findBinary('pg_ctl');
  if (!initdb || !pgCtl) return 'no PostgreSQL server binaries (initdb, pg_ctl) on this machine';
  // initdb refuses to run as root; run it as the postgres user when we are root.
  const asRoot = process.getuid?.() === 0;
  if (asRoot && spawnSync('id', ['postgres']).status !== 0) return 'running as root and there is no postgres user to run the server';
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-pg-'));
  chmodSync(dir, 0o777);
  const run = (cmd: string, args: string[]) =>
    asRoot ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' });
  const port = await freePort();
  const data = join(dir, 'data');
  try {
    run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    run(pgCtl, ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `could not start a throwaway PostgreSQL: ${(error as Error).message.split('\n')[0]}`;
  }
  process.on('exit', () => {
    try {
      run(pgCtl, ['-D', data, '-m', 'immediate', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}
