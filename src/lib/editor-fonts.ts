// The editor's web fonts (its text faces and the Material Symbols icon font) from this site: the
// script Sveltia CMS ships for <script> tags links them on cdn.jsdelivr.net, while the same
// package's npm build carries the very files (npm/assets/<family>-<subset>-<hash>.woff2). Each
// jsDelivr address is pointed at fonts/<family>-<subset>.woff2 beside the editor's page, so an
// intranet without internet access shows icons, not their names.

const JSDELIVR_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

export interface LocalFont {
  /** The address in the published script. */
  from: string;
  /** The file in the package's npm/assets/. */
  asset: string;
  /** Its name under the editor's fonts/ folder. */
  name: string;
}

/**
 * Every jsDelivr font address in `script`, matched to one of `assets` (file names). A font with no
 * local file is an error: a new version of the editor must not quietly reach out to a CDN again.
 */
export function localFonts(script: string, assets: readonly string[]): LocalFont[] {
  const fonts = new Map<string, LocalFont>();
  for (const [from, family, subset] of script.matchAll(JSDELIVR_FONT)) {
    if (fonts.has(from)) continue;
    const stem = `${family}-${subset}-`;
    const asset = assets.find((file) => file.startsWith(stem) && file.endsWith('.woff2') && !file.slice(stem.length, -'.woff2'.length).includes('-'));
    if (!asset) throw new Error(`编辑器字体 ${from} 在 @sveltia/cms 的 npm/assets/ 中没有对应文件（应有 ${stem}<hash>.woff2）`);
    fonts.set(from, { from, asset, name: `${family}-${subset}.woff2` });
  }
  return [...fonts.values()];
}

/** The script with each font address replaced by its file beside the page (relative, so it works under any path). */
export function withLocalFonts(script: string, fonts: readonly LocalFont[]): string {
  const byAddress = new Map(fonts.map((font) => [font.from, font.name]));
  return script.replace(JSDELIVR_FONT, (from) => {
    const name = byAddress.get(from);
    if (!name) throw new Error(`编辑器字体 ${from} 没有本地文件`);
    return `fonts/${name}`;
  });
}
