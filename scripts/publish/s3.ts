// Publishing a release to an S3-compatible bucket (OSS, COS, OBS, S3, MinIO …) with rclone, in three
// steps so that no reader is ever served a page whose files are missing:
//   1. new and changed hashed files (_astro/, Pagefind's index chunks) and attachments (files/);
//   2. pages, open data, feeds and Pagefind's entry files;
//   3. deletion of what the release no longer has.
// A failure stops before the next step: after step 1 the bucket still serves the old release whole;
// during step 2 every page, old or new, still finds its files, since nothing was deleted.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planS3, type RemoteObject, type S3Plan } from './s3-plan.ts';
import type { ReleaseFile } from './release-files.ts';
import { PublishError, runCommand, tail } from './run-command.ts';
import type { S3Target } from './targets.ts';
import { runPurge } from './purge.ts';

const REMOTE = 'GONGKAI_PUBLISH';

/** rclone's settings for the target, as environment variables: no config file holds the keys. */
export function rcloneEnv(target: S3Target, env: NodeJS.ProcessEnv, emptyConfig: string): NodeJS.ProcessEnv {
  const keyId = env[target.accessKeyEnv];
  const secret = env[target.secretKeyEnv];
  const missing = [!keyId && target.accessKeyEnv, !secret && target.secretKeyEnv].filter(Boolean);
  if (missing.length > 0) throw new PublishError(`发布目标 ${target.name}：环境变量 ${missing.join('、')} 未设置（期望在其中放对象存储的 AccessKey ID 和 Secret，不要写进配置文件）`);
  const prefix = `RCLONE_CONFIG_${REMOTE}_`;
  const result: NodeJS.ProcessEnv = { ...env, RCLONE_CONFIG: emptyConfig };
  // rclone 1.60 (Debian 12) cannot use AWS_CA_BUNDLE and then refuses every request; its own
  // --ca-cert (RCLONE_CA_CERT) does the same job.
  if (result.AWS_CA_BUNDLE) {
    result.RCLONE_CA_CERT ??= result.AWS_CA_BUNDLE;
    delete result.AWS_CA_BUNDLE;
  }
  Object.assign(result, {
    [`${prefix}TYPE`]: 's3',
    [`${prefix}PROVIDER`]: target.provider,
    [`${prefix}ENDPOINT`]: target.endpoint,
    [`${prefix}ACCESS_KEY_ID`]: keyId,
    [`${prefix}SECRET_ACCESS_KEY`]: secret,
    [`${prefix}FORCE_PATH_STYLE`]: String(target.pathStyle),
    // Never create a bucket: a misspelt name must fail, not publish somewhere nobody serves.
    [`${prefix}NO_CHECK_BUCKET`]: 'true',
    ...(target.region ? { [`${prefix}REGION`]: target.region } : {}),
    ...(target.acl ? { [`${prefix}ACL`]: target.acl } : {}),
  });
  return result;
}

export function remotePath(target: S3Target): string {
  return `${REMOTE}:${target.bucket}${target.prefix ? `/${target.prefix}` : ''}`;
}

const STEP = { assets: '第一步（带哈希的静态文件和附件）', pages: '第二步（页面、数据和检索入口文件）' } as const;
const AFTER_FAILURE = {
  assets: '存储桶中的页面没有任何改动，仍是上一版，所引用的文件都在',
  pages: '部分页面可能已是新版；新旧页面引用的文件都在，旧文件一个也没有删除',
} as const;

export async function publishS3(target: S3Target, releaseRoot: string, release: ReleaseFile[], options: { uploadAll?: boolean; releaseId: string; log: (line: string) => void }): Promise<S3Plan> {
  const work = await mkdtemp(join(tmpdir(), 'gongkai-publish-'));
  try {
    const emptyConfig = join(work, 'rclone.conf');
    await writeFile(emptyConfig, '');
    const env = rcloneEnv(target, process.env, emptyConfig);
    const remote = remotePath(target);
    const rclone = (args: string[], quiet = false) => runCommand(process.env.GONGKAI_RCLONE ?? 'rclone', args, { env, quiet });

    const listing = await rclone(['lsjson', '-R', '--files-only', '--hash', '--fast-list', remote], true);
    if (listing.code !== 0) {
      if (listing.code === null) throw new PublishError(`发布目标 ${target.name}：找不到 rclone（${listing.stderr}）。请安装：apt-get install rclone`);
      throw new PublishError(`发布目标 ${target.name}：无法读取存储桶 ${target.bucket} 的文件列表（${tail(listing.stderr)}）。检查 endpoint、bucket、区域和密钥；存储桶没有任何改动`);
    }
    const objects = (JSON.parse(listing.stdout || '[]') as { Path: string; Hashes?: { md5?: string } }[]).map((item): RemoteObject => ({ path: item.Path, ...(item.Hashes?.md5 ? { md5: item.Hashes.md5.toLowerCase() } : {}) }));
    const plan = planS3(release, objects, options.uploadAll);
    options.log(`${target.name}：新增 ${plan.added.length}、更新 ${plan.changed.length}、删除 ${plan.deleted.length}、未变 ${plan.unchanged} 个文件`);

    let index = 0;
    for (const batch of plan.batches) {
      index += 1;
      const list = join(work, `batch-${index}.txt`);
      await writeFile(list, `${batch.paths.join('\n')}\n`);
      const args = ['copy', releaseRoot, remote, '--files-from-raw', list, '--no-traverse', '--ignore-times', '--header-upload', `Content-Type: ${batch.contentType}`, '--header-upload', `Cache-Control: ${batch.cacheControl}`];
      const result = await rclone(args);
      if (result.code !== 0) {
        throw new PublishError(`发布目标 ${target.name}：${STEP[batch.phase]}上传失败（${tail(result.stderr)}）。${AFTER_FAILURE[batch.phase]}；未删除任何文件，未刷新 CDN。排除故障后重新运行即可`);
      }
    }
    options.log(`${target.name}：新版 ${options.releaseId} 已全部上传`);

    if (plan.deleted.length > 0) {
      const list = join(work, 'deleted.txt');
      await writeFile(list, `${plan.deleted.join('\n')}\n`);
      const result = await rclone(['delete', remote, '--files-from-raw', list]);
      if (result.code !== 0) throw new PublishError(`发布目标 ${target.name}：新版已上线，但第三步删除旧文件失败（${tail(result.stderr)}）。网站正常，多余的旧文件下次发布时再删；未刷新 CDN`);
    }
    if (target.purge) await runPurge(target.name, target.purge, plan.purge, options.releaseId);
    return plan;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
