import { describe, expect, it } from 'vitest';
import { attachmentExtension, attachmentSource, attachmentUrl, describeAttachment, fileType, formatSize } from './attachments.ts';

describe('attachment URLs', () => {
  it('mirror the file’s place under content/', () => {
    expect(attachmentSource('content/reports/fzzf-2025.md', 'files/fzzf-2025.pdf')).toBe('reports/files/fzzf-2025.pdf');
    expect(attachmentUrl('content/reports/fzzf-2025.md', 'files/fzzf-2025.pdf')).toBe('/files/reports/files/fzzf-2025.pdf');
    expect(attachmentUrl('content/enforcement/penalties/CF-2025-001.yaml', 'CF-2025-001.pdf')).toBe('/files/enforcement/penalties/CF-2025-001.pdf');
    expect(attachmentUrl('content/site.yaml', 'files/logo.png')).toBe('/files/files/logo.png');
  });

  it('accept the entry path with Windows separators or without content/', () => {
    expect(attachmentSource('content\\services\\S-001.md', 'forms/a.docx')).toBe('services/forms/a.docx');
    expect(attachmentSource('services/S-001.md', './forms/a.docx')).toBe('services/forms/a.docx');
  });

  it('refuse a path that leaves content/', () => {
    expect(() => attachmentSource('content/reports/r.md', '../../secret.pdf')).toThrow('附件路径“../../secret.pdf”不在 content/ 之内');
  });
});

describe('describeAttachment', () => {
  it('names the type readers know and the size before they download', () => {
    expect(describeAttachment('files/fzzf-2025.pdf', 122880)).toBe('（PDF，120 KB）');
    expect(describeAttachment('files/a.DOCX', 13242)).toBe('（Word，13 KB）');
    expect(describeAttachment('files/a.xlsx', 2_516_582)).toBe('（Excel，2.4 MB）');
  });

  it('rounds sizes up to whole kilobytes, never showing 0 KB', () => {
    expect(formatSize(1)).toBe('1 KB');
    expect(formatSize(1025)).toBe('2 KB');
    expect(formatSize(1024 * 1024)).toBe('1.0 MB');
    expect(fileType('scan.ofd')).toBe('OFD');
  });
});

describe('attachmentExtension', () => {
  it('names an accepted format whatever the case, and nothing else', () => {
    expect(attachmentExtension('files/a.PDF')).toBe('pdf');
    expect(attachmentExtension('files/scan.ofd')).toBe('ofd');
    expect(attachmentExtension('files/a.doc')).toBeUndefined();
    expect(attachmentExtension('files/a.zip')).toBeUndefined();
    expect(attachmentExtension('files/a.constructor')).toBeUndefined();
    expect(fileType('files/a.doc')).toBe('DOC');
  });
});
