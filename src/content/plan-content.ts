import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { PlanDocument } from '../domain/plan/format.js';
import { validatePlanDocument } from '../domain/plan/validate.js';
import { parseTarget } from '../domain/targets/parse.js';

/** Reads a shipped plan file from content/plans/<code>.json. */
export function readPlanContent(code: string): PlanDocument {
  const url = new URL(`../../content/plans/${code}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as PlanDocument;
}

/**
 * Registers the checks every shipped plan file must pass, whatever its document.
 * `unreadTargets` lists target texts whose meaning the file states although the target
 * parser reads them as qualitative (a number written as 一, a verb between 至少 and the number).
 */
export function itIsAWellFormedPlan(doc: PlanDocument, documentLines: number, unreadTargets: readonly string[] = []): void {
  it('passes the plan format validator', () => {
    const result = validatePlanDocument(doc);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('cites only lines that exist in the document', () => {
    const lines = [
      ...doc.indicators.flatMap((i) => [i.source?.line, ...i.targets.map((t) => t.line), ...i.baselines.map((b) => b.source?.line)]),
      ...doc.tasks.map((t) => t.source?.line),
      ...doc.projects.map((p) => p.source?.line),
      ...(doc.dataValues ?? []).map((v) => v.source.line),
      ...(doc.outline ?? []).map((o) => o.line),
    ];
    const outside = lines.filter((line) => line === undefined || line < 1 || line > documentLines);
    expect(outside).toEqual([]);
  });

  it('keeps every prose target marked as prose, with its line', () => {
    const prose = doc.indicators.filter((i) => i.table === '正文');
    expect(prose.length).toBeGreaterThan(0);
    for (const indicator of prose) {
      for (const target of indicator.targets) {
        expect(target.fromProse, indicator.code).toBe(true);
        expect(target.line, indicator.code).toBeGreaterThan(0);
      }
    }
  });

  it('gives every target a number unless it is direction-only or qualitative', () => {
    const valueless = new Set(['increase', 'decrease', 'stable', 'qualitative']);
    const missing = doc.indicators.flatMap((i) =>
      i.targets.filter((t) => !valueless.has(t.comparator) && t.value === null).map((t) => `${i.code} ${t.text}`),
    );
    expect(missing).toEqual([]);
  });

  it('states each target as the target parser reads its text', () => {
    const differing = doc.indicators.flatMap((indicator) =>
      indicator.targets.flatMap((target) => {
        const parsed = parseTarget(target.text, { direction: indicator.direction, unit: indicator.unit ?? null });
        const same =
          parsed.comparator === target.comparator &&
          parsed.value === target.value &&
          parsed.valueHigh === (target.valueHigh ?? null) &&
          (target.comparator !== 'maintain' || parsed.bound === target.bound);
        const unread = unreadTargets.includes(target.text) && parsed.comparator === 'qualitative';
        return same || unread ? [] : [`${indicator.code} ${target.text}: ${parsed.comparator} ${String(parsed.value)}`];
      }),
    );
    expect(differing).toEqual([]);
  });
}
