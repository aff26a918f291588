// The Content-Security-Policy of the browser editor (/admin/, Sveltia CMS), fitted to what the
// editor loads (checked in Chromium against @sveltia/cms 0.221): its one script from this site, no
// eval; Svelte's injected <style> elements and style attributes, so 'unsafe-inline' for styles on
// this page only; its web fonts (text and icons) from this site too (lib/editor-fonts.ts, so
// nothing from jsDelivr); the git platform's API (and its status page) for
// reading and committing content; avatars from the platform; blob: and data: for previews and its
// logo. Nothing from unpkg.com: its translations and version check are answered by this site
// (src/pages/admin/self-hosted.js.ts), and the optional add-ons it would import from there (maps,
// HEIC decoding, machine translation, custom React widgets) stay off.
// The page carries this policy in a <meta> tag built from site.yaml's editor settings, so that it
// names the office's own platform; deploy/nginx.conf sends a broader header that must allow it.

export interface EditorBackend {
  name: string;
  /** The platform's web address (self-hosted GitLab or Gitea). */
  base_url?: string;
  /** The platform's API root, when not the public service's. */
  api_root?: string;
}

/** Sveltia's defaults for each platform: API origin, status service and where avatars come from. */
const PLATFORMS: Record<string, { api: string; status: string[]; avatars: string[] }> = {
  github: { api: 'https://api.github.com', status: ['https://www.githubstatus.com'], avatars: ['https://avatars.githubusercontent.com'] },
  gitlab: { api: 'https://gitlab.com', status: ['https://status-api.hostedstatus.com'], avatars: ['https://secure.gravatar.com'] },
  gitea: { api: 'https://gitea.com', status: [], avatars: ['https://secure.gravatar.com'] },
};

const origin = (address: string) => new URL(address).origin;

/** Origins the editor talks to for this platform: API, web address and status service. */
export function editorPlatformOrigins(backend: EditorBackend): { connect: string[]; images: string[] } {
  const platform = PLATFORMS[backend.name];
  if (!platform) throw new Error(`unknown editor backend “${backend.name}”`);
  const own = [backend.api_root ? origin(backend.api_root) : platform.api, ...(backend.base_url ? [origin(backend.base_url)] : [])];
  const unique = (list: string[]) => [...new Set(list)];
  return { connect: unique([...own, ...platform.status]), images: unique([...own, ...platform.avatars]) };
}

/** Directive name → sources, in the order they are written. */
export type Directives = [name: string, sources: string[]][];

export function editorDirectives(backend: EditorBackend): Directives {
  const platform = editorPlatformOrigins(backend);
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...platform.images]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", 'data:', 'blob:', ...platform.connect]],
    ['worker-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

export const policyText = (directives: Directives) => directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** Parse a policy ("a b c; d e") back into directives, e.g. to compare a header with the page's policy. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name)) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
