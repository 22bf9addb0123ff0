import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { readPublishedStatistics } from './document.js';
import { shippedPublishedStatistics } from './load.js';

describe('published statistics document', () => {
  it('ships Beijing’s and the districts’ figures, each with a source', () => {
    const doc = shippedPublishedStatistics();
    const le = doc.values.find((v) => v.dataElement === 'LIFE_EXPECTANCY' && v.orgUnit === '110000' && v.period === '2018');
    expect(le?.value).toBe(82.2);
    expect(le?.source.url).toContain('wjw.beijing.gov.cn');
    const census = doc.values.filter((v) => v.dataElement === 'POP_RESIDENT' && v.period === '2020').map((v) => [v.orgUnit, v.value]);
    expect(census).toEqual([
      ['110000', 21893095],
      ['110102', 1106214],
      ['110105', 3452460],
      ['110109', 392606],
    ]);
  });

  it('refuses a value without a source, naming it in Chinese and English', () => {
    const raw = { format: 'healthplan.published/1', values: [{ dataElement: 'BEDS', orgUnit: '110000', period: '2020', value: 127143 }] };
    try {
      readPublishedStatistics(raw, 'x.json');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const { messages } = err as AppError;
      expect(messages.zh).toBe('x.json /values/0/source：公布数据必须注明出处（document 或 url）');
      expect(messages.en).toBe('x.json /values/0/source: a published value must name its source (document or url)');
    }
  });

  it('refuses a value that is not a number', () => {
    const raw = { format: 'healthplan.published/1', values: [{ dataElement: 'BEDS', orgUnit: '110000', period: '2020', value: '127143', source: { document: 'a' } }] };
    expect(() => readPublishedStatistics(raw)).toThrow('/values/0/value');
  });
});
