import { execFileSync } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_ATTACHMENT_BYTES,
  checkAttachmentFile,
  isAttachmentFault,
  openVerifiedAttachment,
  type AttachmentFault,
} from './attachment-files.ts';
import { ATTACHMENT_FORMATS } from '../attachments.ts';
import { attachment } from '../../schemas/fields.ts';

const FIXTURES = fileURLToPath(new URL('../../../tests/fixtures/attachments/', import.meta.url));

let root: string;
let content: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongkai-attachment-files-'));
  content = join(root, 'content');
  await mkdir(join(content, 'files'), { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

/** Puts a fixture at a path under content/. */
async function place(fixture: string, source: string): Promise<void> {
  await mkdir(dirname(join(content, source)), { recursive: true });
  await copyFile(join(FIXTURES, fixture), join(content, source));
}

/** The fault for a path under content/, or "ok" with the format and size when it passes. */
async function verdict(source: string, written = source): Promise<AttachmentFault | string> {
  const result = await openVerifiedAttachment(content, source, written);
  if (isAttachmentFault(result)) return result;
  await result.handle.close();
  return `ok ${result.extension} ${result.size}`;
}

const EXECUTABLE = '只附文档或图片（pdf/docx/xlsx/ofd/jpg/png），程序和脚本不会发布';
const mismatch = (extension: string) => `文件内容与扩展名 .${extension} 相符；文件若本是其他格式，改用它的扩展名（pdf/docx/xlsx/ofd/jpg/png 之一）`;

describe('a real file of each allowed format', () => {
  it.each([
    ['good.pdf', 'files/a.pdf', 'ok pdf 329'],
    ['good.docx', 'files/a.docx', 'ok docx 1107'],
    ['good.xlsx', 'files/a.xlsx', 'ok xlsx 1951'],
    ['good.ofd', 'files/a.ofd', 'ok ofd 642'],
    ['good.jpg', 'files/a.jpg', 'ok jpg 134'],
    ['good.png', 'files/a.png', 'ok png 67'],
  ])('%s passes', async (fixture, source, expected) => {
    await place(fixture, source);
    expect(await verdict(source)).toBe(expected);
  });

  it('passes at exactly the size limit (the limit is on size; the format is still checked)', async () => {
    await place('good.pdf', 'files/big.pdf');
    await truncate(join(content, 'files/big.pdf'), MAX_ATTACHMENT_BYTES);
    expect(await verdict('files/big.pdf')).toBe(`ok pdf ${MAX_ATTACHMENT_BYTES}`);
  });
});

describe('content that is not what its extension says', () => {
  it.each([
    ['elf-renamed.pdf', 'files/x.pdf', '附件“files/x.pdf”的内容不是 PDF（实为 ELF 可执行文件）', EXECUTABLE],
    ['exe-renamed.docx', 'files/x.docx', '附件“files/x.docx”的内容不是 Word（实为 Windows 可执行文件 PE/MZ）', EXECUTABLE],
    ['macho-renamed.png', 'files/x.png', '附件“files/x.png”的内容不是 PNG 图片（实为 Mach-O 可执行文件）', EXECUTABLE],
    ['script-renamed.pdf', 'files/x.pdf', '附件“files/x.pdf”的内容不是 PDF（实为以 #! 开头的脚本）', EXECUTABLE],
    ['png-renamed.pdf', 'files/x.pdf', '附件“files/x.pdf”的内容不是 PDF（实为 PNG 图片）', mismatch('pdf')],
    ['text-renamed.pdf', 'files/x.pdf', '附件“files/x.pdf”的内容不是 PDF（无法识别文件类型）', mismatch('pdf')],
    ['docx-renamed.xlsx', 'files/x.xlsx', '附件“files/x.xlsx”的内容不是 Excel（实为 Word）', mismatch('xlsx')],
    ['good.pdf', 'files/x.jpg', '附件“files/x.jpg”的内容不是 JPG 图片（实为 PDF）', mismatch('jpg')],
    ['good.pdf', 'files/x.ofd', '附件“files/x.ofd”的内容不是 OFD（实为 PDF）', mismatch('ofd')],
    ['good.docx', 'files/x.ofd', '附件“files/x.ofd”的内容不是 OFD（实为 Word）', mismatch('ofd')],
    ['nested-ofd-xml.ofd', 'files/x.ofd', '附件“files/x.ofd”的内容不是 OFD（实为 ZIP 压缩包，根目录没有 OFD.xml）', mismatch('ofd')],
  ])('%s as %s is refused', async (fixture, source, message, expected) => {
    await place(fixture, source);
    expect(await verdict(source)).toEqual({ message, expected });
  });

  it('refuses an empty file', async () => {
    await writeFile(join(content, 'files/empty.pdf'), '');
    expect(await verdict('files/empty.pdf')).toEqual({ message: '附件“files/empty.pdf”是空文件', expected: '在 content/files/empty.pdf 放入完整的文件' });
  });

  it('refuses a file over the size limit, giving both sizes (a sparse file, so nothing large is written)', async () => {
    await place('good.pdf', 'files/big.pdf');
    await truncate(join(content, 'files/big.pdf'), MAX_ATTACHMENT_BYTES + 1);
    expect(await verdict('files/big.pdf')).toEqual({
      message: `附件“files/big.pdf”大小为 50.0 MB（52428801 字节），超过上限 50 MB（52428800 字节）`,
      expected: '不超过 50 MB：压缩图片、降低扫描分辨率或拆分为几个文件',
    });
  });
});

describe('where the file lies', () => {
  it('refuses a symbolic link to a file outside content/ (/etc/passwd published as a PDF)', async () => {
    await symlink('/etc/passwd', join(content, 'files/passwd.pdf'));
    expect(await verdict('files/passwd.pdf')).toEqual({
      message: '附件“files/passwd.pdf”是符号链接，不会发布',
      expected: '把文件本身放在 content/files/passwd.pdf，不用符号链接',
    });
  });

  it('refuses a symbolic link even to a good file inside content/', async () => {
    await place('good.pdf', 'files/real.pdf');
    await symlink('real.pdf', join(content, 'files/alias.pdf'));
    expect(await verdict('files/alias.pdf')).toEqual({
      message: '附件“files/alias.pdf”是符号链接，不会发布',
      expected: '把文件本身放在 content/files/alias.pdf，不用符号链接',
    });
  });

  it('refuses a file reached through a linked folder, naming the folder', async () => {
    const outside = join(root, 'elsewhere');
    await mkdir(outside);
    await copyFile(join(FIXTURES, 'good.pdf'), join(outside, 'a.pdf'));
    await symlink(outside, join(content, 'files/linked'));
    expect(await verdict('files/linked/a.pdf', 'linked/a.pdf')).toEqual({
      message: '附件“linked/a.pdf”所在的文件夹 content/files/linked 是符号链接，不会发布',
      expected: '把文件夹本身放在 content/files/linked，不用符号链接',
    });
  });

  it('accepts content/ itself reached through a link (only what lies below it is checked for links)', async () => {
    await place('good.pdf', 'files/a.pdf');
    await symlink(content, join(root, 'content-link'));
    const result = await openVerifiedAttachment(join(root, 'content-link'), 'files/a.pdf');
    expect(isAttachmentFault(result) ? result : 'ok').toBe('ok');
    if (!isAttachmentFault(result)) await result.handle.close();
  });

  it('refuses a folder given as the file', async () => {
    await mkdir(join(content, 'files/folder.pdf'));
    expect(await verdict('files/folder.pdf')).toEqual({ message: '附件“files/folder.pdf”是文件夹，不是文件', expected: '把文件放在 content/files/folder.pdf，或改正路径' });
  });

  it('refuses something that is not a regular file (a named pipe), without hanging', async () => {
    execFileSync('mkfifo', [join(content, 'files/pipe.pdf')]);
    expect(await verdict('files/pipe.pdf')).toEqual({ message: '附件“files/pipe.pdf”不是普通文件', expected: '把文件本身放在 content/files/pipe.pdf' });
  });

  it('reports a missing file, or a path through a file, as missing', async () => {
    await place('good.pdf', 'files/a.pdf');
    expect(await verdict('files/none.pdf')).toEqual({ message: '附件“files/none.pdf”不存在', expected: '把文件放在 content/files/none.pdf' });
    expect(await verdict('files/a.pdf/b.pdf')).toEqual({ message: '附件“files/a.pdf/b.pdf”不存在', expected: '把文件放在 content/files/a.pdf/b.pdf' });
  });

  it('refuses paths out of content/ and extensions outside the list before touching the disk', async () => {
    expect(await verdict('../secret.pdf')).toEqual({ message: '附件“../secret.pdf”不在 content/ 之内', expected: '相对于本文件所在目录的路径，文件放在 content/ 下' });
    expect(await verdict('/etc/passwd.pdf')).toEqual({ message: '附件“/etc/passwd.pdf”不在 content/ 之内', expected: '相对于本文件所在目录的路径，文件放在 content/ 下' });
    for (const source of ['files/a.doc', 'files/a.zip', 'files/a.exe', 'files/a.pdf.sh']) {
      expect(await verdict(source)).toEqual({ message: `附件“${source}”的扩展名不在允许之列`, expected: '扩展名为 pdf/docx/xlsx/ofd/jpg/png 之一' });
    }
  });

  it.skipIf(process.getuid?.() === 0)('refuses a file the build cannot read', async () => {
    await place('good.pdf', 'files/secret.pdf');
    await chmod(join(content, 'files/secret.pdf'), 0o000);
    expect(await verdict('files/secret.pdf')).toEqual({ message: '附件“files/secret.pdf”无法读取（没有读取权限）', expected: '生成网站的账户能读取 content/files/secret.pdf（如 chmod a+r）' });
  });
});

describe('checkAttachmentFile', () => {
  const entry = () => ({ file: 'content/templates/T-1.yaml', absolutePath: join(content, 'templates/T-1.yaml') });

  it('checks the path relative to the entry’s folder', async () => {
    await place('elf-renamed.pdf', 'templates/files/t.pdf');
    await place('good.pdf', 'templates/files/ok.pdf');
    expect(await checkAttachmentFile(entry(), 'files/ok.pdf')).toBeUndefined();
    expect(await checkAttachmentFile(entry(), 'files/t.pdf')).toEqual({ message: '附件“files/t.pdf”的内容不是 PDF（实为 ELF 可执行文件）', expected: EXECUTABLE });
  });

  it('leaves values the schema refuses to the schema’s own message', async () => {
    expect(await checkAttachmentFile(entry(), '../../x.pdf')).toBeUndefined();
    expect(await checkAttachmentFile(entry(), 'files/a.doc')).toBeUndefined();
  });
});

describe('the attachment() schema', () => {
  it('allows exactly the formats whose content is verified', () => {
    for (const extension of Object.keys(ATTACHMENT_FORMATS)) expect(attachment().safeParse(`files/a.${extension}`).success).toBe(true);
    for (const extension of ['doc', 'xls', 'wps', 'zip', 'exe', 'sh', 'html', 'svg']) expect(attachment().safeParse(`files/a.${extension}`).success).toBe(false);
  });
});
