import { Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { TaskView } from '../../api/types.js';
import { TaskStatusTag } from '../../components/StatusTags.js';
import { useI18n } from '../../i18n/context.js';
import { buildTaskTree, type TaskNode } from '../../plan/task-tree.js';

/** The plan's tasks as a tree following its outline (章 → 节 → 一、→ （一）). */
export function TasksTab({ tasks }: { tasks: TaskView[] }) {
  const { t } = useI18n();
  const tree = useMemo(() => buildTaskTree(tasks), [tasks]);

  const columns: TableColumnsType<TaskNode> = [
    {
      title: t('tasks.col.title'),
      dataIndex: 'title',
      render: (title: string, task) => (
        <>
          <Typography.Text type="secondary">{task.path.split('/').pop()} </Typography.Text>
          {title}
          {task.summary && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0, fontSize: 12 }}>
              {task.summary}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { title: t('tasks.col.path'), dataIndex: 'path', width: 200 },
    { title: t('tasks.col.status'), dataIndex: 'status', width: 110, render: (_, task) => <TaskStatusTag status={task.status} /> },
    {
      title: t('tasks.col.percent'),
      dataIndex: 'percent',
      width: 160,
      render: (percent: number | null) =>
        percent === null ? t('common.empty') : <Progress percent={percent} size="small" aria-label={`${t('tasks.col.percent')} ${percent}%`} />,
    },
  ];

  return (
    <Table<TaskNode>
      aria-label={t('tasks.tableLabel')}
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={tree}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('tasks.empty') }}
      expandable={{ defaultExpandAllRows: true }}
    />
  );
}
