import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { useDocumentTitle } from '../components/useDocumentTitle.js';
import { useI18n } from '../i18n/context.js';

interface Credentials {
  username: string;
  password: string;
}

/** Where to go after signing in: back to the page that asked for a login, never off the site. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/plans';
}

export default function LoginPage() {
  const { t, errorText } = useI18n();
  const { status, logIn } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  useDocumentTitle(t('login.title'));

  if (status === 'signed-in') return <Navigate to={returnPath(location.state)} replace />;

  const onFinish = async ({ username, password }: Credentials) => {
    setSubmitting(true);
    setError(null);
    try {
      await logIn(username, password);
      navigate(returnPath(location.state), { replace: true });
    } catch (err) {
      setError(err);
      setSubmitting(false);
    }
  };

  return (
    <main className="login-page">
      <Card>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
          {t('login.title')}
        </Typography.Title>
        <Form<Credentials> layout="vertical" name="login" onFinish={onFinish} requiredMark={false}>
          <Form.Item label={t('login.username')} name="username" rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} name="password" rules={[{ required: true, message: t('login.passwordRequired') }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error !== null && (
            <Alert type="error" showIcon role="alert" title={t('login.failed')} description={errorText(error)} style={{ marginBottom: 16 }} />
          )}
          <Button type="primary" htmlType="submit" loading={submitting} block>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
