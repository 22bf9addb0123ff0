import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentJson } from '../../demo/content.js';
import { openTestApp, type TestApp, type TestSession } from '../../testing/app.js';
import { testDatabases } from '../../testing/database.js';
import { importPlan } from '../plans/import.js';

const square = (lng: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]]],
});

describe.each(testDatabases)('org unit boundaries on $name', (database) => {
  let t: TestApp;
  let admin: TestSession;
  let viewer: TestSession;

  beforeAll(async () => {
    t = await openTestApp(database);
    await importPlan({ db: t.handle.db, actor: null, channel: 'system', requestId: null }, readContentJson('plans', 'xicheng-2021-2025.json'), { apply: true });
    await t.user('viewer', [{ role: 'viewer' }]);
    admin = await t.login('admin');
    viewer = await t.login('viewer');
  });
  afterAll(async () => t?.close());

  it('stores the streets\' boundaries and lists them as the district\'s children with code and name', async () => {
    const yuetan = await t.as(admin, 'PUT', '/api/org-units/110102-S01/boundary', { type: 'Feature', properties: {}, geometry: square(116.34, 39.9) });
    expect(yuetan.statusCode).toBe(200);
    expect(yuetan.json()).toEqual({ code: '110102-S01', name: '月坛街道', geometryType: 'Polygon' });
    const niujie = await t.as(admin, 'PUT', '/api/org-units/110102-S02/boundary', {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: {}, geometry: square(116.36, 39.88) }, { type: 'Feature', properties: {}, geometry: square(116.37, 39.88) }],
    });
    expect(niujie.json().geometryType).toBe('MultiPolygon');

    const res = await t.as(viewer, 'GET', '/api/org-units/110102/boundaries');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.map((f: { properties: unknown }) => f.properties)).toEqual([{ code: '110102-S01', name: '月坛街道' }, { code: '110102-S02', name: '牛街街道' }]);
    expect(body.features[0].geometry).toEqual(square(116.34, 39.9));
    expect(body.features[1].geometry.coordinates).toHaveLength(2);
  });

  it('replaces a boundary uploaded again', async () => {
    await t.as(admin, 'PUT', '/api/org-units/110102-S01/boundary', { type: 'Feature', geometry: square(116.3, 39.9) });
    const body = (await t.as(viewer, 'GET', '/api/org-units/110102/boundaries')).json();
    expect(body.features[0].geometry.coordinates[0][0]).toEqual([116.3, 39.9]);
  });

  it('refuses GeoJSON that is not a polygon boundary, naming what is wrong in Chinese and English', async () => {
    const point = await t.as(admin, 'PUT', '/api/org-units/110102-S03/boundary', { type: 'Feature', geometry: { type: 'Point', coordinates: [116.3, 39.9] } });
    expect(point.statusCode).toBe(400);
    expect(point.json().error).toMatchObject({ field: 'geometry.type', messageZh: expect.stringContaining('Polygon 或 MultiPolygon'), messageEn: expect.stringContaining('Polygon or MultiPolygon') });

    const text = await t.as(admin, 'PUT', '/api/org-units/110102-S03/boundary', { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[116.3, '39.9'], [1, 1], [2, 2], [116.3, 39.9]]] } });
    expect(text.statusCode).toBe(400);
    expect(text.json().error.field).toBe('geometry.coordinates[0][0]');

    const wrongType = await t.as(admin, 'PUT', '/api/org-units/110102-S03/boundary', { type: 'Geometry' });
    expect(wrongType.json().error).toMatchObject({ field: 'type', messageEn: expect.stringContaining('Feature or FeatureCollection') });

    const missing = await t.as(admin, 'PUT', '/api/org-units/999999/boundary', { type: 'Feature', geometry: square(116.3, 39.9) });
    expect(missing.statusCode).toBe(404);
    const listed = (await t.as(viewer, 'GET', '/api/org-units/110102/boundaries')).json();
    expect(listed.features).toHaveLength(2);
  });

  it('refuses a viewer\'s upload', async () => {
    const res = await t.as(viewer, 'PUT', '/api/org-units/110102-S03/boundary', { type: 'Feature', geometry: square(116.3, 39.9) });
    expect(res.statusCode).toBe(403);
  });

  it('lists the departments of the plan\'s region to assign tasks to', async () => {
    const res = await t.as(viewer, 'GET', '/api/plans/xicheng-2021-2025/departments');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toContainEqual({ code: '110102-D01', name: '区卫生健康委' });
    expect((await t.as(viewer, 'GET', '/api/plans/none/departments')).statusCode).toBe(404);
  });

  it('lists the org units to pick from, parents first, to logged-in users only', async () => {
    const res = await t.as(viewer, 'GET', '/api/org-units');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ code: string; name: string; level: string; parent: string | null }>;
    expect(items.slice(0, 3)).toEqual([
      { code: '110000', name: '北京市', level: 'province', parent: null },
      { code: '110102', name: '西城区', level: 'district', parent: '110000' },
      expect.objectContaining({ parent: '110102' }),
    ]);
    expect(items.find((u) => u.code === '110102-S02')).toEqual({ code: '110102-S02', name: '牛街街道', level: 'street', parent: '110102' });
    expect((await t.as(null, 'GET', '/api/org-units')).statusCode).toBe(401);
  });
});
