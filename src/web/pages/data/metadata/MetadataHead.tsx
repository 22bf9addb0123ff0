import { Button, Typography } from 'antd';
import { Link } from 'react-router-dom';

export interface MetadataHeadProps {
  title: string;
  intro: string;
  /** The companion list: data sets from the elements page and the other way round. */
  link: { to: string; label: string };
  /** The create button, for those who may change metadata. */
  create: { label: string; onClick(): void } | null;
}

export function MetadataHead({ title, intro, link, create }: MetadataHeadProps) {
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {title}
      </Typography.Title>
      <Typography.Paragraph>
        {intro} <Link to={link.to}>{link.label}</Link>
      </Typography.Paragraph>
      {create && (
        <Button type="primary" style={{ marginBottom: 16 }} onClick={create.onClick}>
          {create.label}
        </Button>
      )}
    </>
  );
}

/** The table column with each row's edit button, named after the row for screen readers. */
export function editColumn<T>(title: string, buttonText: string, labelOf: (row: T) => string, onEdit: (row: T) => void) {
  return {
    title,
    key: 'edit',
    render: (_: unknown, row: T) => (
      <Button size="small" aria-label={labelOf(row)} onClick={() => onEdit(row)}>
        {buttonText}
      </Button>
    ),
  };
}
