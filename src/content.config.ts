// Astro collections over the top-level content/ folder, one per kind record (src/kinds/).
// Entry ids are the file names (the stable codes), not Astro's lower-cased slugs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from './lib/content-files.ts';
import { checkedAlready } from './lib/content-check/checked-registry.ts';
import { sameInput } from './lib/content-check/same-input.ts';
import { jsonSchemaOf } from './lib/content-check/schema-walk.ts';
import { readToday } from './lib/dates.ts';
import { kinds, kindKeys, type Kinds } from './kinds/index.ts';
import type { ListKind, SingleKind } from './kinds/define.ts';

const stripExtension = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/, '');

type GlobLoader = ReturnType<typeof glob>;
type LoaderContext = Parameters<GlobLoader['load']>[0];

/**
 * Astro's glob loader, taking each entry's validated data from the content check this build has
 * just run instead of validating the entry again, wherever Astro's own reading of the file would
 * validate to the same data (same-input.ts). Anything else (an entry the check did not pass, a
 * file edited since, another day) is validated by Astro as before.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function reusingCheck(key: string, kind: ListKind<any>, loader: GlobLoader): GlobLoader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      let checked: Promise<Map<string, { data: unknown; valid: unknown }> | undefined> | undefined;
      const byFile = () =>
        (checked ??= (async () => {
          const result = await checkedAlready(fileURLToPath(context.config.root))?.catch(() => undefined);
          if (!result || result.today !== readToday().today) return undefined;
          const valid = result.valid[key];
          return new Map(
            (result.entries[key] ?? []).flatMap((entry) => (valid?.has(entry.id) ? [[entry.absolutePath, { data: entry.data, valid: valid.get(entry.id) }] as const] : [])),
          );
        })());
      const parseData: LoaderContext['parseData'] = async (props) => {
        const found = props.filePath ? (await byFile())?.get(resolve(props.filePath)) : undefined;
        if (found && sameInput(jsonSchemaOf(kind.schema), props.data, found.data)) return found.valid as typeof props.data;
        return context.parseData(props);
      };
      return loader.load({ ...context, parseData });
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function folder(key: string, kind: ListKind<any>) {
  const pattern = kind.format === 'yaml' ? '**/*.{yaml,yml}' : '**/*.md';
  return defineCollection({
    loader: reusingCheck(key, kind, glob({ pattern, base: `./${CONTENT_DIR}/${kind.folder}`, generateId: stripExtension })),
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
    return [key, 'single' in kind ? single(kind) : folder(key, kind)];
  }),
) as unknown as Collections;
