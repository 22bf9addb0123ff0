import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { connect, type DatabaseHandle } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { isEmpty, loadDemo } from './demo/load.js';
import { ensureAdministrator } from './features/users/service.js';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

/** Starts the product: database, migrations, first administrator, demo content on an empty database, HTTP. */
export async function startServer(config: Config): Promise<RunningServer> {
  const handle = await connect({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(handle);
    const ctx = { db: handle.db, actor: null, channel: 'system' as const, requestId: null };
    const admin = await ensureAdministrator(ctx, config.adminPassword);
    if (admin) {
      const shown = admin.password ?? '(HEALTHPLAN_ADMIN_PASSWORD)';
      process.stdout.write(
        `\n管理员账号已创建 Administrator created: user "${admin.username}", password ${shown}\n` +
          (admin.password ? '请妥善保存，此密码只显示这一次。Keep it safe: it is shown only this once.\n\n' : '\n'),
      );
    }
    if (config.loadDemo && (await isEmpty(ctx))) {
      const { loaded } = await loadDemo(ctx);
      process.stdout.write(`已载入示例规划 Demo plans loaded: ${loaded.map((s) => s.plan).join(', ') || '—'}\n`);
    }
  } catch (err) {
    await handle.close();
    throw err;
  }
  const app = await buildApp({ handle, config });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      await app.close();
      await handle.close();
    })();
    return stopping;
  };
  return { app, handle, url, stop };
}
