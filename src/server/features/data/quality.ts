import { sql, type Kysely } from 'kysely';
import { isOutlyingChange, relativeChange } from '../../../domain/data/change.js';
import { checkRule, compileRule, type CompiledRule } from '../../../domain/data/rule.js';
import { checkValue } from '../../../domain/data/value.js';
import { parsePeriod, periodId, type Period } from '../../../domain/periods/period.js';
import { periodRange } from '../../../domain/periods/range.js';
import type { Message } from '../../../domain/plan/problem.js';
import { requireActor } from '../../auth/actor.js';
import type { ServiceContext } from '../../context.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import { ownPath, requireOrgUnit, requirePeriod, type OrgUnitRow } from './cells.js';
import { requireDataSet, requireSetPeriod } from './data-sets.js';
import { requireScope } from './values.js';

export interface Violation {
  kind: 'rule' | 'bounds' | 'change';
  orgUnit: string;
  period: string;
  /** The cell concerned (bounds and change checks) or the rule's code. */
  dataElement?: string;
  disaggregation?: string;
  rule?: string;
  left?: number;
  right?: number;
  operator?: string;
  /** The data elements a rule reads. */
  dataElements?: string[];
  value?: number;
  previous?: number;
  message: Message;
}

interface StoredValue {
  unitId: number;
  unitCode: string;
  code: string;
  disaggregation: string;
  value: number;
  valueType: 'number' | 'integer' | 'percentage';
  min: number | null;
  max: number | null;
}

async function loadRules(db: Kysely<Database>, periodType: string): Promise<CompiledRule[]> {
  const rows = await db.selectFrom('validation_rules').selectAll().orderBy('code').execute();
  return rows
    .filter((r) => r.period_type === null || r.period_type === periodType)
    .map((r) => compileRule({ code: r.code, name: r.name, leftSide: r.left_side, operator: r.operator, rightSide: r.right_side }));
}

async function valuesOf(
  db: Kysely<Database>,
  unitIds: number[] | { subtreeOf: OrgUnitRow },
  period: string,
  only: { approved?: boolean; elements?: readonly string[] } = {},
): Promise<StoredValue[]> {
  let query = db
    .selectFrom('data_values as v')
    .innerJoin('data_elements as e', 'e.id', 'v.data_element_id')
    .innerJoin('org_units as o', 'o.id', 'v.org_unit_id')
    .select(['o.id as unitId', 'o.code as unitCode', 'e.code', 'v.disaggregation', 'v.value', 'e.value_type as valueType', 'e.min_value as min', 'e.max_value as max'])
    .where('v.period', '=', period);
  if (only.approved) query = query.where('v.status', '=', 'approved');
  if (only.elements) query = query.where('e.code', 'in', only.elements.length ? [...only.elements] : ['']);
  if (Array.isArray(unitIds)) {
    query = query.where('v.org_unit_id', 'in', unitIds.length ? unitIds : [0]);
  } else {
    const root = unitIds.subtreeOf;
    query = query.where((eb) => eb.or([eb('o.id', '=', root.id), eb('o.path', 'like', sql<string>`${ownPath(root)} || '%'`)]));
  }
  return query.orderBy('o.code').orderBy('e.code').orderBy('v.disaggregation').execute();
}

/** Values by the keys expressions use: `CODE` is the total over disaggregations, `CODE.DISAGG` one of them. */
function valueMap(values: StoredValue[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) {
    map.set(v.code, (map.get(v.code) ?? 0) + v.value);
    if (v.disaggregation !== '') map.set(`${v.code}.${v.disaggregation}`, v.value);
  }
  return map;
}

function ruleViolations(rules: CompiledRule[], values: StoredValue[], orgUnit: string, period: string): Violation[] {
  const map = valueMap(values);
  const found: Violation[] = [];
  for (const compiled of rules) {
    const outcome = checkRule(compiled, map);
    if (!outcome || outcome.passed) continue;
    const { rule } = compiled;
    found.push({
      kind: 'rule',
      orgUnit,
      period,
      rule: rule.code,
      dataElements: compiled.dataElements,
      left: outcome.left,
      operator: rule.operator,
      right: outcome.right,
      message: {
        zh: `${orgUnit} ${period} 未通过校验规则“${rule.name}”：${rule.leftSide} = ${outcome.left}，${rule.rightSide} = ${outcome.right}，应满足 ${rule.operator}`,
        en: `${orgUnit} ${period} fails the validation rule "${rule.name}": ${rule.leftSide} = ${outcome.left}, ${rule.rightSide} = ${outcome.right}, expected ${rule.operator}`,
      },
    });
  }
  return found;
}

/** The rules that read any of `elements`, checked at one org unit and period: what entry reports back. */
export async function violationsAt(db: Kysely<Database>, unit: OrgUnitRow, period: string, elements: string[]): Promise<Violation[]> {
  const rules = (await loadRules(db, parsePeriod(period).type)).filter((r) => r.dataElements.some((c) => elements.includes(c)));
  if (rules.length === 0) return [];
  return ruleViolations(rules, await valuesOf(db, [unit.id], period), unit.code, period);
}

export interface QualityOptions {
  /** A share: 0.5 flags changes from the same period a year earlier beyond ±50 %. */
  maxChange: number;
  /** Check approved values only: those an evaluation uses. */
  approvedOnly?: boolean;
  /** Check only these data elements, and the rules that read any of them. */
  elements?: ReadonlySet<string>;
}

