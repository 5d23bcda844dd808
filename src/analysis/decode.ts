// Undoing the encodings build scripts hide payloads with. Byte strings are held one char per byte
// (latin1). Every decoder is bounded by a shared budget of output bytes, so a decompression bomb
// or a chain of decoders cannot run away.

import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { LargeStringMemo } from './memo.js';

/** Output of one decode step. */
export const MAX_DECODE_OUTPUT = 2 * 1024 * 1024;
/** Output of all decode steps over one sdist. */
export const MAX_DECODED_TOTAL = 16 * 1024 * 1024;

export class DecodeBudget {
  used = 0;
  exhausted = false;

  constructor(readonly total = MAX_DECODED_TOTAL) {}

  /** Charges `n` bytes; false (and marks the budget exhausted) when it does not fit. */
  charge(n: number): boolean {
    if (this.used + n > this.total) {
      this.exhausted = true;
      return false;
    }
    this.used += n;
    return true;
  }
}

/** A failure with `limit` set was stopped by an output limit: the payload is there, unread. */
export type DecodeResult = { ok: true; value: string } | { ok: false; reason: string; limit?: true };

const fail = (reason: string): DecodeResult => ({ ok: false, reason });
const overLimit = (reason: string): DecodeResult => ({ ok: false, reason, limit: true });

function within(budget: DecodeBudget, value: string): DecodeResult {
  if (value.length > MAX_DECODE_OUTPUT) return overLimit(`output larger than ${MAX_DECODE_OUTPUT} bytes`);
  if (!budget.charge(value.length)) return overLimit('decode budget exhausted');
  return { ok: true, value };
}

const toBuf = (s: string): Buffer => Buffer.from(s, 'latin1');

export function base64Decode(input: string, budget: DecodeBudget, urlsafe = false, altchars?: string): DecodeResult {
  const r = altchars && altchars.length >= 2 ? base64Bytes(input, urlsafe, altchars) : urlsafe ? BASE64_URLSAFE.get(input) : BASE64.get(input);
  return r.ok ? within(budget, r.value) : r;
}

/** The bytes of a base64 text, before any limit: pure, so a huge blob decoded twice is decoded once. */
function base64Bytes(input: string, urlsafe: boolean, altchars?: string): DecodeResult {
  let s = input;
  if (altchars && altchars.length >= 2) s = s.split(altchars[0]).join('+').split(altchars[1]).join('/');
  if (urlsafe) s = s.replace(/-/g, '+').replace(/_/g, '/');
  // Python (validate=False) drops characters outside the alphabet, as Node does.
  const clean = /^[A-Za-z0-9+/=]*$/.test(s) ? s : s.replace(/[^A-Za-z0-9+/=]/g, '');
  if (clean.length === 0 && input.length > 0) return fail('no base64 characters');
  let end = clean.length;
  while (end > 0 && clean.charCodeAt(end - 1) === 61 /* = */) end--;
  const body = end === clean.length ? clean : clean.slice(0, end);
  if (body.length % 4 === 1) return fail('incorrect base64 padding');
  return { ok: true, value: Buffer.from(body, 'base64').toString('latin1') };
}

const BASE64 = new LargeStringMemo((s) => base64Bytes(s, false));
const BASE64_URLSAFE = new LargeStringMemo((s) => base64Bytes(s, true));

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(input: string, budget: DecodeBudget): DecodeResult {
  const s = input.replace(/=+$/, '').toUpperCase();
  let bits = 0;
  let acc = 0;
  const out: number[] = [];
  for (const ch of s) {
    const v = B32.indexOf(ch);
    if (v === -1) return fail(`not base32: ${JSON.stringify(ch)}`);
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
    if (out.length > MAX_DECODE_OUTPUT) break;
  }
  return within(budget, Buffer.from(out).toString('latin1'));
}

