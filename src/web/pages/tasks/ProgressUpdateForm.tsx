import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useI18n } from '../../i18n/context.js';

export interface Choice {
  /** Form field the server reads: 'status' for tasks, 'stage' for projects. */
  field: 'status' | 'stage';
  options: Array<{ value: string; label: string }>;
  initial: string | undefined;
  required: boolean;
}

interface Values {
  date: string;
  choice?: string;
  percent: number;
  narrative: string;
}

/**
 * A progress report with evidence files, posted as multipart form data to `action`. The dialog
 * stays open with the server's message when the report is refused.
 */
export function ProgressUpdateForm(props: { title: string; action: string; today: string; percent: number; choice: Choice; onClose(saved: boolean): void }) {
  const { t, errorText } = useI18n();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (values: Values) => {
    const body = new FormData();
    body.set('date', values.date);
    if (values.choice) body.set(props.choice.field, values.choice);
    body.set('percent', String(values.percent));
    body.set('narrative', values.narrative);
    for (const file of files) if (file.originFileObj) body.append('files', file.originFileObj, file.name);
    setSaving(true);
    setError(null);
    try {
      await api.post(props.action, body);
      props.onClose(true);
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={props.title} onCancel={() => props.onClose(false)} footer={null} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ date: props.today, choice: props.choice.initial, percent: props.percent }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="date" label={t('update.date')} rules={[{ required: true }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="choice" label={t(props.choice.field === 'status' ? 'update.status' : 'update.stage')} rules={[{ required: props.choice.required }]}>
          <Select options={props.choice.options} allowClear={!props.choice.required} placeholder={props.choice.required ? undefined : t('update.stageUnchanged')} />
        </Form.Item>
        <Form.Item name="percent" label={t('update.percent')} rules={[{ required: true }]}>
          <InputNumber min={0} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="narrative" label={t('update.narrative')} rules={[{ required: true, whitespace: true, message: t('update.narrativeRequired') }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
        <Form.Item label={t('update.files')} extra={t('update.filesHint')}>
          <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)} accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.txt">
            <Button icon={<UploadOutlined />}>{t('update.choose')}</Button>
          </Upload>
        </Form.Item>
        {error !== null && <Alert type="error" showIcon role="alert" title={t('update.failed')} description={errorText(error)} style={{ marginBottom: 16 }} />}
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('update.submit')}
          </Button>{' '}
          <Button onClick={() => props.onClose(false)}>{t('update.cancel')}</Button>
        </Form.Item>
      </Form>
    </Modal>
  );
}
