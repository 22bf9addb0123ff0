#!/usr/bin/env node
// Runs the compiled command line, building it first when the sources are newer
// (and the web app too before `start`).
import { ensureServerBuild, ensureWebBuild } from '../scripts/build.js';

await ensureServerBuild();
if (process.argv[2] === 'start') await ensureWebBuild();
const { main } = await import('../dist/cli/main.js');
try {
  await main(process.argv);
} catch (err) {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exitCode = process.exitCode || 1;
}
