import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { XLSX_TYPE } from './routes.js';
import { seedMentougou } from './testing.js';

const HEADER = 'dataElement,period,orgUnit,categoryOptionCombo,value,comment';

/** Monthly bed counts of 大峪街道, 2000 onwards: `count` rows of a CSV after its header. */
function monthlyBeds(count: number, unit = 'dayu'): string[] {
  return Array.from({ length: count }, (_, i) => `BEDS,${2000 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')},${unit},,${300 + (i % 50)},`);
}

type Line = { processed?: number; summary?: { status: string; dryRun: boolean; rejected: number; importCount: Record<string, number>; rows: Array<{ row: number; action: string }>; conflicts: Array<{ value: string }> }; error?: { code: string; messageEn: string } };

describe.each(testDatabases)('import with progress (NDJSON) on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let clerkDayu: TestSession;
  let viewer: TestSession;

  const post = (session: TestSession | null, query: string, type: string, body: string | Buffer | object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/data/imports${query}`,
      payload: body,
      headers: { 'content-type': type, ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {}) },
    });
  const lines = (body: string) => body.trim().split('\n').map((l) => JSON.parse(l) as Line);
  const count = async () => Number((await t.handle.db.selectFrom('data_values').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await openTestApp(database);
    admin = await t.login('admin');
    await seedMentougou(t, admin);
    await t.user('clerk-a', [{ role: 'clerk', orgUnit: 'dayu' }]);
    await t.user('viewer', [{ role: 'viewer', orgUnit: 'mentougou' }]);
    clerkDayu = await t.login('clerk-a');
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  it('reports the rows processed after each batch, then the summary in DHIS2 shape', async () => {
    const csv = [HEADER, ...monthlyBeds(250)].join('\n');
    const res = await post(clerkDayu, '?batchSize=100', 'text/csv', csv);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const answer = lines(res.body);
    expect(answer.slice(0, -1)).toEqual([{ processed: 100 }, { processed: 200 }]);
    expect(answer.at(-1)!.summary).toMatchObject({ status: 'SUCCESS', dryRun: false, importCount: { imported: 250, updated: 0, ignored: 0, deleted: 0 } });
    expect(await count()).toBe(250);
    const stored = await t.handle.db.selectFrom('data_values').select(['value', 'provenance']).where('period', '=', '200003').executeTakeFirstOrThrow();
    expect(stored).toEqual({ value: 302, provenance: 'import' });
  });

  it('dry run lists every row with what it would do, and writes nothing', async () => {
    const csv = [HEADER, 'BEDS,200001,dayu,,310,', 'BEDS,2030,dayu,,320,', 'BEDS,2030,dayu,,-1,'].join('\n');
    const answer = lines((await post(clerkDayu, '?dryRun=true', 'text/csv', csv)).body);
    const summary = answer.at(-1)!.summary!;
    expect(summary).toMatchObject({ status: 'ERROR', dryRun: true, rejected: 1, importCount: { imported: 1, updated: 1, ignored: 1 } });
    expect(summary.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'update'],
      [3, 'create'],
      [4, 'reject'],
    ]);
    expect(await count()).toBe(250);
  });

  it('stays all or nothing: a bad row after written batches leaves the database untouched', async () => {
    const csv = [HEADER, ...monthlyBeds(250).map((l) => l.replace(',dayu,', ',chengzi,')), 'BEDS,2031,chengzi,,many,'].join('\n');
    const answer = lines((await post(admin, '?batchSize=100', 'text/csv', csv)).body);
    expect(answer.filter((l) => l.processed !== undefined)).toHaveLength(2);
    expect(answer.at(-1)!.summary).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 251 } });
    expect(answer.at(-1)!.summary!.conflicts[0]!.value).toContain('"many"');
    expect(await count()).toBe(250);
  });

  it('reads spreadsheets and dataValueSets JSON the same way', async () => {
    const xlsx = await t.as(admin, 'GET', '/api/data/template?dataSet=HEALTH_RESOURCES&orgUnit=mentougou&period=2022&format=xlsx');
    const dry = lines((await post(admin, '?dryRun=true', XLSX_TYPE, xlsx.rawPayload)).body).at(-1)!.summary!;
    // Four elements, 常住人口 once per sex, for the district and its two streets, none filled in yet.
    expect(dry.rows.map((r) => r.action)).toEqual(Array(15).fill('reject'));
    const json = { dataValues: [{ dataElement: 'REHAB_BEDS', period: '2022', orgUnit: 'mentougou', value: '122' }] };
    const answer = lines((await post(admin, '', 'application/json', json)).body);
    expect(answer).toEqual([{ summary: expect.objectContaining({ status: 'SUCCESS', importCount: { imported: 1, updated: 0, ignored: 0, deleted: 0 } }) }]);
  });

  it('dry run rejects the rows whose categoryOptionCombo the element does not declare, and importValidOnly writes the others', async () => {
    const before = await count();
    const csv = [HEADER, 'POP,2020,dayu,男,199915,', 'POP,2020,dayu,女,192691,', 'POP,2020,dayu,,392606,', 'POP,2020,dayu,未知,12,', 'BEDS,2020,dayu,男,300,'].join('\n');
    const dry = lines((await post(clerkDayu, '?dryRun=true', 'text/csv', csv)).body).at(-1)!.summary!;
    expect(dry).toMatchObject({ status: 'ERROR', dryRun: true, rejected: 3, importCount: { imported: 2, updated: 0, ignored: 3 } });
    expect(dry.rows.map((r) => [r.row, r.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'reject'],
      [5, 'reject'],
      [6, 'reject'],
    ]);
    expect(dry.conflicts.map((c) => c.value)).toEqual([
      '第 4 行：数据 POP / dayu / 2020：数据项 POP 按分类填报，缺少分类；允许的分类：男、女 / Row 4: POP / dayu / 2020: the data element POP is collected by disaggregation and none is given; allowed: 男, 女',
      '第 5 行：数据 POP / dayu / 2020：数据项 POP 没有分类“未知”；允许的分类：男、女 / Row 5: POP / dayu / 2020: the data element POP has no disaggregation "未知"; allowed: 男, 女',
      '第 6 行：数据 BEDS / dayu / 2020：数据项 BEDS 不分类填报，分类“男”不被接受；允许的分类：无（留空） / Row 6: BEDS / dayu / 2020: the data element BEDS is not disaggregated, so the disaggregation "男" is refused; allowed: none (leave it empty)',
    ]);
    expect(await count()).toBe(before);
    const refused = lines((await post(clerkDayu, '', 'text/csv', csv)).body).at(-1)!.summary!;
    expect(refused).toMatchObject({ status: 'ERROR', importCount: { imported: 0, updated: 0, ignored: 5 } });
    expect(await count()).toBe(before);
    const valid = lines((await post(clerkDayu, '?importValidOnly=true', 'text/csv', csv)).body).at(-1)!.summary!;
    expect(valid).toMatchObject({ status: 'WARNING', importCount: { imported: 2, ignored: 3 } });
    const stored = await t.handle.db.selectFrom('data_values as v').innerJoin('data_elements as e', 'e.id', 'v.data_element_id').where('e.code', '=', 'POP').select(['v.disaggregation', 'v.value']).orderBy('v.value').execute();
    expect(stored).toEqual([{ disaggregation: '女', value: 192691 }, { disaggregation: '男', value: 199915 }]);
  });

  it('ends with an error line naming what is wrong with an unreadable spreadsheet', async () => {
    const answer = lines((await post(admin, '', XLSX_TYPE, Buffer.from('not a zip file'))).body);
    expect(answer.at(-1)!.error).toBeDefined();
    expect(await count()).toBe(253);
  });

  it('refuses anonymous callers (401), users who may not write data (403) and rows outside the clerk’s street', async () => {
    const csv = [HEADER, 'BEDS,2040,dayu,,330,'].join('\n');
    const anonymous = await post(null, '', 'text/csv', csv);
    expect(anonymous.statusCode).toBe(401);
    const reader = await post(viewer, '', 'text/csv', csv);
    expect(reader.statusCode).toBe(403);
    expect(reader.json().error.code).toBe('FORBIDDEN');
    const outside = lines((await post(clerkDayu, '', 'text/csv', [HEADER, 'BEDS,2040,dayu,,330,', 'BEDS,2040,chengzi,,1300,'].join('\n'))).body).at(-1)!.summary!;
    expect(outside.status).toBe('ERROR');
    expect(outside.conflicts[0]!.value).toContain('Row 3: the org unit chengzi is outside your scope');
    expect(await count()).toBe(253);
  });

  it('completes the import when the page is closed half way, and keeps serving', async () => {
    const chengzi = async () =>
      Number((await t.handle.db.selectFrom('data_values as v').innerJoin('org_units as o', 'o.id', 'v.org_unit_id').where('o.code', '=', 'chengzi').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const closed = new AbortController();
    const res = await fetch(`${address}/api/data/imports?batchSize=100`, {
      method: 'POST',
      body: [HEADER, ...monthlyBeds(3000, 'chengzi')].join('\n'),
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'text/csv' },
      signal: closed.signal,
    });
    const first = await res.body!.getReader().read();
    expect(new TextDecoder().decode(first.value)).toContain('{"processed":100}');
    closed.abort();
    await expect.poll(chengzi, { timeout: 30_000, interval: 200 }).toBe(3000);
    expect((await t.as(admin, 'GET', '/api/data/elements')).statusCode).toBe(200);
  });

  it('refuses a JSON body that is not a dataValueSet, naming the field', async () => {
    const res = await post(admin, '', 'application/json', { values: [] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'dataValues' });
  });
});
