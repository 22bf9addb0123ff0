/** What every part of the importer needs to know about the plan as a whole. */
export interface PlanFrame {
  /** Document name recorded in every source reference. */
  document?: string;
  /** The region as named in the document, e.g. 西城区; null when the document does not say. */
  regionName: string | null;
  /** The area the region belongs to, e.g. 北京市 for 朝阳区, when the document names it. */
  parentRegionName: string | null;
  periodStart: number;
  periodEnd: number;
}
