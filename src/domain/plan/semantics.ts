import type { Comparator, PlanDocument } from './format.js';
import { problemAt } from './locate.js';
import { type Message, type Problem, quote } from './problem.js';
import { isPeriodId } from '../periods/period.js';
import { dataItemReferences } from './expression-references.js';

export interface SemanticOptions {
  /** Codes of the canonical indicator library; when given, `canonical` links are checked against it. */
  canonicalCodes?: ReadonlySet<string>;
}

/** Comparators whose meaning depends on a number in the target. */
const NEEDS_VALUE: ReadonlySet<Comparator> = new Set<Comparator>(['>=', '<=', '>', '<', 'reach', 'about', 'range', 'maintain', 'increase_by']);

interface Coded {
  code: string;
  parent?: string | null;
}

/**
 * The checks a JSON Schema cannot express: unique codes, references that resolve,
 * targets that carry the numbers their comparator needs, valid periods. Expects a
 * document that already conforms to the schema.
 */
export function semanticProblems(doc: PlanDocument, options: SemanticOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, code: string, what: Message) => problems.push(problemAt(doc, path, code, what));
  const external = doc.externalReferences ?? {};
  const orgUnits = doc.orgUnits ?? [];
  const dataElements = doc.dataElements ?? [];

  duplicates(orgUnits, '/orgUnits', add);
  duplicates(doc.departments ?? [], '/departments', add);
  duplicates(doc.indicators, '/indicators', add);
  duplicates(dataElements, '/dataElements', add);

  const orgUnitCodes = new Set([...orgUnits.map((u) => u.code), ...(external.orgUnits ?? [])]);
  const departmentCodes = new Set([...(doc.departments ?? []).map((d) => d.code), ...(external.departments ?? [])]);
  const indicatorCodes = new Set([...doc.indicators.map((i) => i.code), ...(external.indicators ?? [])]);
  // A directly measured indicator is measured by a data element that bears the indicator's own code.
  const elementCodes = new Set([...dataElements.map((e) => e.code), ...(external.dataElements ?? []), ...indicatorCodes]);

  const { plan } = doc;
  if (plan.periodStart > plan.periodEnd) {
    add('/plan/periodEnd', 'PLAN_PERIOD_ORDER', {
      zh: `规划期末年 ${plan.periodEnd} 早于规划起始年 ${plan.periodStart}`,
      en: `the period ends (${plan.periodEnd}) before it starts (${plan.periodStart})`,
    });
  }
  if (!orgUnitCodes.has(plan.region)) {
    add('/plan/region', 'PLAN_UNKNOWN_REGION', unknownCode(plan.region, '组织机构', 'org unit', 'orgUnits'));
  }

  orgUnits.forEach((unit, i) => {
    if (unit.parent && !orgUnitCodes.has(unit.parent)) {
      add(`/orgUnits/${i}/parent`, 'PLAN_UNKNOWN_PARENT', unknownCode(unit.parent, '上级组织机构', 'parent org unit', 'orgUnits'));
    }
  });
  cycles(orgUnits, '/orgUnits', add);

  doc.indicators.forEach((indicator, i) => {
    const at = `/indicators/${i}`;
    if (indicator.parent && !indicatorCodes.has(indicator.parent)) {
      add(`${at}/parent`, 'PLAN_UNKNOWN_PARENT', unknownCode(indicator.parent, '上级指标', 'parent indicator', 'indicators'));
    }
    if (indicator.canonical && options.canonicalCodes && !options.canonicalCodes.has(indicator.canonical)) {
      add(`${at}/canonical`, 'PLAN_UNKNOWN_CANONICAL', {
        zh: `标准指标库中没有编码 ${quote(indicator.canonical)}`,
        en: `the canonical indicator library has no code ${quote(indicator.canonical)}`,
      });
    }
    for (const side of ['numerator', 'denominator'] as const) {
      // `#{A.B}` is element A.B, or element A with disaggregation B.
      for (const reference of dataItemReferences(indicator[side])) {
        if (!elementCodes.has(reference) && !elementCodes.has(reference.slice(0, reference.lastIndexOf('.')))) {
          add(`${at}/${side}`, 'PLAN_EXPRESSION_UNKNOWN_ELEMENT', {
            zh: `表达式引用了未声明的数据项 #{${reference}}（请在 dataElements 中声明，或列入 externalReferences.dataElements）`,
            en: `the expression refers to #{${reference}}, which is not a declared data element (declare it in dataElements or list it in externalReferences.dataElements)`,
          });
        }
      }
    }
    indicator.targets.forEach((target, t) => {
      const path = `${at}/targets/${t}`;
      if (NEEDS_VALUE.has(target.comparator) && target.value === null) {
        add(`${path}/value`, 'PLAN_TARGET_VALUE_MISSING', {
          zh: `比较方式 ${quote(target.comparator)} 需要目标数值，value 不能为 null（无法解析的目标请用 "qualitative"）`,
          en: `comparator ${quote(target.comparator)} needs a target number; value must not be null (use "qualitative" for a target that does not parse)`,
        });
      }
      if (target.comparator === 'range') {
        const high = target.valueHigh ?? null;
        if (high === null) {
          add(`${path}/valueHigh`, 'PLAN_TARGET_VALUE_MISSING', {
            zh: '区间目标（range）需要上限 valueHigh',
            en: 'a range target needs its upper value valueHigh',
          });
        } else if (target.value !== null && target.value > high) {
          add(`${path}/valueHigh`, 'PLAN_TARGET_RANGE_INVALID', {
            zh: `区间上限 ${high} 小于下限 ${target.value}`,
            en: `the upper value ${high} is below the lower value ${target.value}`,
          });
        }
      }
    });
  });
  cycles(doc.indicators, '/indicators', add);

  doc.tasks.forEach((task, i) => {
    const departments = [task.leadDepartment, ...(task.cooperatingDepartments ?? [])];
    departments.forEach((department, d) => {
      if (!department || departmentCodes.has(department)) return;
      const path = d === 0 ? `/tasks/${i}/leadDepartment` : `/tasks/${i}/cooperatingDepartments/${d - 1}`;
      add(path, 'PLAN_UNKNOWN_DEPARTMENT', unknownCode(department, '责任单位', 'department', 'departments'));
    });
    (task.indicators ?? []).forEach((code, k) => {
      if (!indicatorCodes.has(code)) {
        add(`/tasks/${i}/indicators/${k}`, 'PLAN_UNKNOWN_INDICATOR', unknownCode(code, '指标', 'indicator', 'indicators'));
      }
    });
  });

  doc.projects.forEach((project, i) => {
    if (project.location && !orgUnitCodes.has(project.location)) {
      add(`/projects/${i}/location`, 'PLAN_UNKNOWN_ORG_UNIT', unknownCode(project.location, '组织机构', 'org unit', 'orgUnits'));
    }
  });

  (doc.dataValues ?? []).forEach((value, i) => {
    const at = `/dataValues/${i}`;
    if (!elementCodes.has(value.dataElement)) {
      add(`${at}/dataElement`, 'PLAN_UNKNOWN_DATA_ELEMENT', unknownCode(value.dataElement, '数据项或指标', 'data element or indicator', 'dataElements'));
    }
    if (!orgUnitCodes.has(value.orgUnit)) {
      add(`${at}/orgUnit`, 'PLAN_UNKNOWN_ORG_UNIT', unknownCode(value.orgUnit, '组织机构', 'org unit', 'orgUnits'));
    }
    if (!isPeriodId(value.period)) {
      add(`${at}/period`, 'PLAN_INVALID_PERIOD', {
        zh: `期间 ${quote(value.period)} 无效，应为 ISO 期间编码：年 2024、半年 2024S1、季 2024Q3、月 202403`,
        en: `period ${quote(value.period)} is not valid; use an ISO period id: year 2024, half-year 2024S1, quarter 2024Q3, month 202403`,
      });
    }
  });

  return problems;
}

