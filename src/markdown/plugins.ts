// The Markdown pipeline for content. Raw HTML in staff-written Markdown is parsed first and then
// passed through an allowlist (GitHub's, via rehype-sanitize), so a <script>, an event-handler
// attribute or a javascript: link can never reach a page. Astro adds heading ids afterwards.
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import type { RehypePlugins } from '@astrojs/markdown-remark';

export const sanitizeSchema = {
  ...defaultSchema,
  // Staff write plain headings; ids are added by Astro after sanitising, so none are needed here.
  clobberPrefix: 'user-content-',
  // Links lead to web pages, a mailbox or a telephone (hotlines); GitHub's irc:, ircs: and xmpp: are of no use here.
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'] },
};

export const rehypePlugins: RehypePlugins = [rehypeRaw, [rehypeSanitize, sanitizeSchema]];
