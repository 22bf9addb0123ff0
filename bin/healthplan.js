#!/usr/bin/env node
// Runs the compiled command line, building it first when the sources are newer.
import { ensureServerBuild } from '../scripts/build.js';

await ensureServerBuild();
const { main } = await import('../dist/cli/main.js');
try {
  await main(process.argv);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = process.exitCode || 1;
}