function unknownCode(code: string, zh: string, en: string, list: string): Message {
  return {
    zh: `${zh} ${quote(code)} 不存在：文件中未声明，也未列入 externalReferences.${list}`,
    en: `${en} ${quote(code)} does not exist: it is neither declared in the file nor listed in externalReferences.${list}`,
  };
}

type Add = (path: string, code: string, what: Message) => void;

function duplicates(items: readonly Coded[], at: string, add: Add): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const earlier = first.get(item.code);
    if (earlier === undefined) {
      first.set(item.code, i);
      return;
    }
    add(`${at}/${i}/code`, 'PLAN_DUPLICATE_CODE', {
      zh: `编码 ${quote(item.code)} 重复，已用于第 ${earlier + 1} 项（${at}/${earlier}）`,
      en: `code ${quote(item.code)} is used twice; item #${earlier + 1} (${at}/${earlier}) already has it`,
    });
  });
}

/** Reports each item that is its own ancestor, once per cycle. */
function cycles(items: readonly Coded[], at: string, add: Add): void {
  const index = new Map(items.map((item, i) => [item.code, i]));
  const reported = new Set<string>();
  items.forEach((item, i) => {
    const chain: string[] = [item.code];
    let parent = item.parent;
    while (parent && index.has(parent) && !chain.includes(parent)) {
      chain.push(parent);
      parent = items[index.get(parent)!].parent;
    }
    if (parent !== item.code || chain.some((code) => reported.has(code))) return;
    chain.forEach((code) => reported.add(code));
    add(`${at}/${i}/parent`, 'PLAN_PARENT_CYCLE', {
      zh: `上级关系形成循环：${[...chain, item.code].join(' → ')}`,
      en: `the parent chain loops: ${[...chain, item.code].join(' → ')}`,
    });
  });
}
