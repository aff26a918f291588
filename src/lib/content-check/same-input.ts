// Whether Astro's reading of an entry and the content check's would make the same output from the
// entry's schema, so that the build may take the check's validated data instead of validating the
// entry a second time. Astro reads YAML with js-yaml, which turns an unquoted 2025-01-02 into a
// Date; the check's YAML 1.2 reading keeps it as text. A date field (isoDate, marked x-date) makes
// both into the same text, so there the two count as the same; anywhere else they must be equal.
import { child, type JsonSchema } from './schema-walk.ts';

/** The value is read by isoDate alone (x-date on the field itself, or beside nothing but null). */
function isDateField(node: JsonSchema | undefined): boolean {
  if (!node) return false;
  if (node['x-date']) return true;
  const others = [...(node.anyOf ?? []), ...(node.oneOf ?? [])];
  return others.length > 0 && others.every((branch) => branch['x-date'] || branch.type === 'null') && others.some((branch) => branch['x-date']);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * True only when the schema's output for `astro` is bound to equal its output for `checked`: equal
 * values, keys in the same order, and a Date only where a date field takes its YYYY-MM-DD text.
 */
export function sameInput(schema: JsonSchema | undefined, astro: unknown, checked: unknown): boolean {
  if (astro instanceof Date) {
    if (checked instanceof Date) return Object.is(astro.getTime(), checked.getTime());
    return typeof checked === 'string' && isDateField(schema) && !Number.isNaN(astro.getTime()) && astro.toISOString().slice(0, 10) === checked;
  }
  if (Array.isArray(astro)) {
    if (!Array.isArray(checked) || astro.length !== checked.length) return false;
    return astro.every((item, index) => sameInput(schema && child(schema, index), item, checked[index]));
  }
  if (isPlainObject(astro)) {
    if (!isPlainObject(checked)) return false;
    const keys = Object.keys(astro);
    const otherKeys = Object.keys(checked);
    if (keys.length !== otherKeys.length || keys.some((key, index) => key !== otherKeys[index])) return false;
    return keys.every((key) => sameInput(schema && child(schema, key), astro[key], checked[key]));
  }
  if (astro !== null && typeof astro === 'object') return false;
  return Object.is(astro, checked);
}
