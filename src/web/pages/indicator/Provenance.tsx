import { Flex, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';
import { SampleMark } from '../scorecard/SampleMark.js';
import type { SeriesPoint } from './types.js';

const PROVENANCES = ['entry', 'import', 'document', 'published'] as const;
const APPROVALS = ['draft', 'submitted', 'approved'] as const;

/** Where a value came from: entered, imported, from the plan document, published, or sample data. */
export function ProvenanceTag({ provenance }: { provenance: string }) {
  const { t } = useI18n();
  if (provenance === 'sample') return <SampleMark />;
  return <Tag>{t(`indicator.provenance.${provenance}` as MessageKey)}</Tag>;
}

/** Where a year's inputs came from, or what approval state they are in: how many of the formula's items have each. */
export function Provenance({ point, kind }: { point: SeriesPoint; kind: 'provenance' | 'status' }) {
  const { t } = useI18n();
  const counts = new Map<string, number>();
  for (const input of point.inputs) {
    for (const key of input[kind]) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (kind === 'provenance') {
    return (
      <Space size={4} wrap>
        {(counts.get('sample') ?? 0) > 0 && <SampleMark />}
        {PROVENANCES.filter((p) => counts.has(p)).map((p) => (
          <ProvenanceTag key={p} provenance={p} />
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

interface SourceDocument {
  document: string;
  url: string | null;
}

function sourceDocument(source: unknown): SourceDocument | null {
  if (typeof source !== 'object' || source === null || !('document' in source) || typeof source.document !== 'string') return null;
  return { document: source.document, url: 'url' in source && typeof source.url === 'string' ? source.url : null };
}

/** The distinct source documents recorded with values, each linked to its address when it has one. */
export function Sources({ sources }: { sources: readonly unknown[] }) {
  const { t } = useI18n();
  const documents = new Map<string, SourceDocument>();
  for (const source of sources) {
    const doc = sourceDocument(source);
    if (doc) documents.set(`${doc.document}|${doc.url ?? ''}`, doc);
  }
  if (documents.size === 0) return <>{t('common.empty')}</>;
  return (
    <Flex vertical>
      {[...documents.values()].map((doc) => (
        <Typography.Text key={`${doc.document}|${doc.url ?? ''}`} style={{ fontSize: 12 }}>
          {doc.url ? (
            <Typography.Link href={doc.url} target="_blank" rel="noreferrer">
              {doc.document}
            </Typography.Link>
          ) : (
            doc.document
          )}
        </Typography.Text>
      ))}
    </Flex>
  );
}
