import { HistoryOutlined } from '@ant-design/icons';
import { Button, Input, Typography, type InputRef, type TableColumnsType } from 'antd';
import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { ApiError } from '../../../api/client.js';
import { DataTable } from '../../../components/DataTable.js';
import { useI18n } from '../../../i18n/context.js';
import { ConflictDialog } from './ConflictDialog.js';
import { HistoryDrawer } from './HistoryDrawer.js';
import { isRealFigure, ProvenanceTag } from './ProvenanceTag.js';
import { rowKey, type GridRow } from './rows.js';
import { storedText, useCellWriter, type CellNote, type Edit, type Stored } from './useCellWriter.js';

type Column = 'value' | 'comment';

interface Props {
  rows: GridRow[];
  orgUnit: string;
  period: string;
  readOnly: boolean;
  onBlocked(error: ApiError): void;
}

/**
 * The form as a grid a clerk can fill without a mouse: Tab moves along a row, Enter saves and goes
 * down, the arrow keys go up and down, Esc puts the stored value back.
 */
export function EntryGrid({ rows, orgUnit, period, readOnly, onBlocked }: Props) {
  const { t, locale } = useI18n();
  const initial = new Map<string, Stored>();
  for (const r of rows) {
    // A sample's comment describes the sample: it is not offered for the value that replaces it.
    if (r.cell?.version != null) initial.set(r.key, { value: r.cell.value!, version: r.cell.version, comment: r.cell.provenance === 'sample' ? null : r.cell.comment, status: r.cell.status! });
  }
  const { stored, notes, conflict, check, write, settle, clearNote } = useCellWriter({ orgUnit, period }, initial, onBlocked);
  const [drafts, setDrafts] = useState<Map<string, Edit>>(new Map());
  const draftsRef = useRef(drafts);
  const inputs = useRef(new Map<string, InputRef>());
  const [history, setHistory] = useState<GridRow | null>(null);

  const setDraft = useCallback((key: string, edit: Edit | null) => {
    const next = new Map(draftsRef.current);
    if (edit) next.set(key, edit);
    else next.delete(key);
    draftsRef.current = next;
    setDrafts(next);
  }, []);

  const editOf = (key: string): Edit => draftsRef.current.get(key) ?? storedText(stored.get(key));

  const commit = async (row: GridRow): Promise<boolean> => {
    const draft = draftsRef.current.get(row.key);
    if (!draft || readOnly) return true;
    const ok = await write(row, draft);
    if (ok && draftsRef.current.get(row.key) === draft) setDraft(row.key, null);
    return ok;
  };

  const focus = (index: number, column: Column) => {
    const row = rows[index];
    if (row) inputs.current.get(`${row.key}:${column}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, index: number, column: Column) => {
    const row = rows[index]!;
    if (event.key === 'Enter') {
      event.preventDefault();
      // Only a value the server would refuse for its type or bounds keeps the focus; the save
      // itself runs while the clerk types on, and a refusal is shown at the cell.
      const draft = draftsRef.current.get(row.key);
      if (draft && !readOnly && !check(row, draft)) return;
      void commit(row);
      focus(index + 1, column);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(row.key, null);
      clearNote(row.key);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void commit(row);
      focus(index + (event.key === 'ArrowDown' ? 1 : -1), column);
    } else if (event.key === 'Tab') {
      void commit(row);
    }
  };

  // Either choice ends the edit: the cell shows their value, or the user's once it is stored over theirs.
  const settleConflict = (choice: 'theirs' | 'mine') => {
    if (conflict) setDraft(conflict.row.key, null);
    void settle(choice);
  };

  const label = (row: GridRow) => {
    const name = locale === 'en' && row.element?.nameEn ? row.element.nameEn : row.name;
    return row.disaggregation ? `${name}（${row.disaggregation}）` : name;
  };

  const cellInput = (row: GridRow, index: number, column: Column) => {
    const note = notes.get(row.key);
    const edit = editOf(row.key);
    const dirty = drafts.has(row.key);
    const noteId = `note-${index}`;
    return (
      <Input
        ref={(el) => {
          if (el) inputs.current.set(`${row.key}:${column}`, el);
          else inputs.current.delete(`${row.key}:${column}`);
        }}
        aria-label={t(column === 'value' ? 'entry.valueOf' : 'entry.commentOf', { name: label(row) })}
        aria-describedby={note ? noteId : undefined}
        aria-invalid={column === 'value' && note?.kind === 'error' ? true : undefined}
        inputMode={column === 'value' ? 'decimal' : undefined}
        readOnly={readOnly || isRealFigure(row.cell)}
        status={column === 'value' && note && note.kind !== 'saved' ? note.kind : undefined}
        style={{ width: column === 'value' ? 140 : 220, fontWeight: dirty ? 600 : undefined }}
        value={column === 'value' ? edit.value : edit.comment}
        onChange={(e) => setDraft(row.key, { ...edit, [column]: e.target.value })}
        onKeyDown={(e) => onKeyDown(e, index, column)}
      />
    );
  };

  const columns: TableColumnsType<GridRow> = [
    {
      title: t('entry.col.element'),
      key: 'element',
      render: (_, row) => (
        <>
          <div>{label(row)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.dataElement}
          </Typography.Text>
        </>
      ),
    },
    { title: t('entry.col.unit'), key: 'unit', width: 70, render: (_, row) => row.unit ?? t('common.empty') },
    {
      title: t('entry.col.value'),
      key: 'value',
      render: (_, row, index) => (
        <>
          {cellInput(row, index, 'value')}
          {stored.get(row.key)?.version === row.cell?.version && <ProvenanceTag cell={row.cell} />}
          <NoteText id={`note-${index}`} note={notes.get(row.key)} dirty={drafts.has(row.key)} />
        </>
      ),
    },
    { title: t('entry.col.comment'), key: 'comment', render: (_, row, index) => cellInput(row, index, 'comment') },
    {
      title: t('entry.col.history'),
      key: 'history',
      width: 80,
      render: (_, row) => (
        <Button
          size="small"
          icon={<HistoryOutlined />}
          disabled={!stored.has(row.key)}
          aria-label={t('entry.historyOf', { name: label(row) })}
          onClick={() => setHistory(row)}
        />
      ),
    },
  ];

  return (
    <>
      <DataTable<GridRow> className="entry-grid" label={t('entry.gridLabel')} rows={rows} rowKey={(r) => rowKey(r.dataElement, r.disaggregation)} columns={columns} empty={t('entry.noElements')} />
      <ConflictDialog conflict={conflict} label={conflict ? label(conflict.row) : ''} onSettle={settleConflict} />
      <HistoryDrawer row={history} label={history ? label(history) : ''} orgUnit={orgUnit} period={period} onClose={() => setHistory(null)} />
    </>
  );
}

function NoteText({ id, note, dirty }: { id: string; note: CellNote | undefined; dirty: boolean }) {
  const { t, locale } = useI18n();
  if (note?.kind === 'error' || note?.kind === 'warning') {
    return (
      <div id={id} role={note.kind === 'error' ? 'alert' : 'status'} className={`entry-note entry-note-${note.kind}`}>
        {note.texts.map((text) => (
          <div key={text.en}>{text[locale]}</div>
        ))}
      </div>
    );
  }
  if (dirty) return <div className="entry-note">{t('entry.unsaved')}</div>;
  if (note?.kind === 'saved') return <div className="entry-note entry-note-saved" role="status">{t('entry.saved')}</div>;
  return null;
}
