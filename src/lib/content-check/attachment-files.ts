// The files entries attach, checked before anything is published: each must lie under content/
// itself (no symbolic link on its way, nothing resolving outside), be a readable regular file
// within the size limit, and hold the format its extension names. The content check reports these
// as problems; the build's copy step and the dev server read attachments only through
// openVerifiedAttachment, so a file swapped in after the check is refused there too.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import JSZip from 'jszip';
import { ATTACHMENT_FORMATS, MAX_ATTACHMENT_BYTES, attachmentExtension, attachmentSource, formatSize, type AttachmentExtension } from '../attachments.ts';
import { attachment } from '../../schemas/fields.ts';
import { CONTENT_DIR } from '../content-files.ts';

export { MAX_ATTACHMENT_BYTES };

/** What is wrong with one attached file, in the words of a Problem. */
export interface AttachmentFault {
  message: string;
  expected: string;
}

export interface OpenedAttachment {
  /** Opened without following links; the caller closes it. */
  handle: FileHandle;
  size: number;
  extension: AttachmentExtension;
}

const ALLOWED = Object.keys(ATTACHMENT_FORMATS).join('/');
const LIMIT = `${MAX_ATTACHMENT_BYTES / (1024 * 1024)} MB`;
// Enough for every signature file-type reads from a file's start.
const HEAD_BYTES = 4100;
// O_NOFOLLOW makes open() fail on a link swapped in after the walk; O_NONBLOCK keeps a FIFO from hanging it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

const EXECUTABLES: Record<string, string> = {
  elf: 'ELF 可执行文件',
  exe: 'Windows 可执行文件 PE/MZ',
  macho: 'Mach-O 可执行文件',
};
const OTHER_NAMES: Record<string, string> = {
  zip: 'ZIP 压缩包',
  cfb: '旧版 Office 文档（doc/xls/wps）',
  gif: 'GIF 图片',
  webp: 'WebP 图片',
  html: 'HTML 网页',
  xml: 'XML 文件',
};
const SCRIPT = '以 #! 开头的脚本';

const isFault = (value: OpenedAttachment | AttachmentFault): value is AttachmentFault => 'message' in value;

/**
 * Opens `source` (a path under content/, as attachmentSource gives it) for reading, walking down from
 * content/ with lstat so that no link is ever followed, and checks where it really lies, what it is
 * and its size. `written` is the path as the entry gives it, for messages.
 */
export async function openAttachment(contentRoot: string, source: string, written = source): Promise<OpenedAttachment | AttachmentFault> {
  const shown = `${CONTENT_DIR}/${source}`;
  const parts = source.split('/');
  if (source.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    return { message: `附件“${written}”不在 ${CONTENT_DIR}/ 之内`, expected: `相对于本文件所在目录的路径，文件放在 ${CONTENT_DIR}/ 下` };
  }
  const extension = attachmentExtension(source);
  if (!extension) return { message: `附件“${written}”的扩展名不在允许之列`, expected: `扩展名为 ${ALLOWED} 之一` };

  let path = contentRoot;
  let stats: Stats | undefined;
  for (const [index, part] of parts.entries()) {
    path = join(path, part);
    stats = await lstat(path).catch(() => undefined);
    const last = index === parts.length - 1;
    if (!stats || (!last && !stats.isDirectory() && !stats.isSymbolicLink())) {
      return { message: `附件“${written}”不存在`, expected: `把文件放在 ${shown}` };
    }
    if (stats.isSymbolicLink()) {
      if (last) return { message: `附件“${written}”是符号链接，不会发布`, expected: `把文件本身放在 ${shown}，不用符号链接` };
      const folder = `${CONTENT_DIR}/${parts.slice(0, index + 1).join('/')}`;
      return { message: `附件“${written}”所在的文件夹 ${folder} 是符号链接，不会发布`, expected: `把文件夹本身放在 ${folder}，不用符号链接` };
    }
  }
  if (!stats) throw new Error('unreachable: a path has at least one part');
  if (stats.isDirectory()) return { message: `附件“${written}”是文件夹，不是文件`, expected: `把文件放在 ${shown}，或改正路径` };
  if (!stats.isFile()) return { message: `附件“${written}”不是普通文件`, expected: `把文件本身放在 ${shown}` };

  // No link on the way means this holds already; checked anyway, for a content/ reached by other means.
  const [real, realRoot] = await Promise.all([realpath(path), realpath(contentRoot)]);
  if (!real.startsWith(realRoot + sep)) {
    return { message: `附件“${written}”实际位于 ${CONTENT_DIR}/ 之外，不会发布`, expected: `把文件本身放在 ${shown}` };
  }
  if (stats.size > MAX_ATTACHMENT_BYTES) {
    return {
      message: `附件“${written}”大小为 ${formatSize(stats.size)}（${stats.size} 字节），超过上限 ${LIMIT}（${MAX_ATTACHMENT_BYTES} 字节）`,
      expected: `不超过 ${LIMIT}：压缩图片、降低扫描分辨率或拆分为几个文件`,
    };
  }
  if (stats.size === 0) return { message: `附件“${written}”是空文件`, expected: `在 ${shown} 放入完整的文件` };

  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    if (code === 'ELOOP') return { message: `附件“${written}”是符号链接，不会发布`, expected: `把文件本身放在 ${shown}，不用符号链接` };
    const reason = code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : code;
    return { message: `附件“${written}”无法读取（${reason}）`, expected: `生成网站的账户能读取 ${shown}（如 chmod a+r）` };
  }
  const opened = await handle.stat();
  if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev || opened.size > MAX_ATTACHMENT_BYTES) {
    await handle.close();
    return { message: `附件“${written}”在检查过程中被替换`, expected: '文件不再变动后重新运行检查' };
  }
  return { handle, size: opened.size, extension };
}

