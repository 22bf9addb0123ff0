import { canActOnOrgUnit, canActOnPlan, outOfScope, requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import { AppError, notFound } from '../../errors.js';
import { ownPath } from '../data/cells.js';
import * as repo from './repository.js';

type Position = number[];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

function invalid(field: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { zh: `边界 GeoJSON 无效（${field}）：${zh}`, en: `Invalid boundary GeoJSON (${field}): ${en}` }, { field });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkRing(ring: unknown, field: string): Position[] {
  if (!Array.isArray(ring) || ring.length < 4) throw invalid(field, '环至少需要 4 个坐标点', 'a ring needs at least 4 positions');
  ring.forEach((position, i) => {
    if (!Array.isArray(position) || position.length < 2 || !position.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      throw invalid(`${field}[${i}]`, '坐标必须是数字 [经度, 纬度]', 'a position must be numbers [longitude, latitude]');
    }
  });
  return ring as Position[];
}

function checkPolygon(polygon: unknown, field: string): Position[][] {
  if (!Array.isArray(polygon) || polygon.length === 0) throw invalid(field, '多边形至少需要一个环', 'a polygon needs at least one ring');
  return polygon.map((ring, i) => checkRing(ring, `${field}[${i}]`));
}

function checkGeometry(geometry: unknown, field: string): Geometry {
  if (!isObject(geometry)) throw invalid(field, '缺少 geometry', 'geometry is missing');
  const coordinates = geometry.coordinates;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: checkPolygon(coordinates, `${field}.coordinates`) };
  if (geometry.type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) throw invalid(`${field}.coordinates`, '至少需要一个多边形', 'at least one polygon is needed');
    return { type: 'MultiPolygon', coordinates: coordinates.map((p, i) => checkPolygon(p, `${field}.coordinates[${i}]`)) };
  }
  throw invalid(`${field}.type`, '几何类型必须是 Polygon 或 MultiPolygon', 'the geometry type must be Polygon or MultiPolygon');
}

/** One geometry from a Feature or a FeatureCollection; the polygons of several features become one MultiPolygon. */
export function readBoundary(body: unknown): Geometry {
  if (!isObject(body)) throw invalid('body', '必须是 GeoJSON 对象', 'must be a GeoJSON object');
  if (body.type === 'Feature') return checkGeometry(body.geometry, 'geometry');
  if (body.type !== 'FeatureCollection') throw invalid('type', '必须是 Feature 或 FeatureCollection', 'must be Feature or FeatureCollection');
  const features = body.features;
  if (!Array.isArray(features) || features.length === 0) throw invalid('features', '至少需要一个要素', 'at least one feature is needed');
  const geometries = features.map((f, i) => {
    if (!isObject(f) || f.type !== 'Feature') throw invalid(`features[${i}].type`, '必须是 Feature', 'must be Feature');
    return checkGeometry(f.geometry, `features[${i}].geometry`);
  });
  if (geometries.length === 1) return geometries[0]!;
  return { type: 'MultiPolygon', coordinates: geometries.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)) };
}

async function orgUnit(ctx: ServiceContext, code: string) {
  const unit = await repo.findOrgUnit(ctx.db, code);
  if (!unit) throw notFound({ zh: `机构 ${code}`, en: `Org unit ${code}` });
  return unit;
}

export async function uploadBoundary(ctx: ServiceContext, code: string, body: unknown) {
  const actor = requireActor(ctx.actor);
  const unit = await orgUnit(ctx, code);
  if (!canActOnOrgUnit(actor, 'orgunits:manage', ownPath(unit))) throw outOfScope({ zh: `机构 ${unit.name}`, en: `org unit ${unit.name}` });
  const geometry = readBoundary(body);
  await repo.saveBoundary(ctx.db, unit.id, geometry);
  return { code: unit.code, name: unit.name, geometryType: geometry.type };
}

export async function childBoundaries(ctx: ServiceContext, code: string) {
  requireActor(ctx.actor);
  const unit = await orgUnit(ctx, code);
  const rows = await repo.childBoundaries(ctx.db, unit.id);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((r) => ({ type: 'Feature' as const, properties: { code: r.code, name: r.name }, geometry: r.geojson })),
  };
}

export async function planDepartments(ctx: ServiceContext, planCode: string) {
  const actor = requireActor(ctx.actor);
  const rows = await repo.planDepartments(ctx.db, planCode);
  if (rows.length === 0) throw notFound({ zh: `规划 ${planCode}`, en: `Plan ${planCode}` });
  if (!canActOnPlan(actor, 'plan:read', rows[0]!.plan_id)) throw outOfScope({ zh: `规划 ${planCode}`, en: `plan ${planCode}` });
  return { items: rows.flatMap((r) => (r.code !== null && r.name !== null ? [{ code: r.code, name: r.name }] : [])) };
}

/** The org units to pick from in forms (reporting units of a data set, an import's or a check's subtree). */
export async function listOrgUnits(ctx: ServiceContext) {
  requireActor(ctx.actor);
  return { items: await repo.listOrgUnits(ctx.db) };
}
