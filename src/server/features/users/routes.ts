import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { serviceContext } from '../../auth/hooks.js';
import { ROLES } from '../../auth/permissions.js';
import type { Database } from '../../db/schema.js';
import { createUser, listUsers, updateUser, type CreateUserInput, type UpdateUserInput } from './service.js';

const roleSchema = {
  type: 'object',
  required: ['role'],
  additionalProperties: false,
  properties: {
    role: { type: 'string', enum: ROLES },
    orgUnit: { type: ['string', 'null'] },
    department: { type: ['string', 'null'] },
    plan: { type: ['string', 'null'] },
  },
};

export function userRoutes(app: FastifyInstance, db: Kysely<Database>): void {
  app.get('/api/users', { config: { permission: 'users:manage' }, schema: { tags: ['users'], summary: 'List users' } }, async (request) => ({
    items: await listUsers(serviceContext(request, db)),
  }));

  app.post(
    '/api/users',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles and scopes',
        body: {
          type: 'object',
          required: ['username', 'password', 'roles'],
          additionalProperties: false,
          properties: {
            username: { type: 'string', minLength: 2, maxLength: 64 },
            displayName: { type: 'string', minLength: 1, maxLength: 100 },
            password: { type: 'string', minLength: 8, maxLength: 256 },
            locale: { type: 'string', enum: ['zh-CN', 'en'] },
            roles: { type: 'array', items: roleSchema },
          },
        },
      },
    },
    async (request, reply) => reply.status(201).send(await createUser(serviceContext(request, db), request.body as CreateUserInput)),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'users:manage' },
      schema: {
        tags: ['users'],
        summary: 'Change a user (needs the version read; 409 when someone changed it since)',
        params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
        body: {
          type: 'object',
          required: ['version'],
          additionalProperties: false,
          properties: {
            version: { type: 'integer', minimum: 1 },
            displayName: { type: 'string', minLength: 1, maxLength: 100 },
            locale: { type: 'string', enum: ['zh-CN', 'en'] },
            active: { type: 'boolean' },
            password: { type: 'string', minLength: 8, maxLength: 256 },
            roles: { type: 'array', items: roleSchema },
          },
        },
      },
    },
    async (request) =>
      updateUser(serviceContext(request, db), (request.params as { id: number }).id, request.body as UpdateUserInput),
  );
}
