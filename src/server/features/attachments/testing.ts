import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestSession } from '../../testing/app.js';

/** Test files whose first bytes are what real files of the kind start with. */
export const SAMPLE_FILES = {
  pdf: Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'), Buffer.from([0, 1, 2, 250, 251, 252]), Buffer.from('\n%%EOF\n')]),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDR'), Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89])]),
  docx: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.from('[Content_Types].xml word/document.xml')]),
  xlsx: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.from('[Content_Types].xml xl/workbook.xml')]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  txt: Buffer.from('2023年完成区域医疗中心主体结构。\n'),
  exe: Buffer.concat([Buffer.from('MZ'), Buffer.from([0x90, 0, 3, 0, 0, 0, 4, 0])]),
};

export interface FormFile {
  field?: string;
  fileName: string;
  data: Buffer;
  contentType?: string;
}

/** A multipart/form-data body as a browser sends it. */
export function multipartBody(fields: Record<string, string>, files: FormFile[]): { body: Buffer; contentType: string } {
  const boundary = `----healthplan${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const f of files) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${f.field ?? 'files'}"; filename="${f.fileName}"\r\nContent-Type: ${f.contentType ?? 'application/octet-stream'}\r\n\r\n`),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Posts an update form with files as a logged-in user. */
export function postForm(t: TestApp, session: TestSession, url: string, fields: Record<string, string>, files: FormFile[]): Promise<LightMyRequestResponse> {
  const { body, contentType } = multipartBody(fields, files);
  return t.app.inject({ method: 'POST', url, payload: body, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': contentType } });
}
