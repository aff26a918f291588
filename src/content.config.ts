// Astro collections over the top-level content/ folder, one per kind record (src/kinds/).
// Entry ids are the file names (the stable codes), not Astro's lower-cased slugs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from './lib/content-files.ts';
import { kinds, kindKeys, type Kinds } from './kinds/index.ts';
import type { ListKind, SingleKind } from './kinds/define.ts';

const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function folder(kind: ListKind<any>) {
  const pattern = kind.format === 'yaml' ? '**/*.{yaml,yml}' : '**/*.md';
  return defineCollection({
    loader: glob({ pattern, base: `./${CONTENT_DIR}/${kind.folder}`, generateId: stripExtension }),
    schema: kind.schema,
  });
}

/** A single YAML file (site.yaml, department.yaml) as a collection of one entry with id "main". */
function single(kind: SingleKind) {
  return defineCollection({
    loader: async () => {
      const data = parseYaml(await readFile(new URL(`../${CONTENT_DIR}/${kind.folder}`, import.meta.url), 'utf8'));
      return { main: data };
    },
    schema: kind.schema,
  });
}

/** What Astro types each collection's entries by: the record's own schema. */
type Collections = { [K in keyof Kinds]: { schema: Kinds[K]['schema'] } };

export const collections = Object.fromEntries(
  kindKeys.map((key) => {
    const kind = kinds[key];
    return [key, 'single' in kind ? single(kind) : folder(kind)];
  }),
) as unknown as Collections;
