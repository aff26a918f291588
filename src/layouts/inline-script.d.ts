// `import code from './x.ts?inline-script'`: the module bundled and minified into one string, for a
// page to put in an inline <script> whose hash the site's one policy lists (astro.config.mjs, vite).
declare module '*?inline-script' {
  const code: string;
  export default code;
}
