import { describe, expect, it } from 'vitest';
import { evaluateProgress } from './evaluate.js';
import { explainProgress, RULE_TEXTS, STATUS_LABELS } from './rules.js';

describe('explainProgress', () => {
  it('says the status, the rule and the figures in both languages', () => {
    // 门头沟区 家庭医生全人群签约覆盖率 38.2 (2020) → ≥45 (2025), hypothetical 42.3 in 2023
    const result = evaluateProgress({
      direction: 'up',
      baseline: { year: 2020, value: 38.2 },
      target: { comparator: '>=', value: 45, year: 2025 },
      values: [{ year: 2023, value: 42.3 }],
      year: 2023,
    });
    const text = explainProgress(result);
    expect(text.zh).toBe(`进度正常：${RULE_TEXTS['time-progress'].zh} [y(2023) = 42.30, P = 0.6029, E = 0.6000, R = 1.0049]`);
    expect(text.en.startsWith('On track: Time-progress method')).toBe(true);
  });

  it('has no figures when there is nothing to show', () => {
    const result = evaluateProgress({ target: { comparator: 'qualitative', value: null, text: '达到国际水平', year: 2025 }, values: [], year: 2023 });
    expect(explainProgress(result)).toEqual({
      zh: `人工评价：${RULE_TEXTS['qualitative-manual'].zh}`,
      en: `Judged by a person: ${RULE_TEXTS['qualitative-manual'].en}`,
    });
  });

  it('has a Chinese and an English text for every rule and status', () => {
    for (const message of [...Object.values(RULE_TEXTS), ...Object.values(STATUS_LABELS)]) {
      expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(message.en).toMatch(/^[A-Z]/);
      expect(message.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
