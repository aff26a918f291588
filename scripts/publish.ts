// npm run publish -- <target>: sends the built site (dist/, or --dist) to a target named in the
// publishing targets file (deploy/publish/targets.yaml; --config or GONGKAI_PUBLISH_CONFIG for
// another): an S3-compatible bucket (rclone), several web servers (rsync, then one switch on all),
// or a release archive with a SHA-256 manifest for a hosting platform. Build once, publish anywhere.
//   npm run publish -- <target> [<target> …] [--dist DIR] [--config FILE] [--all]
//   npm run publish -- verify <archive.tar.gz>
//   npm run publish -- list
// Exit status 0 when everything was published; 1 with one Chinese line saying what happened.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/lib/content-check/problem.ts';
import { createArchive, verifyArchive } from './publish/archive.ts';
import { publishHosts } from './publish/hosts.ts';
import { readRelease, releaseId, ReleaseError } from './publish/release-files.ts';
import { PublishError } from './publish/run-command.ts';
import { publishS3 } from './publish/s3.ts';
import { parseTargets, type Target } from './publish/targets.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string' },
    config: { type: 'string' },
    // Send every file again, unchanged ones included (after a change of headers, say).
    all: { type: 'boolean', default: false },
  },
});

const log = (line: string) => console.log(line);
const fail = (line: string): never => {
  console.error(line);
  process.exit(1);
};

if (positionals[0] === 'verify') {
  const archives = positionals.slice(1);
  if (archives.length === 0) fail('用法：npm run publish -- verify <发布包.tar.gz>');
  let bad = false;
  for (const archive of archives) {
    const problems = await verifyArchive(resolve(archive));
    for (const problem of problems) console.error(problem);
    if (problems.length === 0) log(`${archive}：校验通过，每个文件都与 SHA256SUMS 一致`);
    else bad = true;
  }
  process.exit(bad ? 1 : 0);
}

const configFile = values.config ?? process.env.GONGKAI_PUBLISH_CONFIG ?? 'deploy/publish/targets.yaml';
if (!existsSync(configFile)) fail(`找不到发布目标配置文件 ${configFile}（期望照 deploy/publish/targets.example.yaml 写一份，或用 --config 指定）`);
const { targets, problems } = parseTargets(readFileSync(configFile, 'utf8'), configFile);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  fail(`发布目标配置有 ${problems.length} 处问题，未发布任何内容`);
}
if (positionals[0] === 'list' || positionals.length === 0) {
  for (const target of targets.values()) log(`${target.name}\t${target.kind}`);
  if (positionals.length === 0) fail('用法：npm run publish -- <目标名称> [--dist 构建目录]（上面是配置中的目标）');
  process.exit(0);
}
const chosen: Target[] = [];
for (const name of positionals) {
  const target = targets.get(name);
  if (!target) fail(`${configFile}：没有名为“${name}”的发布目标（期望 ${[...targets.keys()].join('、') || '先在 targets: 下定义一个'}）`);
  else chosen.push(target);
}

const root = resolve(values.dist ?? process.env.GONGKAI_OUT_DIR ?? 'dist');
try {
  const release = await readRelease(root);
  const id = releaseId(release, new Date());
  log(`发布 ${root}（${release.length} 个文件），版本 ${id}`);
  for (const target of chosen) {
    if (target.kind === 's3') await publishS3(target, root, release, { uploadAll: values.all, releaseId: id, log });
    else if (target.kind === 'hosts') await publishHosts(target, root, id, log);
    else {
      const made = await createArchive(root, release, resolve(target.output), `${target.prefix}-${id}`);
      log(`${target.name}：发布包 ${made.archive}，校验文件 ${made.checksum}`);
    }
  }
} catch (error) {
  if (error instanceof PublishError || error instanceof ReleaseError) fail(`发布失败：${error.message}`);
  throw error;
}
