import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** OpenAPI 3 document at /api/openapi.json (each operation names its permission as x-permission) and a browsable page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'healthplan API — 卫健规划监测评估平台',
        version,
        description:
          'Cookie sessions (POST /api/auth/login) need the x-csrf-token header on writes; scripts use `Authorization: Bearer <token>` ' +
          '(npx healthplan create-token USER). Errors: {"error": {"code", "message", "messageZh", "messageEn", "field"?}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hp_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: ({ schema, url, route }) => {
      const permission = route.config?.permission ?? 'public';
      const transformed = { ...(schema ?? {}), 'x-permission': permission } as Record<string, unknown>;
      if (permission !== 'public') transformed.security = [{ session: [] }, { token: [] }];
      return { schema: transformed as never, url };
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () => app.swagger());
}
