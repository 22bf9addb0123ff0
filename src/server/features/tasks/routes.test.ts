import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { postForm, SAMPLE_FILES } from '../attachments/testing.js';
import { importPlan } from '../plans/import.js';

const PLAN = 'mentougou-2021-2025';

interface BoardTask {
  id: number;
  path: string;
  title: string;
  lead: { code: string; name: string } | null;
  cooperating: Array<{ code: string; name: string }>;
  deadline: string | null;
  status: string;
  statusLabel: { zh: string; en: string };
  percent: number;
  overdue: boolean;
  neverUpdated: boolean;
  version: number;
  latestUpdate: { narrative: string; status: string; attachments: Array<{ id: number; fileName: string; size: number }> } | null;
  children: BoardTask[];
}

const flatten = (nodes: BoardTask[]): BoardTask[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe.each(testDatabases)('task board on $name', (database) => {
  let t: TestApp;
  let planner: TestSession;
  let viewer: TestSession;
  let education: TestSession;
  let environment: TestSession;
  let task: BoardTask;

  const board = async (query = '') => (await t.as(viewer, 'GET', `/api/plans/${PLAN}/tasks${query}`)).json();
  const find = async (path: string) => flatten((await board()).items).find((x) => x.path === path)!;
  const updates = async () => (await t.handle.db.selectFrom('task_updates').select('id').execute()).length;

  beforeAll(async () => {
    t = await openTestApp(database);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('viewer', [{ role: 'viewer' }]);
    await t.user('education', [{ role: 'reporter', department: '110109-D04' }]);
    await t.user('environment', [{ role: 'reporter', department: '110109-D05' }]);
    planner = await t.login('planner');
    viewer = await t.login('viewer');
    education = await t.login('education');
    environment = await t.login('environment');
    task = await find('第四部分/一、/（一）/1.');
  });
  afterAll(async () => t?.close());

  it('shows the plan\'s task tree with its chapters, no departments yet, and every task never updated', async () => {
    const res = await t.as(viewer, 'GET', `/api/plans/${PLAN}/tasks`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.summary.total).toBe(41);
    expect(body.summary.neverUpdated).toBe(41);
    const chapter = body.items.find((n: BoardTask) => n.path === '第四部分/一、');
    expect(chapter.title).toBe('深化体制机制改革');
    expect(chapter.children.map((c: BoardTask) => c.title)).toContain('持续深化医药卫生体制改革');
    expect(task).toMatchObject({ title: '深化公立医院综合改革', lead: null, cooperating: [], status: 'not_started', statusLabel: { zh: '未启动', en: 'Not started' }, neverUpdated: true });
    // The plan gives 2025 as the deadline of three tasks: overdue once 2025 has ended.
    const dated = flatten(body.items).filter((x) => x.deadline !== null);
    expect(dated.map((x) => x.deadline)).toEqual(['2025-12-31', '2025-12-31', '2025-12-31']);
    const pastDeadline = new Date().toISOString().slice(0, 10) > '2025-12-31';
    expect(dated.every((x) => x.overdue === pastDeadline)).toBe(true);
  });

  it('assigns departments and a deadline, flags the task overdue, and refuses a stale version with 409', async () => {
    const res = await t.as(planner, 'PATCH', `/api/tasks/${task.id}`, { version: task.version, leadDepartment: '110109-D01', cooperatingDepartments: ['110109-D04'], deadline: '2022-06-30' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ lead: { code: '110109-D01', name: '区卫生健康委' }, cooperating: [{ code: '110109-D04', name: '区教委' }], deadline: '2022-06-30', overdue: true, version: task.version + 1 });

    const stale = await t.as(planner, 'PATCH', `/api/tasks/${task.id}`, { version: task.version, deadline: '2030-12-31' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', current: { deadline: '2022-06-30', lead: { code: '110109-D01' } } });

    const unknown = await t.as(planner, 'PATCH', `/api/tasks/${task.id}`, { version: task.version + 1, cooperatingDepartments: ['110109-D99'] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.cooperatingDepartments', messageZh: '责任单位 110109-D99 不存在' });
    expect((await find(task.path)).cooperating).toEqual([{ code: '110109-D04', name: '区教委' }]);

    expect((await t.as(education, 'PATCH', `/api/tasks/${task.id}`, { version: task.version + 1, deadline: null })).statusCode).toBe(403);
    const filtered = await board('?department=110109-D04');
    expect(flatten(filtered.items).map((x: BoardTask) => x.title)).toEqual(['深化公立医院综合改革']);
    expect(filtered.summary).toMatchObject({ total: 1, overdue: 1, neverUpdated: 1 });
  });

  it('takes a cooperating department\'s report with evidence files and serves the files back byte for byte', async () => {
    const res = await postForm(t, education, `/api/tasks/${task.id}/updates`, { date: '2023-06-30', status: 'in_progress', percent: '40', narrative: '完成公立医院绩效考核方案起草' }, [
      { fileName: '绩效考核方案.pdf', data: SAMPLE_FILES.pdf, contentType: 'application/pdf' },
      { fileName: '现场照片.png', data: SAMPLE_FILES.png, contentType: 'image/png' },
    ]);
    expect(res.statusCode).toBe(201);
    const update = res.json();
    expect(update).toMatchObject({ date: '2023-06-30', status: 'in_progress', percent: 40, createdBy: 'education' });
    expect(update.attachments.map((a: { fileName: string; size: number }) => [a.fileName, a.size])).toEqual([
      ['绩效考核方案.pdf', SAMPLE_FILES.pdf.length],
      ['现场照片.png', SAMPLE_FILES.png.length],
    ]);

    const pdf = await t.as(viewer, 'GET', update.attachments[0].url);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('绩效考核方案.pdf')}`);
    expect(Buffer.compare(pdf.rawPayload, SAMPLE_FILES.pdf)).toBe(0);
    expect(Buffer.compare((await t.as(viewer, 'GET', update.attachments[1].url)).rawPayload, SAMPLE_FILES.png)).toBe(0);
    expect((await t.as(null, 'GET', update.attachments[0].url)).statusCode).toBe(401);

    const after = await find(task.path);
    expect(after).toMatchObject({ status: 'in_progress', statusLabel: { zh: '进行中' }, percent: 40, neverUpdated: false, overdue: true });
    expect(after.latestUpdate).toMatchObject({ narrative: '完成公立医院绩效考核方案起草', attachments: [{ fileName: '绩效考核方案.pdf' }, { fileName: '现场照片.png' }] });
  });

  it('refuses a reporter of another department with 403 OUT_OF_SCOPE and writes nothing', async () => {
    const before = await updates();
    const res = await postForm(t, environment, `/api/tasks/${task.id}/updates`, { date: '2023-07-01', status: 'completed', percent: '100', narrative: '越权填报' }, []);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('OUT_OF_SCOPE');
    expect(res.json().error.messageZh).toContain('深化公立医院综合改革');
    const unassigned = await find('第四部分/一、/（一）/2.');
    expect((await t.as(education, 'POST', `/api/tasks/${unassigned.id}/updates`, { date: '2023-07-01', status: 'in_progress', percent: 10, narrative: '未分配的任务' })).statusCode).toBe(403);
    expect(await updates()).toBe(before);
  });

  it('refuses a file type outside the list (415), a disguised file (415) and an oversized file (413), naming the file', async () => {
    const before = await updates();
    const fields = { date: '2023-08-01', status: 'in_progress', percent: '50', narrative: '补充材料' };
    const exe = await postForm(t, education, `/api/tasks/${task.id}/updates`, fields, [{ fileName: 'setup.exe', data: SAMPLE_FILES.exe }]);
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', messageZh: '文件 setup.exe 的类型不允许；只接受 pdf, docx, xlsx, png, jpg, txt', messageEn: 'The type of file setup.exe is not allowed; accepted: pdf, docx, xlsx, png, jpg, txt' });
    const disguised = await postForm(t, education, `/api/tasks/${task.id}/updates`, fields, [
      { fileName: '说明.txt', data: SAMPLE_FILES.txt },
      { fileName: '报告.pdf', data: SAMPLE_FILES.exe },
    ]);
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.messageEn).toBe('The content of file 报告.pdf is not pdf');
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(20 * 1024 * 1024)]);
    const oversized = await postForm(t, education, `/api/tasks/${task.id}/updates`, fields, [{ fileName: '扫描件.pdf', data: big }]);
    expect(oversized.statusCode).toBe(413);
    expect(oversized.json().error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageZh: '文件 扫描件.pdf 超过 20 MB 的上限' });
    const many = await postForm(t, education, `/api/tasks/${task.id}/updates`, fields, Array.from({ length: 11 }, (_, i) => ({ fileName: `照片${i + 1}.png`, data: SAMPLE_FILES.png })));
    expect(many.statusCode).toBe(413);
    expect(many.json().error.messageZh).toBe('一次最多上传 10 个文件');
    const longName = await postForm(t, education, `/api/tasks/${task.id}/updates`, fields, [{ fileName: `${'很长的文件名'.repeat(40)}.pdf`, data: SAMPLE_FILES.pdf }]);
    expect(longName.statusCode).toBe(400);
    expect(longName.json().error.messageEn).toBe('A file name must have 1–200 characters, without path separators or control characters');
    expect(await updates()).toBe(before);
  });

  it('checks the report fields, then takes completion as JSON: the task is no longer overdue, and everything is audited', async () => {
    const bad = await t.as(education, 'POST', `/api/tasks/${task.id}/updates`, { date: '2023-09-01', status: 'finished', percent: 100, narrative: '完成' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'body.status' });
    expect(bad.json().error.messageZh).toContain('not_started / in_progress / completed / delayed / suspended');
    const percent = await t.as(education, 'POST', `/api/tasks/${task.id}/updates`, { date: '2023-09-01', status: 'completed', percent: 120, narrative: '完成' });
    expect(percent.json().error).toMatchObject({ field: 'body.percent', messageEn: 'Field percent is invalid: must be a whole number from 0 to 100' });

    const done = await t.as(planner, 'POST', `/api/tasks/${task.id}/updates`, { date: '2023-12-20', status: 'completed', percent: 100, narrative: '公立医院综合改革任务完成' });
    expect(done.statusCode).toBe(201);
    // A report dated earlier than the latest one is kept in the history but does not change the task's state.
    expect((await t.as(education, 'POST', `/api/tasks/${task.id}/updates`, { date: '2023-10-01', status: 'delayed', percent: 70, narrative: '补报十月进展' })).statusCode).toBe(201);
    const after = await find(task.path);
    expect(after).toMatchObject({ status: 'completed', percent: 100, overdue: false, latestUpdate: { narrative: '公立医院综合改革任务完成', attachments: [] } });

    const history = (await t.as(viewer, 'GET', `/api/tasks/${task.id}/updates`)).json();
    expect(history.items.map((u: { date: string; status: string; createdBy: string; attachments: unknown[] }) => [u.date, u.status, u.createdBy, u.attachments.length])).toEqual([
      ['2023-12-20', 'completed', 'planner', 0],
      ['2023-10-01', 'delayed', 'education', 0],
      ['2023-06-30', 'in_progress', 'education', 2],
    ]);

    const trail = await t.handle.db.selectFrom('audit_log').select(['action', 'username']).where('entity_type', '=', 'task').where('entity_id', '=', String(task.id)).orderBy('id').execute();
    expect(trail).toEqual([
      { action: 'assign', username: 'planner' },
      { action: 'report-progress', username: 'education' },
      { action: 'report-progress', username: 'planner' },
      { action: 'report-progress', username: 'education' },
    ]);
  });
});
