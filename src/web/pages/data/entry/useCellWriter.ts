import { useCallback, useRef, useState } from 'react';
import { api, ApiError, type LocalizedText } from '../../../api/client.js';
import { checkValue, type ValueCheck } from '../../../../domain/data/value.js';
import { translate } from '../../../i18n/locale.js';
import { rowKey, type GridRow } from './rows.js';
import type { SavedCell, StoredCell } from './types.js';

/** What the grid shows at a cell: a refusal (the value was not stored) or rule warnings (it was). */
export interface CellNote {
  kind: 'error' | 'warning' | 'saved';
  texts: LocalizedText[];
}

export interface Edit {
  value: string;
  comment: string;
}

/** A 409: the value someone else stored meanwhile, and what this user wanted to store. */
export interface Conflict {
  row: GridRow;
  current: StoredCell;
  mine: Edit;
}

export type Stored = Pick<StoredCell, 'value' | 'version' | 'comment' | 'status'>;

interface Target {
  orgUnit: string;
  period: string;
}

const VALUE_REQUIRED: LocalizedText = { zh: translate('zh', 'entry.valueRequired'), en: translate('en', 'entry.valueRequired') };

function checkProblem(checked: ValueCheck): LocalizedText | null {
  return checked.ok ? null : checked.problem;
}

export function storedText(stored: Stored | undefined): Edit {
  return { value: stored ? String(stored.value) : '', comment: stored?.comment ?? '' };
}

/**
 * The stored cells of one form and the writes to them. Each cell's writes run one after another,
 * so a comment saved right after its value carries the version that value got; a write that was
 * overtaken by someone else's becomes a conflict to settle, never an overwrite.
 */
export function useCellWriter(target: Target, initial: Map<string, Stored>, onBlocked: (error: ApiError) => void) {
  const [stored, setStored] = useState(initial);
  const storedRef = useRef(initial);
  const [notes, setNotes] = useState<Map<string, CellNote>>(new Map());
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const queues = useRef(new Map<string, Promise<boolean>>());

  const note = useCallback((key: string, value: CellNote | null) => {
    setNotes((all) => {
      const next = new Map(all);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  }, []);

  const keep = useCallback((key: string, cell: Stored) => {
    storedRef.current = new Map(storedRef.current).set(key, cell);
    setStored(storedRef.current);
  }, []);

  const put = useCallback(
    async (row: GridRow, edit: Edit, version: number | undefined): Promise<boolean> => {
      const key = rowKey(row.dataElement, row.disaggregation);
      try {
        const saved = await api.put<SavedCell>('/api/data/values', {
          dataElement: row.dataElement,
          orgUnit: target.orgUnit,
          period: target.period,
          ...(row.disaggregation ? { disaggregation: row.disaggregation } : {}),
          value: edit.value.trim(),
          comment: edit.comment.trim() === '' ? null : edit.comment.trim(),
          ...(version === undefined ? {} : { version }),
        });
        keep(key, saved);
        note(key, saved.violations.length ? { kind: 'warning', texts: saved.violations.map((v) => v.message) } : { kind: 'saved', texts: [] });
        return true;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        if (error.code === 'VERSION_CONFLICT' && error.details.current) {
          setConflict({ row, current: error.details.current as StoredCell, mine: edit });
        } else if (error.code === 'LOCKED' || error.code === 'INPUT_WINDOW_CLOSED') {
          onBlocked(error);
        }
        note(key, { kind: 'error', texts: [error.messages] });
        return false;
      }
    },
    [target.orgUnit, target.period, keep, note, onBlocked],
  );

  /** Checks an edit as the server would, at once, so the grid can keep the focus on a bad value. */
  const check = useCallback(
    (row: GridRow, edit: Edit): boolean => {
      const problem =
        edit.value.trim() === ''
          ? VALUE_REQUIRED
          : row.element && checkProblem(checkValue(row.element, edit.value, { dataElement: row.dataElement, orgUnit: target.orgUnit, period: target.period }));
      if (problem) note(rowKey(row.dataElement, row.disaggregation), { kind: 'error', texts: [problem] });
      return !problem;
    },
    [note, target.orgUnit, target.period],
  );

  /** Stores an edit that passed the check; true when the cell holds the edit afterwards. */
  const write = useCallback(
    (row: GridRow, edit: Edit): Promise<boolean> => {
      const key = rowKey(row.dataElement, row.disaggregation);
      const run = async () => {
        const current = storedRef.current.get(key);
        const before = storedText(current);
        if (edit.value.trim() === before.value && edit.comment.trim() === before.comment) return true;
        return check(row, edit) && put(row, edit, current?.version);
      };
      const next = (queues.current.get(key) ?? Promise.resolve(true)).then(run, run);
      queues.current.set(key, next);
      return next;
    },
    [put, check],
  );

  /** Settles a conflict: take the other writer's value, or store one's own over it on purpose. */
  const settle = useCallback(
    async (choice: 'theirs' | 'mine') => {
      if (!conflict) return;
      const key = rowKey(conflict.row.dataElement, conflict.row.disaggregation);
      setConflict(null);
      keep(key, conflict.current);
      if (choice === 'theirs') note(key, null);
      else await put(conflict.row, conflict.mine, conflict.current.version);
    },
    [conflict, keep, note, put],
  );

  const clearNote = useCallback((key: string) => note(key, null), [note]);

  return { stored, notes, conflict, check, write, settle, clearNote };
}
