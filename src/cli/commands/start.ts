import type { Command } from 'commander';
import { startServer } from '../../server/main.js';
import { configFrom, withDatabaseOptions } from '../database.js';

export function register(program: Command): void {
  withDatabaseOptions(program.command('start'))
    .description('start the server: web app and API on http://localhost:3000 (PORT)')
    .option('--port <port>', 'port to listen on (or PORT)')
    .action(async (options: { dataDir?: string; databaseUrl?: string; port?: string }) => {
      if (options.port) process.env.PORT = options.port;
      const server = await startServer(configFrom(options));
      process.stdout.write(`healthplan 已启动 running at ${server.url}  (API ${server.url}/api/docs)\n`);
      const shutdown = (signal: string) => {
        server.app.log.info({ signal }, 'shutting down');
        server.stop().then(
          () => process.exit(0),
          (err) => {
            console.error(err);
            process.exit(1);
          },
        );
      };
      process.once('SIGINT', () => shutdown('SIGINT'));
      process.once('SIGTERM', () => shutdown('SIGTERM'));
    });
}
