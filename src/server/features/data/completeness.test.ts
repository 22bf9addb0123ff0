import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { seedMentougou } from './testing.js';

interface Completeness {
  period: string;
  orgUnits: Array<{ code: string; status: string; reopenReason: string | null; canWrite: boolean; canApprove: boolean }>;
  counts: { total: number; submitted: number; approved: number };
}

describe.each(testDatabases)('completeness of a data set on $name', (database) => {
  let t: TestApp;
  let clerkDayu: TestSession;
  let approverDistrict: TestSession;
  const url = '/api/data/completeness?dataSet=HEALTH_RESOURCES&period=2020';
  const read = async (s: TestSession) => (await t.as(s, 'GET', url)).json() as Completeness;

  beforeAll(async () => {
    t = await openTestApp(database);
    await seedMentougou(t, await t.login('admin'));
    await t.user('clerk-a', [{ role: 'clerk', orgUnit: 'dayu' }]);
    await t.user('approver-d', [{ role: 'approver', orgUnit: 'mentougou' }]);
    clerkDayu = await t.login('clerk-a');
    approverDistrict = await t.login('approver-d');
  });
  afterAll(async () => t?.close());

  it('refuses anonymous callers and periods of another type', async () => {
    const anonymous = await t.as(null, 'GET', url);
    expect(anonymous.statusCode).toBe(401);
    const monthly = await t.as(approverDistrict, 'GET', '/api/data/completeness?dataSet=HEALTH_RESOURCES&period=202003');
    expect(monthly.statusCode).toBe(400);
    expect(monthly.json().error.field).toBe('period');
  });

  it('shows a clerk only their own street, and the district approver all three reporting units', async () => {
    const clerk = await read(clerkDayu);
    expect(clerk.orgUnits).toEqual([expect.objectContaining({ code: 'dayu', status: 'draft', canWrite: true, canApprove: false })]);
    const approver = await read(approverDistrict);
    expect(approver.orgUnits.map((u) => u.code)).toEqual(['chengzi', 'dayu', 'mentougou']);
    expect(approver.orgUnits.every((u) => !u.canWrite && u.canApprove)).toBe(true);
    expect(approver.counts).toEqual({ total: 3, submitted: 0, approved: 0 });
  });

  it('counts a submitted form, then an approved one, and shows the reason of a reopened one', async () => {
    const form = { dataSet: 'HEALTH_RESOURCES', orgUnit: 'dayu', period: '2020' };
    await t.as(clerkDayu, 'PUT', '/api/data/values', { dataElement: 'BEDS', orgUnit: 'dayu', period: '2020', value: 2989 });
    expect((await t.as(clerkDayu, 'POST', '/api/data/submissions/submit', form)).statusCode).toBe(200);
    expect((await read(approverDistrict)).counts).toEqual({ total: 3, submitted: 1, approved: 0 });
    expect((await t.as(approverDistrict, 'POST', '/api/data/submissions/approve', form)).statusCode).toBe(200);
    const approved = await read(approverDistrict);
    expect(approved.counts).toEqual({ total: 3, submitted: 1, approved: 1 });
    expect(approved.orgUnits.find((u) => u.code === 'dayu')?.status).toBe('approved');
    expect((await t.as(approverDistrict, 'POST', '/api/data/submissions/reopen', { ...form, reason: '床位数口径更正' })).statusCode).toBe(200);
    const reopened = (await read(clerkDayu)).orgUnits[0];
    expect(reopened).toMatchObject({ status: 'draft', reopenReason: '床位数口径更正' });
    expect((await read(approverDistrict)).counts).toEqual({ total: 3, submitted: 0, approved: 0 });
  });
});
