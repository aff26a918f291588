import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { parseHostDestination, parseTargets } from './targets.ts';

const lines = (text: string) => parseTargets(text, 'targets.yaml').problems.map(formatProblem);

describe('the targets file', () => {
  it('the example file has every kind and no problem', () => {
    const example = new URL('../../deploy/publish/targets.example.yaml', import.meta.url);
    const { targets, problems } = parseTargets(readFileSync(example, 'utf8'), 'deploy/publish/targets.example.yaml');
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...targets.values()].map((target) => [target.name, target.kind])).toEqual([['oss', 's3'], ['minio', 's3'], ['web', 'hosts'], ['platform', 'archive']]);
    expect(targets.get('oss')).toMatchObject({ provider: 'Alibaba', pathStyle: false, bucket: 'rfb-gongkai', prefix: '', accessKeyEnv: 'GONGKAI_S3_ACCESS_KEY_ID' });
    expect(targets.get('minio')).toMatchObject({ pathStyle: true, accessKeyEnv: 'GONGKAI_MINIO_KEY_ID' });
    expect(targets.get('web')).toMatchObject({ keep: 7, hosts: [{ ssh: 'deploy@web1.example.gov.cn', path: '/srv/gongkai' }, { ssh: 'deploy@web2.example.gov.cn', path: '/srv/gongkai' }] });
  });

  it('refuses credentials written in the file, naming the line', () => {
    expect(lines('targets:\n  oss:\n    kind: s3\n    endpoint: https://oss.example.com\n    bucket: site\n    secretAccessKey: abc\n    access_key_id: def\n')).toEqual([
      'targets.yaml:6 targets.oss.secretAccessKey — 凭据不能写在配置文件中 (期望 删除该项；把密钥放在环境变量中，用 accessKeyEnv、secretKeyEnv 写出变量名)',
      'targets.yaml:7 targets.oss.access_key_id — 凭据不能写在配置文件中 (期望 删除该项；把密钥放在环境变量中，用 accessKeyEnv、secretKeyEnv 写出变量名)',
    ]);
  });

  it('names each mistake with its line and what is expected', () => {
    expect(lines('targets:\n  oss:\n    kind: s3\n    endpoint: oss.example.com\n  web:\n    kind: hosts\n    hosts: ["web1:srv", "/ok"]\n    keep: 1\n  x:\n    kind: ftp\n  y:\n    kind: archive\n    outptu: /tmp\n')).toEqual([
      'targets.yaml:4 targets.oss.endpoint — “oss.example.com”不合要求 (期望 对象存储的服务地址，如 https://oss-cn-hangzhou.aliyuncs.com)',
      'targets.yaml:3 targets.oss.bucket — 缺少必填项 (期望 存储桶名称：小写字母、数字、. 和 -)',
      'targets.yaml:7 targets.web.hosts[0] — “web1:srv”不是服务器地址 (期望 部署账号@服务器:/基础目录（目录只含字母、数字和 ._-/），或本机的绝对路径)',
      'targets.yaml:8 targets.web.keep — “1”不合要求 (期望 保留的版本数，2 到 100 之间的整数（含当前版本，用于回退）)',
      'targets.yaml:10 targets.x.kind — 不认识的类型“ftp” (期望 s3（对象存储）、hosts（若干台网站服务器）或 archive（发布包，供集约化平台导入）)',
      'targets.yaml:13 targets.y.outptu — archive 类目标没有这一项 (期望 可用的项：kind、output、prefix)',
      'targets.yaml:12 targets.y.output — 缺少必填项 (期望 发布包存放的目录，如 /srv/gongkai/exports)',
    ]);
  });

  it('reports YAML errors and a file without targets', () => {
    expect(lines('targets:\n  a: [\n')[0]).toMatch(/^targets\.yaml:\d+ — YAML 格式错误/);
    expect(lines('other: 1\n')).toEqual(['targets.yaml:1 targets — 没有发布目标 (期望 顶层写 targets:，其下每个目标一个名称)']);
  });

  it('reads host destinations as rsync writes them, refusing paths a shell would change', () => {
    expect(parseHostDestination('deploy@web1.example.gov.cn:/srv/gongkai/')).toEqual({ ssh: 'deploy@web1.example.gov.cn', path: '/srv/gongkai', label: 'deploy@web1.example.gov.cn:/srv/gongkai/' });
    expect(parseHostDestination('/mnt/web3/gongkai')).toEqual({ path: '/mnt/web3/gongkai', label: '/mnt/web3/gongkai' });
    expect(parseHostDestination('web1:/srv/$(rm -rf)')).toBeUndefined();
    expect(parseHostDestination('web1:/srv/a b')).toBeUndefined();
    expect(parseHostDestination('relative/path')).toBeUndefined();
  });
});
