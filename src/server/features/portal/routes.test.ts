import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../testing/database.js';
import { addDataValues } from '../indicators/testing.js';
import { openReportFixture, PLAN, type ReportFixture } from '../reports/testing.js';

const SECRET_PLAN = '内部草案规划（未公开）';
const SECRET_USER = 'hidden-clerk-7731';
const SECRET_AUDIT = '审计记录：不应公开的修改原因';

describe.each(testDatabases)('public portal on $name', (database) => {
  let f: ReportFixture;
  let unpublished: number;
  const bodies: string[] = [];

  const get = async (url: string) => {
    const res = await f.t.app.inject({ method: 'GET', url });
    bodies.push(res.body);
    return res;
  };

  beforeAll(async () => {
    f = await openReportFixture(database);
    const db = f.t.handle.db;
    await f.t.user(SECRET_USER, [{ role: 'clerk' }]);
    await db.insertInto('plans').values({ code: 'secret-plan', title: SECRET_PLAN, region_org_unit_id: 1, period_start: 2021, period_end: 2025 }).execute();
    await db.insertInto('audit_log').values({ username: SECRET_USER, action: 'update', entity_type: 'plan', entity_id: PLAN, reason: SECRET_AUDIT, channel: 'api' }).execute();
    await addDataValues(db, [{ element: 'LIFE_EXPECTANCY', unit: '110102', period: '2024', value: 85.13 }]);
    unpublished = (await f.t.as(f.planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind: 'final', year: 2024 })).json().id;
  });
  afterAll(async () => f?.t.close());

  it('shows nothing of a plan before it is published', async () => {
    const list = await get('/public');
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-type']).toContain('text/html');
    expect(list.body).toContain('暂无公开的规划');
    expect((await get(`/public/plans/${PLAN}`)).statusCode).toBe(404);
    expect((await get(`/public/plans/${PLAN}/data.csv`)).statusCode).toBe(404);
  });

  it('lists a published plan and says no evaluation is published yet', async () => {
    await f.t.handle.db.updateTable('plans').set({ published: true, published_at: new Date('2024-03-01T00:00:00Z') }).where('code', '=', PLAN).execute();
    const list = await get('/public');
    expect(list.body).toContain('西城区“十四五”时期卫生健康事业发展规划');
    expect(list.body).not.toContain(SECRET_PLAN);
    const plan = await get(`/public/plans/${PLAN}`);
    expect(plan.body).toContain('尚未公开评估结果');
    expect(plan.body).not.toContain('人均期望寿命');
  });

  it('shows the published evaluation: overview, indicator table, an indicator page with chart, table, definition and CSV', async () => {
    expect((await f.t.as(f.planner, 'POST', `/api/evaluations/${f.clean}/publish`, {})).statusCode).toBe(200);
    const plan = await get(`/public/plans/${PLAN}`);
    expect(plan.statusCode).toBe(200);
    expect(plan.body).toContain('2023 中期评估');
    expect(plan.body).toContain('约束性指标');
    expect(plan.body).toContain('孕产妇系统服务率');
    expect(plan.body).toContain('≥97%');
    expect(plan.body).toContain('84.61（2022）');
    expect(plan.body).toContain('已达标');

    const en = await get(`/public/plans/${PLAN}?lang=en`);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Mid-term evaluation');
    expect(en.body).toContain('Achieved');

    const page = await get(`/public/plans/${PLAN}/indicators/XC21-07`);
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('人均期望寿命');
    expect(page.body).toMatch(/<th scope="row">2022<\/th><td class="num">84\.61<\/td>/);
    expect(page.body).toMatch(/<th scope="row">2020<\/th><td class="num">84\.26<\/td>/);
    expect(page.body).toContain('越高越好');

    const csv = await get(`/public/plans/${PLAN}/indicators/XC21-07.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.split('\r\n');
    expect(lines[0]).toBe('\ufeffplan,indicator_code,indicator,category,unit,attribute,baseline_year,baseline,target,year,value');
    expect(lines).toContain(`${PLAN},XC21-07,人均期望寿命,健康水平,岁,expected,2020,84.26,≥84 岁,2022,84.61`);
    const all = await get(`/public/plans/${PLAN}/data.csv`);
    expect(all.body).toContain('XC21-07');
    expect(all.body).toContain('XC21-01');
  });

  it('never shows unpublished plans or evaluations, draft or submitted values, sample values, user names or audit records', async () => {
    expect((await f.t.as(f.planner, 'POST', `/api/evaluations/${f.withSamples}/publish`, { allowSamples: true })).statusCode).toBe(200);
    const beds = await get(`/public/plans/${PLAN}/indicators/XC21-23`);
    expect(beds.body).toContain('示例数据，状态不公开');
    expect(beds.body).toContain('暂无公开数据');
    const csv = await get(`/public/plans/${PLAN}/indicators/XC21-23.csv`);
    expect(csv.body.split('\r\n').filter((l) => l.startsWith(PLAN))).toHaveLength(1);
    expect(csv.body).not.toMatch(/,2023,/);
    for (const url of ['/public', `/public/plans/${PLAN}`, `/public/plans/${PLAN}?lang=en`, `/public/plans/${PLAN}/data.csv`, `/public/plans/${PLAN}/indicators/XC21-07`, '/public/plans/secret-plan']) await get(url);
    expect((await get('/public/plans/secret-plan')).statusCode).toBe(404);
    expect((await get(`/public/plans/${PLAN}/indicators/NOPE`)).statusCode).toBe(404);
    const everything = bodies.join('\n');
    for (const secret of [SECRET_PLAN, SECRET_USER, SECRET_AUDIT, 'planner', '85.13', '79.77', '77.71', '15.00']) expect(everything, secret).not.toContain(secret);
    expect(unpublished).toBeGreaterThan(f.withSamples);
  });

  it('answers GET only, without a login', async () => {
    expect((await f.t.app.inject({ method: 'POST', url: '/public' })).statusCode).toBe(404);
    const res = await f.t.app.inject({ method: 'GET', url: '/public' });
    expect(res.headers['x-ratelimit-limit']).toBe('120');
  });

  it('refuses the 121st request of a minute from one address with 429 and a retry delay', async () => {
    let refused: Awaited<ReturnType<typeof f.t.app.inject>> | undefined;
    let sent = 0;
    while (!refused && sent < 121) {
      const res = await f.t.app.inject({ method: 'GET', url: '/public' });
      sent++;
      if (res.statusCode === 429) refused = res;
      else expect(res.statusCode).toBe(200);
    }
    expect(refused?.statusCode).toBe(429);
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused!.json().error).toMatchObject({ code: 'RATE_LIMITED', messageZh: '请求过于频繁，请稍后再试' });
  });
});
