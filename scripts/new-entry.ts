// npm run new -- <kind> [code]: create a new entry of a kind, ready to fill in.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONTENT_DIR } from '../src/lib/content-files.ts';
import { kinds, kindKeys, listKeys, listKind, type ListKey } from '../src/kinds/index.ts';
import { checkContent } from '../src/lib/content-check/index.ts';
import { jsonSchemaOf } from '../src/lib/content-check/schema-walk.ts';
import { nextCode, nextIndexNo, scaffold } from '../src/lib/scaffold.ts';
import { buildToday } from '../src/lib/dates.ts';

export async function createEntry(root: string, kindArg: string | undefined, codeArg: string | undefined, today = buildToday()): Promise<string> {
  // A kind by its key, its folder, its label or its list's name: whichever staff remember.
  const name = listKeys.find((k) => [k, listKind(k).folder, listKind(k).label, listKind(k).column.name].includes(kindArg ?? ''));
  if (!name) {
    throw new Error(`请指定要新建的内容类别：\n${listKeys.map((k) => `  ${k.padEnd(20)}${listKind(k).label}`).join('\n')}\n例如：npm run new -- services`);
  }
  const kindName: ListKey = name;
  const kind = listKind(kindName);
  const { entries } = await checkContent(root, kinds);
  const ids: Record<string, string[]> = Object.fromEntries(kindKeys.map((k) => [k, (entries[k] ?? []).map((e) => e.id)]));
  const own = ids[kindName] ?? [];
  const idField: string = kind.idField;
  const isYearKind = idField === 'year';
  const idLabel = jsonSchemaOf(kind.schema).properties?.[idField]?.title;
  const code = codeArg ?? defaultCode();
  if (!code) throw new Error(`${kind.label}的${idLabel ?? '编码'}无法自动生成，请写在命令后面，如：npm run new -- ${name} <${idLabel ?? '编码'}>`);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(code)) throw new Error(`编码“${code}”只能由字母、数字、“-”“_”“.”组成`);
  function defaultCode(): string | undefined {
    if (isYearKind) {
      const years = own.map(Number);
      return String(Math.max(Number(today.slice(0, 4)), ...years.map((year) => year + 1)));
    }
    // A responsibility entry is named by its power: take the first power that lacks one.
    if (idField === 'power') return (ids.powers ?? []).find((power) => !own.includes(power));
    // 统一社会信用代码 carry a checksum and belong to real units: they are never made up.
    if (idLabel === '统一社会信用代码') return undefined;
    return nextCode(own);
  }
  const extension = kind.format === 'markdown' ? 'md' : 'yaml';
  const file = join(root, CONTENT_DIR, kind.folder, `${code}.${extension}`);
  if (existsSync(file)) throw new Error(`${CONTENT_DIR}/${kind.folder}/${code}.${extension} 已存在，未做任何修改`);

  const site = entries.site?.[0]?.data as { creditCode?: string } | undefined;
  if (!site?.creditCode) throw new Error('content/site.yaml 缺少统一社会信用代码，无法生成索引号');
  const indexNos = kindKeys.flatMap((k) => (entries[k] ?? []).map((e) => (e.data as { indexNo?: unknown }).indexNo)).filter((v): v is string => typeof v === 'string');
  const values: Record<string, unknown> = {
    indexNo: nextIndexNo(site.creditCode, today.slice(0, 4), indexNos),
    publishDate: today,
    updateDate: today,
  };
  values[idField] = isYearKind ? Number(code) : code;
  const text = scaffold({
    schema: jsonSchemaOf(kind.schema),
    format: kind.format,
    values,
    existingIds: ids,
    kindLabels: Object.fromEntries(kindKeys.map((k) => [k, kinds[k].label])),
    // The content check asks for a written 内容概述 unless the record makes one from the fields.
    alsoRequired: 'summary' in kind && kind.summary ? [] : ['summary'],
  });
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text, { flag: 'wx' });
  return `${CONTENT_DIR}/${kind.folder}/${code}.${extension}`;
}

if (import.meta.main) {
  try {
    const created = await createEntry(process.cwd(), process.argv[2], process.argv[3]);
    console.log(`已新建 ${created}\n请逐项填写标注“必填”的字段，然后运行 npm run check 检查。`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
