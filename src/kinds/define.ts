// What a kind record says. One record per kind (src/kinds/<kind>.ts) holds everything the site
// derives about that kind: where its files live, its URL, its open-data file, its place in the
// menu and site map, its sort order, which entries are published, how an entry is titled, what
// search knows about it, and which schema fields its list and detail pages show.
import type { z } from 'astro/zod';
import type { SearchFilterValue } from '../lib/search-page-attributes.ts';

export interface Entry<D> {
  id: string;
  data: D;
}

/** A schema field, by key: the compiler refuses a key the schema does not have. */
export type FieldKey<S extends z.ZodType> = Extract<keyof z.output<S>, string>;

/** The main-menu section that stays highlighted on the kind's pages. */
export type MenuSection = '办事服务' | '权责清单' | '执法公示' | '政策文件' | '年度报告' | '信息公开指南';

/**
 * Where the list sits in the site map (and, for enforcement, on the 行政执法公示 hub): at the top
 * level, under the enforcement hub (事前 or 事后公示, with the line the hub shows), or under
 * another list, named by its kind key (政策解读 under 政策文件). Siblings keep the order of the
 * list in src/kinds/index.ts; the hub stands where its first list does.
 */
export type Placement =
  | { parent: 'top' }
  | { parent: 'enforcement'; group: '事前公示' | '事后公示'; blurb: string }
  | { parent: 'documents' };

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
  menu: MenuSection;
  /** Order of the list: by code, newest first (publishDate), or a comparison of its own. */
  sort: 'code' | 'newest' | ((a: Entry<z.output<S>>, b: Entry<z.output<S>>) => number);
  /** Entries name their parties (decisions, 文书样本): the personal-data check looks for names in them. */
  namesParties?: true;
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
  search: {
    /** 类别 shown on results. */
    badge: string;
    filters?: (data: z.output<S>) => Record<string, SearchFilterValue>;
    /** Codes people paste into search, weighted so the entry comes first. */
    codes: (data: z.output<S>) => (string | undefined)[];
  };
  list: ListPage<S>;
  detail: DetailPage<S>;
}

/**
 * A record as written: what most kinds share is filled in by defineKind. Defaults: YAML files
 * named by `code`, sorted by code; the URL is the folder's path and the open-data file is named
 * after the folder's last part (so one name serves folder, address and data file); on the
 * enforcement hub, the 执法公示 menu and search badge;
 * the badge is otherwise the label; search codes are the id and the 索引号. A title or subject
 * that is just a field is named by its key.
 */
export interface KindInput<S extends z.ZodType> extends Omit<ListKind<S>, 'format' | 'idField' | 'url' | 'dataset' | 'menu' | 'sort' | 'title' | 'subject' | 'search'> {
  url?: ListKind<S>['url'];
  dataset?: Dataset;
  format?: ListKind<S>['format'];
  idField?: FieldKey<S>;
  menu?: MenuSection;
  sort?: ListKind<S>['sort'];
  title: FieldKey<S> | ListKind<S>['title'];
  subject?: FieldKey<S>;
  search?: Partial<ListKind<S>['search']>;
}

/** Another entry's title by kind key and code (the code itself when there is no such entry). */
export type RefTitle = (kind: string, id: string) => string;

export type AnyKind = SingleKind | ListKind;

/** Checks a record against its own schema's keys, and fills in the defaults (see KindInput). */
export function defineKind<S extends z.ZodType>(input: KindInput<S>): ListKind<S> {
  const idField = input.idField ?? ('code' as FieldKey<S>);
  const onHub = input.place.parent === 'enforcement';
  const menu = input.menu ?? (onHub ? '执法公示' : undefined);
  if (!menu) throw new Error(`src/kinds：“${input.label}”的记录需要 menu（它在主导航中属于哪一栏）`);
  const field = (data: z.output<S>, key: string) => (data as Record<string, unknown>)[key];
  const { title, subject } = input;
  return {
    ...input,
    format: input.format ?? 'yaml',
    idField,
    url: input.url ?? `/${input.folder}/`,
    dataset: input.dataset ?? { name: input.folder.split('/').at(-1)! },
    menu,
    sort: input.sort ?? 'code',
    title: typeof title === 'function' ? title : (data) => String(field(data, title)),
    subject: subject && ((data) => String(field(data, subject))),
    search: {
      badge: input.search?.badge ?? (onHub ? '执法公示' : input.label),
      filters: input.search?.filters,
      codes: input.search?.codes ?? ((data) => [String(field(data, idField)), field(data, 'indexNo') as string | undefined]),
    },
  };
}
export function defineSingle<S extends z.ZodType>(record: SingleKind<S>): SingleKind<S> {
  return record;
}
