import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorDirectives, editorPlatformOrigins, parsePolicy, policyText } from './editor-csp.ts';

/** The policy deploy/nginx.conf sends for paths matching `pattern` in its $gongkai_csp map. */
function nginxPolicy(conf: string, pattern: string): string {
  const map = /map \$uri \$gongkai_csp \{([\s\S]*?)\n\}/.exec(conf)?.[1] ?? '';
  const line = map.split('\n').find((entry) => entry.trim().startsWith(`${pattern} `));
  return /"([^"]*)"/.exec(line ?? '')?.[1] ?? '';
}

/** Whether a header directive's sources allow everything the page's directive allows. */
function allows(header: string[], page: string[]): boolean {
  return page.every((source) => header.includes(source) || (header.includes('https:') && source.startsWith('https://')));
}

describe('the editor’s Content-Security-Policy', () => {
  it('names GitHub’s API, status page and avatars for the default backend', () => {
    expect(policyText(editorDirectives({ name: 'github' }))).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https://api.github.com https://avatars.githubusercontent.com; " +
        "font-src 'self'; connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com; " +
        "worker-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
  });

  it('names a self-hosted GitLab or Gitea by its own origin, not the public service', () => {
    expect(editorPlatformOrigins({ name: 'gitlab', base_url: 'https://git.example.gov.cn/', api_root: 'https://git.example.gov.cn/api/v4' }).connect).toEqual([
      'https://git.example.gov.cn',
      'https://status-api.hostedstatus.com',
    ]);
    expect(editorPlatformOrigins({ name: 'gitea', base_url: 'https://code.example.gov.cn:3000', api_root: 'https://code.example.gov.cn:3000/api/v1' })).toEqual({
      connect: ['https://code.example.gov.cn:3000'],
      images: ['https://code.example.gov.cn:3000', 'https://secure.gravatar.com'],
    });
    expect(editorPlatformOrigins({ name: 'gitea' }).connect).toEqual(['https://gitea.com']);
  });

  it('never allows eval, inline scripts or scripts from another host', () => {
    for (const name of ['github', 'gitlab', 'gitea']) {
      const script = parsePolicy(policyText(editorDirectives({ name }))).get('script-src');
      expect(script).toEqual(["'self'"]);
    }
  });
});

describe('deploy/nginx.conf’s header policies', () => {
  const conf = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
  const admin = parsePolicy(nginxPolicy(conf, '~^/admin/'));
  const pages = parsePolicy(nginxPolicy(conf, 'default'));

  it('allow everything the editor page allows, for each platform (a browser enforces both)', () => {
    const backends = [{ name: 'github' }, { name: 'gitlab' }, { name: 'gitea', base_url: 'https://code.example.gov.cn', api_root: 'https://code.example.gov.cn/api/v1' }];
    for (const backend of backends) {
      for (const [name, sources] of editorDirectives(backend)) {
        expect(admin.get(name), `${backend.name} ${name}`).toBeDefined();
        expect(allows(admin.get(name)!, sources), `${backend.name} ${name}: ${sources.join(' ')}`).toBe(true);
      }
    }
    expect(admin.get('frame-ancestors')).toEqual(["'none'"]);
    expect(admin.get('report-to')).toEqual(['gongkai-csp']);
  });

  it('leave scripts and styles of pages to their hashed <meta> policy and add frame-ancestors and reporting', () => {
    for (const name of ['default-src', 'script-src', 'style-src']) expect(pages.has(name), name).toBe(false);
    expect(pages.get('frame-ancestors')).toEqual(["'none'"]);
    expect(pages.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(pages.get('report-uri')).toEqual(['$gongkai_csp_report']);
    expect(pages.get('report-to')).toEqual(['gongkai-csp']);
  });
});
