// A release archive for a 集约化 hosting platform to import: a .tar.gz holding the site under site/
// and a SHA256SUMS manifest that `sha256sum -c` checks, plus a .sha256 file beside it with the
// archive's own checksum. Made and read with the system's tar and gzip; checked with no Node on the
// platform side by deploy/publish/verify-release.sh, or here by verifyArchive.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sha256Manifest, type ReleaseFile } from './release-files.ts';
import { PublishError, runCommand, tail } from './run-command.ts';

export const MANIFEST = 'SHA256SUMS';
export const SITE_DIR = 'site';

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

const tarOwner = ['--owner=0', '--group=0', '--numeric-owner', '--mode=u+rw,go+r,go-w', '--format=posix', '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime'];

export async function createArchive(releaseRoot: string, release: ReleaseFile[], output: string, name: string): Promise<{ archive: string; checksum: string }> {
  await mkdir(output, { recursive: true });
  const work = await mkdtemp(join(output, '.gongkai-archive-'));
  try {
    const list = join(work, 'files');
    await writeFile(list, release.map((file) => `${file.path}\0`).join(''));
    await writeFile(join(work, MANIFEST), sha256Manifest(release, `${SITE_DIR}/`));
    const tarFile = join(work, `${name}.tar`);
    // The site's files under site/ (names from the list, in its sorted order), then the manifest.
    const site = await runCommand('tar', ['--create', '--file', tarFile, ...tarOwner, `--transform=s,^,${SITE_DIR}/,`, '--directory', releaseRoot, '--null', '--verbatim-files-from', '--files-from', list], { quiet: true });
    if (site.code !== 0) throw new PublishError(`无法打包发布包（tar：${tail(site.stderr)}）`);
    const manifest = await runCommand('tar', ['--append', '--file', tarFile, ...tarOwner, '--directory', work, MANIFEST], { quiet: true });
    if (manifest.code !== 0) throw new PublishError(`无法把校验清单放入发布包（tar：${tail(manifest.stderr)}）`);
    const gzip = await runCommand('gzip', ['--no-name', '--best', tarFile], { quiet: true });
    if (gzip.code !== 0) throw new PublishError(`无法压缩发布包（gzip：${tail(gzip.stderr)}）`);
    const archive = join(output, `${name}.tar.gz`);
    const checksum = `${archive}.sha256`;
    await rename(`${tarFile}.gz`, archive);
    await writeFile(checksum, `${await sha256File(archive)}  ${basename(archive)}\n`);
    return { archive, checksum };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Problems found in an archive, in Chinese; none means it is exactly the release it claims. */
export async function verifyArchive(archive: string): Promise<string[]> {
  if (!existsSync(archive)) return [`${archive}：文件不存在`];
  const problems: string[] = [];
  const checksumFile = `${archive}.sha256`;
  if (existsSync(checksumFile)) {
    const expected = /^([0-9a-f]{64})\s/.exec(await readFile(checksumFile, 'utf8'))?.[1];
    const actual = await sha256File(archive);
    if (!expected) problems.push(`${checksumFile}：不是 sha256sum 格式的校验文件`);
    else if (expected !== actual) problems.push(`${basename(archive)}：SHA-256 与 ${basename(checksumFile)} 不符（期望 ${expected}，实际 ${actual}），文件在传输或存放中被改动或损坏`);
  } else problems.push(`${checksumFile}：缺少发布包的校验文件（期望与发布包放在一起）`);

  const work = await mkdtemp(join(tmpdir(), 'gongkai-verify-'));
  try {
    // Extract as data only: no owners, no permissions beyond the user's, nothing outside the folder.
    const extract = await runCommand('tar', ['--extract', '--gzip', '--file', archive, '--directory', work, '--no-same-owner', '--no-same-permissions', '--no-overwrite-dir'], { quiet: true });
    if (extract.code !== 0) return [...problems, `${basename(archive)}：无法解开（${tail(extract.stderr)}），发布包已损坏`];
    let manifest: string;
    try {
      manifest = await readFile(join(work, MANIFEST), 'utf8');
    } catch {
      return [...problems, `${basename(archive)}：缺少 ${MANIFEST} 校验清单`];
    }
    const listed = new Map<string, string>();
    manifest.split('\n').forEach((line, index) => {
      if (line === '') return;
      const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
      if (!match || !match[2]!.startsWith(`${SITE_DIR}/`) || match[2]!.split('/').includes('..')) problems.push(`${MANIFEST}:${index + 1}：不是“SHA-256  site/路径”格式的行`);
      else listed.set(match[2]!, match[1]!);
    });
    const found: string[] = [];
    const walk = async (dir: string, prefix: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = `${prefix}${entry.name}`;
        if (entry.isDirectory()) await walk(join(dir, entry.name), `${path}/`);
        else found.push(path);
      }
    };
    for (const entry of await readdir(work)) if (entry !== SITE_DIR && entry !== MANIFEST) problems.push(`${entry}：发布包顶层只应有 ${SITE_DIR}/ 和 ${MANIFEST}`);
    if (existsSync(join(work, SITE_DIR))) await walk(join(work, SITE_DIR), `${SITE_DIR}/`);
    for (const path of found) {
      const expected = listed.get(path);
      const absolute = join(work, path);
      if (!expected) problems.push(`${path}：不在 ${MANIFEST} 中（发布包里多出的文件）`);
      else if (!(await lstat(absolute)).isFile()) problems.push(`${path}：不是普通文件`);
      else if ((await sha256File(absolute)) !== expected) problems.push(`${path}：SHA-256 与清单不符，文件被改动或损坏`);
    }
    const present = new Set(found);
    for (const path of listed.keys()) if (!present.has(path)) problems.push(`${path}：清单中有，发布包中没有`);
    if (!present.has(`${SITE_DIR}/index.html`)) problems.push(`${SITE_DIR}/index.html：发布包中没有首页`);
    return problems;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
