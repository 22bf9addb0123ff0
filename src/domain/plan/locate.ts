import type { Message, Problem } from './problem.js';

type Item = Record<string, unknown>;

interface Collection {
  zh: string;
  en: string;
  /** What identifies one item to a reader: its code and name, or its title. */
  label(item: Item): string | null;
}

const field = (item: Item, key: string): string | null => {
  const value = item[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
};

const codeAndName = (item: Item): string | null => {
  const code = field(item, 'code');
  const name = field(item, 'name');
  if (code && name) return `${code}「${name}」`;
  return code ?? (name ? `「${name}」` : null);
};

const collections: Record<string, Collection> = {
  orgUnits: { zh: '组织机构', en: 'org unit', label: codeAndName },
  departments: { zh: '责任单位', en: 'department', label: codeAndName },
  dataElements: { zh: '数据项', en: 'data element', label: codeAndName },
  indicators: { zh: '指标', en: 'indicator', label: codeAndName },
  baselines: { zh: '基期值', en: 'baseline', label: (item) => field(item, 'year') },
  targets: { zh: '目标', en: 'target', label: (item) => (field(item, 'text') ? `「${field(item, 'text')}」` : null) },
  tasks: { zh: '任务', en: 'task', label: (item) => field(item, 'path') },
  outline: { zh: '提纲标题', en: 'outline heading', label: (item) => field(item, 'path') },
  boxes: { zh: '专栏', en: 'feature box', label: (item) => field(item, 'code') },
  items: { zh: '条目', en: 'item', label: (item) => (field(item, 'title') ? `「${field(item, 'title')}」` : null) },
  projects: { zh: '项目', en: 'project', label: (item) => (field(item, 'name') ? `「${field(item, 'name')}」` : null) },
  dataValues: {
    zh: '数据值',
    en: 'data value',
    label: (item) => {
      const parts = ['dataElement', 'orgUnit', 'period'].map((key) => field(item, key) ?? '?');
      return `(${parts.join(', ')})`;
    },
  },
};

const sections: Record<string, Message> = {
  plan: { zh: '规划基本信息', en: 'plan metadata' },
  externalReferences: { zh: '外部引用', en: 'external references' },
  format: { zh: '格式版本', en: 'format version' },
};

/** One segment of a JSON pointer, unescaped (~1 is "/", ~0 is "~"). */
export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * Describes where a JSON pointer points in a plan document, naming the items on the way
 * ("指标 XC21-03「老年人健康服务率」的第 1 个目标「≥75%」"), so a planner can find the spot
 * without reading JSON pointers.
 */
export function describeLocation(doc: unknown, path: string): Message {
  const segments = path.split('/').slice(1).map(decodePointerSegment);
  const zh: string[] = [];
  const en: string[] = [];
  let node: unknown = doc;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const collection = collections[segment];
    const next = segments[i + 1];
    if (collection && next !== undefined && /^\d+$/.test(next) && Array.isArray(asItem(node)?.[segment])) {
      const index = Number(next);
      const item = asItem((asItem(node)?.[segment] as unknown[])[index]);
      const label = item ? collection.label(item) : null;
      const separator = label?.startsWith('「') ? '' : ' ';
      zh.push(`第 ${index + 1} 个${collection.zh}${label ? separator + label : ''}`);
      en.push(`${collection.en} #${index + 1}${label ? separator + label : ''}`);
      node = item;
      i++;
    } else if (i === 0 && sections[segment]) {
      zh.push(sections[segment].zh);
      en.push(sections[segment].en);
      node = asItem(node)?.[segment];
    } else {
      zh.push(`字段“${segment}”`);
      en.push(`field "${segment}"`);
      node = asItem(node)?.[segment];
    }
  }
  if (zh.length === 0) return { zh: '文档', en: 'document' };
  return { zh: zh.join('的'), en: en.join(', ') };
}

function asItem(value: unknown): Item | null {
  return typeof value === 'object' && value !== null ? (value as Item) : null;
}

/** A problem at a path, its message prefixed with where that path is. */
export function problemAt(doc: unknown, path: string, code: string, what: Message): Problem {
  const where = describeLocation(doc, path);
  const en = where.en.charAt(0).toUpperCase() + where.en.slice(1);
  return { path, code, message: { zh: `${where.zh}：${what.zh}`, en: `${en}: ${what.en}` } };
}
