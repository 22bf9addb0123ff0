import type { listPlansWithCounts, planContent, findPlan } from './repository.js';

type PlanListRow = Awaited<ReturnType<typeof listPlansWithCounts>>[number];
type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;
type Content = Awaited<ReturnType<typeof planContent>>;

/** The JSON shapes of plans: the list entry and the whole plan. */
export function presentPlanSummary(p: PlanListRow) {
  return {
    code: p.code,
    title: p.title,
    region: { code: p.region_code, name: p.region_name },
    periodStart: p.period_start,
    periodEnd: p.period_end,
    status: p.status,
    published: p.published,
    version: p.version,
    counts: { indicators: Number(p.indicators), targets: Number(p.targets), tasks: Number(p.tasks), projects: Number(p.projects) },
  };
}

export function presentPlanMeta(p: PlanRow) {
  return {
    code: p.code,
    title: p.title,
    region: { code: p.region_code, name: p.region_name },
    periodStart: p.period_start,
    periodEnd: p.period_end,
    status: p.status,
    issuer: p.issuer,
    documentNumber: p.document_number,
    approvalDate: p.approval_date,
    summary: p.summary,
    progressMethod: p.progress_method,
    thresholds: p.thresholds,
    published: p.published,
    publishedAt: p.published_at,
    version: p.version,
  };
}

export function presentPlan(p: PlanRow, c: Content) {
  return {
    plan: presentPlanMeta(p),
    outline: c.outline.map((n) => ({ path: n.path, title: n.title, level: n.level, line: n.line })),
    indicators: c.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      aliases: i.aliases,
      category: i.category,
      seq: i.seq,
      unit: i.unit,
      factor: i.factor,
      decimals: i.decimals,
      attribute: i.attribute,
      direction: i.direction,
      definition: i.definition,
      numerator: i.numerator,
      denominator: i.denominator,
      populationBasis: i.population_basis,
      parent: i.parent_code,
      canonical: i.canonical_code,
      table: i.table_name,
      source: i.source,
      version: i.version,
      baselines: c.baselines
        .filter((b) => b.indicator_id === i.id)
        .map((b) => ({ year: b.year, value: b.value, text: b.text, note: b.note, source: b.source })),
      targets: c.targets
        .filter((t) => t.indicator_id === i.id)
        .map((t) => ({
          id: t.id,
          text: t.text,
          comparator: t.comparator,
          value: t.value,
          valueHigh: t.value_high,
          bound: t.bound,
          year: t.year,
          scope: t.scope,
          source: t.source_label,
          fromProse: t.from_prose,
          tolerance: t.tolerance,
          line: t.line,
          revision: t.revision,
          version: t.version,
        })),
    })),
    tasks: c.tasks.map((t) => ({
      id: t.id,
      parentId: t.parent_id,
      path: t.path,
      title: t.title,
      summary: t.summary,
      deadline: t.deadline,
      status: t.status,
      percent: t.percent,
      lastUpdateAt: t.last_update_at,
      source: t.source,
    })),
    projects: c.projects.map((j) => ({
      id: j.id,
      name: j.name,
      kind: j.kind,
      locationText: j.location_text,
      content: j.content,
      stage: j.stage,
      percent: j.percent,
      investment: j.investment,
      investmentText: j.investment_text,
      beds: j.beds,
      floorArea: j.floor_area,
      plannedStart: j.planned_start,
      plannedCompletion: j.planned_completion,
      source: j.source,
    })),
    boxes: c.boxes.map((b) => ({ code: b.code, title: b.title, path: b.path, items: b.items })),
  };
}
