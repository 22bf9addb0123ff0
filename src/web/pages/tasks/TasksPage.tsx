import { ExclamationCircleOutlined } from '@ant-design/icons';
import { App, Breadcrumb, Button, Flex, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { TaskStatus } from '../../api/types.js';
import { useApiData } from '../../api/useApiData.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadError } from '../../components/LoadError.js';
import { PageLoading } from '../../components/PageLoading.js';
import { TaskStatusTag } from '../../components/StatusTags.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useI18n } from '../../i18n/context.js';
import { AssignForm } from './AssignForm.js';
import { departmentsOf } from './departments.js';
import { progressColumns } from './board-columns.js';
import { ProgressUpdateForm } from './ProgressUpdateForm.js';
import { treeRows } from './tree-rows.js';
import type { TaskBoard, TaskNode } from './types.js';

const STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'completed', 'delayed', 'suspended'];

export default function TasksPage() {
  const { code = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const [department, setDepartment] = useState<string | null>(null);
  const [reporting, setReporting] = useState<TaskNode | null>(null);
  const [assigning, setAssigning] = useState<TaskNode | null>(null);
  const base = `/api/plans/${encodeURIComponent(code)}/tasks`;
  const all = useApiData<TaskBoard>(base);
  const board = useApiData<TaskBoard>(department ? `${base}?department=${encodeURIComponent(department)}` : base);
  const departments = useMemo(() => (all.data ? departmentsOf(all.data.items) : []), [all.data]);
  useDocumentTitle(board.data ? t('board.title', { plan: board.data.plan.title }) : null);

  if (board.error !== null) return <LoadError error={board.error} onRetry={board.reload} />;
  if (board.loading || !board.data) return <PageLoading />;
  const data = board.data;

  const close = (saved: boolean) => {
    setReporting(null);
    if (saved) {
      void message.success(t('update.saved'));
      board.reload();
      all.reload();
    }
  };
  const closeAssign = (saved: boolean) => {
    setAssigning(null);
    if (saved) {
      void message.success(t('assign.saved'));
      board.reload();
      all.reload();
    }
  };

  return (
    <>
      <Breadcrumb style={{ marginBottom: 16 }} items={[{ title: <Link to={`/plans/${encodeURIComponent(code)}`}>{data.plan.title}</Link> }]} />
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('board.title', { plan: data.plan.title })}
      </Typography.Title>
      <Flex wrap gap={12} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text role="status">
          {t('board.summary', { total: data.summary.total, overdue: data.summary.overdue, never: data.summary.neverUpdated })}
        </Typography.Text>
        <Select
          aria-label={t('board.department')}
          style={{ minWidth: 220 }}
          value={department ?? ''}
          onChange={(value: string) => setDepartment(value === '' ? null : value)}
          options={[{ value: '', label: t('board.allDepartments') }, ...departments.map((d) => ({ value: d.code, label: d.name }))]}
        />
      </Flex>
      <TaskTable items={data.items} onReport={setReporting} onAssign={setAssigning} />
      {assigning && <AssignForm plan={code} task={assigning} onClose={closeAssign} />}
      {reporting && (
        <ProgressUpdateForm
          title={t('board.reportFor', { name: reporting.title })}
          action={`/api/tasks/${reporting.id}/updates`}
          today={data.today}
          percent={reporting.percent}
          choice={{ field: 'status', required: true, initial: reporting.status, options: STATUSES.map((s) => ({ value: s, label: t(`tasks.status.${s}`) })) }}
          onClose={close}
        />
      )}
    </>
  );
}

function TaskTable({ items, onReport, onAssign }: { items: TaskNode[]; onReport(task: TaskNode): void; onAssign(task: TaskNode): void }) {
  const { t } = useI18n();
  const dash = t('common.empty');
  const columns: TableColumnsType<TaskNode> = [
    {
      title: t('tasks.col.title'),
      dataIndex: 'title',
      width: 280,
      render: (title: string, task) => (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {task.path}
          </Typography.Text>
          {title}
        </>
      ),
    },
    {
      title: t('board.col.departments'),
      key: 'departments',
      width: 200,
      render: (_, task) => (
        <>
          {task.lead === null && task.cooperating.length === 0 ? (
            <Typography.Text type="secondary">{t('board.noDepartment')}</Typography.Text>
          ) : (
            <>
              {task.lead && <div>{t('board.lead', { name: task.lead.name })}</div>}
              {task.cooperating.length > 0 && <div>{t('board.cooperating', { names: task.cooperating.map((d) => d.name).join(t('common.listSeparator')) })}</div>}
            </>
          )}
          <Button size="small" type="link" style={{ padding: 0 }} onClick={() => onAssign(task)} aria-label={t('assign.title', { name: task.title })}>
            {t('assign.open')}
          </Button>
        </>
      ),
    },
    {
      title: t('board.col.deadline'),
      key: 'deadline',
      width: 120,
      render: (_, task) => (
        <>
          {task.deadline ?? dash}
          {task.overdue && (
            <Tag color="error" icon={<ExclamationCircleOutlined />} style={{ display: 'table', marginTop: 4 }}>
              {t('board.overdue')}
            </Tag>
          )}
        </>
      ),
    },
    { title: t('tasks.col.status'), dataIndex: 'status', width: 100, render: (status: TaskStatus) => <TaskStatusTag status={status} /> },
    ...progressColumns<TaskNode>(t, (task) => task.title, onReport),
  ];
  return (
    <DataTable<TaskNode>
      label={t('tasks.tableLabel')}
      rowKey="id"
      columns={columns}
      rows={treeRows(items) as TaskNode[]}
      tableLayout="fixed"
      scroll={{ x: 1170 }}
      empty={t('tasks.empty')}
      expandable={{ defaultExpandAllRows: true, childrenColumnName: 'children' }}
      rowClassName={(task) => (task.overdue ? 'row-overdue' : task.neverUpdated ? 'row-never-updated' : '')}
    />
  );
}
