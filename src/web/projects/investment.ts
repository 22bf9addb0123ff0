import type { ProjectView } from '../api/types.js';

export interface InvestmentTotal {
  /** 万元, over the projects whose investment the plan states as a number. */
  amount: number;
  counted: number;
  /** Projects whose investment is undetermined (待定) or not stated: a total must say it leaves them out. */
  leftOut: ProjectView[];
}

export function investmentTotal(projects: ProjectView[]): InvestmentTotal {
  const stated = projects.filter((p) => p.investment !== null && Number.isFinite(p.investment));
  return {
    amount: stated.reduce((sum, p) => sum + (p.investment ?? 0), 0),
    counted: stated.length,
    leftOut: projects.filter((p) => !stated.includes(p)),
  };
}
