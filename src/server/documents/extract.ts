import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { docxLines } from './docx.js';
import { DocumentError } from './errors.js';
import { MAX_DOCUMENT_BYTES } from './limits.js';
import { pdfLines } from './pdf.js';
import { decodeText } from './text.js';

/**
 * The text of a plan document as lines, from a .txt, .docx or .pdf file. Anything that cannot
 * give text — an empty file, a scanned PDF, a file too large, another format — is refused with
 * a DocumentError before anything else happens.
 */
export type DocumentFormat = 'txt' | 'docx' | 'pdf';

export interface ExtractedDocument {
  name: string;
  format: DocumentFormat;
  /** Character encoding of a text file. */
  encoding?: string;
  lines: string[];
}

const FORMATS: Record<string, DocumentFormat> = { '.txt': 'txt', '.text': 'txt', '.docx': 'docx', '.pdf': 'pdf' };

function formatOf(name: string): DocumentFormat {
  const ext = path.extname(name).toLowerCase();
  const format = FORMATS[ext];
  if (format) return format;
  const shown = ext || '（无扩展名）';
  throw new DocumentError(
    'DOCUMENT_TYPE_UNSUPPORTED',
    `不支持的文件类型“${shown}”（${name}）：请使用 .txt、.docx 或带文字层的 .pdf 文件；.doc 文件请先另存为 .docx`,
    `Unsupported file type "${ext || '(no extension)'}" (${name}): use a .txt, .docx or text-layer .pdf file; save a .doc file as .docx first`,
    name,
  );
}

function checkSize(name: string, size: number): void {
  if (size > MAX_DOCUMENT_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    throw new DocumentError(
      'DOCUMENT_TOO_LARGE',
      `文件“${name}”有 ${mb} MB，超过 20 MB 的上限`,
      `The file "${name}" is ${mb} MB, more than the 20 MB limit`,
      name,
    );
  }
  if (size === 0) throw new DocumentError('DOCUMENT_EMPTY', `文件“${name}”是空文件`, `The file "${name}" is empty`, name);
}

function unreadable(name: string, format: DocumentFormat, cause: unknown): DocumentError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const kind = format === 'docx' ? 'Word (.docx)' : 'PDF';
  return new DocumentError('DOCUMENT_UNREADABLE', `无法读取${kind}文件“${name}”：${reason}`, `The ${kind} file "${name}" cannot be read: ${reason}`, name);
}

export async function extractDocument(name: string, bytes: Uint8Array): Promise<ExtractedDocument> {
  const format = formatOf(name);
  checkSize(name, bytes.length);
  let document: ExtractedDocument;
  if (format === 'txt') {
    const { text, encoding } = decodeText(bytes);
    document = { name, format, encoding, lines: text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/) };
  } else if (format === 'docx') {
    try {
      document = { name, format, lines: await docxLines(bytes) };
    } catch (err) {
      throw unreadable(name, format, err);
    }
  } else {
    let read: { lines: string[]; characters: number };
    try {
      read = await pdfLines(bytes);
    } catch (err) {
      throw unreadable(name, format, err);
    }
    if (read.characters === 0) {
      throw new DocumentError(
        'DOCUMENT_SCANNED',
        `PDF 文件“${name}”没有文字层（可能是扫描件）：请先做文字识别（OCR），或改用 Word 或文本文件`,
        `The PDF file "${name}" has no text layer (it may be a scan): run text recognition (OCR) first, or use the Word or text file`,
        name,
      );
    }
    document = { name, format, lines: read.lines };
  }
  if (document.lines.every((l) => l.trim() === '')) {
    throw new DocumentError('DOCUMENT_EMPTY', `文件“${name}”中没有文字`, `The file "${name}" contains no text`, name);
  }
  return document;
}

/** Reads a document from disk; the size is checked before the file is read. */
export async function readDocumentFile(filePath: string): Promise<ExtractedDocument> {
  const name = path.basename(filePath);
  formatOf(name);
  checkSize(name, (await stat(filePath)).size);
  return extractDocument(name, new Uint8Array(await readFile(filePath)));
}