export function hexDecode(input: string, budget: DecodeBudget, allowSpaces = false): DecodeResult {
  const s = allowSpaces ? input.replace(/\s+/g, '') : input;
  if (s.length % 2 !== 0) return fail('odd-length hex string');
  if (!/^[0-9a-fA-F]*$/.test(s)) return fail('not hexadecimal');
  return within(budget, Buffer.from(s, 'hex').toString('latin1'));
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

function base85(input: string, alphabet: string, budget: DecodeBudget, ascii85: boolean): DecodeResult {
  let s = input;
  if (ascii85) {
    s = s.replace(/\s+/g, '');
    if (s.startsWith('<~')) s = s.slice(2);
    if (s.endsWith('~>')) s = s.slice(0, -2);
    s = s.replace(/z/g, '!!!!!');
  }
  const out: number[] = [];
  for (let i = 0; i < s.length; i += 5) {
    const chunk = s.slice(i, i + 5);
    const pad = 5 - chunk.length;
    let acc = 0;
    for (let j = 0; j < 5; j++) {
      const ch = j < chunk.length ? chunk[j] : alphabet[84];
      const v = alphabet.indexOf(ch);
      if (v === -1) return fail(`not base85: ${JSON.stringify(ch)}`);
      acc = acc * 85 + v;
    }
    if (acc > 0xffffffff) return fail('base85 group out of range');
    const bytes = [(acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff];
    out.push(...bytes.slice(0, 4 - pad));
    if (out.length > MAX_DECODE_OUTPUT) break;
  }
  return within(budget, Buffer.from(out).toString('latin1'));
}

export function base85Decode(input: string, budget: DecodeBudget): DecodeResult {
  return base85(input, B85, budget, false);
}

const A85 = Array.from({ length: 85 }, (_, i) => String.fromCharCode(33 + i)).join('');

export function ascii85Decode(input: string, budget: DecodeBudget): DecodeResult {
  return base85(input, A85, budget, true);
}

export function rot13(s: string): string {
  return s.replace(/[a-zA-Z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** zlib.decompress: zlib-wrapped by default; `wbits` picks raw deflate (< 0) or gzip (> 16). */
export function zlibDecompress(input: string, budget: DecodeBudget, wbits?: number): DecodeResult {
  const buf = toBuf(input);
  const opts = { maxOutputLength: MAX_DECODE_OUTPUT };
  const attempts: (() => Buffer)[] =
    wbits !== undefined && wbits < 0
      ? [() => inflateRawSync(buf, opts)]
      : wbits !== undefined && wbits > 16
        ? [() => gunzipSync(buf, opts), () => inflateSync(buf, opts)]
        : [() => inflateSync(buf, opts), () => gunzipSync(buf, opts), () => inflateRawSync(buf, opts)];
  let last = 'not compressed data';
  for (const attempt of attempts) {
    try {
      return within(budget, attempt().toString('latin1'));
    } catch (e) {
      last = (e as Error).message;
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
    }
  }
  return fail(last);
}

export function gzipDecompress(input: string, budget: DecodeBudget): DecodeResult {
  return zlibDecompress(input, budget, 31);
}

export function brotliDecompress(input: string, budget: DecodeBudget): DecodeResult {
  try {
    return within(budget, brotliDecompressSync(toBuf(input), { maxOutputLength: MAX_DECODE_OUTPUT }).toString('latin1'));
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
    return fail((e as Error).message);
  }
}

/** Bytes (latin1 chars) to text, as `.decode(encoding)` would. */
export function bytesToText(bytes: string, encoding = 'utf-8'): string | undefined {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  const buf = toBuf(bytes);
  if (enc === 'utf-8' || enc === 'utf8' || enc === 'u8' || enc === 'ascii' || enc === 'us-ascii') return buf.toString('utf8');
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'cp1252') return bytes;
  if (enc === 'utf-16-le' || enc === 'utf-16le' || enc === 'utf-16' || enc === 'utf16') {
    const b = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2) : buf;
    return b.toString('utf16le');
  }
  return undefined;
}

/** Text to bytes (latin1 chars), as `.encode(encoding)` would. */
export function textToBytes(text: string, encoding = 'utf-8'): string {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-16-le' || enc === 'utf-16le') return Buffer.from(text, 'utf16le').toString('latin1');
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') return text;
  return Buffer.from(text, 'utf8').toString('latin1');
}

// Recognizing what a string is ------------------------------------------------------------------

/** The text without its whitespace (a blob wrapped over many lines), the same string when it has none. */
export function stripWhitespace(s: string): string {
  return STRIPPED.get(s);
}

const STRIPPED = new LargeStringMemo((s) => (/\s/.test(s) ? s.replace(/\s+/g, '') : s));

export function looksLikeBase64(s: string, minLength = 40): boolean {
  if (s.length < minLength) return false;
  return BASE64_SHAPED.get(stripWhitespace(s));
}

const BASE64_SHAPED = new LargeStringMemo(base64Shaped);

/** Standard or url-safe base64, at most two `=` at the end, mixing digits, lower and upper case. */
export function base64Shaped(t: string): boolean {
  if (!inAlphabet(t, OUTSIDE_STANDARD) && !inAlphabet(t, OUTSIDE_URL_SAFE)) return false;
  // Identifiers and words are base64-shaped too; real blobs mix cases and digits.
  return /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && !/^[a-z_]+$/i.test(t);
}

// Characters outside each alphabet and its padding. Searching for one is a single pass the regex
// engine makes four times faster than matching `^[...]+={0,2}$`, whose loop keeps a place to step
// back to for every character of a megabyte blob.
const OUTSIDE_STANDARD = /[^A-Za-z0-9+/=]/;
const OUTSIDE_URL_SAFE = /[^A-Za-z0-9_=-]/;

/** `^[alphabet]+={0,2}$`: letters of the alphabet, then at most two `=` and nothing after them. */
function inAlphabet(t: string, outside: RegExp): boolean {
  if (t.length === 0 || t.charCodeAt(0) === 61 /* = */ || outside.test(t)) return false;
  const pad = t.indexOf('=');
  if (pad === -1) return true;
  if (pad < t.length - 2) return false;
  return pad === t.length - 1 || t.charCodeAt(t.length - 1) === 61;
}

export function looksLikeHex(s: string, minLength = 64): boolean {
  return s.length >= minLength && s.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s) && /[0-9]/.test(s);
}

/** Share of characters that are printable text. */
export function textRatio(s: string): number {
  if (s.length === 0) return 1;
  let ok = 0;
  const n = Math.min(s.length, 4096);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 160) ok++;
  }
  return ok / n;
}

