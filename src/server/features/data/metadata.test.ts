import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { seedMentougou } from './testing.js';

describe.each(testDatabases)('data elements and data sets on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let planner: TestSession;
  let clerk: TestSession;

  const audit = (entityType: string) =>
    t.handle.db.selectFrom('audit_log').select(['action', 'before', 'after', 'username']).where('entity_type', '=', entityType).orderBy('id').execute();

  beforeAll(async () => {
    t = await openTestApp(database);
    admin = await t.login('admin');
    await seedMentougou(t, admin);
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('clerk', [{ role: 'clerk', orgUnit: 'dayu' }]);
    planner = await t.login('planner');
    clerk = await t.login('clerk');
  });
  afterAll(async () => t?.close());

  it('creates a data element with its English name and disaggregations, and records it in the audit trail', async () => {
    const res = await t.as(planner, 'POST', '/api/data/elements', {
      code: 'INFANT_DEATHS',
      name: '婴儿死亡数',
      nameEn: 'Infant deaths',
      unit: '人',
      valueType: 'integer',
      aggregationAcross: 'sum',
      aggregationOverTime: 'sum',
      disaggregations: ['男', '女'],
      min: 0,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'INFANT_DEATHS', name: '婴儿死亡数', nameEn: 'Infant deaths', disaggregations: ['男', '女'], min: 0, max: null, version: 1 });
    const listed = (await t.as(clerk, 'GET', '/api/data/elements')).json().items.find((e: { code: string }) => e.code === 'INFANT_DEATHS');
    expect(listed.disaggregations).toEqual(['男', '女']);
    const trail = await audit('data_element');
    expect(trail.at(-1)).toMatchObject({ action: 'create', username: 'planner', after: { code: 'INFANT_DEATHS', nameEn: 'Infant deaths' } });
  });

  it('changes an element with the version read, and refuses a stale version with the current one (409)', async () => {
    const changed = await t.as(planner, 'PATCH', '/api/data/elements/INFANT_DEATHS', { version: 1, disaggregations: ['男', '女', '未知'], max: 500 });
    expect(changed.json()).toMatchObject({ version: 2, disaggregations: ['男', '女', '未知'], max: 500 });
    const stale = await t.as(admin, 'PATCH', '/api/data/elements/INFANT_DEATHS', { version: 1, name: '婴儿死亡人数' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { version: 2, max: 500 } });
    const trail = await audit('data_element');
    expect(trail.at(-1)).toMatchObject({ action: 'update', before: { disaggregations: ['男', '女'] }, after: { disaggregations: ['男', '女', '未知'] } });
  });

  it('names the field of a bad element', async () => {
    const twice = await t.as(planner, 'PATCH', '/api/data/elements/INFANT_DEATHS', { version: 2, disaggregations: ['男', '男'] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({ field: 'disaggregations/1', messageZh: '分类“男”重复' });
    const bounds = await t.as(planner, 'PATCH', '/api/data/elements/INFANT_DEATHS', { version: 2, min: 600 });
    expect(bounds.json().error).toMatchObject({ field: 'min', messageEn: 'The minimum 600 is above the maximum 500' });
    const taken = await t.as(planner, 'POST', '/api/data/elements', { code: 'BEDS', name: '床位', aggregationAcross: 'sum', aggregationOverTime: 'last' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'ALREADY_EXISTS', field: 'code' });
    expect((await t.as(planner, 'GET', '/api/data/elements')).json().items.find((e: { code: string }) => e.code === 'INFANT_DEATHS').version).toBe(2);
  });

  it('changes a data set’s elements, reporting org units and input window, with 409 on a stale version', async () => {
    const res = await t.as(planner, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', {
      version: 1,
      elements: ['BEDS', 'REHAB_BEDS', 'INFANT_DEATHS'],
      orgUnits: ['dayu', 'chengzi'],
      openFrom: '2025-01-01',
      openUntil: '2025-03-31',
    });
    expect(res.json()).toMatchObject({ version: 2, elements: ['BEDS', 'REHAB_BEDS', 'INFANT_DEATHS'], orgUnits: ['chengzi', 'dayu'], openFrom: '2025-01-01', openUntil: '2025-03-31' });
    const stale = await t.as(admin, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', { version: 1, name: '卫生资源' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.current.version).toBe(2);
    const window = await t.as(planner, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', { version: 2, openFrom: '2025-04-01' });
    expect(window.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'openFrom' });
    const unknown = await t.as(planner, 'POST', '/api/data/sets', { code: 'X', name: 'X', periodType: 'yearly', elements: ['NO_SUCH'], orgUnits: [] });
    expect(unknown.json().error).toMatchObject({ field: 'elements', messageEn: 'Unknown data elements: NO_SUCH' });
    expect((await audit('data_set')).map((a) => a.action)).toEqual(['create', 'update']);
  });

  it('refuses anonymous callers (401) and users who may not change metadata (403)', async () => {
    const element = { code: 'X_ELEMENT', name: 'x', aggregationAcross: 'sum', aggregationOverTime: 'sum' };
    expect((await t.as(null, 'POST', '/api/data/elements', element)).statusCode).toBe(401);
    expect((await t.as(null, 'GET', '/api/data/sets')).statusCode).toBe(401);
    const byClerk = await t.as(clerk, 'POST', '/api/data/elements', element);
    expect(byClerk.statusCode).toBe(403);
    expect(byClerk.json().error.code).toBe('FORBIDDEN');
    expect((await t.as(clerk, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', { version: 2, name: 'x' })).statusCode).toBe(403);
    expect((await t.as(clerk, 'PATCH', '/api/data/elements/BEDS', { version: 1, name: 'x' })).statusCode).toBe(403);
    expect((await t.as(admin, 'GET', '/api/data/elements')).json().items.map((e: { code: string }) => e.code)).not.toContain('X_ELEMENT');
  });
});
