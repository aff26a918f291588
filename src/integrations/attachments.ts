// Copies every file that content entries attach (each field built with attachment() or document(),
// marked x-file in the schema) into the built site, at the URL src/lib/attachments.ts gives it.
// The content check has already made sure each file exists. Entries that are no longer disclosed
// (a penalty decision past its 公示截止期 or withdrawn) take their files with them.
// `astro dev` serves the same URLs straight from content/.
import type { AstroIntegration } from 'astro';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedContent } from './checked-content.ts';
import { collectMarked, jsonSchemaOf } from '../lib/content-check/schema-walk.ts';
import { ATTACHMENT_BASE, attachmentSource } from '../lib/attachments.ts';
import { buildToday } from '../lib/dates.ts';
import { disclosureState } from '../lib/disclosure.ts';
import { contentKinds, kindNames, CONTENT_DIR } from '../schemas/index.ts';

/** Whether an entry is shown today; only entries with a disclosure period can stop being shown. */
export function disclosed(data: unknown, today: string): boolean {
  const record = data as { disclosureUntil?: unknown; withdrawal?: { kind: string; date: string; reason: string } };
  if (typeof record?.disclosureUntil !== 'string') return true;
  return disclosureState({ disclosureUntil: record.disclosureUntil, ...(record.withdrawal ? { withdrawal: record.withdrawal } : {}) }, today) === 'published';
}

/** Every attached file of the entries shown today, as paths under content/. */
export async function attachedFiles(root: string, today: string): Promise<string[]> {
  const { entries } = await checkedContent(root);
  const files = new Set<string>();
  for (const name of kindNames) {
    const schema = jsonSchemaOf(contentKinds[name].schema);
    for (const entry of entries[name]) {
      if (!disclosed(entry.data, today)) continue;
      for (const { value } of collectMarked(schema, entry.data, 'x-file')) files.add(attachmentSource(entry.file, value));
    }
  }
  return [...files].sort();
}

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ofd': 'application/ofd',
  '.wps': 'application/vnd.ms-works',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.zip': 'application/zip',
};

export default function attachments(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'gongkai:attachments',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(ATTACHMENT_BASE, (request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
          const type = MIME[extname(path).toLowerCase()];
          if (!type || path.split('/').includes('..')) return next();
          readFile(join(root, CONTENT_DIR, path)).then(
            (bytes) => {
              response.setHeader('Content-Type', type);
              response.end(bytes);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = await attachedFiles(root, buildToday());
        for (const file of files) {
          const target = join(outDir, ATTACHMENT_BASE, file);
          await mkdir(dirname(target), { recursive: true });
          await copyFile(join(root, CONTENT_DIR, file), target);
        }
        logger.info(`已复制附件 ${files.length} 个`);
      },
    },
  };
}
