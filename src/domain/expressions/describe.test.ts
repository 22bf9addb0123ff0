import { describe as group, expect, it } from 'vitest';
import type { ItemReference } from './ast.js';
import { describe } from './describe.js';
import { parse } from './parser.js';

const NAMES: Record<string, string> = {
  BEDS: '医疗卫生机构实有床位数',
  POP_RES: '期末常住人口数',
  DOCTORS: '执业（助理）医师数',
  'DOCTORS.ASSISTANT': '执业（助理）医师数（助理）',
  'C:GROWTH': '人口增长系数',
  'G:CHC': '社区卫生服务中心',
};

function nameOf(reference: ItemReference): string | undefined {
  if (reference.kind === 'constant') return NAMES[`C:${reference.code}`];
  if (reference.kind === 'orgUnitGroup') return NAMES[`G:${reference.code}`];
  return NAMES[reference.disaggregation === null ? reference.code : `${reference.code}.${reference.disaggregation}`];
}

group('describe', () => {
  it('writes the formula of 千人医疗卫生机构床位数 with names, keeping operators and spacing', () => {
    expect(describe(parse('#{BEDS} * 1000 / #{POP_RES}'), nameOf)).toBe('医疗卫生机构实有床位数 * 1000 / 期末常住人口数');
  });

  it('names disaggregations, constants and groups, and keeps the code of what has no name', () => {
    const expression = parse('(#{DOCTORS} + #{DOCTORS.ASSISTANT}) / (#{GP} * C{GROWTH}) + OUG{CHC} + [days]');
    expect(describe(expression, nameOf)).toBe(
      '(执业（助理）医师数 + 执业（助理）医师数（助理）) / (#{GP} * 人口增长系数) + 社区卫生服务中心 + [days]',
    );
  });
});
