// Builds what is missing or stale: the server and command line (tsc → dist/) and the
// web app (vite → dist/web). Used by `npm start`, the `healthplan` bin and `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function stale(outputMarker, inputs) {
  const out = existsSync(outputMarker) ? statSync(outputMarker).mtimeMs : 0;
  return inputs.some((input) => newestMtime(join(root, input)) > out);
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`build failed: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

export async function ensureServerBuild() {
  const marker = join(root, 'dist', '.tsbuildinfo');
  if (stale(marker, ['src/domain', 'src/server', 'src/cli', 'src/bench', 'tsconfig.build.json', 'package.json'])) {
    process.stderr.write('building server (tsc)…\n');
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
    // tsc leaves its build info untouched when nothing changed; mark the build as current.
    const now = new Date();
    utimesSync(marker, now, now);
  }
}

export async function ensureWebBuild() {
  const marker = join(root, 'dist', 'web', 'index.html');
  if (stale(marker, ['src/web', 'src/domain', 'vite.config.ts', 'package.json'])) {
    process.stderr.write('building web app (vite)…\n');
    run(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensureServerBuild();
  await ensureWebBuild();
}
