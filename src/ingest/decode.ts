// Bytes → text for every input kind: size and emptiness checks, binary detection, BOMs, declared
// charsets (HTTP header, <meta charset>, XML declaration), UTF-8 validation and the Windows-1252
// fallback. Pure: ingest's readers call it after reading and before sniffing the format.
//
// Order of decision: empty → binary → BOM → user override → declared charset → valid UTF-8 →
// mostly-UTF-8 with damage (U+FFFD, warning) → Windows-1252 (warning). Whitespace-only text is empty.

import { diagnostic, type Diagnostic, type TextEncodingInfo } from '../model/index.js';
import {
  BINARY_SIGNATURES,
  BINARY_SNIFF_WINDOW_BYTES,
  CHARSET_PRESCAN_BYTES,
  FALLBACK_LEGACY_ENCODING,
  MAX_CONTROL_BYTE_SHARE,
  MOSTLY_UTF8_VALID_TO_INVALID_RATIO,
} from './rules.js';

export interface DecodeRequest {
  readonly bytes: Uint8Array;
  /** The input as the user named it, for messages. */
  readonly label: string;
  /** Charset from an HTTP Content-Type header, which outranks what the document declares. */
  readonly headerCharset?: string | null;
  /** Charset the user forced; outranks everything but a BOM. */
  readonly forcedCharset?: string | null;
}

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: TextEncodingInfo;
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

export function decodeBytes(request: DecodeRequest): DecodeResult {
  const { bytes, label } = request;
  if (bytes.length === 0) {
    return failed(diagnostic('ingest/empty', label, 'the input is 0 bytes long; expected an article, page, feed or JSONL records.', { hint: 'Check the path or URL; skip this input if it is a placeholder.' }));
  }
  const bom = detectBom(bytes);
  if (!bom) {
    const binary = detectBinary(bytes);
    if (binary) {
      return failed(diagnostic('ingest/binary', label, `${binary.reason}; expected text, HTML, a feed or JSONL.`, {
        place: { offset: binary.offset },
        hint: 'Convert the document to HTML or text first, or leave it out.',
      }));
    }
  }
  const decoded = bom ? decodeWith(bom, bytes, false, []) : decodeWithoutBom(request);
  if (!decoded.ok) return decoded;
  if (decoded.text.trim().length === 0) {
    return failed(diagnostic('ingest/empty', label, `the input has ${bytes.length} bytes but only whitespace once decoded as ${decoded.encoding.name}; expected article text.`, { hint: 'Check that the right file or URL was given.' }));
  }
  return decoded;
}

