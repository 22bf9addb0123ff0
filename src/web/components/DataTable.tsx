import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

export interface DataTableProps<T> extends Omit<TableProps<T>, 'dataSource' | 'locale' | 'aria-label'> {
  /** What the table lists, for screen readers. */
  label: string;
  rows: T[];
  /** What to show, and what to do, when there is nothing to list. */
  empty: ReactNode;
}

/** The app's tables: compact, unpaged, scrolling sideways on narrow screens, labelled, with a meaningful empty state. */
export function DataTable<T extends object>({ label, rows, empty, ...table }: DataTableProps<T>) {
  return <Table<T> aria-label={label} size="small" pagination={false} scroll={{ x: 'max-content' }} {...table} dataSource={rows} locale={{ emptyText: empty }} />;
}
