import type { DocLine } from './lines.js';
import type { Outline } from './outline.js';
import { joinWrapped } from './wrap-join.js';

/**
 * Running text of the document section by section: the lines under one heading joined as
 * Chinese wraps them, with the line every character came from, so that a sentence found in
 * the text can be cited by line.
 */
export interface TextRun {
  /** Index of the outline entry the run belongs to, -1 before the first heading. */
  owner: number;
  text: string;
  starts: Array<{ offset: number; line: number }>;
}

export function lineAt(run: TextRun, offset: number): number {
  let line = run.starts[0].line;
  for (const s of run.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

/** Runs of body text; heading lines and the lines in `skip` (tables, boxes) end a run. */
export function textRuns(lines: readonly DocLine[], outline: Outline, skip: ReadonlySet<number>): TextRun[] {
  const headingLines = new Set(outline.entries.map((e) => e.line));
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  lines.forEach((line, index) => {
    if (skip.has(line.no) || headingLines.has(line.no)) {
      current = null;
      return;
    }
    const owner = outline.owner[index];
    if (!current || current.owner !== owner) {
      current = { owner, text: '', starts: [] };
      runs.push(current);
    }
    const before = current.text.length;
    current.text = joinWrapped(current.text, line.text);
    current.starts.push({ offset: before + (current.text.length - before - line.text.length), line: line.no });
  });
  return runs;
}

export interface Sentence {
  text: string;
  /** Offset of the sentence in its run. */
  offset: number;
}

/** Sentences of a run, split after 。！？； (the mark stays with its sentence). */
export function sentences(run: TextRun): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。！？；;!?]+[。！？；;!?]?/g;
  for (let m = re.exec(run.text); m; m = re.exec(run.text)) {
    if (m[0].trim() !== '') out.push({ text: m[0], offset: m.index });
  }
  return out;
}
