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
  it.each([
    ['files/fzzf-2025.pdf', 122880, '（PDF，120 KB）'],
    ['files/a.DOCX', 13242, '（Word，13 KB）'],
    ['files/a.xlsx', 2_516_582, '（Excel，2.4 MB）'],
  ])('names the type readers know and the size before they download: %s, %i bytes', (file, bytes, description) => {
    expect(describeAttachment(file, bytes)).toBe(description);
  });

  it.each([
    [1, '1 KB'],
    [1025, '2 KB'],
    [1024 * 1024, '1.0 MB'],
  ])('rounds sizes up to whole kilobytes, never showing 0 KB: %i bytes', (bytes, size) => {
    expect(formatSize(bytes)).toBe(size);
  });

  it('names a type by the extension alone', () => {
    expect(fileType('scan.ofd')).toBe('OFD');
    expect(fileType('files/a.doc')).toBe('DOC');
  });
});

describe('attachmentExtension', () => {
  it.each([
    ['files/a.PDF', 'pdf'],
    ['files/scan.ofd', 'ofd'],
    ['files/a.doc', undefined],
    ['files/a.zip', undefined],
    ['files/a.constructor', undefined],
  ])('names an accepted format whatever the case, and nothing else: %s', (file, extension) => {
    expect(attachmentExtension(file)).toBe(extension);
  });
});
