// The publishing targets file (deploy/publish/targets.yaml, an example beside it): where a release
// goes. It holds no secret: object-storage keys come from environment variables it names, and ssh
// keys from the publishing account's own ssh setup. Every mistake is one Chinese problem line.
import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import type { Problem } from '../../src/lib/content-check/problem.ts';

export interface S3Target {
  kind: 's3';
  name: string;
  /** rclone's S3 provider: AWS, Alibaba (OSS), TencentCOS, HuaweiOBS, Minio, Ceph, Other … */
  provider: string;
  endpoint: string;
  region?: string;
  bucket: string;
  /** A folder inside the bucket ("" for its root), without leading or trailing "/". */
  prefix: string;
  accessKeyEnv: string;
  secretKeyEnv: string;
  /** Path-style addresses (MinIO, most self-hosted stores) rather than bucket.endpoint. */
  pathStyle: boolean;
  acl?: string;
  purge?: string;
}

export interface HostDestination {
  /** "user@host" for ssh, undefined for a folder on this machine (a mount, or a test). */
  ssh?: string;
  /** The host's base folder: releases/<id>/ and the www symlink live in it. */
  path: string;
  /** As written in the file, for messages. */
  label: string;
}

export interface HostsTarget {
  kind: 'hosts';
  name: string;
  hosts: HostDestination[];
  /** The ssh command rsync and the switch use, e.g. "ssh -i /etc/gongkai/deploy_key -p 2222". */
  ssh: string;
  keep: number;
  purge?: string;
}

export interface ArchiveTarget {
  kind: 'archive';
  name: string;
  /** Folder the archive and its checksum file are written to. */
  output: string;
  /** File name stem; the release id is added. */
  prefix: string;
}

export type Target = S3Target | HostsTarget | ArchiveTarget;

const KINDS = ['s3', 'hosts', 'archive'] as const;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Paths pass through a remote shell and rsync: plain characters only. */
const SAFE_PATH = /^\/[\w./@+-]*$/;
/** Keys that would hold a secret: credentials never go in this file. */
const SECRET_KEY = /secret|password|passwd|token|^access_?key(?:_?id)?$|^key$/i;

export function parseHostDestination(value: string): HostDestination | undefined {
  const remote = /^((?:[\w.+-]+@)?[\w.-]+):(\/.*)$/.exec(value);
  if (remote && SAFE_PATH.test(remote[2]!)) return { ssh: remote[1]!, path: remote[2]!.replace(/\/+$/, '') || '/', label: value };
  if (!remote && SAFE_PATH.test(value)) return { path: value.replace(/\/+$/, '') || '/', label: value };
  return undefined;
}

export interface TargetsFile {
  targets: Map<string, Target>;
  problems: Problem[];
}

