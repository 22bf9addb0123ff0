import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedDisaggregations } from '../../domain/data/disaggregation.js';
import { today } from '../features/data/cells.js';
import { openTestApp, type TestApp, type TestSession } from '../testing/app.js';
import { testDatabases } from '../testing/database.js';
import { demoDataSetFiles, loadDemoDataSets } from './data-sets.js';
import { loadDemo } from './load.js';

interface SetView {
  code: string;
  name: string;
  periodType: string;
  openFrom: string;
  openUntil: string;
  elements: string[];
  orgUnits: string[];
}

interface Cell {
  dataElement: string;
  name: string;
  value: number | null;
  provenance: string | null;
}

describe.each(testDatabases)('demo data sets on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let sets: SetView[];
  const system = () => ({ db: t.handle.db, actor: null, channel: 'system' as const, requestId: null });
  const set = (code: string) => sets.find((s) => s.code === code)!;

  beforeAll(async () => {
    t = await openTestApp(database);
    await loadDemo(system());
    admin = await t.login('admin');
    sets = (await t.as(admin, 'GET', '/api/data/sets')).json().items;
  }, 180_000);
  afterAll(async () => t?.close());

  it('gives each running plan a yearly form for its streets and one for the district, open this year', () => {
    expect(sets.map((s) => s.code)).toEqual(['CY21-ANNUAL-DISTRICT', 'CY21-ANNUAL-STREETS', 'MTG21-ANNUAL-DISTRICT', 'MTG21-ANNUAL-STREETS', 'XC21-ANNUAL-DISTRICT', 'XC21-ANNUAL-STREETS']);
    const year = today().slice(0, 4);
    for (const s of sets) expect([s.periodType, s.openFrom, s.openUntil]).toEqual(['yearly', `${year}-01-01`, `${year}-12-31`]);
    expect(set('XC21-ANNUAL-STREETS').orgUnits).toEqual(['110102-S01', '110102-S02', '110102-S03', '110102-S04', '110102-S05', '110102-S06']);
    expect(set('MTG21-ANNUAL-STREETS').orgUnits).toHaveLength(10);
    expect(set('CY21-ANNUAL-STREETS').orgUnits).toHaveLength(14);
    for (const district of ['110102', '110109', '110105']) expect(sets.filter((s) => s.orgUnits.includes(district))).toHaveLength(1);
    expect(set('XC21-ANNUAL-STREETS').elements).toEqual(expect.arrayContaining(['XC21_HTN_STANDARD_SERVED', 'XC21_HTN_SERVED', 'POP_RESIDENT', 'INFANT_DEATHS', 'LIVE_BIRTHS']));
    expect(set('XC21-ANNUAL-DISTRICT').elements).toEqual(expect.arrayContaining(['LIFE_EXPECTANCY', 'BEDS', 'PHYSICIANS', 'XC21_DISTRICT_HOSPITALS', 'HEALTH_LITERACY']));
    expect(set('XC21-ANNUAL-STREETS').elements).not.toContain('BEDS');
  });

  it('collects every element that the indicators it names read, each at one level only', async () => {
    const indicators = await t.handle.db.selectFrom('indicators').select(['code', 'numerator', 'denominator']).execute();
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    for (const file of demoDataSetFiles()) {
      const collected = file.dataSets.flatMap((s) => s.elements);
      expect(new Set(collected).size).toBe(collected.length);
      for (const s of file.dataSets) {
        for (const code of s.indicators) {
          const indicator = byCode.get(code)!;
          const read = [...`${indicator.numerator} ${indicator.denominator}`.matchAll(/#\{([^}]+)\}/g)].map((m) => m[1]);
          expect(read.filter((e) => !collected.includes(e)), `${file.plan} ${code}`).toEqual([]);
        }
      }
    }
  });

  it('stores only disaggregations the elements declare: the demo and its content carry plain totals of elements that declare none', async () => {
    const values = await t.handle.db
      .selectFrom('data_values as v')
      .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
      .select(['e.code', 'v.disaggregation', 'e.disaggregations'])
      .execute();
    expect(values.length).toBeGreaterThan(0);
    const undeclared = values.filter((v) => !allowedDisaggregations({ code: v.code, disaggregations: v.disaggregations }).includes(v.disaggregation));
    expect(undeclared).toEqual([]);
  });

  it('lets a clerk of 月坛街道 open the 2025 form of 西城区 with its elements, still empty', async () => {
    await t.user('clerk-yuetan', [{ role: 'clerk', orgUnit: '110102-S01' }]);
    const clerk = await t.login('clerk-yuetan');
    const res = await t.as(clerk, 'GET', '/api/data/values?dataSet=XC21-ANNUAL-STREETS&orgUnit=110102-S01&period=2025');
    expect(res.statusCode).toBe(200);
    const form = res.json() as { dataSet: { open: boolean }; orgUnit: { name: string }; cells: Cell[] };
    expect(form.orgUnit.name).toBe('月坛街道');
    expect(form.dataSet.open).toBe(true);
    expect(form.cells.map((c) => c.dataElement)).toEqual(set('XC21-ANNUAL-STREETS').elements);
    expect(form.cells.find((c) => c.dataElement === 'XC21_HTN_SERVED')?.name).toBe('年内服务高血压患者总人数');
    expect(form.cells.every((c) => c.value === null)).toBe(true);
    const other = await t.as(clerk, 'GET', '/api/data/values?dataSet=XC21-ANNUAL-STREETS&orgUnit=110102-S02&period=2025');
    expect(other.statusCode).toBe(403);
  });

  it('warns when more hypertension patients are served by the standard than are served at all', async () => {
    await t.user('clerk-niujie', [{ role: 'clerk', orgUnit: '110102-S02' }]);
    const clerk = await t.login('clerk-niujie');
    const put = (dataElement: string, value: number) => t.as(clerk, 'PUT', '/api/data/values', { dataElement, orgUnit: '110102-S02', period: '2025', value });
    expect((await put('XC21_HTN_SERVED', 8200)).json().violations).toEqual([]);
    const bad = await put('XC21_HTN_STANDARD_SERVED', 8600);
    expect(bad.statusCode).toBe(200);
    const messages = (bad.json().violations as Array<{ rule: string; message: { zh: string } }>).map((v) => [v.rule, v.message.zh]);
    expect(messages).toHaveLength(1);
    expect(messages[0][0]).toBe('XC21_HTN_STANDARD_SERVED_LE_XC21_HTN_SERVED');
    expect(messages[0][1]).toContain('按照规范要求进行高血压患者健康服务的人数 ≤ 年内服务高血压患者总人数');
  });

  it('warns when a town reports more infant deaths than live births', async () => {
    await t.user('clerk-yongding', [{ role: 'clerk', orgUnit: '110109-S01' }]);
    const clerk = await t.login('clerk-yongding');
    const put = (dataElement: string, value: number) => t.as(clerk, 'PUT', '/api/data/values', { dataElement, orgUnit: '110109-S01', period: '2025', value });
    await put('LIVE_BIRTHS', 2);
    const bad = await put('INFANT_DEATHS', 3);
    expect((bad.json().violations as Array<{ message: { zh: string } }>).map((v) => v.message.zh).join()).toContain('婴儿死亡数 ≤ 活产数');
  });

  it("shows the district's sample values marked as samples and its real figures as they are", async () => {
    const form2025 = (await t.as(admin, 'GET', '/api/data/values?dataSet=XC21-ANNUAL-DISTRICT&orgUnit=110102&period=2025')).json() as { cells: Cell[] };
    const cell = (cells: Cell[], code: string) => cells.find((c) => c.dataElement === code);
    expect(cell(form2025.cells, 'BEDS')).toMatchObject({ value: 14543, provenance: 'sample' });
    expect(cell(form2025.cells, 'LIFE_EXPECTANCY')).toMatchObject({ value: 85.05, provenance: 'published' });
    const form2020 = (await t.as(admin, 'GET', '/api/data/values?dataSet=XC21-ANNUAL-DISTRICT&orgUnit=110102&period=2020')).json() as { cells: Cell[] };
    expect(cell(form2020.cells, 'LIFE_EXPECTANCY')).toMatchObject({ value: 84.26, provenance: 'document' });
    expect(cell(form2020.cells, 'XC21_DISTRICT_HOSPITALS')).toMatchObject({ value: 11, provenance: 'document' });
  });

  it('lets the district replace a sample value by entry or import, but not a published figure', async () => {
    await t.user('clerk-xicheng', [{ role: 'clerk', orgUnit: '110102' }]);
    const clerk = await t.login('clerk-xicheng');
    const put = (dataElement: string, value: number, version: number) => t.as(clerk, 'PUT', '/api/data/values', { dataElement, orgUnit: '110102', period: '2025', value, version });
    const beds = await put('BEDS', 14620, 1);
    expect(beds.statusCode).toBe(200);
    expect(beds.json()).toMatchObject({ value: 14620, version: 2, status: 'draft', provenance: 'entry' });
    const lifeExpectancy = await put('LIFE_EXPECTANCY', 85.2, 1);
    expect(lifeExpectancy.statusCode).toBe(423);
    const imported = await t.as(clerk, 'POST', '/api/dataValueSets', { dataValues: [{ dataElement: 'PHYSICIANS', period: '2025', orgUnit: '110102', value: '9000' }] });
    expect(imported.json()).toMatchObject({ status: 'SUCCESS', importCount: { imported: 0, updated: 1, ignored: 0 } });
    const physicians = await t.handle.db
      .selectFrom('data_values as v')
      .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
      .innerJoin('org_units as o', 'o.id', 'v.org_unit_id')
      .select(['v.value', 'v.status', 'v.provenance'])
      .where('e.code', '=', 'PHYSICIANS')
      .where('o.code', '=', '110102')
      .where('v.period', '=', '2025')
      .executeTakeFirstOrThrow();
    expect(physicians).toEqual({ value: 9000, status: 'draft', provenance: 'import' });
  });

  it('creates nothing twice when the demo is loaded again, and audits what it created', async () => {
    expect(await loadDemoDataSets(system())).toEqual({ dataSets: [], rules: [] });
    const audited = await t.handle.db.selectFrom('audit_log').select(['entity_type', 'channel']).where('entity_type', 'in', ['data_set', 'validation_rule']).where('channel', '=', 'system').execute();
    const rules = await t.handle.db.selectFrom('validation_rules').select('code').execute();
    expect(audited.filter((a) => a.entity_type === 'data_set')).toHaveLength(6);
    expect(audited.filter((a) => a.entity_type === 'validation_rule')).toHaveLength(rules.length);
    expect(rules.length).toBe(new Set(demoDataSetFiles().flatMap((f) => f.validationRules.map((r) => r.code))).size);
  });
});
