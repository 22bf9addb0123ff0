import type { Command } from 'commander';
import { register as backup } from './backup.js';
import { register as createToken } from './create-token.js';
import { register as createUser } from './create-user.js';
import { register as demo } from './demo.js';
import { register as evaluate } from './evaluate.js';
import { register as expr } from './expr.js';
import { register as importData } from './import-data.js';
import { register as importPlan } from './import-plan.js';
import { register as migrate } from './migrate.js';
import { register as parseTarget } from './parse-target.js';
import { register as plans } from './plans.js';
import { register as progress } from './progress.js';
import { register as report } from './report.js';
import { register as start } from './start.js';

/** Every command of the command line; each module registers its command(s). */
export const commands: Array<(program: Command) => void> = [start, migrate, createUser, createToken, backup, plans, expr, parseTarget, progress, importPlan, evaluate, report, demo, importData];
