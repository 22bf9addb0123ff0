import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Descriptions, Progress, Space, Spin, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../../../api/client.js';
import { LoadError } from '../../../components/LoadError.js';
import { PageLoading } from '../../../components/PageLoading.js';
import { useDocumentTitle } from '../../../components/useDocumentTitle.js';
import { useI18n } from '../../../i18n/context.js';
import { useMetadata } from '../metadata/useMetadata.js';
import { fileBody } from './file-body.js';
import { RowsTable } from './RowsTable.js';
import { TemplateCard } from './TemplateCard.js';
import type { ImportLine, ImportSummary } from './types.js';

interface Running {
  dryRun: boolean;
  processed: number;
  /** Rows in the file, known from its dry run. */
  total: number | null;
}

const rowsOf = (s: ImportSummary) => s.importCount.imported + s.importCount.updated + s.importCount.ignored;

/** Reads the import's NDJSON answer: progress as it comes, then the summary (or the refusal, thrown). */
async function runImport(body: Blob | object, query: { dryRun: boolean; importValidOnly: boolean }, onProgress: (processed: number) => void): Promise<ImportSummary> {
  let summary: ImportSummary | null = null;
  let failure: ApiError | null = null;
  await api.postLines<ImportLine>(
    '/api/data/imports',
    body,
    (line) => {
      if ('processed' in line) onProgress(line.processed);
      else if ('summary' in line) summary = line.summary;
      else failure = new ApiError(0, line.error.code, { zh: line.error.messageZh, en: line.error.messageEn }, line.error.field ?? null);
    },
    { query },
  );
  if (failure) throw failure;
  if (!summary) throw new ApiError(0, 'NETWORK', { zh: '导入的应答中断了，请重试', en: 'The import’s answer broke off; try again' });
  return summary;
}

/**
 * 数据导入: download a template, upload a CSV, XLSX or dataValueSets JSON file, see per row what a
 * dry run would do, then import it all or nothing (or only its valid rows) with a progress bar.
 */
export default function ImportPage() {
  const { t, errorText } = useI18n();
  const title = t('dataImport.title');
  useDocumentTitle(title);
  const { sets, orgUnits, scope, error, loading } = useMetadata();
  const [file, setFile] = useState<File | null>(null);
  const [dry, setDry] = useState<ImportSummary | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [running, setRunning] = useState<Running | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [dryRuns, setDryRuns] = useState(0);

  if (error) return <LoadError error={error} onRetry={() => [sets, orgUnits].forEach((d) => d.reload())} />;
  if (loading || !sets.data || !orgUnits.data) return <PageLoading />;

  const run = async (chosen: File, dryRun: boolean) => {
    setFailure(null);
    setResult(null);
    if (dryRun) setDry(null);
    setRunning({ dryRun, processed: 0, total: dryRun || !dry ? null : rowsOf(dry) });
    try {
      const body = await fileBody(chosen);
      const summary = await runImport(body, { dryRun, importValidOnly: validOnly }, (processed) => setRunning((r) => r && { ...r, processed }));
      if (dryRun) {
        setDry(summary);
        setDryRuns((n) => n + 1);
      } else {
        setResult(summary);
        setDry(null);
      }
    } catch (err) {
      setFailure(err);
    } finally {
      setRunning(null);
    }
  };

  const choose = (chosen: File) => {
    setFile(chosen);
    setValidOnly(false);
    void run(chosen, true);
    return false;
  };

  const rejected = dry?.rejected ?? 0;
  const writes = dry ? dry.importCount.imported + dry.importCount.updated : 0;
  const blocked = rejected > 0 && !validOnly;

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>{t('dataImport.intro')}</Typography.Paragraph>
      <TemplateCard sets={sets.data.items} orgUnits={orgUnits.data.items} scope={scope} />
      <Card size="small" title={t('dataImport.uploadTitle')} style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Upload accept=".csv,.xlsx,.json" beforeUpload={choose} showUploadList={false} disabled={running !== null}>
            <Button icon={<UploadOutlined />} disabled={running !== null}>
              {t('dataImport.choose')}
            </Button>
          </Upload>
          {file && <Typography.Text>{t('dataImport.file', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) })}</Typography.Text>}
          {running?.dryRun && <RunningProgress running={running} />}
          {failure !== null && <Alert type="error" showIcon role="alert" title={t('dataImport.failed')} description={errorText(failure)} />}
        </Space>
      </Card>
      {dry && (
        <Card size="small" title={t('dataImport.dryTitle')} style={{ marginBottom: 16 }}>
          <Alert
            type={rejected > 0 ? 'warning' : 'info'}
            showIcon
            title={t('dataImport.dryCounts', { create: dry.importCount.imported, update: dry.importCount.updated, unchanged: dry.importCount.ignored - rejected, reject: rejected })}
            description={dry.truncated ? t('dataImport.truncated', { count: dry.rows.length }) : undefined}
            style={{ marginBottom: 12 }}
          />
          <Space wrap style={{ marginBottom: 12 }}>
            {rejected > 0 && (
              <Checkbox checked={validOnly} onChange={(e) => setValidOnly(e.target.checked)}>
                {t('dataImport.validOnly')}
              </Checkbox>
            )}
            <Button type="primary" disabled={blocked || writes === 0 || running !== null} onClick={() => file && void run(file, false)}>
              {t('dataImport.import', { count: writes })}
            </Button>
            {blocked && <Typography.Text type="secondary">{t('dataImport.blocked', { count: rejected })}</Typography.Text>}
          </Space>
          {running && !running.dryRun && <RunningProgress running={running} />}
          <RowsTable key={dryRuns} rows={dry.rows} />
        </Card>
      )}
      {result && <ImportResult summary={result} />}
    </>
  );
}

/** Rows processed as the server reports them; of the file's rows once its dry run has counted them. */
function RunningProgress({ running }: { running: Running }) {
  const { t } = useI18n();
  return (
    <div aria-live="polite" style={{ marginBottom: 12 }}>
      {running.total === null ? (
        <Space>
          <Spin size="small" />
          <Typography.Text>{t('dataImport.checking', { processed: running.processed })}</Typography.Text>
        </Space>
      ) : (
        <>
          <Typography.Text>{t('dataImport.importing', { processed: running.processed, total: running.total })}</Typography.Text>
          <Progress aria-label={t('dataImport.progress')} percent={Math.min(99, Math.floor((running.processed / Math.max(1, running.total)) * 100))} status="active" />
        </>
      )}
    </div>
  );
}

function ImportResult({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  const type = summary.status === 'SUCCESS' ? 'success' : summary.status === 'WARNING' ? 'warning' : 'error';
  return (
    <Card size="small" title={t('dataImport.resultTitle')}>
      <Alert type={type} showIcon role="status" title={t(`dataImport.status.${summary.status}`)} style={{ marginBottom: 12 }} />
      <Descriptions
        size="small"
        column={4}
        items={(['imported', 'updated', 'ignored', 'deleted'] as const).map((k) => ({ key: k, label: t(`dataImport.count.${k}`), children: summary.importCount[k] }))}
      />
      {summary.conflicts.length > 0 && (
        <ul aria-label={t('dataImport.conflicts')}>
          {summary.conflicts.slice(0, 100).map((c) => (
            <li key={`${c.indexes[0]}`}>{c.value}</li>
          ))}
        </ul>
      )}
      <Link to="/data/quality">{t('dataImport.toQuality')}</Link>
    </Card>
  );
}
