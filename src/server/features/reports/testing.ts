import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import type { TestDatabase } from '../../testing/database.js';
import { addDataValues } from '../indicators/testing.js';
import { importPlan } from '../plans/import.js';

export const PLAN = 'xicheng-2021-2025';

export interface ReportFixture {
  t: TestApp;
  planner: TestSession;
  viewer: TestSession;
  /** A mid-term evaluation of 2023 on approved real values only. */
  clean: number;
  /** An annual evaluation of 2023 that also used a sample value. */
  withSamples: number;
}

/**
 * The Xicheng plan with the 2020 values its document reports, life expectancy 84.61 for 2022
 * (approved), a draft value for 2023 and a submitted one for 2021 that evaluations must ignore,
 * and two evaluations.
 */
export async function openReportFixture(database: TestDatabase): Promise<ReportFixture> {
  const t = await openTestApp(database);
  await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', `${PLAN}.json`), { apply: true });
  await t.user('planner', [{ role: 'planner' }]);
  await t.user('viewer', [{ role: 'viewer' }]);
  const planner = await t.login('planner');
  const viewer = await t.login('viewer');
  await addDataValues(t.handle.db, [
    { element: 'LIFE_EXPECTANCY', unit: '110102', period: '2022', value: 84.61 },
    { element: 'LIFE_EXPECTANCY', unit: '110102', period: '2023', value: 79.77, status: 'draft' },
    { element: 'LIFE_EXPECTANCY', unit: '110102', period: '2021', value: 77.71, status: 'submitted' },
  ]);
  const create = async (kind: string) => {
    const res = await t.as(planner, 'POST', `/api/plans/${PLAN}/evaluations`, { kind, year: 2023 });
    if (res.statusCode !== 201) throw new Error(`evaluation: ${res.body}`);
    return res.json().id as number;
  };
  const clean = await create('midterm');
  await addDataValues(t.handle.db, [
    { element: 'BEDS', unit: '110102-S01', period: '2023', value: 3000, provenance: 'sample' },
    { element: 'POP_RESIDENT', unit: '110102-S01', period: '2023', value: 200000 },
  ]);
  const withSamples = await create('annual');
  return { t, planner, viewer, clean, withSamples };
}
