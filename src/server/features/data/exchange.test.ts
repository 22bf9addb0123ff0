import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { importValues } from './import.js';
import { seedMentougou } from './testing.js';
import { XLSX_TYPE } from './routes.js';

describe.each(testDatabases)('dataValueSets exchange and import on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let clerkDayu: TestSession;

  const exportUrl = (format: string) => `/api/dataValueSets?dataSet=HEALTH_RESOURCES&orgUnit=mentougou&children=true&format=${format}`;
  const upload = (session: TestSession, query: string, type: string, body: string | Buffer) =>
    t.app.inject({ method: 'POST', url: `/api/dataValueSets${query}`, payload: body, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type } });
  const count = async () => Number((await t.handle.db.selectFrom('data_values').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await openTestApp(database);
    admin = await t.login('admin');
    await seedMentougou(t, admin);
    await t.user('clerk-a', [{ role: 'clerk', orgUnit: 'dayu' }]);
    clerkDayu = await t.login('clerk-a');
  });
  afterAll(async () => t?.close());

  it('imports DHIS2 JSON with codes and reports the summary in DHIS2 shape', async () => {
    const res = await t.as(admin, 'POST', '/api/dataValueSets', {
      dataValues: [
        { dataElement: 'BEDS', period: '2020', orgUnit: 'mentougou', value: '2989', comment: '实有床位 2989 张' },
        { dataElement: 'REHAB_BEDS', period: '2020', orgUnit: 'mentougou', value: '122' },
        { dataElement: 'POP', period: '2020', orgUnit: 'mentougou', categoryOptionCombo: '男', value: '199915' },
        { dataElement: 'BEDS', period: '2020', orgUnit: 'chengzi', value: '1,200', comment: '含 "康复" 床位, 另计' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 4, updated: 0, ignored: 0, deleted: 0 }, conflicts: [] });
    const again = await t.as(admin, 'POST', '/api/dataValueSets', { dataValues: [{ dataElement: 'BEDS', period: '2020', orgUnit: 'mentougou', value: '2989', comment: '实有床位 2989 张' }] });
    expect(again.json().importCount).toEqual({ imported: 0, updated: 0, ignored: 1, deleted: 0 });
  });

  it('gives back what it took: JSON, CSV and XLSX exports re-import without changing anything', async () => {
    const json = await t.as(admin, 'GET', exportUrl('json'));
    expect(json.json().dataValues).toHaveLength(4);
    expect(json.json().dataValues).toContainEqual({ dataElement: 'POP', period: '2020', orgUnit: 'mentougou', categoryOptionCombo: '男', value: '199915' });
    const before = await t.handle.db.selectFrom('data_values').select(['value', 'comment', 'version', 'disaggregation']).orderBy('id').execute();

    const fromJson = await t.as(admin, 'POST', '/api/dataValueSets', json.json());
    expect(fromJson.json().importCount).toEqual({ imported: 0, updated: 0, ignored: 4, deleted: 0 });

    const csv = await t.as(admin, 'GET', exportUrl('csv'));
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('dataElement,period,orgUnit,categoryOptionCombo,value,comment');
    expect(csv.body).toContain('BEDS,2020,chengzi,,1200,"含 ""康复"" 床位, 另计"');
    const fromCsv = await upload(admin, '', 'text/csv', csv.body);
    expect(fromCsv.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 0, ignored: 4 } });

    const xlsx = await t.as(admin, 'GET', exportUrl('xlsx'));
    expect(xlsx.headers['content-type']).toBe(XLSX_TYPE);
    const fromXlsx = await upload(admin, '', XLSX_TYPE, xlsx.rawPayload);
    expect(fromXlsx.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 0, ignored: 4 } });

    const after = await t.handle.db.selectFrom('data_values').select(['value', 'comment', 'version', 'disaggregation']).orderBy('id').execute();
    expect(after).toEqual(before);
  });

  it('fills in a spreadsheet template and imports it', async () => {
    const template = await t.as(admin, 'GET', '/api/data/template?dataSet=HEALTH_RESOURCES&orgUnit=dayu&period=2021&format=csv');
    const lines = template.body.trim().split('\n');
    expect(lines[0]).toBe('dataElement,period,orgUnit,categoryOptionCombo,value,comment,dataElementName,orgUnitName,unit');
    expect(lines.slice(1)).toEqual([
      'BEDS,2021,dayu,,,,实有床位数,dayu,张',
      'REHAB_BEDS,2021,dayu,,,,康复护理床位数,dayu,张',
      'FD_COVERAGE,2021,dayu,,,,重点人群家庭医生签约覆盖率,dayu,%',
      'POP,2021,dayu,男,,,常住人口,dayu,人',
      'POP,2021,dayu,女,,,常住人口,dayu,人',
    ]);
    const filled = [lines[0], 'BEDS,2021,dayu,,310,,实有床位数,dayu,张', 'REHAB_BEDS,2021,dayu,,12,,康复护理床位数,dayu,张'].join('\n');
    const res = await upload(clerkDayu, '', 'text/csv', filled);
    expect(res.json().importCount.imported).toBe(2);
    const xlsx = await t.as(admin, 'GET', '/api/data/template?dataSet=HEALTH_RESOURCES&orgUnit=dayu&period=2021&format=xlsx');
    const dry = await upload(clerkDayu, '?dryRun=true', XLSX_TYPE, xlsx.rawPayload);
    // The template carries the values already entered: nothing to change, one empty cell refused.
    expect(dry.json().rows.map((r: { action: string }) => r.action)).toEqual(['unchanged', 'unchanged', 'reject', 'reject', 'reject']);
  });

  it('dry run says per row what would be created, changed or rejected and why, and writes nothing', async () => {
    const before = await count();
    const csv = [
      'dataElement,period,orgUnit,categoryOptionCombo,value,comment',
      'BEDS,2020,mentougou,,2990,',
      'BEDS,2022,mentougou,,3050,',
      'BEDS,2022,nowhere,,1,',
      'REHAB_BEDS,2022,mentougou,,-4,',
      'BEDS,2022年,mentougou,,1,',
    ].join('\n');
    const res = await upload(admin, '?dryRun=true', 'text/csv', csv);
    const body = res.json();
    expect(body).toMatchObject({ dryRun: true, status: 'ERROR' });
    expect(body.rows.map((r: { row: number; action: string; previous?: number }) => [r.row, r.action, r.previous ?? null])).toEqual([
      [2, 'update', 2989],
      [3, 'create', null],
      [4, 'reject', null],
      [5, 'reject', null],
      [6, 'reject', null],
    ]);
    expect(body.rows[2].reason.en).toBe('Row 4: the org unit nowhere does not exist');
    expect(body.rows[3].reason.zh).toContain('小于下限 0');
    expect(body.conflicts.map((c: { indexes: number[] }) => c.indexes[0])).toEqual([4, 5, 6]);
    expect(await count()).toBe(before);
  });

  it('refuses a value whose categoryOptionCombo its element does not declare, as a conflict naming the row', async () => {
    const before = await count();
    const res = await t.as(admin, 'POST', '/api/dataValueSets', {
      dataValues: [
        { dataElement: 'POP', period: '2020', orgUnit: 'mentougou', categoryOptionCombo: '女', value: '192691' },
        { dataElement: 'POP', period: '2020', orgUnit: 'mentougou', value: '392606' },
        { dataElement: 'BEDS', period: '2020', orgUnit: 'mentougou', categoryOptionCombo: 'KEY_GROUPS', value: '2989' },
      ],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 3 } });
    expect(res.json().conflicts).toEqual([
      { object: 'POP/mentougou/2020', errorCode: 'E7600', indexes: [2], value: expect.stringContaining('Row 2: POP / mentougou / 2020: the data element POP is collected by disaggregation and none is given; allowed: 男, 女') },
      { object: 'BEDS/mentougou/2020', errorCode: 'E7600', indexes: [3], value: expect.stringContaining('第 3 行：数据 BEDS / mentougou / 2020：数据项 BEDS 不分类填报，分类“KEY_GROUPS”不被接受') },
    ]);
    expect(await count()).toBe(before);
  });

  it('writes nothing when a row is rejected, unless importValidOnly', async () => {
    const before = await count();
    const csv = ['dataElement,period,orgUnit,categoryOptionCombo,value,comment', 'BEDS,2023,mentougou,,3100,', 'BEDS,2023,chengzi,,abc,'].join('\n');
    const refused = await upload(admin, '', 'text/csv', csv);
    expect(refused.json()).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 2 } });
    expect(refused.json().conflicts[0].value).toContain('"abc"');
    expect(await count()).toBe(before);
    const partial = await upload(admin, '?importValidOnly=true', 'text/csv', csv);
    expect(partial.json()).toMatchObject({ status: 'WARNING', importCount: { imported: 1, ignored: 1 } });
    expect(await count()).toBe(before + 1);
  });

  it('rejects rows outside the importing clerk’s scope', async () => {
    const res = await t.as(clerkDayu, 'POST', '/api/dataValueSets?importValidOnly=true', {
      dataValues: [
        { dataElement: 'BEDS', period: '2024', orgUnit: 'dayu', value: '320' },
        { dataElement: 'BEDS', period: '2024', orgUnit: 'chengzi', value: '1300' },
      ],
    });
    expect(res.json().importCount).toMatchObject({ imported: 1, ignored: 1 });
    expect(res.json().conflicts[0].value).toContain('outside your scope');
  });

  it('rolls back every batch already written when a bad row comes after many good ones', async () => {
    const before = await count();
    const good = Array.from({ length: 2500 }, (_, i) => ({ dataElement: 'BEDS', orgUnit: 'mentougou', period: `${2000 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}`, value: String(i) }));
    const records = [...good.slice(0, 2400), { dataElement: 'BEDS', orgUnit: 'mentougou', period: '209912', value: 'x' }];
    const ctx = { db: t.handle.db, actor: null, channel: 'cli' as const, requestId: null };
    const summary = await importValues(ctx, records, { batchSize: 500 });
    expect(summary.status).toBe('ERROR');
    expect(summary.conflicts).toHaveLength(1);
    expect(summary.conflicts[0]!.indexes).toEqual([2401]);
    expect(await count()).toBe(before);
  });
});
