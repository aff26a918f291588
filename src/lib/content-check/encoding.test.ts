import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeContent } from './encoding.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/encodings/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decoding content files', () => {
  it('reads UTF-8, dropping a byte-order mark and reading CRLF as LF', () => {
    expect(decodeContent(utf8('\uFEFFcode: P-001\r\nname: 测试\r\n'))).toEqual({ text: 'code: P-001\nname: 测试\n' });
    expect(decodeContent(utf8('a: 1\rb: 2'))).toEqual({ text: 'a: 1\rb: 2' });
    expect(decodeContent(new Uint8Array())).toEqual({ text: '' });
  });

  it('names GBK and GB18030 with the line of the first byte that is not UTF-8', () => {
    expect(decodeContent(fixture('P-001.gbk.yaml'))).toEqual({ encoding: 'GBK/GB18030', line: 2 });
    expect(decodeContent(fixture('D-001.gb18030.md'))).toEqual({ encoding: 'GBK/GB18030', line: 3 });
  });

  it('names UTF-16 with or without a byte-order mark', () => {
    expect(decodeContent(fixture('P-001.utf16le-bom.yaml'))).toEqual({ encoding: 'UTF-16', line: 1 });
    expect(decodeContent(fixture('P-001.utf16be-bom.yaml'))).toEqual({ encoding: 'UTF-16', line: 1 });
    expect(decodeContent(fixture('P-001.utf16le.yaml'))).toEqual({ encoding: 'UTF-16', line: 1 });
  });

  it('says when it cannot tell, still naming the line', () => {
    expect(decodeContent(fixture('P-001.latin1.yaml'))).toEqual({ encoding: undefined, line: 3 });
    expect(decodeContent(fixture('P-001.mixed.yaml'))).toEqual({ encoding: undefined, line: 9 });
  });

  it('does not take a stray NUL in UTF-8 text for UTF-16', () => {
    expect(decodeContent(utf8('code: P-001\nname: 测\u0000试\nstatus: 在用\n'))).toEqual({ text: 'code: P-001\nname: 测\u0000试\nstatus: 在用\n' });
  });
});
