import { Command } from 'commander';
import { afterEach, beforeEach, vi } from 'vitest';

export interface CapturedOutput {
  stdout: string;
  stderr: string;
}

/**
 * Runs commands in the test's own process with stdout and stderr captured, which is much faster
 * than spawning the command line. Call once at the top of a test file.
 */
export function captureCommandOutput(registers: Array<(program: Command) => void>) {
  const output: CapturedOutput = { stdout: '', stderr: '' };
  beforeEach(() => {
    output.stdout = '';
    output.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  const run = async (...args: string[]): Promise<number> => {
    const program = new Command().exitOverride();
    for (const register of registers) register(program);
    await program.parseAsync(args, { from: 'user' });
    return Number(process.exitCode ?? 0);
  };
  return { output, run };
}
