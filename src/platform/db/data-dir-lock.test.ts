import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { KjtError } from '../errors.ts';
import { lockDataDir } from './data-dir-lock.ts';

describe('data directory lock (a second PGlite process would silently lose rows)', () => {
  it('refuses a second opener while the first holds the directory, with a clear message', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-lock-'));
    const release = lockDataDir(dataDir);
    try {
      // A separate process, as a second `kjt serve` would be.
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', '-e', `import('${path.resolve('src/platform/db/data-dir-lock.ts')}').then(m => m.lockDataDir(${JSON.stringify(dataDir)})).then(() => process.exit(0), e => { console.error(e.messages?.zh, e.messages?.en); process.exit(7) })`],
        { encoding: 'utf8' },
      );
      assert.equal(child.status, 7, child.stderr);
      assert.match(child.stderr, /已被另一个进程/);
      assert.match(child.stderr, /in use by another process/);
    } finally {
      release();
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second opener in the same process too', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-lock-'));
    const release = lockDataDir(dataDir);
    assert.throws(() => lockDataDir(dataDir), (error: unknown) => error instanceof KjtError && error.code === 'DATA_DIR_LOCKED');
    release();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes over a lock left by a process that no longer exists', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kjt-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    fs.writeFileSync(path.join(dataDir, 'kjt.lock'), JSON.stringify({ pid: Number(dead.stdout.trim()), host: os.hostname(), since: 'earlier' }));
    const release = lockDataDir(dataDir);
    const holder = JSON.parse(fs.readFileSync(path.join(dataDir, 'kjt.lock'), 'utf8'));
    assert.equal(holder.pid, process.pid);
    release();
    assert.equal(fs.existsSync(path.join(dataDir, 'kjt.lock')), false);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
