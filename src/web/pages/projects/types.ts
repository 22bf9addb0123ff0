/** The project board as GET /api/plans/:code/projects returns it. */
import type { LocalizedText } from '../../api/client.js';
import type { ProjectStage } from '../../api/types.js';
import type { ReportView } from '../tasks/types.js';

export interface BoardProject {
  id: number;
  name: string;
  locationText: string | null;
  kind: string | null;
  content: string | null;
  beds: number | null;
  floorArea: number | null;
  investment: number | null;
  investmentText: string | null;
  investmentUnknown: boolean;
  plannedCompletion: string | null;
  stage: ProjectStage | null;
  stageLabel: LocalizedText | null;
  percent: number;
  latestUpdate: (ReportView & { stage: ProjectStage | null }) | null;
  /** Null when the plan gives no planned completion to be late against. */
  delayed: boolean | null;
  neverUpdated: boolean;
}

export interface Total {
  sum: number;
  known: number;
  unknown: number;
  unknownProjects: string[];
}

export interface ProjectBoard {
  plan: { code: string; title: string };
  today: string;
  totals: { projects: number; investment: Total & { pending: number }; beds: Total; floorArea: Total; delayed: number; completionUnknown: number; neverUpdated: number };
  items: BoardProject[];
}
