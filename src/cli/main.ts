import { Command } from 'commander';
import { AppError } from '../server/errors.js';
import { commands } from './commands/index.js';

/** Entry point of the `healthplan` command line. */
export async function main(argv: string[]): Promise<void> {
  const program = new Command();
  program
    .name('healthplan')
    .description('卫健规划监测评估平台 healthplan — regional health plan monitoring and evaluation')
    .showHelpAfterError()
    .exitOverride((err) => {
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      throw err;
    });
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (isCommanderExit(err)) return;
    if (err instanceof AppError) {
      process.stderr.write(`错误 ${err.code}: ${err.messages.zh}\nError ${err.code}: ${err.messages.en}\n`);
      process.exitCode = 1;
      return;
    }
    throw err;
  }
}

function isCommanderExit(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String((err as { code: unknown }).code).startsWith('commander.');
}
