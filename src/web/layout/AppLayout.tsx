import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import { Suspense, useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { PageLoading } from '../components/PageLoading.js';
import { useI18n } from '../i18n/context.js';
import type { MessageKey } from '../i18n/zh.js';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  icon: ReactNode;
}

/** The signed-in frame: side menu, header with user, language and logout, and the page. */
export function AppLayout({ menu }: { menu: MenuEntry[] }) {
  const { t } = useI18n();
  const { user, logOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const selected = menu.filter((entry) => location.pathname === entry.path || location.pathname.startsWith(`${entry.path}/`));

  const onLogOut = () => {
    logOut()
      .catch(() => undefined)
      .finally(() => navigate('/login', { replace: true }));
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Sider collapsible collapsed={collapsed} trigger={null} breakpoint="lg" onBreakpoint={setCollapsed} theme="light" width={200}>
        <nav aria-label={t('nav.label')}>
          <Menu
            mode="inline"
            selectedKeys={selected.map((entry) => entry.path)}
            items={menu.map((entry) => ({ key: entry.path, icon: entry.icon, label: <Link to={entry.path}>{t(entry.label)}</Link> }))}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <Flex align="center" gap={12} style={{ minWidth: 0 }}>
            <Button
              type="text"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={t(collapsed ? 'nav.expand' : 'nav.collapse')}
              aria-expanded={!collapsed}
              onClick={() => setCollapsed(!collapsed)}
            />
            <Link to="/plans" className="app-name">
              {t('app.name')}
            </Link>
          </Flex>
          <Flex align="center" gap={16} wrap>
            {user && <Typography.Text>{t('header.user', { name: user.displayName || user.username })}</Typography.Text>}
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={onLogOut}>
              {t('header.logout')}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
