// What a kind record says. One record per kind (src/kinds/<kind>.ts) holds everything the site
// derives about that kind: where its files live, its URL, its open-data file, its place in the
// menu and site map, its sort order, which entries are published, how an entry is titled, what
// search knows about it, and which schema fields its list and detail pages show.
import type { z } from 'astro/zod';
import type { SearchFilterValue } from '../lib/search-page-attributes.ts';
import type { Standing } from '../lib/search-rank.ts';
import { jsonSchemaOf } from '../lib/content-check/schema-walk.ts';

export interface Entry<D> {
  id: string;
  data: D;
}

/** A schema field, by key: the compiler refuses a key the schema does not have. */
export type FieldKey<S extends z.ZodType> = Extract<keyof z.output<S>, string>;

/**
 * The main-menu section that stays highlighted on the kind's pages. 信息公开指南 is the guide's own
 * section (指南, 目录, 开放数据, 依申请公开): a list is not filed there just for being 信息公开.
 */
export type MenuSection = '办事服务' | '权责清单' | '执法公示' | '政策文件' | '年度报告' | '信息公开指南';

/**
 * Where the list sits in the site map (and, for enforcement, on the 行政执法公示 hub): at the top
 * level, under the enforcement hub (事前 or 事后公示, with the line the hub shows), or under
 * another list, named by its kind key ({ parent: 'list', list: <its key> }: 政策解读 under 政策文件). Siblings keep the order of the
 * list in src/kinds/index.ts; the hub stands where its first list does.
 */
export type Placement =
  | { parent: 'top' }
  | { parent: 'enforcement'; group: '事前公示' | '事后公示'; blurb: string }
  | { parent: 'list'; list: string };

/** The 行政执法公示 hub: the lists placed under 'enforcement' are its cards. */
export const ENFORCEMENT_HUB = { label: '行政执法公示', url: '/enforcement/' } as const;

/** Open data: the file name under /data/, or why the kind has none. */
export type Dataset = { name: string } | { none: string };

/** A list-table column: a schema key, optionally shown as a badge (the class it gets per value). */
export type ListField<S extends z.ZodType> = FieldKey<S> | { key: FieldKey<S>; badge: (value: string) => string };

/**
 * A page built from the record (fields listed by schema key, labels read from the schema), or a
 * pointer to the kind's own page under src/pages when it has real rules of its own.
 */
export type ListPage<S extends z.ZodType> =
  | { fields: ListField<S>[]; titleField: FieldKey<S>; lead?: string; related?: { text: string; kind: string } }
  | { custom: string };
export type DetailPage<S extends z.ZodType> = { fields: FieldKey<S>[]; sections?: FieldKey<S>[] } | { custom: string };

export interface SingleKind<S extends z.ZodType = z.ZodType> {
  /** Chinese name in messages and the editor. */
  label: string;
  /** The file under content/. */
  folder: string;
  format: 'yaml';
  single: true;
  schema: S;
  /** Its page, if it has one, and the list it is filed under in the site map (by kind key). */
  page?: { url: `/${string}/`; label: string; under: string };
  /** Where its page stands among search results (as a list kind's `search`). */
  search?: Standing;
}

