import type { IndicatorAttribute, IndicatorView } from '../api/types.js';

export type AttributeKey = IndicatorAttribute | 'none';
export const ATTRIBUTE_KEYS: readonly AttributeKey[] = ['binding', 'expected', 'guiding', 'none'];

export interface CategoryCounts {
  /** Categories in the order the plan first uses them; null for indicators without one. */
  categories: Array<string | null>;
  /** For each attribute, the number of indicators per category (same order as `categories`). */
  counts: Record<AttributeKey, number[]>;
}

export function countByCategory(indicators: Array<Pick<IndicatorView, 'category' | 'attribute'>>): CategoryCounts {
  const categories: Array<string | null> = [];
  for (const { category } of indicators) if (!categories.includes(category)) categories.push(category);
  const counts = Object.fromEntries(ATTRIBUTE_KEYS.map((key) => [key, categories.map(() => 0)])) as Record<AttributeKey, number[]>;
  for (const { category, attribute } of indicators) counts[attribute ?? 'none'][categories.indexOf(category)] += 1;
  return { categories, counts };
}
