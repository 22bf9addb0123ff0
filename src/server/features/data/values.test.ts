import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { seedMentougou } from './testing.js';

describe.each(testDatabases)('data entry and workflow on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let clerkDayu: TestSession;
  let clerkDayu2: TestSession;
  let clerkChengzi: TestSession;
  let approverChengzi: TestSession;
  let approverDistrict: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    admin = await t.login('admin');
    await seedMentougou(t, admin);
    await t.user('clerk-a', [{ role: 'clerk', orgUnit: 'dayu' }]);
    await t.user('clerk-a2', [{ role: 'clerk', orgUnit: 'dayu' }]);
    await t.user('clerk-b', [{ role: 'clerk', orgUnit: 'chengzi' }]);
    await t.user('approver-b', [{ role: 'approver', orgUnit: 'chengzi' }]);
    await t.user('approver-d', [{ role: 'approver', orgUnit: 'mentougou' }]);
    clerkDayu = await t.login('clerk-a');
    clerkDayu2 = await t.login('clerk-a2');
    clerkChengzi = await t.login('clerk-b');
    approverChengzi = await t.login('approver-b');
    approverDistrict = await t.login('approver-d');
  });
  afterAll(async () => t?.close());

  const put = (s: TestSession, body: object) => t.as(s, 'PUT', '/api/data/values', body);

  it('shows the form with empty cells, then the value entered with its version and provenance', async () => {
    const empty = await t.as(clerkDayu, 'GET', '/api/data/values?dataSet=HEALTH_RESOURCES&orgUnit=dayu&period=2020');
    expect(empty.statusCode).toBe(200);
    expect(empty.json().cells.map((c: { dataElement: string }) => c.dataElement)).toEqual(['BEDS', 'REHAB_BEDS', 'FD_COVERAGE', 'POP']);
    expect(empty.json().cells[0].value).toBeNull();
    const res = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2020', value: 2989, comment: '区卫生统计年报' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: 2989, version: 1, status: 'draft', provenance: 'entry' });
    const form = await t.as(clerkDayu, 'GET', '/api/data/values?dataSet=HEALTH_RESOURCES&orgUnit=dayu&period=2020');
    expect(form.json().cells[0]).toMatchObject({ dataElement: 'BEDS', value: 2989, version: 1, comment: '区卫生统计年报', provenance: 'entry' });
  });

  it('refuses the second writer who does not send the version read, with the current value', async () => {
    const first = await put(clerkDayu, { dataElement: 'REHAB_BEDS', orgUnit: 'dayu', period: '2020', value: 120 });
    expect(first.json().version).toBe(1);
    const changed = await put(clerkDayu, { dataElement: 'REHAB_BEDS', orgUnit: 'dayu', period: '2020', value: 122, version: 1 });
    expect(changed.json()).toMatchObject({ value: 122, version: 2 });
    const stale = await put(clerkDayu2, { dataElement: 'REHAB_BEDS', orgUnit: 'dayu', period: '2020', value: 130, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect(stale.json().error.current).toMatchObject({ value: 122, version: 2 });
    const blind = await put(clerkDayu2, { dataElement: 'REHAB_BEDS', orgUnit: 'dayu', period: '2020', value: 130 });
    expect(blind.statusCode).toBe(409);
  });

  it('keeps every change in the cell history, which no API can alter', async () => {
    const res = await t.as(clerkDayu, 'GET', '/api/data/values/history?dataElement=REHAB_BEDS&orgUnit=dayu&period=2020');
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((i: { action: string }) => i.action)).toEqual(['create', 'update']);
    expect(items[1]).toMatchObject({ username: 'clerk-a', before: { value: 120 }, after: { value: 122 }, channel: 'form' });
    await expect(t.handle.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
  });

  it('takes 常住人口 only by the sexes it declares, and a plain total only for elements that declare none', async () => {
    const cell = { dataElement: 'POP', orgUnit: 'dayu', period: '2019' };
    const total = await put(clerkDayu, { ...cell, value: 392606 });
    expect(total.statusCode).toBe(400);
    expect(total.json().error).toMatchObject({ code: 'UNKNOWN_DISAGGREGATION', field: 'disaggregation', allowed: ['男', '女'] });
    expect(total.json().error.messageZh).toBe('数据 POP / dayu / 2019：数据项 POP 按分类填报，缺少分类；允许的分类：男、女');
    const unknown = await put(clerkDayu, { ...cell, disaggregation: '未知', value: 1200 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.messageEn).toBe('POP / dayu / 2019: the data element POP has no disaggregation "未知"; allowed: 男, 女');
    const bedsBySex = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2019', disaggregation: '男', value: 300 });
    expect(bedsBySex.statusCode).toBe(400);
    expect(bedsBySex.json().error.messageZh).toContain('数据项 BEDS 不分类填报，分类“男”不被接受；允许的分类：无（留空）');
    const stored = await t.handle.db.selectFrom('data_values').select('disaggregation').where('disaggregation', '!=', '').execute();
    expect(stored).toEqual([]);
    const male = await put(clerkDayu, { ...cell, disaggregation: '男', value: 199915 });
    expect(male.statusCode).toBe(200);
    expect(male.json()).toMatchObject({ disaggregation: '男', value: 199915, version: 1 });
  });

  it('refuses values of the wrong type or outside the bounds, naming the cell', async () => {
    const fraction = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2021', value: 12.5 });
    expect(fraction.statusCode).toBe(400);
    expect(fraction.json().error.messageZh).toContain('BEDS / dayu / 2021');
    expect(fraction.json().error.messageEn).toContain('whole number');
    const percent = await put(clerkDayu, { dataElement: 'FD_COVERAGE', orgUnit: 'dayu', period: '2021', value: '104' });
    expect(percent.statusCode).toBe(400);
    const negative = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2021', value: -1 });
    expect(negative.json().error.messageEn).toContain('below the minimum 0');
  });

  it('keeps a clerk to their own street', async () => {
    const write = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'chengzi', period: '2020', value: 500 });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('OUT_OF_SCOPE');
    const read = await t.as(clerkDayu, 'GET', '/api/data/values?dataSet=HEALTH_RESOURCES&orgUnit=chengzi&period=2020');
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('OUT_OF_SCOPE');
    const district = await t.as(clerkDayu, 'GET', '/api/data/values?dataSet=HEALTH_RESOURCES&orgUnit=mentougou&period=2020');
    expect(district.statusCode).toBe(403);
  });

  it('runs submit, approve (locking), and reopen with a reason; approvers act only inside their subtree', async () => {
    const submission = { dataSet: 'HEALTH_RESOURCES', orgUnit: 'dayu', period: '2020' };
    const early = await t.as(approverDistrict, 'POST', '/api/data/submissions/approve', submission);
    expect(early.statusCode).toBe(409);
    const otherClerk = await t.as(clerkChengzi, 'POST', '/api/data/submissions/submit', submission);
    expect(otherClerk.json().error.code).toBe('OUT_OF_SCOPE');
    const submitted = await t.as(clerkDayu, 'POST', '/api/data/submissions/submit', submission);
    expect(submitted.json()).toMatchObject({ status: 'submitted', values: 2 });
    const outside = await t.as(approverChengzi, 'POST', '/api/data/submissions/approve', submission);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('OUT_OF_SCOPE');
    const approved = await t.as(approverDistrict, 'POST', '/api/data/submissions/approve', submission);
    expect(approved.json()).toMatchObject({ status: 'approved', values: 2 });
    const form = await t.as(clerkDayu, 'GET', '/api/data/values?dataSet=HEALTH_RESOURCES&orgUnit=dayu&period=2020');
    expect(form.json().status).toBe('approved');
    expect(form.json().cells[0].status).toBe('approved');

    const locked = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2020', value: 3000, version: 1 });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('LOCKED');
    const newCell = await put(clerkDayu, { dataElement: 'FD_COVERAGE', orgUnit: 'dayu', period: '2020', value: 80 });
    expect(newCell.statusCode).toBe(423);

    const clerkReopen = await t.as(clerkDayu, 'POST', '/api/data/submissions/reopen', { ...submission, reason: '更正' });
    expect(clerkReopen.statusCode).toBe(403);
    const noReason = await t.as(approverDistrict, 'POST', '/api/data/submissions/reopen', submission);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.field).toBe('reason');
    const reopened = await t.as(approverDistrict, 'POST', '/api/data/submissions/reopen', { ...submission, reason: '床位数口径更正' });
    expect(reopened.json()).toMatchObject({ status: 'draft', reopenReason: '床位数口径更正' });
    const again = await put(clerkDayu, { dataElement: 'BEDS', orgUnit: 'dayu', period: '2020', value: 2990, version: 1 });
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe('draft');
  });

  it('refuses entry when the input window is closed', async () => {
    const set = (await t.as(admin, 'GET', '/api/data/sets')).json().items[0];
    const closed = await t.as(admin, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', { version: set.version, openFrom: '2021-01-01', openUntil: '2021-03-31' });
    expect(closed.statusCode).toBe(200);
    const res = await put(clerkChengzi, { dataElement: 'BEDS', orgUnit: 'chengzi', period: '2020', value: 400 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('INPUT_WINDOW_CLOSED');
    const reopened = await t.as(admin, 'PATCH', '/api/data/sets/HEALTH_RESOURCES', { version: set.version + 1, openFrom: null, openUntil: null });
    expect(reopened.statusCode).toBe(200);
    expect((await put(clerkChengzi, { dataElement: 'BEDS', orgUnit: 'chengzi', period: '2020', value: 400 })).statusCode).toBe(200);
  });

  it('checks validation rules on entry and lists quality findings on demand', async () => {
    const rule = await t.as(admin, 'POST', '/api/data/validation-rules', {
      code: 'REHAB_LE_BEDS',
      name: '康复护理床位不超过实有床位',
      leftSide: '#{REHAB_BEDS}',
      operator: '<=',
      rightSide: '#{BEDS}',
    });
    expect(rule.statusCode).toBe(201);
    const typo = await t.as(admin, 'POST', '/api/data/validation-rules', { code: 'X', name: 'x', leftSide: '#{BEDZ}', operator: '<=', rightSide: '#{BEDS}' });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error.messageEn).toContain('BEDS');

    const entered = await put(clerkChengzi, { dataElement: 'REHAB_BEDS', orgUnit: 'chengzi', period: '2020', value: 450 });
    expect(entered.statusCode).toBe(200);
    expect(entered.json().violations).toHaveLength(1);
    expect(entered.json().violations[0]).toMatchObject({ rule: 'REHAB_LE_BEDS', left: 450, right: 400 });

    await put(clerkChengzi, { dataElement: 'BEDS', orgUnit: 'chengzi', period: '2019', value: 200 });
    const quality = await t.as(approverDistrict, 'GET', '/api/data/quality?orgUnit=mentougou&period=2020');
    expect(quality.statusCode).toBe(200);
    const found = quality.json().violations.map((v: { kind: string; orgUnit: string; dataElement?: string; rule?: string }) => `${v.kind}:${v.orgUnit}:${v.dataElement ?? v.rule}`);
    expect(found.sort()).toEqual(['change:chengzi:BEDS', 'rule:chengzi:REHAB_LE_BEDS']);
    const scoped = await t.as(clerkDayu, 'GET', '/api/data/quality?orgUnit=dayu&period=2020');
    expect(scoped.json().violations).toEqual([]);
  });
});