/** Whether the opened file's content is the format its extension names, from its signature. */
export async function verifyFormat(opened: OpenedAttachment, written: string): Promise<AttachmentFault | undefined> {
  const { handle, size, extension } = opened;
  const head = Buffer.alloc(Math.min(size, HEAD_BYTES));
  await handle.read(head, 0, head.length, 0);
  const name = ATTACHMENT_FORMATS[extension].name;
  const notIt = (actual: string, expected: string): AttachmentFault => ({ message: `附件“${written}”的内容不是 ${name}（${actual}）`, expected });
  const executable = `只附文档或图片（${ALLOWED}），程序和脚本不会发布`;
  const mismatch = `文件内容与扩展名 .${extension} 相符；文件若本是其他格式，改用它的扩展名（${ALLOWED} 之一）`;

  if (head[0] === 0x23 && head[1] === 0x21) return notIt(`实为${SCRIPT}`, executable);
  // Office files and OFD are ZIP packages: telling them apart needs the whole directory, so read it all (≤ the size limit).
  const zip = head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const content = zip ? await readAll(handle, size) : head;
  const detected = (await fileTypeFromBuffer(content))?.ext;
  if (detected === undefined) return notIt('无法识别文件类型', mismatch);
  if (detected in EXECUTABLES) return notIt(`实为 ${EXECUTABLES[detected]}`, executable);
  if (extension === 'ofd') {
    if (detected !== 'zip') return notIt(`实为 ${describe(detected)}`, mismatch);
    return (await hasRootEntry(content, 'OFD.xml')) ? undefined : notIt('实为 ZIP 压缩包，根目录没有 OFD.xml', mismatch);
  }
  return detected === extension ? undefined : notIt(`实为 ${describe(detected)}`, mismatch);
}

/** openAttachment and verifyFormat together: the open file, or what is wrong with it. */
export async function openVerifiedAttachment(contentRoot: string, source: string, written = source): Promise<OpenedAttachment | AttachmentFault> {
  const opened = await openAttachment(contentRoot, source, written);
  if (isFault(opened)) return opened;
  const fault = await verifyFormat(opened, written).catch(async (error: unknown) => {
    await opened.handle.close();
    throw error;
  });
  if (!fault) return opened;
  await opened.handle.close();
  return fault;
}

/**
 * The content check's verdict on one attachment value of an entry. Values the attachment() schema
 * refuses (a path leaving the folder, an extension not allowed) are left to its own message.
 */
export async function checkAttachmentFile(entry: { file: string; absolutePath: string }, value: string): Promise<AttachmentFault | undefined> {
  if (!attachment().safeParse(value).success) return undefined;
  // entry.file is relative to the project root, so content/ is as far above the entry's folder.
  const contentRoot = resolve(dirname(entry.absolutePath), relative(dirname(entry.file), CONTENT_DIR));
  const result = await openVerifiedAttachment(contentRoot, attachmentSource(entry.file, value), value);
  if (isFault(result)) return result;
  await result.handle.close();
  return undefined;
}

export { isFault as isAttachmentFault };

async function readAll(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.alloc(size);
  let offset = 0;
  while (offset < size) {
    const { bytesRead } = await handle.read(buffer, offset, size - offset, offset);
    if (bytesRead === 0) break;
    offset += bytesRead;
  }
  return buffer.subarray(0, offset);
}

/** Whether a ZIP's central directory names `name` at its root (JSZip reads the directory, not the data). */
async function hasRootEntry(content: Buffer, name: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(content, { checkCRC32: false });
    return zip.files[name]?.dir === false;
  } catch {
    return false;
  }
}

function describe(ext: string): string {
  if (Object.hasOwn(ATTACHMENT_FORMATS, ext)) return ATTACHMENT_FORMATS[ext as AttachmentExtension].name;
  return OTHER_NAMES[ext] ?? `${ext.toUpperCase()} 文件`;
}