/** A kind with a folder of entries, as the site reads it (defineKind fills in the defaults). */
export interface ListKind<S extends z.ZodType = z.ZodType> {
  /** Chinese name of one entry's kind: in check messages, the editor and the catalogue's badge. */
  label: string;
  /** Folder under content/. */
  folder: string;
  format: 'yaml' | 'markdown';
  schema: S;
  /** The field that must equal the file name (and so the URL). */
  idField: FieldKey<S>;
  /** The list's address; an entry is at url + id + "/". */
  url: `/${string}/`;
  /** The column (栏目) the list is: its name is the list's one name on every page, menu and file. */
  column: { name: string; description: string; type: '信息公开' | '办事服务'; keywords: string[] };
  dataset: Dataset;
  place: Placement;
  /** None for a top-level list outside the menu's sections: its pages then highlight none, as their breadcrumbs start at 首页. */
  menu?: MenuSection;
  /** Order of the list: by code, newest first (publishDate), or a comparison of its own. */
  sort: 'code' | 'newest' | ((a: Entry<z.output<S>>, b: Entry<z.output<S>>) => number);
  /** Entries name their parties (decisions, 文书样本): the personal-data check looks for names in them. */
  namesParties?: true;
  /** Fields whose value no two entries may share (a 文号 names one decision); the check names the field by its label. */
  unique?: FieldKey<S>[];
  /** Which entries readers see (all when absent), as of the build's today. */
  published?: (data: z.output<S>, today: string) => boolean;
  /**
   * An entry's title: page heading, catalogue, feed and site map. `ref` gives another entry's title
   * by kind and code, for kinds titled after what they refer to (a responsibility after its power).
   */
  title: (data: z.output<S>, ref: RefTitle) => string;
  /**
   * The subject (执法主体 or 实施主体) an entry belongs to, by code: its 主体 search filter and,
   * on enforcement pages, the 监督与救济 box.
   */
  subject?: (data: z.output<S>) => string;
  /**
   * The 内容概述 the 信息公开目录 shows for an entry without a written `summary`, made from its
   * fields (a 执法人员's certificate, a unit's qualifications). Kinds without one must write it.
   */
  summary?: (data: z.output<S>) => string;
  search: {
    /** 类别 shown on results. */
    badge: string;
    filters?: (data: z.output<S>) => Record<string, SearchFilterValue>;
    /** Codes people paste into search, weighted so the entry comes first. */
    codes: (data: z.output<S>) => (string | undefined)[];
    /**
     * Places the kind's entries gain (positive) or lose among the first results for what they
     * are: a service guide is the answer to a question, a power the legal background to one.
     */
    weight?: number;
    /**
     * The questions its pages (list and entries) answer, and the places answering gains:
     * `[{ asks: /电话|地址/, weight: 5 }]`, `unless` for words that ask for something else first.
     * Regular expressions without flags (the search page gets them as their source).
     */
    answers?: Standing['answers'];
  };
  list: ListPage<S>;
  detail: DetailPage<S>;
}

/** Another entry's title by kind key and code (the code itself when there is no such entry). */
export type RefTitle = (kind: string, id: string) => string;

export type AnyKind = SingleKind | ListKind;

/** A title or subject that is just a field is named by its key. */
type FieldOr<S extends z.ZodType, F> = FieldKey<S> | F;

/**
 * A list kind as written: only what is particular to it. defineKinds fills in the rest from the
 * kind's key (its one name: `recordingItems` is the folder `recording-items`, under
 * `enforcement/` on the hub, the URL `/<folder>/` and the open-data file `recording-items`) and
 * from what most kinds share: YAML files named by `code` and sorted by code; a 信息公开 column
 * whose name is also the label; the top level of the site map, in no menu section (a list
 * filed under another takes that list's menu; lists on the hub take 执法公示, which is also their
 * search badge, otherwise the label); titled by the `title` field, or else `name`; the subject is
 * the `subject` field where the schema has one; search codes are the id and the 索引号.
 * `pages: 'custom'` points to the kind's own list and entry pages at its URL under src/pages;
 * `detail: 'custom'` to its own entry page only.
 */
export type KindInput<S extends z.ZodType> = {
  label?: string;
  folder?: string;
  format?: ListKind<S>['format'];
  schema: S;
  idField?: FieldKey<S>;
  url?: ListKind<S>['url'];
  column: Omit<ListKind<S>['column'], 'type'> & { type?: ListKind<S>['column']['type'] };
  dataset?: Dataset;
  place?: Placement;
  menu?: MenuSection;
  sort?: ListKind<S>['sort'];
  namesParties?: true;
  unique?: FieldKey<S>[];
  published?: ListKind<S>['published'];
  title?: FieldOr<S, ListKind<S>['title']>;
  subject?: FieldKey<S>;
  summary?: ListKind<S>['summary'];
  search?: Partial<ListKind<S>['search']>;
} & ({ pages: 'custom' } | { list: ListPage<S>; detail: DetailPage<S> | 'custom' });

/** A single file (site.yaml): its file is `<key>.yaml`, and its page is named by its label. */
export interface SingleInput<S extends z.ZodType> {
  label: string;
  schema: S;
  page?: { url: `/${string}/`; under: string };
  search?: Standing;
}

/** The kinds resolved so far, in list order: a list filed under another takes that list's menu. */
type Resolved = Record<string, AnyKind>;

/** A record waiting for its key: defineKinds gives each record the key it is listed under. */
export interface KindDraft<K extends AnyKind> {
  resolve: (key: string, before: Resolved) => K;
}

/** `recordingItems` → `recording-items`: the key as a folder, URL or file name. */
export const slugOf = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

