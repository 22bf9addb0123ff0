import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, List, Row, Space, Table, Typography, Upload, type TableColumnsType } from 'antd';
import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { IndicatorDef, PlanDocument, TargetDef } from '../../../domain/plan/format.js';
import type { Uncertainty } from '../../../domain/import/uncertainty.js';
import { api } from '../../api/client.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { withRegion, withTarget, type IndicatorEdit } from './edit.js';

interface PlanImportProposal {
  proposal: PlanDocument;
  uncertainties: Uncertainty[];
  lines: string[];
}

/**
 * Review of a plan proposed from its document: the proposed indicators beside the document's
 * lines, editable, with what the importer is unsure of; accepting creates the plan as a draft.
 */
export default function PlanImportPage() {
  const { t, locale, errorText } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('planImport.title'));
  const [review, setReview] = useState<PlanImportProposal | null>(null);
  const [doc, setDoc] = useState<PlanDocument | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [activeLines, setActiveLines] = useState<readonly number[]>([]);
  const source = useRef<HTMLDivElement>(null);

  const upload = async (file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<PlanImportProposal>('/api/plan-imports', body);
      setReview(result);
      setDoc(result.proposal);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const accept = async () => {
    if (!doc) return;
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/plans/import', { ...doc, plan: { ...doc.plan, status: 'draft' } }, { query: { apply: true } });
      void navigate(`/plans/${encodeURIComponent(doc.plan.code)}/scorecard`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  /** Scrolls the document to a line and marks it with the other lines the row was read from. */
  const showLine = (line: number | null | undefined, lines: readonly number[] = []) => {
    if (line === null || line === undefined) return;
    setActiveLines([line, ...lines]);
    source.current?.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center' });
  };

  const edit = (code: string, change: IndicatorEdit) => setDoc((d) => (d ? withTarget(d, code, change) : d));

  const targetCell = (indicator: IndicatorDef) => (
    <Space direction="vertical" size={4}>
      {indicator.targets.map((target: TargetDef, index) => (
        <Space key={index} size={4}>
          <Input
            size="small"
            aria-label={t('planImport.targetText', { name: indicator.name, year: target.year })}
            value={target.text}
            onChange={(e) => edit(indicator.code, { target: index, text: e.target.value })}
            style={{ width: 140 }}
          />
          <InputNumber
            size="small"
            aria-label={t('planImport.targetValue', { name: indicator.name, year: target.year })}
            value={target.value}
            onChange={(value) => edit(indicator.code, { target: index, value: typeof value === 'number' ? value : null })}
            style={{ width: 90 }}
          />
          <Typography.Text type="secondary">{target.year}</Typography.Text>
        </Space>
      ))}
    </Space>
  );

  const columns: TableColumnsType<IndicatorDef> = [
    { title: t('planImport.col.code'), dataIndex: 'code', width: 80 },
    {
      title: t('planImport.col.name'),
      key: 'name',
      render: (_, indicator) => (
        <Input
          size="small"
          aria-label={t('planImport.name', { code: indicator.code })}
          value={indicator.name}
          onChange={(e) => edit(indicator.code, { name: e.target.value })}
        />
      ),
    },
    {
      title: t('planImport.col.unit'),
      key: 'unit',
      width: 100,
      render: (_, indicator) => (
        <Input
          size="small"
          aria-label={t('planImport.unit', { name: indicator.name })}
          value={indicator.unit ?? ''}
          onChange={(e) => edit(indicator.code, { unit: e.target.value })}
        />
      ),
    },
    { title: t('planImport.col.attribute'), key: 'attribute', width: 90, render: (_, indicator) => (indicator.attribute ? t(`planImport.attribute.${indicator.attribute}`) : '') },
    { title: t('planImport.col.targets'), key: 'targets', width: 310, render: (_, indicator) => targetCell(indicator) },
    { title: t('planImport.col.line'), key: 'line', width: 70, render: (_, indicator) => indicator.source?.line ?? '' },
  ];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('planImport.title')}
      </Typography.Title>
      <Typography.Paragraph>
        <Link to="/plans">{t('planImport.back')}</Link>
      </Typography.Paragraph>
      <Upload accept=".txt,.docx,.pdf" showUploadList={false} beforeUpload={(file) => (void upload(file), false)}>
        <Button icon={<UploadOutlined />} loading={busy && !review}>
          {t('planImport.choose')}
        </Button>
      </Upload>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('planImport.hint')}
      </Typography.Paragraph>
      {error !== null && <Alert type="error" showIcon role="alert" title={t('planImport.failed')} description={errorText(error)} style={{ marginBottom: 16 }} />}
      {review && doc && (
        <>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {doc.plan.title} {t('common.period', { start: doc.plan.periodStart, end: doc.plan.periodEnd })}
          </Typography.Title>
          <Form layout="inline" style={{ marginBottom: 16 }}>
            <Form.Item label={t('planImport.code')} htmlFor="plan-import-code">
              <Input id="plan-import-code" value={doc.plan.code} onChange={(e) => setDoc({ ...doc, plan: { ...doc.plan, code: e.target.value } })} />
            </Form.Item>
            <Form.Item label={t('planImport.region')} htmlFor="plan-import-region">
              <Input id="plan-import-region" value={doc.plan.region} onChange={(e) => setDoc(withRegion(doc, e.target.value))} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" onClick={() => void accept()} loading={busy}>
                {t('planImport.accept')}
              </Button>
            </Form.Item>
          </Form>
          <Row gutter={16}>
            <Col xs={24} xl={15}>
              <Table<IndicatorDef>
                aria-label={t('planImport.tableLabel')}
                rowKey="code"
                size="small"
                columns={columns}
                dataSource={doc.indicators}
                pagination={false}
                scroll={{ x: 860, y: 600 }}
                onRow={(indicator) => ({ onClick: () => showLine(indicator.source?.line, indicator.source?.lines), style: { cursor: 'pointer' } })}
              />
            </Col>
            <Col xs={24} xl={9}>
              <Card size="small" title={t('planImport.source')}>
                <div ref={source} role="region" aria-label={t('planImport.source')} style={{ height: 600, overflow: 'auto', fontSize: 13 }}>
                  {review.lines.map((text, index) => (
                    <div key={index} data-line={index + 1} style={{ whiteSpace: 'pre-wrap', background: activeLines.includes(index + 1) ? '#fff1b8' : undefined }}>
                      <Typography.Text type="secondary" style={{ display: 'inline-block', width: 44 }}>
                        {index + 1}
                      </Typography.Text>
                      {text}
                    </div>
                  ))}
                </div>
              </Card>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 18, marginTop: 16 }}>
            {t('planImport.uncertainties', { count: review.uncertainties.length })}
          </Typography.Title>
          <List
            size="small"
            dataSource={review.uncertainties}
            renderItem={(u) => (
              <List.Item>
                {u.line === null ? (
                  t('planImport.wholeDocument')
                ) : (
                  <Button type="link" size="small" onClick={() => showLine(u.line)}>
                    {t('planImport.line', { line: u.line })}
                  </Button>
                )}{' '}
                {u.message[locale]}
              </List.Item>
            )}
          />
        </>
      )}
    </>
  );
}