export function isText(s: string): boolean {
  return textRatio(s) > 0.95;
}

/** Windows PE, ELF or Mach-O headers. */
export function executableKind(s: string): string | undefined {
  if (s.startsWith('MZ') && s.length > 64) return 'a Windows executable';
  if (s.startsWith('\x7fELF')) return 'a Linux executable';
  const m = s.slice(0, 4);
  if (m === '\xcf\xfa\xed\xfe' || m === '\xce\xfa\xed\xfe' || m === '\xca\xfe\xba\xbe') return 'a macOS executable';
  return undefined;
}

/** Python source, roughly: statements and calls a payload would have. */
export function looksLikePython(text: string): boolean {
  if (!isText(text) || text.length < 4) return false;
  // the opening of a file shows whether it is code; bounding it bounds the regex cost
  const s = text.length > 8192 ? text.slice(0, 8192) : text;
  return /(^|\n|;)\s*(import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|exec\s*\(|eval\s*\()/.test(s) || /\b[\w.]+\s*\(.{0,200}\)/.test(s);
}

/** Bytes (latin1 chars) as UTF-8 text, or as they are when they are text that is not UTF-8. */
export function decodeUtf8Maybe(bytes: string): string {
  return UTF8_MAYBE.get(bytes);
}

const UTF8_MAYBE = new LargeStringMemo(utf8Maybe);

/** Characters isText() looks at, and bytes of UTF-8 enough to give more than that many. */
const TEXT_PROBE = 4096;
const TEXT_PROBE_BYTES = 4 * TEXT_PROBE + 16;

/**
 * The first `chars` characters of decodeUtf8Maybe(bytes), without decoding megabytes of binary to
 * show its start (bytes that are not text read as their UTF-8 decoding, as in decodedIsText).
 */
export function decodedHead(bytes: string, chars: number): string {
  const probe = 4 * chars + 16;
  if (bytes.length > probe && !isText(bytes)) {
    const head = toBuf(bytes.slice(0, probe)).toString('utf8');
    if (head.length > chars + 1) return head.slice(0, chars);
  }
  return decodeUtf8Maybe(bytes).slice(0, chars);
}

/**
 * isText(decodeUtf8Maybe(bytes)), without decoding megabytes of binary (an embedded executable)
 * to learn that its start is not text. Bytes that are not text read as their UTF-8 decoding, whose
 * first characters the decoding of the first bytes gives (a sequence cut at the end of those is
 * one more character, past the ones looked at).
 */
export function decodedIsText(bytes: string): boolean {
  if (bytes.length > TEXT_PROBE_BYTES && !isText(bytes)) {
    const head = toBuf(bytes.slice(0, TEXT_PROBE_BYTES)).toString('utf8');
    if (head.length > TEXT_PROBE + 1) return isText(head.slice(0, TEXT_PROBE));
  }
  return isText(decodeUtf8Maybe(bytes));
}

function utf8Maybe(bytes: string): string {
  const t = bytesToText(bytes, 'utf-8') ?? bytes;
  return t.includes('\ufffd') && isText(bytes) ? bytes : t;
}
