import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localFonts, withLocalFonts } from './editor-fonts.ts';

const sample = `@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)}
@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)}
@font-face{src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)}`;
const assets = ['source-sans-3-latin-wght-normal-BqRLTx4X.woff2', 'noto-mono-latin-400-normal-DiC8lJru.woff2', 'noto-mono.LICENSE.txt'];

describe('the editor’s fonts from this site', () => {
  it('matches each jsDelivr address to the packaged file and points the script at fonts/', () => {
    const fonts = localFonts(sample, assets);
    expect(fonts.map((f) => [f.asset, f.name])).toEqual([
      ['source-sans-3-latin-wght-normal-BqRLTx4X.woff2', 'source-sans-3-latin-wght-normal.woff2'],
      ['noto-mono-latin-400-normal-DiC8lJru.woff2', 'noto-mono-latin-400-normal.woff2'],
    ]);
    const script = withLocalFonts(sample, fonts);
    expect(script).not.toContain('jsdelivr');
    expect(script).toContain('url(fonts/noto-mono-latin-400-normal.woff2)');
  });

  it('refuses a font the package does not carry, rather than leave a CDN address', () => {
    expect(() => localFonts(sample, assets.slice(1))).toThrow(/source-sans-3-latin-wght-normal-<hash>\.woff2/);
  });

  it('finds every font of the installed @sveltia/cms, icons included, and leaves no jsDelivr address', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
    const script = readFileSync(join(dir, 'dist/sveltia-cms.js'), 'utf8');
    const fonts = localFonts(script, readdirSync(join(dir, 'npm/assets')));
    expect(fonts.map((f) => f.name)).toContain('material-symbols-outlined-latin-wght-normal.woff2');
    expect(withLocalFonts(script, fonts)).not.toMatch(/cdn\.jsdelivr\.net/);
  });
});
