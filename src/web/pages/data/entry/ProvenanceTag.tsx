import { Tag } from 'antd';
import { useI18n } from '../../../i18n/context.js';
import type { MessageKey } from '../../../i18n/zh.js';
import type { FormCell } from './types.js';

const SHOWN: Record<string, { label: MessageKey; hint: MessageKey; color: string }> = {
  sample: { label: 'entry.provenance.sample', hint: 'entry.provenance.sampleHint', color: 'orange' },
  document: { label: 'entry.provenance.document', hint: 'entry.provenance.realHint', color: 'blue' },
  published: { label: 'entry.provenance.published', hint: 'entry.provenance.realHint', color: 'green' },
};

/**
 * Marks a value nobody entered on a form: a sample the demo generated, which entry replaces, or a
 * figure of the plan document or of published statistics, which is approved and stays as it is.
 */
export function ProvenanceTag({ cell }: { cell: FormCell | null }) {
  const { t } = useI18n();
  const shown = cell?.provenance ? SHOWN[cell.provenance] : undefined;
  if (!shown) return null;
  return (
    <Tag color={shown.color} title={t(shown.hint)} style={{ marginInlineStart: 8 }}>
      {t(shown.label)}
    </Tag>
  );
}

/** A document or published figure is approved on its own, outside any form's workflow: it cannot be typed over. */
export function isRealFigure(cell: FormCell | null): boolean {
  return cell?.status === 'approved' && (cell.provenance === 'document' || cell.provenance === 'published');
}
