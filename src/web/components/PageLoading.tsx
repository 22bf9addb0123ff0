import { Flex, Spin } from 'antd';
import { useI18n } from '../i18n/context.js';

export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 200 }} role="status">
      <Spin description={t('common.loading')} />
    </Flex>
  );
}
