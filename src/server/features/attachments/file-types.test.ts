import { describe, expect, it } from 'vitest';
import { fileKindOf } from './file-types.js';
import { SAMPLE_FILES } from './testing.js';

describe('evidence file types', () => {
  it('accepts each allowed kind when its bytes match its extension', () => {
    expect(fileKindOf('验收报告.pdf', SAMPLE_FILES.pdf)).toBe('pdf');
    expect(fileKindOf('现场照片.PNG', SAMPLE_FILES.png)).toBe('png');
    expect(fileKindOf('照片.jpeg', SAMPLE_FILES.jpg)).toBe('jpg');
    expect(fileKindOf('进展说明.docx', SAMPLE_FILES.docx)).toBe('docx');
    expect(fileKindOf('投资台账.xlsx', SAMPLE_FILES.xlsx)).toBe('xlsx');
    expect(fileKindOf('说明.txt', SAMPLE_FILES.txt)).toBe('txt');
    expect(fileKindOf('说明-gbk.txt', Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]))).toBe('txt');
  });

  it('refuses a kind outside the allow-list, naming the file and the accepted kinds', () => {
    expect(() => fileKindOf('setup.exe', SAMPLE_FILES.exe)).toThrow(expect.objectContaining({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      messages: { zh: '文件 setup.exe 的类型不允许；只接受 pdf, docx, xlsx, png, jpg, txt', en: 'The type of file setup.exe is not allowed; accepted: pdf, docx, xlsx, png, jpg, txt' },
    }));
    expect(() => fileKindOf('无扩展名', SAMPLE_FILES.pdf)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
  });

  it('refuses a file whose content is not what its extension claims', () => {
    expect(() => fileKindOf('验收报告.pdf', SAMPLE_FILES.exe)).toThrow(expect.objectContaining({ messages: expect.objectContaining({ zh: '文件 验收报告.pdf 的内容不是 pdf 格式' }) }));
    expect(() => fileKindOf('进展说明.docx', SAMPLE_FILES.xlsx)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    expect(() => fileKindOf('照片.png', SAMPLE_FILES.jpg)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    expect(() => fileKindOf('说明.txt', SAMPLE_FILES.png)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    expect(() => fileKindOf('空.pdf', Buffer.alloc(0))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
  });
});
