// src/lib and src/schemas hold pure logic and the schemas; the kind records are built on them and
// must never be imported back, or the modules would import each other in a circle. Tests (and the
// fixture helper test-tree.ts) may run the check with the real records: nothing imports a test,
// so that makes no circle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../', import.meta.url));
const KINDS = join(SRC, 'kinds');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}

/** Relative import specifiers of a file, static and dynamic. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

const isTest = (file: string) => /\.test\.ts$|[\\/]test-tree\.ts$/.test(file);

it.each(['lib', 'schemas'])('nothing under src/%s imports the kind records (src/kinds)', (folder) => {
  const offenders = files(join(SRC, folder)).filter((file) => !isTest(file)).flatMap((file) =>
    imports(file)
      .filter((specifier) => resolve(dirname(file), specifier).startsWith(KINDS))
      .map((specifier) => `${relative(SRC, file)} → ${specifier}`),
  );
  expect(offenders, '把需要的数据作为参数传入，不要从 src/lib 或 src/schemas 引用 src/kinds').toEqual([]);
});

it('finds an import of the records where there is one', () => {
  // The scan itself must see imports, or the test above could never fail.
  expect(imports(join(SRC, 'data/routes.ts'))).toContain('../kinds/index.ts');
});