const fieldOf = (data: unknown, key: string) => (data as Record<string, unknown>)[key];

/** The record of a kind with a folder of entries, checked against its own schema's keys. */
export function defineKind<S extends z.ZodType>(input: KindInput<S>): KindDraft<ListKind<S>> {
  return { resolve: (key, before) => resolveKind(key, input, before) };
}

function resolveKind<S extends z.ZodType>(key: string, input: KindInput<S>, before: Resolved): ListKind<S> {
  const where = `src/kinds 中 ${key} 的记录`;
  const fields = Object.keys(jsonSchemaOf(input.schema).properties ?? {});
  const place = input.place ?? { parent: 'top' };
  const onHub = place.parent === 'enforcement';
  const folder = input.folder ?? (onHub ? `enforcement/${slugOf(key)}` : slugOf(key));
  const url = input.url ?? `/${folder}/`;
  const label = input.label ?? input.column.name;
  const idField = input.idField ?? ('code' as FieldKey<S>);
  const title = input.title ?? ['title', 'name'].find((field) => fields.includes(field));
  if (!title) throw new Error(`${where}：模式中没有 title 或 name 字段，在记录中写 title（条目标题取哪个字段，或如何拼成）`);
  const subject = input.subject ?? (fields.includes('subject') ? ('subject' as FieldKey<S>) : undefined);
  const pagesAtUrl = 'pages' in input;
  const custom = (page: string) => ({ custom: `src/pages${url}${page}` });
  const detail = pagesAtUrl || input.detail === 'custom' ? custom('[...id].astro') : input.detail;
  return {
    label,
    folder,
    format: input.format ?? 'yaml',
    schema: input.schema,
    idField,
    url,
    column: { name: input.column.name, description: input.column.description, type: input.column.type ?? '信息公开', keywords: input.column.keywords },
    dataset: input.dataset ?? { name: slugOf(key) },
    place,
    ...menuOf(input.menu, place, before, where),
    sort: input.sort ?? 'code',
    ...(input.namesParties && { namesParties: input.namesParties }),
    ...(input.unique && { unique: input.unique }),
    ...(input.published && { published: input.published }),
    title: typeof title === 'function' ? title : (data) => String(fieldOf(data, title)),
    subject: subject && ((data) => String(fieldOf(data, subject))),
    ...(input.summary && { summary: input.summary }),
    search: {
      badge: input.search?.badge ?? (onHub ? '执法公示' : label),
      filters: input.search?.filters,
      codes: input.search?.codes ?? ((data) => [String(fieldOf(data, idField)), fieldOf(data, 'indexNo') as string | undefined]),
      ...(input.search?.weight !== undefined && { weight: input.search.weight }),
      ...(input.search?.answers && { answers: input.search.answers }),
    },
    list: pagesAtUrl ? custom('index.astro') : input.list,
    detail,
  };
}

/** The record's menu section, else its place's: the hub's, the parent list's, or none at the top. */
function menuOf(menu: MenuSection | undefined, place: Placement, before: Resolved, where: string): { menu?: MenuSection } {
  if (menu) return { menu };
  if (place.parent === 'top') return {};
  if (place.parent === 'enforcement') return { menu: '执法公示' };
  const parent = before[place.list];
  if (!parent || 'single' in parent) throw new Error(`${where}：place.list“${place.list}”应是排在它前面的列表类别`);
  return parent.menu ? { menu: parent.menu } : {};
}

/** The record of a single file (site.yaml, apply.yaml …). */
export function defineSingle<S extends z.ZodType>(input: SingleInput<S>): KindDraft<SingleKind<S>> {
  return {
    resolve: (key) => ({
      label: input.label,
      folder: `${key}.yaml`,
      format: 'yaml',
      single: true,
      schema: input.schema,
      ...(input.page && { page: { url: input.page.url, label: input.label, under: input.page.under } }),
      ...(input.search && { search: input.search }),
    }),
  };
}

type KindOf<D> = D extends KindDraft<infer K> ? K : never;

/**
 * The list of kinds, each record given the key it is listed under, in order (a list filed under
 * another is resolved after it, and takes its menu).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function defineKinds<T extends Record<string, KindDraft<any>>>(drafts: T): { [K in keyof T]: KindOf<T[K]> } {
  const resolved: Resolved = {};
  for (const [key, draft] of Object.entries(drafts)) resolved[key] = draft.resolve(key, resolved);
  return resolved as { [K in keyof T]: KindOf<T[K]> };
}