/**
 * Every data quality finding of an org unit's subtree for a period: validation rules per org unit,
 * values outside their element's type or bounds, and changes from the same period a year earlier
 * larger than `maxChange`.
 */
export async function qualityViolations(db: Kysely<Database>, root: OrgUnitRow, period: Period, options: QualityOptions): Promise<Violation[]> {
  const { maxChange, approvedOnly = false, elements } = options;
  const wanted = (code: string) => !elements || elements.has(code);
  const rules = (await loadRules(db, period.type)).filter((r) => r.dataElements.some(wanted));
  // Only the elements checked and those their rules read are loaded: a district holds far more.
  const read = elements ? [...new Set([...elements, ...rules.flatMap((r) => r.dataElements)])] : undefined;
  const all = await valuesOf(db, { subtreeOf: root }, period.id, { approved: approvedOnly, elements: read });
  const values = all.filter((v) => wanted(v.code));
  const previousId = periodId(period.type, period.year - 1, period.index);
  const lastYear = await valuesOf(db, { subtreeOf: root }, previousId, { approved: approvedOnly, elements: elements && [...elements] });
  const previous = new Map(lastYear.map((v) => [`${v.unitId}|${v.code}|${v.disaggregation}`, v.value]));
  const violations: Violation[] = [];
  for (const v of values) {
    const cell = { dataElement: v.code, orgUnit: v.unitCode, period: period.id };
    const checked = checkValue({ code: v.code, valueType: v.valueType, min: v.min, max: v.max }, v.value, cell);
    if (!checked.ok) {
      violations.push({ kind: 'bounds', orgUnit: v.unitCode, period: period.id, dataElement: v.code, disaggregation: v.disaggregation, value: v.value, message: checked.problem });
    }
    const before = previous.get(`${v.unitId}|${v.code}|${v.disaggregation}`);
    if (before !== undefined && isOutlyingChange(before, v.value, maxChange)) {
      const change = relativeChange(before, v.value);
      const percent = change === null ? '' : `（${(change * 100).toFixed(1)}%）`;
      const percentEn = change === null ? '' : ` (${(change * 100).toFixed(1)} %)`;
      violations.push({
        kind: 'change',
        orgUnit: v.unitCode,
        period: period.id,
        dataElement: v.code,
        disaggregation: v.disaggregation,
        value: v.value,
        previous: before,
        message: {
          zh: `${v.code} / ${v.unitCode} / ${period.id} 从上年同期 ${before} 变为 ${v.value}${percent}，变化超过 ${maxChange * 100}%，请核实`,
          en: `${v.code} / ${v.unitCode} / ${period.id} went from ${before} a year earlier to ${v.value}${percentEn}, more than ${maxChange * 100} %; please confirm`,
        },
      });
    }
  }
  const byUnit = new Map<string, StoredValue[]>();
  for (const v of all) byUnit.set(v.unitCode, [...(byUnit.get(v.unitCode) ?? []), v]);
  for (const [unit, own] of byUnit) violations.push(...ruleViolations(rules, own, unit, period.id));
  return violations;
}

export interface QualityQuery {
  orgUnit: string;
  /** The first period, or the only one without `periodTo`. */
  period: string;
  periodTo?: string;
  /** Only this data set's elements (and the rules reading them) at its reporting org units. */
  dataSet?: string;
  maxChange?: number;
}

const MAX_PERIODS = 120;

/** The data quality findings of an org unit's subtree for a period or a range of periods, for whoever may read its data. */
export async function dataQuality(ctx: ServiceContext, query: QualityQuery) {
  requireActor(ctx.actor);
  const root = await requireOrgUnit(ctx.db, query.orgUnit);
  requireScope(ctx.actor, 'data:read', root);
  const set = query.dataSet === undefined ? null : await requireDataSet(ctx.db, query.dataSet);
  const first = set ? requireSetPeriod(set, query.period) : requirePeriod(query.period);
  const last = requirePeriod(query.periodTo ?? first.id, 'periodTo');
  const periods = periodRange(first.id, last.id);
  if (!periods) {
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: `期间范围 ${first.id}–${last.id} 无效：两端应为同一类期间，且结束不早于开始`, en: `The period range ${first.id}–${last.id} is not valid: both ends must be of one type, the end not before the start` },
      { field: 'periodTo' },
    );
  }
  if (periods.length > MAX_PERIODS) {
    throw new AppError('VALIDATION_FAILED', { zh: `期间范围最多 ${MAX_PERIODS} 个期间`, en: `A period range covers at most ${MAX_PERIODS} periods` }, { field: 'periodTo' });
  }
  const options = { maxChange: query.maxChange ?? 0.5, ...(set ? { elements: new Set(set.elements.map((e) => e.code)) } : {}) };
  const reporting = set && set.orgUnits.length > 0 ? new Set(set.orgUnits.map((u) => u.code)) : null;
  const violations: Violation[] = [];
  for (const id of periods) {
    const found = await qualityViolations(ctx.db, root, parsePeriod(id), options);
    violations.push(...(reporting ? found.filter((v) => reporting.has(v.orgUnit)) : found));
  }
  return { orgUnit: root.code, dataSet: set?.code ?? null, period: first.id, periodTo: last.id, violations };
}
