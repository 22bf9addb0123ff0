import { CHINESE_NUMERAL } from './numerals.js';

/**
 * Heading lines of Chinese government plans: 第X章 / 第X部分 / 第X节 / 一、 / （一） / 1.
 * plus unnumbered top-level sections (序言, 附表, 指标说明 …). The rank orders them: a heading
 * closes every open heading of the same or a lower rank.
 */
export type HeadingKind = 'chapter' | 'section' | 'item' | 'paren' | 'number' | 'unnumbered';

export interface Heading {
  kind: HeadingKind;
  rank: number;
  /** The marker normalised: "第四章", "第一节", "一、", "（一）", "1.", or the title of an unnumbered section. */
  marker: string;
  title: string;
}

const N = CHINESE_NUMERAL;
const CHAPTER = new RegExp(`^(第\\s*(?:${N}|\\d{1,2})\\s*[章部]分?)\\s*(.*)$`);
const SECTION = new RegExp(`^(第\\s*(?:${N}|\\d{1,2})\\s*节)\\s*(.*)$`);
const ITEM = new RegExp(`^(${N})\\s*、\\s*(.*)$`);
const PAREN = new RegExp(`^[（(]\\s*(${N})\\s*[）)]\\s*(.*)$`);
const NUMBER = /^(\d{1,2})\s*[.．、]\s*(?=[\u4e00-\u9fff“《（(])(.*)$/;
const UNNUMBERED = /^(序\s*言|前\s*言|引\s*言|附\s*表|附\s*件|附\s*录|指标说明|指标解释|名词解释|编制说明)(?:\s*[:：]?\s*(.{0,40}))?$/;

const MAX_TITLE = 45;

function plausibleTitle(title: string): boolean {
  if (title.length > MAX_TITLE) return false;
  if (title.includes('。')) return false;
  // A definition ("X，指…") or a glossary entry ("X：…") is numbered like a heading but is text.
  if (/[，,：:]\s*是?指/.test(title)) return false;
  return true;
}

export function parseHeading(text: string): Heading | null {
  const t = text.trim();
  let m = CHAPTER.exec(t);
  if (m && plausibleTitle(m[2])) return { kind: 'chapter', rank: 0, marker: m[1].replace(/\s+/g, ''), title: m[2].trim() };
  m = SECTION.exec(t);
  if (m && plausibleTitle(m[2])) return { kind: 'section', rank: 1, marker: m[1].replace(/\s+/g, ''), title: m[2].trim() };
  m = ITEM.exec(t);
  if (m && m[2] !== '' && plausibleTitle(m[2])) return { kind: 'item', rank: 2, marker: `${m[1]}、`, title: m[2].trim() };
  m = PAREN.exec(t);
  if (m && m[2] !== '' && plausibleTitle(m[2])) return { kind: 'paren', rank: 3, marker: `（${m[1]}）`, title: m[2].trim() };
  m = NUMBER.exec(t);
  if (m && plausibleTitle(m[2]) && !/[：:]\s*\S/.test(m[2])) return { kind: 'number', rank: 4, marker: `${m[1]}.`, title: m[2].trim() };
  m = UNNUMBERED.exec(t);
  if (m) {
    const name = m[1].replace(/\s+/g, '');
    return { kind: 'unnumbered', rank: 0, marker: name, title: (m[2] ?? '').trim() || name };
  }
  return null;
}