function decodeWithoutBom(request: DecodeRequest): DecodeResult {
  const { bytes, label } = request;
  const declared =
    usableCharset(request.forcedCharset) ??
    usableCharset(request.headerCharset) ??
    usableCharset(declaredCharsetInDocument(bytes)?.charset);
  if (declared && declared !== 'utf-8') return decodeWith(declared, bytes, false, []);
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt === -1) return decodeWith('utf-8', bytes, false, []);
  const byteText = `0x${bytes[invalidAt]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const declaredText = declared ? 'although it declares UTF-8' : 'and declares no charset';
  const damage = countUtf8Sequences(bytes);
  if (damage.validMultiByte > damage.invalid * MOSTLY_UTF8_VALID_TO_INVALID_RATIO) {
    return decodeWith('utf-8', bytes, true, [
      diagnostic('ingest/encoding-guessed', label, `mostly UTF-8 but ${damage.invalid} byte sequence(s) are invalid, the first ${byteText} at byte ${invalidAt}, ${declaredText}; decoded as UTF-8 with U+FFFD for the damaged bytes.`, {
        place: { offset: invalidAt },
        hint: 'The damaged characters show as \uFFFD; fix the file or pass the right encoding to override.',
      }),
    ]);
  }
  return decodeWith(FALLBACK_LEGACY_ENCODING, bytes, true, [
    diagnostic('ingest/encoding-guessed', label, `not valid UTF-8 (${byteText} at byte ${invalidAt}) ${declaredText}; decoded as Windows-1252 (a superset of Latin-1).`, {
      place: { offset: invalidAt },
      hint: 'If accented letters look wrong, re-save the file as UTF-8 or pass the right encoding to override.',
    }),
  ]);
}

function decodeWith(label: string, bytes: Uint8Array, guessed: boolean, warnings: Diagnostic[]): DecodeResult {
  const decoder = new TextDecoder(label);
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { ok: true, text, encoding: { name: decoder.encoding, guessed }, warnings };
}

/**
 * WHATWG windows-1252 (which every Latin-1 label means): Latin-1 plus 27 printable characters in
 * 0x80-0x9F. Done by hand because Node 20.18.3+ decodes this label as plain ISO-8859-1, turning
 * curly quotes and dashes into C1 controls (nodejs/node#60888).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

// 0x80-0x9F; the five bytes windows-1252 leaves undefined map to the same C1 code point, as WHATWG says.
const WINDOWS_1252_C1: readonly string[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
].map((code) => String.fromCharCode(code));

function failed(d: Diagnostic): DecodeResult {
  return { ok: false, diagnostic: d };
}

/** The WHATWG name for a charset label, or null when TextDecoder does not know it. */
export function usableCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // A UTF-16 declaration without a BOM is a lie the HTML spec resolves as UTF-8.
    return name.startsWith('utf-16') ? 'utf-8' : name;
  } catch {
    return null;
  }
}

function detectBom(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Why the bytes look binary and where, or null for text. Call only on input without a UTF-16 BOM. */
export function detectBinary(bytes: Uint8Array): { readonly reason: string; readonly offset: number } | null {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) {
      return { reason: `the input starts with the signature of ${signature.name} data`, offset: 0 };
    }
  }
  const window = Math.min(bytes.length, BINARY_SNIFF_WINDOW_BYTES);
  let controls = 0;
  for (let i = 0; i < window; i++) {
    const b = bytes[i]!;
    if (b === 0) return { reason: `the input contains a NUL byte at byte ${i}, which text never has`, offset: i };
    // Tab, LF, VT, FF, CR and ESC appear in real text files; other C0 controls do not.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) controls++;
  }
  if (controls > window * MAX_CONTROL_BYTE_SHARE) {
    return { reason: `${controls} of the first ${window} bytes are control characters`, offset: 0 };
  }
  return null;
}

/** A charset the document declares in its first bytes: `<meta charset>`, `<meta http-equiv>` or the XML declaration. */
export function declaredCharsetInDocument(bytes: Uint8Array): { readonly charset: string; readonly from: 'meta' | 'xml-declaration' } | null {
  // Latin-1 maps bytes one-to-one, so the ASCII markup reads right whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return { charset: xml[1]!, from: 'xml-declaration' };
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return { charset: meta[1]!, from: 'meta' };
  return null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match ? match[1]! : null;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1 if all of it is valid. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return -1;
  } catch {
    let i = 0;
    while (i < bytes.length) {
      const length = validSequenceLength(bytes, i);
      if (length === 0) return i;
      i += length;
    }
    return -1;
  }
}

function countUtf8Sequences(bytes: Uint8Array): { readonly validMultiByte: number; readonly invalid: number } {
  let validMultiByte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      invalid++;
      i++;
    } else {
      if (length > 1) validMultiByte++;
      i += length;
    }
  }
  return { validMultiByte, invalid };
}

/** Length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0 when it is ill-formed. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The diagnostic for an input over the size cap, shared by files, stdin, gzip and responses. */
export function tooLarge(label: string, sizeText: string, maxBytes: number): Diagnostic {
  return diagnostic('ingest/too-large', label, `the input is ${sizeText}, over the cap of ${maxBytes} bytes; nothing of it was read further.`, {
    hint: 'Raise the size cap (maxBytes) if this input is wanted, or split it.',
  });
}
