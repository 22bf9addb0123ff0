const PERIOD = /^(\d{4})(?:S([12])|Q([1-4])|(0[1-9]|1[0-2]))?$/;

/** Whether a text is an ISO period id the plan format accepts: 2024, 2024S1, 2024Q3, 202403. */
export function isIsoPeriod(id: string): boolean {
  return PERIOD.test(id);
}
