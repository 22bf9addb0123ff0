import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the server and the web app when their sources changed, so the tests never run a stale build. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // Vitest sets NODE_ENV=test, which would make Vite build React and antd in development mode.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(process.execPath, ['scripts/build.js'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`build failed (scripts/build.js exited with ${result.status})`);
}
