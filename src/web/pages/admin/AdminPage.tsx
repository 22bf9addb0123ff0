import { Alert, App, Button, Card, Flex, Popconfirm, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useApiData } from '../../api/useApiData.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';

/** Administration: how much sample data the installation holds, and removing all of it before real use. */
export default function AdminPage() {
  const { t, errorText } = useI18n();
  const { message } = App.useApp();
  const samples = useApiData<{ count: number }>('/api/admin/samples');
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  useDocumentTitle(t('admin.title'));

  if (samples.error !== null) return <LoadError error={samples.error} onRetry={samples.reload} />;
  if (!samples.data) return <PageLoading />;

  const remove = async () => {
    setRemoving(true);
    setFailure(null);
    try {
      const { removed } = await api.delete<{ removed: number }>('/api/admin/samples');
      void message.success(t('admin.samples.removed', { count: removed }));
      samples.reload();
    } catch (err) {
      setFailure(err);
    } finally {
      setRemoving(false);
    }
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('admin.title')}
      </Typography.Title>
      <Card title={t('admin.samples.title')} style={{ maxWidth: 640 }}>
        <Flex vertical gap={16}>
          <Typography.Paragraph style={{ margin: 0 }}>{t('admin.samples.intro')}</Typography.Paragraph>
          <Statistic title={t('admin.samples.count')} value={samples.data.count} />
          {failure !== null && <Alert type="error" showIcon title={errorText(failure)} />}
          <Popconfirm
            title={t('admin.samples.confirmTitle')}
            description={t('admin.samples.confirm', { count: samples.data.count })}
            okText={t('admin.samples.confirmOk')}
            cancelText={t('admin.samples.confirmCancel')}
            okButtonProps={{ danger: true }}
            onConfirm={remove}
          >
            <Button danger loading={removing} disabled={samples.data.count === 0} style={{ alignSelf: 'flex-start' }}>
              {t('admin.samples.remove')}
            </Button>
          </Popconfirm>
        </Flex>
      </Card>
    </>
  );
}
