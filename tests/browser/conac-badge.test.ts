// The 党政机关网站标识 in the footer, as 政府网站发展指引 asks: with site.yaml's 核验页地址 and
// 标识图片 the footer shows the badge image, with its name as alt text, linked to the office's
// verification page; with the address only, a text link; without it, nothing. The footer is
// rendered by Astro's container API from the minimal fixture's site.yaml (which has both), so no
// whole extra build is needed; the sample build shows what the sample site.yaml configures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { experimental_AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { createServer, type ViteDevServer } from 'vite';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSchema, type Site } from '../../src/schemas/site.ts';
import { attachmentUrl } from '../../src/lib/attachments.ts';
import { DIST, ROOT } from './support.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/minimal/content');
const fixtureSite = siteSchema.parse(parse(readFileSync(join(FIXTURE, 'site.yaml'), 'utf8')));

let vite: ViteDevServer;
let renderFooter: (site: Site) => Promise<Root>;

beforeAll(async () => {
  // Astro's own Vite set-up compiles the .astro component; the container renders it alone.
  const config = await getViteConfig({ server: { middlewareMode: true, hmr: false, ws: false }, logLevel: 'error' }, { root: ROOT, logLevel: 'error' })({ mode: 'test', command: 'serve' });
  vite = await createServer({ ...config, configFile: false });
  const { default: SiteFooter } = await vite.ssrLoadModule('/src/components/SiteFooter.astro');
  const container = await experimental_AstroContainer.create();
  renderFooter = async (site) => fromHtml(await container.renderToString(SiteFooter, { props: { site } }), { fragment: true });
});
afterAll(async () => {
  await vite?.close();
});

function elements(tree: Root, tag: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tag) found.push(node);
  });
  return found;
}
const text = (node: Element): string => node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');
/** Footer links to the 党政机关网站标识 management system (bszs.conac.cn). */
const conacLinks = (tree: Root) => elements(tree, 'a').filter((a) => String(a.properties.href).includes('conac.cn'));

describe('the 党政机关网站标识 in the footer', () => {
  it('shows the badge image, with alt text, linked to the verification page when both are configured', async () => {
    expect(fixtureSite.conacUrl).toMatch(/^https:\/\/bszs\.conac\.cn\//);
    expect(fixtureSite.conacBadge).toBeDefined();
    const footer = await renderFooter(fixtureSite);
    const links = conacLinks(footer);
    expect(links).toHaveLength(1);
    expect(links[0]!.properties.href).toBe(fixtureSite.conacUrl);
    const images = elements({ type: 'root', children: [links[0]!] }, 'img');
    expect(images).toHaveLength(1);
    const image = images[0]!;
    expect(image.properties.alt).toBe('党政机关网站标识');
    expect(image.properties.width).toBeDefined();
    expect(image.properties.height).toBeDefined();
    // The image is the attached file, where the attachments integration copies it.
    const src = String(image.properties.src);
    expect(src).toBe(attachmentUrl('content/site.yaml', fixtureSite.conacBadge!));
    const png = readFileSync(join(FIXTURE, src.slice('/files/'.length)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('is a text link when only the verification page is configured', async () => {
    const footer = await renderFooter({ ...fixtureSite, conacBadge: undefined });
    const links = conacLinks(footer);
    expect(links.map(text)).toEqual(['党政机关网站标识']);
    expect(links[0]!.properties.href).toBe(fixtureSite.conacUrl);
    expect(elements(footer, 'img')).toEqual([]);
  });

  it('is absent without the verification page, even with a badge image', async () => {
    const footer = await renderFooter({ ...fixtureSite, conacUrl: undefined });
    expect(conacLinks(footer)).toEqual([]);
    expect(elements(footer, 'img')).toEqual([]);
    expect(elements(footer, 'footer').map(text).join('')).not.toContain('党政机关网站标识');
    // The rest of the footer is still there.
    expect(elements(footer, 'a').map((a) => a.properties.href)).toContain(fixtureSite.errorReportUrl);
  });

  it('is in the sample build exactly as the sample site.yaml configures it', () => {
    const sample = siteSchema.parse(parse(readFileSync(join(ROOT, 'content/site.yaml'), 'utf8')));
    const home = fromHtml(readFileSync(join(DIST, 'index.html'), 'utf8'));
    const footer = elements(home, 'footer')[0]!;
    expect(footer).toBeDefined();
    expect(conacLinks({ type: 'root', children: [footer] }).map((a) => a.properties.href)).toEqual(sample.conacUrl ? [sample.conacUrl] : []);
  });
});
