// Reading a kind's schema as JSON Schema: the Chinese label of any field path, and every
// value that references another entry (x-ref) or an attached file (x-file).
import { z } from 'astro/zod';

export interface JsonSchema {
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  required?: string[];
  'x-ref'?: string;
  'x-file'?: boolean;
  /** The value names a kind (the 第二十条 map links lists by kind key). */
  'x-kind'?: boolean;
  [key: string]: unknown;
}

const cache = new WeakMap<z.ZodType, JsonSchema>();

export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' }) as JsonSchema;
    cache.set(schema, json);
  }
  return json;
}

function branches(schema: JsonSchema): JsonSchema[] {
  return [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
}

export function child(schema: JsonSchema, key: PropertyKey): JsonSchema | undefined {
  // The same order as branches(), without building its list: every value of every entry is
  // looked up here (sameInput, collectMarked), and most schemas have no branches at all.
  const found = childOf(schema, key);
  if (found) return found;
  return childIn(schema.anyOf, key) ?? childIn(schema.oneOf, key) ?? childIn(schema.allOf, key);
}

function childIn(branches: JsonSchema[] | undefined, key: PropertyKey): JsonSchema | undefined {
  for (const branch of branches ?? []) {
    const found = childOf(branch, key);
    if (found) return found;
  }
  return undefined;
}

function childOf(branch: JsonSchema, key: PropertyKey): JsonSchema | undefined {
  if (typeof key === 'number') return branch.items;
  if (typeof key === 'string' && branch.properties?.[key]) return branch.properties[key];
  return undefined;
}

/** "设定依据[1].条款（basis[1].article）": the label path a reader knows and the key path to edit. */
export function describePath(schema: JsonSchema, path: readonly PropertyKey[]): string {
  if (path.length === 0) return '';
  // Every leaf of every entry is described (the personal-data scan): entries share their paths.
  let described = descriptions.get(schema);
  if (!described) descriptions.set(schema, (described = new Map()));
  const key = path.map((part) => (typeof part === 'number' ? `#${part}` : `.${String(part)}`)).join('\0');
  let text = described.get(key);
  if (text === undefined) {
    text = describeUncached(schema, path);
    described.set(key, text);
  }
  return text;
}

const descriptions = new WeakMap<JsonSchema, Map<string, string>>();

function describeUncached(schema: JsonSchema, path: readonly PropertyKey[]): string {
  const labels: string[] = [];
  const keys: string[] = [];
  let current: JsonSchema | undefined = schema;
  for (const key of path) {
    current = current ? child(current, key) : undefined;
    if (typeof key === 'number') {
      labels.push(`[${key + 1}]`);
      keys.push(`[${key}]`);
    } else {
      const title = current?.title ?? String(key);
      labels.push(labels.length ? `.${title}` : title);
      keys.push(keys.length ? `.${String(key)}` : String(key));
    }
  }
  return `${labels.join('')}（${keys.join('')}）`;
}

export interface Marked {
  path: (string | number)[];
  value: string;
}

/** Every string value in `data` whose schema carries `marker` (x-ref gives the target collection). */
export function collectMarked(schema: JsonSchema, data: unknown, marker: 'x-ref' | 'x-file' | 'x-kind'): (Marked & { target?: string })[] {
  const found: (Marked & { target?: string })[] = [];
  const visit = (node: JsonSchema, value: unknown, path: (string | number)[]) => {
    // Most fields carry no marker anywhere below them: their values need not be walked.
    if (!carries(node, marker)) return;
    for (const branch of branches(node)) {
      const mark = branch[marker];
      if (mark && typeof value === 'string') {
        found.push({ path, value, target: typeof mark === 'string' ? mark : undefined });
        return;
      }
    }
    if (Array.isArray(value)) {
      const items = branches(node).find((branch) => branch.items)?.items;
      if (items) value.forEach((item, index) => visit(items, item, [...path, index]));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const next = child(node, key);
        if (next) visit(next, item, [...path, key]);
      }
    }
  };
  visit(schema, data, []);
  return found;
}

const carrying: Record<'x-ref' | 'x-file' | 'x-kind', WeakMap<JsonSchema, boolean>> = { 'x-ref': new WeakMap(), 'x-file': new WeakMap(), 'x-kind': new WeakMap() };

/**
 * Whether `marker` is on the node or anywhere collectMarked can reach below it (a branch, its
 * items, its properties). A node being looked at counts as carrying, so a cycle is never cut short.
 */
function carries(node: JsonSchema, marker: 'x-ref' | 'x-file' | 'x-kind'): boolean {
  const known = carrying[marker];
  const cached = known.get(node);
  if (cached !== undefined) return cached;
  known.set(node, true);
  const result = branches(node).some(
    (branch) =>
      Boolean(branch[marker]) ||
      (branch.items !== undefined && carries(branch.items, marker)) ||
      Object.values(branch.properties ?? {}).some((property) => carries(property, marker)) ||
      // A branch is itself a schema whose own branches collectMarked may enter through child().
      (branch !== node && carries(branch, marker)),
  );
  known.set(node, result);
  return result;
}