export function parseTargets(text: string, file: string): TargetsFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const problems: Problem[] = [];
  const targets = new Map<string, Target>();
  const lineOf = (path: (string | number)[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const problem = (path: (string | number)[], field: string, message: string, expected?: string) => {
    const line = lineOf(path);
    problems.push({ file, ...(line ? { line } : {}), field, message, ...(expected ? { expected } : {}) });
  };
  for (const error of doc.errors) problems.push({ file, line: lineCounter.linePos(error.pos[0]).line, message: `YAML 格式错误：${error.message.split('\n')[0]}`, expected: '合法的 YAML' });
  if (problems.length > 0) return { targets, problems };

  const data = doc.toJS() as unknown;
  const all = (data as { targets?: unknown } | null)?.targets;
  if (!all || typeof all !== 'object' || Array.isArray(all)) {
    problem([], 'targets', '没有发布目标', '顶层写 targets:，其下每个目标一个名称');
    return { targets, problems };
  }
  for (const [name, raw] of Object.entries(all as Record<string, unknown>)) {
    const at = ['targets', name];
    const field = (key: string) => `targets.${name}.${key}`;
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
      problem(at, `targets.${name}`, '目标名称不合规则', '小写字母、数字、- 和 _，如 oss、web');
      continue;
    }
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problem(at, `targets.${name}`, '应为一组设置', 'kind: s3、hosts 或 archive，以及该类目标的设置');
      continue;
    }
    const entry = raw as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (SECRET_KEY.test(key) && !key.endsWith('Env')) problem([...at, key], field(key), '凭据不能写在配置文件中', `删除该项；把密钥放在环境变量中，用 accessKeyEnv、secretKeyEnv 写出变量名`);
    }
    const text = (key: string, required: boolean, pattern?: RegExp, expected?: string): string | undefined => {
      const value = entry[key];
      if (value === undefined || value === null || value === '') {
        if (required) problem(at, field(key), '缺少必填项', expected);
        return undefined;
      }
      if (typeof value !== 'string' || (pattern && !pattern.test(value))) {
        problem([...at, key], field(key), `“${String(value)}”不合要求`, expected);
        return undefined;
      }
      return value;
    };
    const kind = entry.kind;
    if (!KINDS.includes(kind as (typeof KINDS)[number])) {
      problem([...at, 'kind'], field('kind'), kind === undefined ? '缺少必填项' : `不认识的类型“${String(kind)}”`, 's3（对象存储）、hosts（若干台网站服务器）或 archive（发布包，供集约化平台导入）');
      continue;
    }
    const purge = text('purge', false, undefined, '一条命令，在新版上线后运行，标准输入为变化的网址路径');
    const allowed: Record<string, string[]> = {
      s3: ['kind', 'provider', 'endpoint', 'region', 'bucket', 'prefix', 'accessKeyEnv', 'secretKeyEnv', 'pathStyle', 'acl', 'purge'],
      hosts: ['kind', 'hosts', 'ssh', 'keep', 'purge'],
      archive: ['kind', 'output', 'prefix'],
    };
    for (const key of Object.keys(entry)) {
      if (!allowed[kind as string]!.includes(key) && !(SECRET_KEY.test(key) && !key.endsWith('Env'))) problem([...at, key], field(key), `${String(kind)} 类目标没有这一项`, `可用的项：${allowed[kind as string]!.join('、')}`);
    }
    if (kind === 's3') {
      const endpoint = text('endpoint', true, /^https?:\/\/[^\s/]+\/?$/, '对象存储的服务地址，如 https://oss-cn-hangzhou.aliyuncs.com');
      const bucket = text('bucket', true, /^[a-z0-9][a-z0-9.-]{1,62}$/, '存储桶名称：小写字母、数字、. 和 -');
      const prefix = text('prefix', false, /^[\w.-]+(?:\/[\w.-]+)*$/, '桶内的文件夹，如 site 或 offices/rfb（不以 / 开头或结尾）') ?? '';
      const provider = text('provider', false, /^[A-Za-z]+$/, 'rclone 的 S3 服务商名称：Alibaba、TencentCOS、HuaweiOBS、AWS、Minio、Other 等') ?? 'Other';
      const region = text('region', false, /^[\w-]+$/, '区域代码，如 cn-hangzhou');
      const accessKeyEnv = text('accessKeyEnv', false, ENV_NAME, '环境变量名（大写字母、数字和 _），变量中存放 AccessKey ID') ?? 'GONGKAI_S3_ACCESS_KEY_ID';
      const secretKeyEnv = text('secretKeyEnv', false, ENV_NAME, '环境变量名（大写字母、数字和 _），变量中存放 AccessKey Secret') ?? 'GONGKAI_S3_SECRET_ACCESS_KEY';
      const acl = text('acl', false, /^[a-z-]+$/, '对象权限，如 private 或 public-read');
      // The big clouds address buckets by host name; self-hosted stores (MinIO, Ceph) by path.
      const pathStyle = entry.pathStyle ?? !['Alibaba', 'TencentCOS', 'HuaweiOBS', 'AWS'].includes(provider);
      if (typeof pathStyle !== 'boolean') problem([...at, 'pathStyle'], field('pathStyle'), `“${String(pathStyle)}”不合要求`, 'true 或 false');
      if (endpoint && bucket) {
        targets.set(name, { kind: 's3', name, provider, endpoint: endpoint.replace(/\/$/, ''), bucket, prefix, accessKeyEnv, secretKeyEnv, pathStyle: pathStyle === true, ...(region ? { region } : {}), ...(acl ? { acl } : {}), ...(purge ? { purge } : {}) });
      }
    } else if (kind === 'hosts') {
      const list = entry.hosts;
      const hosts: HostDestination[] = [];
      if (!Array.isArray(list) || list.length === 0) problem(at, field('hosts'), '缺少服务器列表', '每行一台：部署账号@服务器:/基础目录，如 deploy@web1.example.gov.cn:/srv/gongkai');
      else {
        list.forEach((value, index) => {
          const host = typeof value === 'string' ? parseHostDestination(value) : undefined;
          if (host) hosts.push(host);
          else problem([...at, 'hosts', index], `${field('hosts')}[${index}]`, `“${String(value)}”不是服务器地址`, '部署账号@服务器:/基础目录（目录只含字母、数字和 ._-/），或本机的绝对路径');
        });
      }
      const ssh = text('ssh', false, /^[\w./~+-]+(?:\s+[\w./=@:~+-]+)*$/, 'ssh 命令及其选项，如 ssh -i /etc/gongkai/deploy_key -p 2222') ?? 'ssh';
      const keep = entry.keep ?? 7;
      if (typeof keep !== 'number' || !Number.isInteger(keep) || keep < 2 || keep > 100) problem([...at, 'keep'], field('keep'), `“${String(keep)}”不合要求`, '保留的版本数，2 到 100 之间的整数（含当前版本，用于回退）');
      if (hosts.length === (Array.isArray(list) ? list.length : -1)) targets.set(name, { kind: 'hosts', name, hosts, ssh, keep: keep as number, ...(purge ? { purge } : {}) });
    } else {
      const output = text('output', true, /^\/\S*$|^[\w.][\w./-]*$/, '发布包存放的目录，如 /srv/gongkai/exports');
      const prefix = text('prefix', false, /^[\w.-]+$/, '发布包文件名的开头，如 rfb-site') ?? 'gongkai';
      if (output) targets.set(name, { kind: 'archive', name, output, prefix });
    }
  }
  if (!isMap(doc.contents)) problem([], 'targets', '文件内容应为一组设置', '顶层写 targets:');
  return { targets, problems };
}
