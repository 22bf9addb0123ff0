// Tests that run the command line spawn bin/healthplan.js, which rebuilds dist/ when sources are newer.
// Building once here, before any test file runs, keeps parallel test files from building at the same time.
import { ensureServerBuild } from './build.js';

export default async function setup() {
  await ensureServerBuild();
}
