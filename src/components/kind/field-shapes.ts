// A kind's field shapes (label, kind of value, referenced kind) by dotted path: read from its
// schema once per build and kept, since every entry page of the kind asks for the same ones.
import { listKind, type ListKey } from '../../kinds/index.ts';
import { jsonSchemaOf } from '../../lib/content-check/schema-walk.ts';
import { requireFieldShape, type FieldShape } from '../../lib/field-shape.ts';

const shapes = new Map<string, FieldShape>();

/** The shape of `path` in the kind's schema; an unknown path fails the build naming the kind. */
export function fieldShapeOf(kind: ListKey, path: string): FieldShape {
  const key = `${kind} ${path}`;
  let shape = shapes.get(key);
  if (!shape) {
    shape = requireFieldShape(jsonSchemaOf(listKind(kind).schema), path, `src/kinds 中 ${kind} 的字段`);
    shapes.set(key, shape);
  }
  return shape;
}
