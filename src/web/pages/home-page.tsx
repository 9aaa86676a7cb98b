import { Alert, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { healthApi } from '../api/platform-api.ts';
import { useApi } from '../api/use-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { formatDateTime } from '../format/format-date.ts';
import { organisationTypeName, roleName } from '../i18n/domain-names.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import { Link } from '../routing/router.tsx';
import { visibleMenuPages } from '../routing/routes.ts';
import { useCurrentUser } from '../session/session-context.tsx';

/** Who the user is, what they can open, and whether the platform is healthy. */
export function HomePage() {
  const { t, language } = useI18n();
  const { user, permissions } = useCurrentUser();
  const health = useApi(() => healthApi.get(), []);
  const pages = visibleMenuPages(permissions, user.role).filter((page) => page.name !== 'home');
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: user.displayName })}
      </Typography.Title>
      {user.mustChangePassword ? <Alert type="warning" showIcon title={t('home.mustChangePassword')} style={{ marginBottom: 16 }} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('home.account')}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'name', label: t('users.displayName'), children: user.displayName },
                { key: 'username', label: t('users.username'), children: user.username },
                { key: 'organisation', label: t('users.organisation'), children: t('common.withNote', { main: user.organisationName, note: organisationTypeName(user.organisationType, language) }) },
                { key: 'role', label: t('users.role'), children: roleName(user.role, language) },
                { key: 'lastLogin', label: t('home.lastLogin'), children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : '—' },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('home.available')}>
            <Space orientation="vertical" size="middle">
              {pages.map((page) => (
                <Link key={page.name} to={page.path}>
                  {t(page.labelKey)}
                </Link>
              ))}
            </Space>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('home.platform')} loading={health.isLoading}>
            <ErrorAlert error={health.error} />
            {health.data ? (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'version', label: t('home.version'), children: health.data.version },
                  { key: 'db', label: t('home.database'), children: health.data.db === 'pglite' ? 'PGlite' : 'PostgreSQL' },
                  { key: 'migrations', label: t('home.migrations'), children: health.data.migrations.count },
                ]}
              />
            ) : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
