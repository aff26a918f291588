import { describe, expect, it } from 'vitest';
import { cacheControl, contentType, IMMUTABLE_CACHE, phase, REVALIDATE_CACHE, urlPaths } from './file-rules.ts';

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['_astro/BaseLayout.CPhk3O0l.css', 'text/css; charset=utf-8'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['data/powers.csv', 'text/csv; charset=utf-8'],
    ['DATA/POWERS.CSV', 'text/csv; charset=utf-8'],
    ['feed.xml', 'application/xml; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['admin/config.yml', 'text/yaml; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['x/module.wasm', 'application/wasm'],
    ['pagefind/fragment/zh-cn_1.pf_fragment', 'application/octet-stream'],
    ['pagefind/index/zh-cn_1.pf_index', 'application/octet-stream'],
    ['pagefind/pagefind.zh-cn_1.pf_meta', 'application/octet-stream'],
    ['pagefind/filter/zh-cn_1.pf_filter', 'application/octet-stream'],
    ['pagefind/wasm.unknown.pagefind', 'application/octet-stream'],
    ['files/services/form.pdf', 'application/pdf'],
    ['files/a.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['files/a.ofd', 'application/ofd'],
    ['LICENSE', 'application/octet-stream'],
    ['.hidden', 'application/octet-stream'],
  ])('%s is %s', (path, type) => expect(contentType(path)).toBe(type));
});

describe('cache headers and upload steps, as deploy/nginx.conf', () => {
  it('hashed bundles and Pagefind chunks are immutable and go first', () => {
    for (const path of ['_astro/a.B1.js', 'pagefind/fragment/x.pf_fragment', 'pagefind/pagefind.zh-cn_1.pf_meta', 'search-common/0123456789abcdef.json']) {
      expect(cacheControl(path)).toBe(IMMUTABLE_CACHE);
      expect(phase(path)).toBe('assets');
    }
  });
  it('attachments go first but are revalidated: their names do not change with their content', () => {
    expect(phase('files/services/form.pdf')).toBe('assets');
    expect(cacheControl('files/services/form.pdf')).toBe(REVALIDATE_CACHE);
  });
  it("pages, data and Pagefind's entry files go second and are revalidated", () => {
    for (const path of ['index.html', 'guide/index.html', 'data/powers.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.unknown.pagefind', 'search-common/manifest.json', 'feed.xml', 'favicon.svg']) {
      expect(phase(path), path).toBe('pages');
      expect(cacheControl(path), path).toBe(REVALIDATE_CACHE);
    }
  });
  it('a folder page has its folder address too', () => {
    expect(urlPaths('index.html')).toEqual(['/', '/index.html']);
    expect(urlPaths('guide/index.html')).toEqual(['/guide/', '/guide/index.html']);
    expect(urlPaths('data/powers.csv')).toEqual(['/data/powers.csv']);
  });
});
