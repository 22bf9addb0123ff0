import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { postForm, SAMPLE_FILES } from '../attachments/testing.js';
import { importPlan } from '../plans/import.js';

const PLAN = 'chaoyang-2021-2025';

interface BoardProject {
  id: number;
  name: string;
  investment: number | null;
  investmentText: string | null;
  investmentUnknown: boolean;
  plannedCompletion: string | null;
  stage: string | null;
  stageLabel: { zh: string; en: string } | null;
  percent: number;
  delayed: boolean | null;
  department: { code: string; name: string } | null;
  location: { code: string; name: string } | null;
  latestUpdate: { narrative: string; attachments: Array<{ url: string; fileName: string }> } | null;
  version: number;
}

describe.each(testDatabases)('project board on $name', (database) => {
  let t: TestApp;
  let planner: TestSession;
  let viewer: TestSession;
  let health: TestSession;
  let finance: TestSession;

  const board = async () => (await t.as(viewer, 'GET', `/api/plans/${PLAN}/projects`)).json();
  const project = async (name: string): Promise<BoardProject> => (await board()).items.find((p: BoardProject) => p.name === name);

  beforeAll(async () => {
    t = await openTestApp(database);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('viewer', [{ role: 'viewer' }]);
    await t.user('health', [{ role: 'reporter', department: '110105-D01' }]);
    await t.user('finance', [{ role: 'reporter', department: '110105-D14' }]);
    planner = await t.login('planner');
    viewer = await t.login('viewer');
    health = await t.login('health');
    finance = await t.login('finance');
  });
  afterAll(async () => t?.close());

  it('totals the investment of the known projects and says which six are 待定', async () => {
    const res = await t.as(viewer, 'GET', `/api/plans/${PLAN}/projects`);
    expect(res.statusCode).toBe(200);
    const { totals, items } = res.json();
    expect(items).toHaveLength(12);
    expect(totals.investment).toEqual({
      sum: 250000 + 228057 + 110000 + 600000 + 12354 + 23789,
      known: 6,
      unknown: 6,
      pending: 6,
      unknownProjects: ['北京中医医院新址', '望京B20医院', '来广营2.99配套医院', '北京市第一中西医结合医院东坝院区改扩建', '朝阳区第三医院扩建', '新建社区卫生服务中心'],
    });
    expect(totals.beds).toMatchObject({ sum: 800 + 1000 + 1000 + 480 + 500 + 500, known: 6, unknown: 6 });
    expect(totals.floorArea).toMatchObject({ sum: 1100394.21, known: 11, unknown: 1, unknownProjects: ['朝阳区第三医院扩建'] });
    const pending = items.find((p: BoardProject) => p.name === '北京中医医院新址');
    expect(pending).toMatchObject({ investment: null, investmentText: '待定', investmentUnknown: true, stage: 'preparation', stageLabel: { zh: '前期', en: 'Preparation' }, delayed: null });
  });

  it('flags a project delayed when its planned completion has passed and it is not finished', async () => {
    expect(await project('安贞东方医院')).toMatchObject({ plannedCompletion: '2023', stage: 'started', delayed: true, investment: 250000 });
    expect(await project('朝阳区中医医院装修项目一期工程')).toMatchObject({ plannedCompletion: '2022', delayed: true });
    const after2025 = new Date().toISOString().slice(0, 10) > '2025-12-31';
    expect((await project('朝阳园北区国际医院')).delayed).toBe(after2025);
    const { totals } = await board();
    expect(totals.delayed).toBe(after2025 ? 6 : 4);
    expect(totals.completionUnknown).toBe(6);
  });

  it('reports progress of a project of the reporter\'s department with evidence files, and clears the delay once completed', async () => {
    const anzhen = await project('安贞东方医院');
    const assigned = await t.as(planner, 'PATCH', `/api/projects/${anzhen.id}`, { version: anzhen.version, department: '110105-D01' });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ department: { code: '110105-D01', name: '区卫生健康委' }, version: anzhen.version + 1 });
    const stale = await t.as(planner, 'PATCH', `/api/projects/${anzhen.id}`, { version: anzhen.version, department: null });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { department: { code: '110105-D01' } } });

    const res = await postForm(t, health, `/api/projects/${anzhen.id}/updates`, { date: '2024-03-31', stage: 'completed', percent: '100', narrative: '主体工程竣工验收' }, [
      { fileName: '竣工验收报告.docx', data: SAMPLE_FILES.docx },
      { fileName: '投资完成台账.xlsx', data: SAMPLE_FILES.xlsx },
    ]);
    expect(res.statusCode).toBe(201);
    const update = res.json();
    expect(update).toMatchObject({ stage: 'completed', percent: 100, createdBy: 'health' });
    const docx = await t.as(viewer, 'GET', update.attachments[0].url);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.compare(docx.rawPayload, SAMPLE_FILES.docx)).toBe(0);
    expect(Buffer.compare((await t.as(viewer, 'GET', update.attachments[1].url)).rawPayload, SAMPLE_FILES.xlsx)).toBe(0);

    const after = await project('安贞东方医院');
    expect(after).toMatchObject({ stage: 'completed', stageLabel: { zh: '竣工' }, percent: 100, delayed: false, latestUpdate: { narrative: '主体工程竣工验收' } });
    expect(after.latestUpdate!.attachments.map((a) => a.fileName)).toEqual(['竣工验收报告.docx', '投资完成台账.xlsx']);
    const history = (await t.as(viewer, 'GET', `/api/projects/${anzhen.id}/updates`)).json();
    expect(history).toMatchObject({ project: { name: '安贞东方医院' }, items: [{ date: '2024-03-31', stage: 'completed', narrative: '主体工程竣工验收', createdBy: 'health' }] });
    expect((await t.as(viewer, 'GET', '/api/projects/999999/updates')).statusCode).toBe(404);
  });

  it('refuses a reporter of another department (403), a wrong stage (400) and a wrong file (415), writing nothing', async () => {
    const anzhen = await project('安贞东方医院');
    const count = async () => (await t.handle.db.selectFrom('project_updates').select('id').execute()).length;
    const before = await count();
    const outside = await postForm(t, finance, `/api/projects/${anzhen.id}/updates`, { date: '2024-06-30', stage: 'in_use', percent: '100', narrative: '越权' }, []);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error).toMatchObject({ code: 'OUT_OF_SCOPE', messageZh: '无权操作项目「安贞东方医院」：超出您的授权范围' });
    const stage = await t.as(health, 'POST', `/api/projects/${anzhen.id}/updates`, { date: '2024-06-30', stage: '投用', percent: 100, narrative: '投入使用' });
    expect(stage.statusCode).toBe(400);
    expect(stage.json().error).toMatchObject({ field: 'body.stage', messageEn: 'Field stage is invalid: must be one of preparation / started / structure_done / completed / in_use' });
    const file = await postForm(t, health, `/api/projects/${anzhen.id}/updates`, { date: '2024-06-30', stage: 'in_use', percent: '100', narrative: '投入使用' }, [{ fileName: '照片.jpg', data: SAMPLE_FILES.png }]);
    expect(file.statusCode).toBe(415);
    expect(file.json().error.messageZh).toBe('文件 照片.jpg 的内容不是 jpg 格式');
    expect(await count()).toBe(before);
  });

  it('lets any reporter update a project no department is assigned to yet, and audits every change', async () => {
    const hospital = await project('朝阳医院东院');
    expect(hospital.department).toBeNull();
    const res = await t.as(finance, 'POST', `/api/projects/${hospital.id}/updates`, { date: '2024-06-30', percent: 60, narrative: '完成投资 60%' });
    expect(res.statusCode).toBe(201);
    expect(await project('朝阳医院东院')).toMatchObject({ stage: 'started', percent: 60 });
    const trail = await t.handle.db.selectFrom('audit_log').select(['action', 'entity_id', 'username']).where('entity_type', '=', 'project').orderBy('id').execute();
    const anzhen = await project('安贞东方医院');
    expect(trail).toEqual([
      { action: 'assign', entity_id: String(anzhen.id), username: 'planner' },
      { action: 'report-progress', entity_id: String(anzhen.id), username: 'health' },
      { action: 'report-progress', entity_id: String(hospital.id), username: 'finance' },
    ]);
  });
});
