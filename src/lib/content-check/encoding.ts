// Turning a content file's bytes into text. Content must be UTF-8: a file saved as GBK or UTF-16
// by an old editor would otherwise be read as garbled values and published as such. A byte-order
// mark is accepted and dropped, and Windows line endings are read as plain ones (same line count).

export type Decoded = { text: string } | { encoding: string | undefined; line: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The text, or a guess at the encoding the file really has and the line of the first bad byte. */
export function decodeContent(bytes: Uint8Array): Decoded {
  if (!looksLikeUtf16(bytes)) {
    try {
      return { text: normalizeLineEndings(utf8.decode(bytes)) };
    } catch {
      // Not UTF-8: fall through to the guess.
    }
  }
  return { encoding: guessEncoding(bytes), line: firstBadLine(bytes) };
}

function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** A UTF-16 byte-order mark, or many NUL bytes (Chinese or ASCII text saved as UTF-16 has them). */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros++;
  return zeros * 8 > sample.length;
}

function decodes(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const HAN = /\p{Script=Han}/u;

function guessEncoding(bytes: Uint8Array): string | undefined {
  if (looksLikeUtf16(bytes)) return 'UTF-16';
  const gb = decodes('gb18030', bytes);
  if (gb !== undefined && HAN.test(gb)) return 'GBK/GB18030';
  const big5 = decodes('big5', bytes);
  if (big5 !== undefined && HAN.test(big5)) return 'Big5';
  return undefined;
}

/** The line holding the first byte that is not UTF-8 (where the replacement character first appears). */
function firstBadLine(bytes: Uint8Array): number {
  if (looksLikeUtf16(bytes)) return 1;
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const bad = lenient.indexOf('\uFFFD');
  return lenient.slice(0, Math.max(0, bad)).split('\n').length;
}
