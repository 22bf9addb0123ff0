import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors.js';

export interface DataDirLock {
  release(): void;
}

/**
 * One process per embedded data directory: a second one would corrupt it. The lock file holds the
 * owner's pid; a lock left by a process that no longer runs is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = join(dataDir, 'healthplan.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new AppError(
          'DATA_DIR_LOCKED',
          {
            zh: `数据目录 ${dataDir} 正被另一个进程（pid ${owner}）使用；请先停止该进程，或用 HEALTHPLAN_DATA_DIR 指定其他目录`,
            en: `The data directory ${dataDir} is in use by another process (pid ${owner}); stop it first or choose another directory with HEALTHPLAN_DATA_DIR`,
          },
          { dataDir, pid: owner },
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new AppError('DATA_DIR_LOCKED', { zh: `无法锁定数据目录 ${dataDir}`, en: `Could not lock the data directory ${dataDir}` });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
