import { Flex, Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useApiData } from '../../api/useApiData.js';
import { useI18n } from '../../i18n/context.js';
import type { ScopeUnit } from './types.js';

/** The scope in the address (?orgUnit=&year=) as the API's query string; empty means the server's defaults. */
export function scopeQuery(search: URLSearchParams): string {
  const params = new URLSearchParams();
  const orgUnit = search.get('orgUnit');
  const year = search.get('year');
  if (orgUnit) params.set('orgUnit', orgUnit);
  if (year && /^\d{4}$/.test(year)) params.set('year', year);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

interface Scoped {
  plan: { periodStart: number; periodEnd: number };
  orgUnit: ScopeUnit;
  year: number;
  rows?: Array<{ code: string }>;
  indicator?: { code: string };
}

/**
 * Whole district or one street, and the evaluation year. The streets are the child org units the
 * indicator API lists with its breakdown.
 */
export function ScopePicker({ scorecard }: { scorecard: Scoped }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const probe = scorecard.indicator?.code ?? scorecard.rows?.[0]?.code;
  const region = search.get('region') ?? (scorecard.orgUnit.level === 'street' ? null : scorecard.orgUnit.code);
  const children = useApiData<{ orgUnit: ScopeUnit; breakdown: { orgUnits: ScopeUnit[] } }>(
    probe ? `/api/indicators/${encodeURIComponent(probe)}${region ? `?orgUnit=${encodeURIComponent(region)}` : ''}` : '/api/health',
  );
  const streets = children.data?.breakdown?.orgUnits.filter((u) => u.level === 'street') ?? [];
  const whole = children.data?.orgUnit ?? scorecard.orgUnit;
  const years: number[] = [];
  for (let y = scorecard.plan.periodStart; y <= scorecard.plan.periodEnd; y += 1) years.push(y);

  const update = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    next.set(name, value);
    if (name === 'orgUnit') next.set('region', whole.code);
    setSearch(next, { replace: true });
  };

  return (
    <Flex wrap gap={12} style={{ marginBottom: 16 }} align="center">
      <label>
        {t('scorecard.scope')}{' '}
        <Select
          aria-label={t('scorecard.scope')}
          style={{ minWidth: 200 }}
          value={scorecard.orgUnit.code}
          onChange={(value: string) => update('orgUnit', value)}
          options={[
            { value: whole.code, label: t('scorecard.scopeWhole', { name: whole.name }) },
            ...streets.map((s) => ({ value: s.code, label: s.name })),
            ...(scorecard.orgUnit.code === whole.code || streets.some((s) => s.code === scorecard.orgUnit.code)
              ? []
              : [{ value: scorecard.orgUnit.code, label: scorecard.orgUnit.name }]),
          ]}
        />
      </label>
      <label>
        {t('scorecard.year')}{' '}
        <Select
          aria-label={t('scorecard.year')}
          style={{ minWidth: 110 }}
          value={scorecard.year}
          onChange={(value: number) => update('year', String(value))}
          options={years.map((y) => ({ value: y, label: t('common.year', { year: y }) }))}
        />
      </label>
    </Flex>
  );
}
