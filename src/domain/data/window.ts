/** A data set's input window: dates as YYYY-MM-DD, both ends inclusive, null for no limit. */
export interface InputWindow {
  openFrom: string | null;
  openUntil: string | null;
}

export function isWindowOpen(window: InputWindow, today: string): boolean {
  return (window.openFrom === null || today >= window.openFrom) && (window.openUntil === null || today <= window.openUntil);
}
