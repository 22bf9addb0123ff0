import { App, Button, Flex, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client.js';
import { useI18n } from '../../../i18n/context.js';
import type { CompletenessUnit, FormStatus } from './types.js';

type Step = 'submit' | 'approve' | 'reopen';

const COLOURS: Record<FormStatus | 'reopened', string> = { draft: 'default', reopened: 'warning', submitted: 'processing', approved: 'success' };

/** A form sent back by an approver is a draft again; the reason it came back with tells it apart. */
export function displayStatus(status: FormStatus, reopenReason: string | null): FormStatus | 'reopened' {
  return status === 'draft' && reopenReason ? 'reopened' : status;
}

export function FormStatusTag({ status, reopenReason }: { status: FormStatus; reopenReason: string | null }) {
  const { t } = useI18n();
  const shown = displayStatus(status, reopenReason);
  return <Tag color={COLOURS[shown]}>{t(`entry.status.${shown}`)}</Tag>;
}

/** The form's place in draft → submitted → approved, and the step this user may take next. */
export function WorkflowBar({ dataSet, period, unit, onMoved }: { dataSet: string; period: string; unit: CompletenessUnit; onMoved(): void }) {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');

  const move = async (step: Step) => {
    setBusy(true);
    try {
      await api.post(`/api/data/submissions/${step}`, { dataSet, orgUnit: unit.code, period, ...(step === 'reopen' ? { reason } : {}) });
      void message.success(t(`entry.moved.${step}`));
      setReopening(false);
      setReason('');
      onMoved();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex wrap gap={12} align="center" style={{ margin: '12px 0' }} role="region" aria-label={t('entry.workflow')}>
      <span>
        {t('entry.workflow')}：<FormStatusTag status={unit.status} reopenReason={unit.reopenReason} />
      </span>
      {unit.status === 'draft' && unit.reopenReason && <Typography.Text type="warning">{t('entry.reopenedBecause', { reason: unit.reopenReason })}</Typography.Text>}
      {unit.canWrite && unit.status === 'draft' && (
        <Button type="primary" loading={busy} onClick={() => void move('submit')}>
          {t('entry.submit')}
        </Button>
      )}
      {unit.canApprove && unit.status === 'submitted' && (
        <Button type="primary" loading={busy} onClick={() => void move('approve')}>
          {t('entry.approve')}
        </Button>
      )}
      {unit.canApprove && unit.status === 'approved' && <Button onClick={() => setReopening(true)}>{t('entry.reopen')}</Button>}
      <Modal
        open={reopening}
        title={t('entry.reopenTitle')}
        okText={t('entry.reopen')}
        okButtonProps={{ disabled: reason.trim() === '', loading: busy }}
        onOk={() => void move('reopen')}
        onCancel={() => setReopening(false)}
      >
        <label>
          {t('entry.reopenReason')}
          <Input.TextArea autoFocus rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
      </Modal>
    </Flex>
  );
}
