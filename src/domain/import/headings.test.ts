import { describe, expect, it } from 'vitest';
import { parseHeading } from './headings.js';
import { numeralValue } from './numerals.js';

describe('parseHeading', () => {
  it('reads the heading levels of government plans with their markers', () => {
    expect(parseHeading(' 第四章 主要任务')).toMatchObject({ kind: 'chapter', rank: 0, marker: '第四章', title: '主要任务' });
    expect(parseHeading('第四部分 重点任务')).toMatchObject({ kind: 'chapter', marker: '第四部分' });
    expect(parseHeading('第一节 构建共建共享的全民健康服务体系')).toMatchObject({ kind: 'section', rank: 1, marker: '第一节' });
    expect(parseHeading('十一、 基础设施标准化建设扎实开展')).toMatchObject({ kind: 'item', marker: '十一、', title: '基础设施标准化建设扎实开展' });
    expect(parseHeading('(一) 加快建设高效协同的分级诊疗体系')).toMatchObject({ kind: 'paren', marker: '（一）' });
    expect(parseHeading('1. 完善紧密型医联体建设')).toMatchObject({ kind: 'number', rank: 4, marker: '1.', title: '完善紧密型医联体建设' });
    expect(parseHeading('附表: “十四五”时期卫生健康事业重点建设项目')).toMatchObject({ kind: 'unnumbered', marker: '附表', title: '“十四五”时期卫生健康事业重点建设项目' });
  });

  it('leaves numbered text alone: definitions, glossary entries, figures and sentences', () => {
    expect(parseHeading('（一）约束性指标，是指体现政府职责，政府通过配置公')).toBeNull();
    expect(parseHeading('(八) 婴儿死亡率，指“该年该地区 1 岁以下儿童死亡人')).toBeNull();
    expect(parseHeading('1.健康联合体： 以维护和促进居民健康为中心，以“防')).toBeNull();
    expect(parseHeading('1.3 左右 0.37 指导性')).toBeNull();
    expect(parseHeading('1.0:1，提前完成“十三五”规划制定的目标。卫生健康人')).toBeNull();
    expect(parseHeading('一是公共卫生应急管理能力提升工程。健全公共卫生应急管理体系')).toBeNull();
  });
});

describe('numeralValue', () => {
  it('reads Chinese numerals of headings and sequence markers', () => {
    expect(['一', '十', '十六', '二十', '二十八', '一百零五', '12'].map(numeralValue)).toEqual([1, 10, 16, 20, 28, 105, 12]);
    expect(numeralValue('甲')).toBeNull();
  });
});
