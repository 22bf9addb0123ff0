import type { TaskDef } from '../plan/format.js';
import type { DocLine } from './lines.js';
import { isWithin, type Outline } from './outline.js';

/**
 * Tasks: the headings of the main-tasks chapter (主要任务 / 重点任务 / 行动计划 / 实施措施),
 * nested as the outline nests them, each with the first sentence under it as summary. Where a
 * section is written as paragraphs that each open with a short lead sentence
 * ("构建社会化公共卫生管理大格局。坚持…"), every such paragraph is a task too.
 */
const TASK_CHAPTER = /主要任务|重点任务|行动计划|实施措施|重点工作|任务举措|主要举措|工作任务/;
const LEAD = /^([^。；！？]{4,30})。/;
/** A line this long is a whole paragraph; shorter lines are a paragraph wrapped by the layout. */
const PARAGRAPH = 60;
const SUMMARY = 200;

function firstSentence(text: string): string | null {
  const m = /^[^。！？]*[。！？]?/.exec(text.trim());
  const sentence = m ? m[0].trim() : '';
  if (sentence === '') return null;
  return sentence.length > SUMMARY ? `${sentence.slice(0, SUMMARY)}…` : sentence;
}

export function findTasks(lines: readonly DocLine[], outline: Outline, skip: ReadonlySet<number>, document?: string): TaskDef[] {
  const chapters = outline.entries.map((e, i) => (e.parent === -1 && TASK_CHAPTER.test(e.title) ? i : -1)).filter((i) => i >= 0);
  const body = new Map<number, DocLine[]>();
  lines.forEach((line, index) => {
    const owner = outline.owner[index];
    if (owner < 0 || skip.has(line.no) || outline.entries[owner].line === line.no) return;
    const list = body.get(owner);
    if (list) list.push(line);
    else body.set(owner, [line]);
  });
  const hasChildren = new Set(outline.entries.map((e) => e.parent));
  const tasks: TaskDef[] = [];
  outline.entries.forEach((entry, index) => {
    if (chapters.includes(index) || !chapters.some((c) => isWithin(outline, index, c))) return;
    const own = body.get(index) ?? [];
    const text = own.reduce((t, l) => t + l.text, '');
    tasks.push({ path: entry.path, title: entry.title, summary: firstSentence(text), source: { document, line: entry.line } });
    if (hasChildren.has(index)) return;
    const leads = own.filter((l) => l.text.length >= PARAGRAPH && LEAD.test(l.text));
    if (leads.length < 2) return;
    leads.forEach((line, k) => {
      const lead = (LEAD.exec(line.text) as RegExpExecArray)[1];
      const rest = line.text.slice(lead.length + 1);
      tasks.push({ path: `${entry.path}/#${k + 1}`, title: lead, summary: firstSentence(rest), source: { document, line: line.no } });
    });
  });
  return tasks;
}
