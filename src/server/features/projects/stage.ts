import type { ProjectStage } from '../../db/schema.js';

export const PROJECT_STAGE_LABELS: Record<ProjectStage, { zh: string; en: string }> = {
  preparation: { zh: '前期', en: 'Preparation' },
  started: { zh: '开工', en: 'Construction started' },
  structure_done: { zh: '主体完工', en: 'Main structure done' },
  completed: { zh: '竣工', en: 'Completed' },
  in_use: { zh: '投用', en: 'In use' },
};

export const PROJECT_STAGES = Object.keys(PROJECT_STAGE_LABELS) as ProjectStage[];

const FINISHED: ReadonlySet<ProjectStage | null> = new Set<ProjectStage | null>(['completed', 'in_use']);

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * The last day of a planned completion as plans write it: 2023, 2023年, 2023年6月, 2023-06,
 * 2023年上半年, 2023年底. Null for 待定 and anything without a year: the delay is then unknown.
 */
export function completionDeadline(text: string | null): string | null {
  const year = text ? /(\d{4})/.exec(text) : null;
  if (!text || !year) return null;
  const y = Number(year[1]);
  const month = /\d{4}\s*(?:年|-|\.|\/)\s*(\d{1,2})(?!\d)/.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return lastDayOfMonth(y, Number(month[1]));
  if (/上半年/.test(text)) return `${y}-06-30`;
  return `${y}-12-31`;
}

/** Delayed: the planned completion has passed and the project is not finished; null when the completion is unknown. */
export function isDelayed(project: { planned_completion: string | null; stage: ProjectStage | null }, today: string): boolean | null {
  const deadline = completionDeadline(project.planned_completion);
  if (deadline === null) return null;
  return deadline < today && !FINISHED.has(project.stage);
}
