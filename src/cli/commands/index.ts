import type { Command } from 'commander';

/** Every command of the command line; each module registers one command. */
export const commands: Array<(program: Command) => void> = [];
