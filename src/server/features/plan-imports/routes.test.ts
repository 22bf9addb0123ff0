import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handWrittenPdf } from '../../documents/testing.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';

const BOUNDARY = 'healthplan-test-boundary';

/** A multipart body with one file, as the review page's upload sends it. */
function upload(fileName: string, bytes: Uint8Array): { payload: Buffer; headers: Record<string, string> } {
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const payload = Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from(bytes), Buffer.from(`\r\n--${BOUNDARY}--\r\n`, 'utf8')]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } };
}

describe.each(testDatabases)('plan import proposals on $name', (database) => {
  let t: TestApp;
  let planner: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await t.user('planner', [{ role: 'planner' }]);
    await t.user('viewer', [{ role: 'viewer' }]);
    planner = await t.login('planner');
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  async function post(session: TestSession | null, fileName: string, bytes: Uint8Array) {
    const { payload, headers } = upload(fileName, bytes);
    const auth = session ? { cookie: session.cookie, 'x-csrf-token': session.csrfToken } : {};
    return t.app.inject({ method: 'POST', url: '/api/plan-imports', payload, headers: { ...headers, ...auth } });
  }

  async function planCount(): Promise<number> {
    return ((await t.as(planner, 'GET', '/api/plans')).json() as { items: unknown[] }).items.length;
  }

  it('proposes the plan of a PDF exported from Word, with its lines, and stores nothing', async () => {
    const pdf = new Uint8Array(await readFile(new URL('../../documents/fixtures/003-chaoyang-tables.pdf', import.meta.url)));
    const res = await post(planner, '朝阳区指标和项目表.pdf', pdf);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.proposal.plan).toMatchObject({ title: '北京市朝阳区“十四五”时期卫生健康事业发展规划', periodStart: 2021, periodEnd: 2025, status: 'draft' });
    expect(body.proposal.indicators).toHaveLength(28);
    expect(body.proposal.projects).toHaveLength(12);
    expect(body.proposal.indicators[1]).toMatchObject({ name: '婴儿死亡率', unit: '‰', attribute: 'binding', targets: [{ text: '≤3', comparator: '<=', value: 3 }] });
    expect(body.lines).toContain('婴儿死亡率 ‰ ≤3 约束性');
    expect(await planCount()).toBe(0);
  });

  it('refuses a scan, an empty file and a text without indicators with bilingual messages, and stores nothing', async () => {
    const scan = await post(planner, 'scan.pdf', handWrittenPdf(['0.5 g 72 600 400 150 re f']));
    expect(scan.statusCode).toBe(400);
    expect(scan.json().error).toMatchObject({ code: 'DOCUMENT_UNREADABLE', messageZh: expect.stringContaining('没有文字层'), messageEn: expect.stringContaining('no text layer') });
    const empty = await post(planner, 'plan.docx', new Uint8Array());
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.messageEn).toBe('The file "plan.docx" is empty');
    const letter = await post(planner, 'notice.txt', new TextEncoder().encode('关于召开会议的通知\n请各单位准时参加。\n'));
    expect(letter.statusCode).toBe(400);
    expect(letter.json().error.messageZh).toContain('没有找到指标表');
    expect(await planCount()).toBe(0);
  });

  it('refuses anonymous users and viewers', async () => {
    const text = new TextEncoder().encode('人均期望寿命达到84.5岁。');
    expect((await post(null, 'plan.txt', text)).statusCode).toBe(401);
    expect((await post(viewer, 'plan.txt', text)).statusCode).toBe(403);
  });
});
