import type { OrgUnitLevel } from '../plan/format.js';
import { parseHeading } from './headings.js';
import type { DocLine } from './lines.js';
import { numeralValue } from './numerals.js';
import { joinAllWrapped } from './wrap-join.js';

/**
 * The plan's identity as the document states it: title, region, period, issuer, document
 * number and approval date. Government plans put these in a title block or a notice of
 * issue (印发通知) at the top, or name the plan in the preface (制定《…规划》).
 */
export interface PlanIdentity {
  title: string | null;
  titleLine: number | null;
  regionName: string | null;
  regionLevel: OrgUnitLevel | null;
  /** The higher-level area printed before the region, e.g. 北京市 in 北京市朝阳区. */
  parentRegionName: string | null;
  periodStart: number | null;
  periodEnd: number | null;
  issuer: string | null;
  documentNumber: string | null;
  approvalDate: string | null;
}

/** Lines read for the title block and the preface. */
const OPENING_LINES = 80;
const PLAN_WORD = /(?:规划|计划|纲要|方案)(?:\s*[（(][^（()）]*[)）])?$/;
const NOT_A_TITLE = /关于|通知|印发|意见/;

const ISSUER = /^([\u4e00-\u9fff]{2,30}?(?:人民政府|卫生健康委员会|卫生和计划生育委员会|卫生健康委|卫健委))(?:文件)?$/;

interface Located {
  text: string;
  line: number;
}

function titleBlock(lines: readonly DocLine[]): Located | null {
  for (let i = 0; i < Math.min(lines.length, OPENING_LINES); i++) {
    if (parseHeading(lines[i].text)?.kind === 'chapter') break;
    for (let n = 1; n <= 3 && i + n <= lines.length; n++) {
      const parts = lines.slice(i, i + n).map((l) => l.text);
      if (parts.some((p) => p.length > 40 || /\d{4}\s*年\s*\d{1,2}\s*月/.test(p) || ISSUER.test(p.replace(/\s+/g, '')))) break;
      const text = joinAllWrapped(parts);
      if (text.length <= 60 && PLAN_WORD.test(text) && !NOT_A_TITLE.test(text) && !/[。，]/.test(text)) return { text, line: lines[i].no };
    }
  }
  return null;
}

/** Text of the opening lines as one string, with the line each character came from. */
function openingText(lines: readonly DocLine[]): { text: string; lineAt: (offset: number) => number } {
  const starts: Array<[number, number]> = [];
  let text = '';
  for (const line of lines.slice(0, OPENING_LINES)) {
    starts.push([text.length, line.no]);
    text = joinAllWrapped([text, line.text]);
  }
  const lineAt = (offset: number): number => {
    let no = starts[0]?.[1] ?? 1;
    for (const [start, n] of starts) if (start <= offset) no = n;
    return no;
  };
  return { text, lineAt };
}

const CITED = /(?:依据|根据|贯彻|落实|按照|参照|对照|衔接)[^《。]{0,6}$/;

function namedInPreface(lines: readonly DocLine[]): Located | null {
  const { text, lineAt } = openingText(lines);
  const re = /《([^《》]{4,60})》/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1];
    if (!/规划|计划|方案/.test(name) || /纲要|总体规划|国民经济|条例|办法/.test(name)) continue;
    if (CITED.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    return { text: name, line: lineAt(m.index) };
  }
  return null;
}

const REGION = /^([\u4e00-\u9fff]{1,8}?(?:省|自治区))?([\u4e00-\u9fff]{1,8}?市)?([\u4e00-\u9fff]{1,6}?(?:区|县|旗)(?!域))?/;

function regionIn(text: string): { name: string; level: OrgUnitLevel; parent: string | null } | null {
  const m = REGION.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const [, province, city, district] = m;
  if (district) return { name: district, level: 'district', parent: city ?? province ?? null };
  if (city) return { name: city, level: 'city', parent: province ?? null };
  if (province) return { name: province, level: 'province', parent: null };
  return null;
}


function issuerOf(lines: readonly DocLine[]): string | null {
  for (const line of [...lines.slice(0, 15), ...lines.slice(-15)]) {
    const m = ISSUER.exec(line.text.replace(/\s+/g, ''));
    if (m) return m[1];
  }
  return null;
}

function documentNumberOf(lines: readonly DocLine[]): string | null {
  for (const line of lines.slice(0, 20)) {
    const m = /[\u4e00-\u9fff]{1,8}[〔［[（(]\d{4}[〕］\])）]\s*\d+\s*号/.exec(line.text);
    if (m) return m[0].replace(/\s+/g, '');
  }
  return null;
}

function approvalDateOf(lines: readonly DocLine[]): string | null {
  const text = joinAllWrapped(lines.slice(0, 15).map((l) => l.text));
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日[^。]{0,30}?(?:批准|审议通过|通过)/.exec(text);
  if (!m) return null;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

const SPAN = /(\d{4})\s*(?:年)?\s*[-—–－~至到]\s*(\d{4})\s*年?/;
const FIVE_YEAR_PLAN = /十([一二三四五六七八九])五/;

function periodOf(title: string | null, lines: readonly DocLine[]): [number, number] | null {
  const fromSpan = (text: string): [number, number] | null => {
    const m = SPAN.exec(text);
    if (!m) return null;
    const [a, b] = [Number(m[1]), Number(m[2])];
    return b > a && b - a <= 15 ? [a, b] : null;
  };
  const fromFiveYear = (text: string): [number, number] | null => {
    const m = FIVE_YEAR_PLAN.exec(text);
    if (!m) return null;
    const n = 10 + (numeralValue(m[1]) ?? 0);
    const start = 2006 + 5 * (n - 11);
    return [start, start + 4];
  };
  if (title) {
    const span = fromSpan(title) ?? fromFiveYear(title);
    if (span) return span;
  }
  const { text } = openingText(lines);
  const stated = /规划(?:期|年限|期限|时段)[为是：:\s]*((?:\d{4})\s*年?\s*[-—–－~至到]\s*\d{4})/.exec(text);
  if (stated) return fromSpan(stated[1]);
  return fromSpan(text.slice(0, 400)) ?? fromFiveYear(text);
}

export function readIdentity(lines: readonly DocLine[]): PlanIdentity {
  const title = titleBlock(lines) ?? namedInPreface(lines);
  const issuer = issuerOf(lines);
  const region = (title && regionIn(title.text)) ?? (issuer ? regionIn(issuer) : null);
  const period = periodOf(title?.text ?? null, lines);
  return {
    title: title?.text ?? null,
    titleLine: title?.line ?? null,
    regionName: region?.name ?? null,
    regionLevel: region?.level ?? null,
    parentRegionName: region?.parent ?? null,
    periodStart: period?.[0] ?? null,
    periodEnd: period?.[1] ?? null,
    issuer,
    documentNumber: documentNumberOf(lines),
    approvalDate: approvalDateOf(lines),
  };
}
