import { AppError } from '../../errors.js';

/** The kinds of evidence file accepted, by extension, with the content type they are served with. */
export const FILE_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
} as const;

export type FileKind = keyof typeof FILE_TYPES;

const ALLOWED = 'pdf, docx, xlsx, png, jpg, txt';

const startsWith = (data: Buffer, ...bytes: number[]) => data.length >= bytes.length && bytes.every((b, i) => data[i] === b);

/** An Office file is a zip whose entries name the part folder (word/ or xl/) in clear text. */
const isOfficeZip = (data: Buffer, folder: string) => startsWith(data, 0x50, 0x4b, 0x03, 0x04) && data.includes(`${folder}/`, 0, 'latin1');

const decodes = (data: Buffer, encoding: string) => {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
};

/** Plain text has no magic number: it has no NUL byte and decodes as UTF-8 or GB18030 (what Chinese offices write). */
const isText = (data: Buffer) => !data.includes(0) && (decodes(data, 'utf-8') || decodes(data, 'gb18030'));

const SNIFFERS: Record<FileKind, (data: Buffer) => boolean> = {
  pdf: (d) => startsWith(d, 0x25, 0x50, 0x44, 0x46, 0x2d),
  docx: (d) => isOfficeZip(d, 'word'),
  xlsx: (d) => isOfficeZip(d, 'xl'),
  png: (d) => startsWith(d, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  jpg: (d) => startsWith(d, 0xff, 0xd8, 0xff),
  txt: isText,
};

/**
 * The kind of an uploaded file, checked twice: its extension must be on the allow-list, and its
 * bytes must be what the extension claims (a renamed .exe is not a PDF).
 */
export function fileKindOf(fileName: string, data: Buffer): FileKind {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const kind = (extension === 'jpeg' ? 'jpg' : extension) as FileKind | undefined;
  if (!kind || !(kind in FILE_TYPES)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      { zh: `文件 ${fileName} 的类型不允许；只接受 ${ALLOWED}`, en: `The type of file ${fileName} is not allowed; accepted: ${ALLOWED}` },
      { field: 'files', fileName },
    );
  }
  if (data.length === 0 || !SNIFFERS[kind](data)) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      { zh: `文件 ${fileName} 的内容不是 ${kind} 格式`, en: `The content of file ${fileName} is not ${kind}` },
      { field: 'files', fileName },
    );
  }
  return kind;
}
