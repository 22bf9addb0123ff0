import { parsePeriod, periodsOfYear, type PeriodType } from '../../../../domain/periods/period.js';

/**
 * The periods of a data set's type a form can be opened for: those that have begun, in the last
 * `years` calendar years, newest first.
 */
export function periodChoices(type: PeriodType, today: string, years = 6): string[] {
  const year = Number(today.slice(0, 4));
  const choices: string[] = [];
  for (let y = year; y > year - years; y -= 1) {
    choices.push(...periodsOfYear(y, type).filter((id) => parsePeriod(id).start <= today).reverse());
  }
  return choices;
}

/** The period a clerk usually reports: the latest one that has ended by today. */
export function defaultPeriod(type: PeriodType, today: string): string {
  return periodChoices(type, today, 2).find((id) => parsePeriod(id).end < today)!;
}
