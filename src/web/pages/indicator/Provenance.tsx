import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';
import { SampleMark } from '../scorecard/SampleMark.js';
import type { SeriesPoint } from './types.js';

const PROVENANCES = ['entry', 'import', 'document', 'published'] as const;
const APPROVALS = ['draft', 'submitted', 'approved'] as const;

/** Where a year's inputs came from, or what approval state they are in, summed over the formula's items. */
export function Provenance({ point, kind }: { point: SeriesPoint; kind: 'provenance' | 'status' }) {
  const { t } = useI18n();
  const counts = new Map<string, number>();
  for (const input of point.inputs) {
    for (const [key, n] of Object.entries(input[kind])) counts.set(key, (counts.get(key) ?? 0) + (n ?? 0));
  }
  if (kind === 'provenance') {
    return (
      <Space size={4} wrap>
        {(counts.get('sample') ?? 0) > 0 && <SampleMark />}
        {PROVENANCES.filter((p) => counts.has(p)).map((p) => (
          <Tag key={p}>{t(`indicator.provenance.${p}` as MessageKey)}</Tag>
        ))}
      </Space>
    );
  }
  return (
    <Space size={4} wrap>
      {APPROVALS.filter((s) => counts.has(s)).map((s) => (
        <Tag key={s} color={s === 'approved' ? 'success' : 'default'}>
          {t(`indicator.approval.${s}`, { count: counts.get(s) ?? 0 })}
        </Tag>
      ))}
    </Space>
  );
}

/** The distinct source documents recorded with a year's inputs. */
export function Sources({ point }: { point: SeriesPoint }) {
  const { t } = useI18n();
  const documents = new Set<string>();
  for (const input of point.inputs) {
    for (const source of input.sources) {
      if (typeof source === 'object' && source !== null && 'document' in source && typeof source.document === 'string') documents.add(source.document);
    }
  }
  if (documents.size === 0) return <>{t('common.empty')}</>;
  return (
    <Typography.Text style={{ fontSize: 12 }}>
      {[...documents].join('；')}
    </Typography.Text>
  );
}
