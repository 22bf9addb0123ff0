import { Progress, Typography, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import type { TaskView } from '../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { TaskStatusTag } from '../../components/StatusTags.js';
import { useI18n } from '../../i18n/context.js';
import { buildTaskTree, type TaskNode } from '../../plan/task-tree.js';

const INDENT = 16;

/** The plan's tasks as a tree following its outline (章 → 节 → 一、→ （一）). */
export function TasksTab({ tasks }: { tasks: TaskView[] }) {
  const { t } = useI18n();
  const tree = useMemo(() => buildTaskTree(tasks), [tasks]);

  const columns: TableColumnsType<TaskNode> = [
    {
      title: t('tasks.col.title'),
      dataIndex: 'title',
      // An inline block, so that the summary stays indented with its title at every tree level.
      render: (title: string, task) => (
        <span style={{ display: 'inline-flex', flexDirection: 'column', verticalAlign: 'top', maxWidth: `calc(100% - ${INDENT * task.depth + 32}px)` }}>
          <span>
            <Typography.Text type="secondary">{task.path.split('/').pop()} </Typography.Text>
            <span>{title}</span>
          </span>
          {task.summary && (
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0, fontSize: 12 }}>
              {task.summary}
            </Typography.Paragraph>
          )}
        </span>
      ),
    },
    { title: t('tasks.col.path'), dataIndex: 'path', width: 180 },
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
    <DataTable<TaskNode>
      label={t('tasks.tableLabel')}
      rowKey="id"
      columns={columns}
      rows={tree}
      scroll={{ x: 1000 }}
      tableLayout="fixed"
      empty={t('tasks.empty')}
      expandable={{ defaultExpandAllRows: true, indentSize: INDENT }}
    />
  );
}
