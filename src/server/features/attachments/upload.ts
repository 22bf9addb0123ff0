import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors.js';

export interface UploadedFile {
  fileName: string;
  data: Buffer;
}

/** The fields and files of an update form: multipart with evidence files, or plain JSON without. */
export interface UpdateForm {
  fields: Record<string, unknown>;
  files: UploadedFile[];
}

const MAX_FILES = 10;

/**
 * Reads an update request. A file above the size limit is refused with the file's name and the
 * limit (413); the caller checks each file's type.
 */
export async function readUpdateForm(request: FastifyRequest, maxBytes: number): Promise<UpdateForm> {
  if (!request.isMultipart()) return { fields: (request.body ?? {}) as Record<string, unknown>, files: [] };
  const fields: Record<string, unknown> = {};
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes, files: MAX_FILES } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = part.value;
        continue;
      }
      try {
        files.push({ fileName: checkedName(part.filename), data: await part.toBuffer() });
      } catch (err) {
        if ((err as { code?: string }).code !== 'FST_REQ_FILE_TOO_LARGE') throw err;
        const mb = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
        throw new AppError(
          'PAYLOAD_TOO_LARGE',
          { zh: `文件 ${part.filename} 超过 ${mb} MB 的上限`, en: `File ${part.filename} is larger than the limit of ${mb} MB` },
          { field: 'files', fileName: part.filename, limitBytes: maxBytes },
        );
      }
    }
  } catch (err) {
    if ((err as { code?: string }).code !== 'FST_FILES_LIMIT') throw err;
    throw new AppError('PAYLOAD_TOO_LARGE', { zh: `一次最多上传 ${MAX_FILES} 个文件`, en: `At most ${MAX_FILES} files may be uploaded at once` }, { field: 'files' });
  }
  return { fields, files };
}

/** File names are shown and offered back on download: no folders, no control characters, a sane length. */
function checkedName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  if (fileName.length === 0 || fileName.length > 200 || /[\u0000-\u001f/\\]/.test(fileName)) {
    throw new AppError(
      'VALIDATION_FAILED',
      { zh: '文件名须为 1–200 个字符，不含路径分隔符或控制字符', en: 'A file name must have 1–200 characters, without path separators or control characters' },
      { field: 'files', fileName: fileName.slice(0, 200) },
    );
  }
  return fileName;
}

/** A form field as a whole number within bounds (multipart fields arrive as text). */
export function integerField(fields: Record<string, unknown>, name: string, min: number, max: number): number {
  const raw = fields[name];
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < min || n > max) {
    throw fieldError(name, `必须是 ${min} 到 ${max} 之间的整数`, `must be a whole number from ${min} to ${max}`);
  }
  return n;
}

export function dateField(fields: Record<string, unknown>, name: string): string {
  const raw = fields[name];
  if (typeof raw !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) {
    throw fieldError(name, '必须是 YYYY-MM-DD 格式的日期', 'must be a date written YYYY-MM-DD');
  }
  return raw;
}

export function textField(fields: Record<string, unknown>, name: string, maxLength: number): string {
  const raw = fields[name];
  if (typeof raw !== 'string' || raw.trim() === '' || raw.length > maxLength) {
    throw fieldError(name, `必填，最多 ${maxLength} 个字符`, `is required, at most ${maxLength} characters`);
  }
  return raw.trim();
}

export function choiceField<T extends string>(fields: Record<string, unknown>, name: string, choices: readonly T[]): T {
  const raw = fields[name];
  if (typeof raw !== 'string' || !choices.includes(raw as T)) {
    throw fieldError(name, `必须是 ${choices.join(' / ')} 之一`, `must be one of ${choices.join(' / ')}`);
  }
  return raw as T;
}

function fieldError(name: string, zh: string, en: string): AppError {
  return new AppError('VALIDATION_FAILED', { zh: `字段 ${name} 无效：${zh}`, en: `Field ${name} is invalid: ${en}` }, { field: `body.${name}` });
}
