import { Alert, Button, Form, Modal, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../../api/client.js';
import { useI18n } from '../../../i18n/context.js';
import { formFieldOf } from './form-errors.js';

/**
 * The object as it is now, from a version conflict: the form keeps what the user typed and the
 * next save goes on top of this version, so nobody's change is overwritten unseen.
 */
export function conflictCurrent<T>(error: unknown): T | null {
  return error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? ((error.details.current as T | undefined) ?? null) : null;
}

export interface EditModalProps<T> {
  title: string;
  /** The values to start from; the modal is closed while undefined. */
  initial: Partial<T> | undefined;
  /** The form's field names, to put a refusal that names one of them under it. */
  fields: readonly string[];
  onCancel(): void;
  onSave(values: T): Promise<void>;
  children: ReactNode;
}

/**
 * Create or edit one piece of metadata: the server's refusal goes under the field it names, and
 * above the form (a version conflict says the object was changed meanwhile).
 */
export function EditModal<T extends object>(props: EditModalProps<T>) {
  return (
    <Modal title={props.title} open={props.initial !== undefined} onCancel={props.onCancel} footer={null} width={720} destroyOnHidden>
      {props.initial && <EditForm {...props} initial={props.initial} />}
    </Modal>
  );
}

function EditForm<T extends object>({ initial, fields, onCancel, onSave, children }: EditModalProps<T> & { initial: Partial<T> }) {
  const { t, errorText } = useI18n();
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const save = async (values: T) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(values);
    } catch (err) {
      const field = formFieldOf(err, fields);
      if (field) form.setFields([{ name: field as never, errors: [errorText(err)] }]);
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<T> form={form} layout="vertical" initialValues={initial as never} onFinish={(values) => void save(values)}>
      {error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('meta.saveFailed')}
          description={
            <>
              {errorText(error)}
              {conflictCurrent(error) !== null && <div>{t('meta.conflictHint')}</div>}
            </>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {children}
      <Form.Item style={{ marginBottom: 0 }}>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t('meta.save')}
          </Button>
          <Button onClick={onCancel}>{t('meta.cancel')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
