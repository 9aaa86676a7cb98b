import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PlatformError } from '../errors.ts';

/**
 * PGlite has no guard against a second process opening the same directory: the second one starts
 * without error and rows written by either are silently lost. So the directory is locked by a file
 * created with O_EXCL; a lock left by a process that no longer exists is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'kjt.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeFileSync(fd, JSON.stringify({ pid: process.pid, host: os.hostname(), since: new Date().toISOString() }));
      fs.closeSync(fd);
      let isReleased = false;
      const release = () => {
        if (isReleased) return;
        isReleased = true;
        process.off('exit', release);
        try {
          fs.rmSync(lockPath, { force: true });
        } catch {
          // the directory may already be gone (tests remove their temporary directories)
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder && holder.host === os.hostname() && isProcessAlive(holder.pid)) {
        throw new PlatformError('DATA_DIR_LOCKED', { dataDir, pid: holder.pid, since: holder.since });
      }
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new PlatformError('DATA_DIR_LOCKED', { dataDir });
}

function readHolder(lockPath: string): { pid: number; host: string; since: string } | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, 'utf8'));
  } catch {
    return undefined;
  }
}

function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
