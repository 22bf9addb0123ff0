import { Alert, Button, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApiData } from '../../api/useApiData.js';
import { useI18n } from '../../i18n/context.js';
import type { Department, TaskNode } from './types.js';

interface Values {
  lead?: string;
  cooperating: string[];
  deadline: string;
}

/**
 * Assigns the lead and cooperating departments and the deadline of a task, sending the version
 * read so that a concurrent change is refused (409) and shown instead of overwritten.
 */
export function AssignForm({ plan, task, onClose }: { plan: string; task: TaskNode; onClose(saved: boolean): void }) {
  const { t, errorText } = useI18n();
  const departments = useApiData<{ items: Department[] }>(`/api/plans/${encodeURIComponent(plan)}/departments`);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const options = (departments.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));

  const submit = async (values: Values) => {
    setSaving(true);
    setError(null);
    try {
      await api.patch(`/api/tasks/${task.id}`, {
        version: task.version,
        leadDepartment: values.lead ?? null,
        cooperatingDepartments: values.cooperating.filter((code) => code !== values.lead),
        deadline: values.deadline === '' ? null : values.deadline,
      });
      onClose(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t('assign.title', { name: task.title })} onCancel={() => onClose(false)} footer={null} destroyOnHidden>
      <Form<Values>
        layout="vertical"
        initialValues={{ lead: task.lead?.code, cooperating: task.cooperating.map((d) => d.code), deadline: task.deadline ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="lead" label={t('assign.lead')}>
          <Select options={options} allowClear showSearch={{ optionFilterProp: 'label' }} loading={departments.loading} placeholder={t('board.noDepartment')} />
        </Form.Item>
        <Form.Item name="cooperating" label={t('assign.cooperating')}>
          <Select mode="multiple" options={options} showSearch={{ optionFilterProp: 'label' }} loading={departments.loading} />
        </Form.Item>
        <Form.Item name="deadline" label={t('assign.deadline')}>
          <Input type="date" />
        </Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={t('assign.failed')} description={errorText(error)} style={{ marginBottom: 16 }} />}
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('assign.submit')}
          </Button>{' '}
          <Button onClick={() => onClose(false)}>{t('update.cancel')}</Button>
        </Form.Item>
      </Form>
    </Modal>
  );
}
