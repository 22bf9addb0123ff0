import type { Kysely } from 'kysely';
import type { OrgUnitDef } from '../../../domain/plan/format.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';

const DEPTH: Record<OrgUnitDef['level'], number> = { province: 1, city: 2, district: 3, street: 4, community: 5, institution: 6 };

/**
 * Adds the org units a plan introduces. Units are matched by code; a known unit keeps its place
 * in the tree and gains any new aliases. Parents are created before children whatever the order given.
 */
export async function upsertOrgUnits(db: Kysely<Database>, defs: OrgUnitDef[]): Promise<{ new: number; existing: number }> {
  const byCode = new Map(defs.map((d) => [d.code, d]));
  const known = new Map<string, { id: number; path: string; depth: number }>();
  const codes = [...byCode.keys()];
  for (let i = 0; i < codes.length; i += 1000) {
    const rows = await db.selectFrom('org_units').select(['id', 'code', 'path', 'depth']).where('code', 'in', codes.slice(i, i + 1000)).execute();
    for (const r of rows) known.set(r.code, r);
  }
  let created = 0;
  const visiting = new Set<string>();

  const ensure = async (code: string, trail: string): Promise<{ id: number; path: string; depth: number }> => {
    const have = known.get(code);
    if (have) return have;
    const def = byCode.get(code);
    if (!def) {
      const row = await db.selectFrom('org_units').select(['id', 'path', 'depth']).where('code', '=', code).executeTakeFirst();
      if (!row) {
        throw new AppError('PLAN_INVALID', { zh: `${trail} 的上级机构 ${code} 不存在`, en: `The parent org unit ${code} of ${trail} does not exist` }, { field: trail });
      }
      known.set(code, row);
      return row;
    }
    if (visiting.has(code)) {
      throw new AppError('PLAN_INVALID', { zh: `机构 ${code} 的上级关系成环`, en: `The parents of org unit ${code} form a cycle` }, { field: trail });
    }
    visiting.add(code);
    const parent = def.parent ? await ensure(def.parent, code) : null;
    const path = parent ? `${parent.path}${parent.id}/` : '/';
    const depth = parent ? parent.depth + 1 : DEPTH[def.level];
    const { id } = await db
      .insertInto('org_units')
      .values({
        code: def.code,
        name: def.name,
        level: def.level,
        depth,
        parent_id: parent?.id ?? null,
        path,
        official_code: def.officialCode ?? null,
        institution_type: def.institution?.type ?? null,
        grade: def.institution?.grade ?? null,
        ownership: def.institution?.ownership ?? null,
        beds: def.institution?.beds ?? null,
        opened_on: def.institution?.opened ?? null,
        closed_on: def.institution?.closed ?? null,
        source: def.source ? JSON.stringify(def.source) : null,
        extra: def.groups?.length ? JSON.stringify({ groups: def.groups }) : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    created++;
    const unit = { id, path, depth };
    known.set(code, unit);
    return unit;
  };

  for (const def of defs) {
    const unit = await ensure(def.code, def.code);
    if (def.aliases?.length) {
      await db
        .insertInto('org_unit_aliases')
        .values(def.aliases.map((alias) => ({ org_unit_id: unit.id, alias })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  return { new: created, existing: defs.length - created };
}
