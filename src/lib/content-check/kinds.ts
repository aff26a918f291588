// What the content check needs to know of each kind. The callers (the build's integrations and
// the scripts) pass the kind records of src/kinds in: a record has these fields, so nothing here
// imports the records, and a test can pass a smaller set.
import type { z } from 'astro/zod';

export interface CheckKind {
  /** Chinese name in problem lines. */
  label: string;
  /** Folder (or, for a single entry, file) under content/. */
  folder: string;
  format: 'yaml' | 'markdown';
  /** One file (site.yaml) rather than a folder of entries. */
  single?: true;
  schema: z.ZodType;
  /** The field that must equal the file name. */
  idField?: string;
  /** The list's address, for kinds with pages: Markdown links to entries are checked against it. */
  url?: string;
  /** A single entry's own page, if it has one (a link to the kind goes there). */
  page?: { url: string };
  /** The column (栏目) the list is: problems about a whole column name it as readers see it. */
  column?: { name: string };
  /** The record makes the 目录's 内容概述 from an entry's fields: entries need not write `summary`. */
  summary?: (data: never) => string;
  /** Entries name their parties (decisions, 文书样本): the personal-data check looks for names there. */
  namesParties?: boolean;
  /** Fields no two entries of the kind may share (文号). */
  unique?: readonly string[];
}

/** The kinds by key: the key is what references (`ref('subjects')`) name. */
export type CheckKinds = Readonly<Record<string, CheckKind>>;

/** Entries read by the check, by kind key. */
export type EntriesByKind = Record<string, import('./source.ts').SourceEntry[]>;

export const isSingle = (kind: CheckKind): boolean => kind.single === true;
