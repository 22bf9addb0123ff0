import type { Token } from './table-rows.js';
import { joinWrapped } from './wrap-join.js';

/**
 * Assigns the pieces of a table row to its columns. A flattened row is a run of pieces
 * separated by spaces and line breaks, and neither tells where a cell ends: "1/10 万 0 1/10 万以"
 * / "下" / "达到国" / "际水平" is unit, baseline, two targets. Every way of cutting the run into
 * consecutive cells is scored by how much each cell looks like what its column holds, and the
 * best one wins (dynamic programming, so the cost stays small).
 */
export interface FitColumn {
  /** Score of a non-empty cell; -Infinity when the text cannot be in this column. */
  score(text: string): number;
  /** Score of leaving the column empty; -Infinity when it must have a value. */
  empty: number;
}

/** Text of consecutive tokens as one cell, spaces kept as printed and wrapped words re-joined. */
export function joinTokens(tokens: readonly Token[]): string {
  let text = '';
  tokens.forEach((token, i) => {
    if (i === 0) text = token.text;
    else if (token.sep === 'line') text = joinWrapped(text, token.text);
    else text = `${text} ${token.text}`;
  });
  return text;
}

/** Several table cells put into one column cost this much each. */
const MERGED_CELL = -4;

export interface Fit {
  cells: string[];
  /** Line of the first token of each cell, or null when the cell is empty. */
  lines: Array<number | null>;
  score: number;
}

export function fitCells(tokens: readonly Token[], columns: readonly FitColumn[]): Fit | null {
  const n = tokens.length;
  const m = columns.length;
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i <= n; i++) {
      if (best[j][i] === -Infinity) continue;
      for (let k = i; k <= n; k++) {
        let score: number;
        if (k === i) score = columns[j].empty;
        else {
          const piece = tokens.slice(i, k);
          const merged = piece.slice(1).filter((t) => t.sep === 'cell').length;
          score = columns[j].score(joinTokens(piece)) + merged * MERGED_CELL;
        }
        const total = best[j][i] + score;
        if (total > best[j + 1][k]) {
          best[j + 1][k] = total;
          from[j + 1][k] = i;
        }
      }
    }
  }
  if (best[m][n] === -Infinity) return null;
  const cells: string[] = new Array<string>(m);
  const lines: Array<number | null> = new Array<number | null>(m);
  for (let j = m, k = n; j > 0; j--) {
    const i = from[j][k];
    cells[j - 1] = joinTokens(tokens.slice(i, k));
    lines[j - 1] = k > i ? tokens[i].line : null;
    k = i;
  }
  return { cells, lines, score: best[m][n] };
}
