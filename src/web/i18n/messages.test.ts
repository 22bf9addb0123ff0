import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fill, parseLocale, readStoredLocale, translate } from './locale.js';
import { zh } from './zh.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('interface messages', () => {
  it('have exactly the same keys in Chinese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('have no empty text in either language', () => {
    const empty = [...Object.entries(zh), ...Object.entries(en)].filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = Object.keys(zh).filter(
      (key) => placeholders(zh[key as keyof typeof zh]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('name the domain terms of the product brief', () => {
    expect(zh['indicators.col.baseline']).toBe('基期值');
    expect(zh['indicators.col.targets']).toBe('目标值');
    expect([zh['indicators.attribute.binding'], zh['indicators.attribute.expected']]).toEqual(['约束性', '预期性']);
    expect(en['indicators.attribute.binding']).toBe('Binding');
    expect(zh['plans.empty']).toContain('npx healthplan load-demo');
  });
});

describe('translate', () => {
  it('fills placeholders and shows the higher-level source of a target', () => {
    expect(translate('zh', 'indicators.targetSource', { source: '北京市' })).toBe('北京市目标值');
    expect(translate('en', 'indicators.targetSource', { source: '北京市' })).toBe('北京市 target');
    expect(translate('zh', 'common.period', { start: 2021, end: 2025 })).toBe('2021–2025年');
  });

  it('keeps a placeholder that was given no value visible', () => {
    expect(fill('不含 {count} 个项目', {})).toBe('不含 {count} 个项目');
  });
});

describe('stored language', () => {
  it('defaults to Chinese and accepts language tags', () => {
    expect(readStoredLocale(undefined)).toBe('zh');
    expect(readStoredLocale({ getItem: () => 'en' })).toBe('en');
    expect(readStoredLocale({ getItem: () => 'fr' })).toBe('zh');
    expect(parseLocale('zh-CN')).toBe('zh');
    expect(parseLocale('en-GB')).toBe('en');
  });

  it('falls back to Chinese when storage refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(readStoredLocale(refusing)).toBe('zh');
  });
});
