import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import type { MessageKey } from '../../i18n/zh.js';

/** The pages of the 数据 menu, in the order a district works: define, collect, check. */
const SECTIONS: Array<{ path: string; title: MessageKey; text: MessageKey }> = [
  { path: '/data/entry', title: 'dataArea.entry', text: 'dataArea.entryText' },
  { path: '/data/import', title: 'dataArea.import', text: 'dataArea.importText' },
  { path: '/data/quality', title: 'dataArea.quality', text: 'dataArea.qualityText' },
  { path: '/data/elements', title: 'dataArea.elements', text: 'dataArea.elementsText' },
  { path: '/data/sets', title: 'dataArea.sets', text: 'dataArea.setsText' },
];

export default function DataAreaPage() {
  const { t } = useI18n();
  const title = t('area.data.title');
  useDocumentTitle(title);
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>{t('area.data.intro')}</Typography.Paragraph>
      <nav aria-label={t('dataArea.nav')}>
        <Row gutter={[16, 16]}>
          {SECTIONS.map((s) => (
            <Col key={s.path} xs={24} sm={12} lg={8}>
              <Card size="small" title={<Link to={s.path}>{t(s.title)}</Link>}>
                {t(s.text)}
              </Card>
            </Col>
          ))}
        </Row>
      </nav>
    </>
  );
}
