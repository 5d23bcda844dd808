// Differential test: setup.py decoded here as CPython's `tokenize.open` decodes it (setuptools and
// pip's shim run setup.py through it): the coding cookie on the first two lines as tokenize counts
// lines (LF only: a bare-CR file is one line), every codec, BOM. The files are written by the test.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource } from '../src/archive/index.js';

const PYTHON = spawnSync('python3', ['-c', 'import tokenize'], { timeout: 20_000 }).status === 0;
if (!PYTHON) console.warn('source-encoding-parity: skipped, python3 is not installed');
const maybe = PYTHON ? describe : describe.skip;

const raw = (...parts: (string | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0));
    else out.push(...p);
  }
  return new Uint8Array(out);
};

/** UTF-7 of a whole string, every character in one shift sequence: `+<base64 of UTF-16BE>-`. */
function utf7Shifted(s: string): string {
  const units = Buffer.alloc(s.length * 2);
  for (let i = 0; i < s.length; i++) units.writeUInt16BE(s.charCodeAt(i), i * 2);
  return '+' + units.toString('base64').replace(/=+$/, '') + '-';
}

const CASES: Record<string, Uint8Array> = {
  'utf-7 hides a line': raw('# coding: utf-7\nimport os\n', utf7Shifted("os.system('echo hidden')"), '\n'),
  'bare CR: the cookie on the second CR line is on tokenize line 1': raw('#!/usr/bin/env python\r# -*- coding: utf-7 -*-\r', utf7Shifted('x = 1'), '\r'),
  'bare CR: a cookie three CR lines down still counts': raw('# build\r\r# coding: raw_unicode_escape\rs = "\\u00e9"\r'),
  'bare CR after code: no cookie on the first tokenize line': raw('x = 1\r# coding: latin-1\rs = "', [0xc3, 0xa9], '"\r'),
  'CR LF: a cookie on line 2': raw('#!/usr/bin/python\r\n# coding: cp1252\r\ns = "', [0x80], '"\r\n'),
  'unicode_escape': raw('# coding: unicode_escape\nprint("\\x6f\\x73", "\\u00e9", "\\101")\n'),
  'raw_unicode_escape': raw('# coding: raw_unicode_escape\ns = "\\u0041\\\\u0042\\x41"\n'),
  'koi8-r': raw('# coding: koi8-r\ns = "', [0xf0, 0xd2, 0xc9], '"\n'),
  'cp437 box drawing': raw('# coding: cp437\ns = "', [0xc9, 0xcd, 0xbb, 0xb0], '"\n'),
  'mac_roman': raw('# vim: set fileencoding=mac_roman :\ns = "', [0x8e, 0xa5], '"\n'),
  'EBCDIC cp500 after a blank line': raw('\n# coding: cp500\n', [0x89, 0x94, 0x97, 0x96, 0x99, 0xa3]),
  'shift_jis': raw('# coding: shift_jis\ns = "', [0x82, 0xa0], '"\n'),
  'utf-8 BOM and utf-8 cookie': raw([0xef, 0xbb, 0xbf], '# coding: utf-8\nx = "', [0xc3, 0xa9], '"\n'),
  'utf-8-unix spelling': raw('# coding: utf-8-unix\nx = 1\n'),
  'latin-1 spelled iso-latin-1-dos': raw('# coding: iso-latin-1-dos\nx = "', [0xff], '"\n'),
  'no cookie': raw('import os\nx = "', [0xe2, 0x98, 0x83], '"\n'),
  'a cookie on line 3 is not one': raw('#!/usr/bin/python\n#\n# coding: latin-1\nx = 1\n'),
};

const FAILS: Record<string, Uint8Array> = {
  'an unknown codec': raw('# coding: no-such-codec\nx = 1\n'),
  'a codec that is not a text encoding': raw('# coding: rot13\nx = 1\n'),
  'a BOM with a latin-1 cookie': raw([0xef, 0xbb, 0xbf], '# coding: latin-1\nx = 1\n'),
  'utf-7 with a byte over 127': raw('# coding: utf-7\nx = "', [0xe9], '"\n'),
  'utf-32 over text that is not UTF-32': raw('# coding: utf-32\n\0\0\0'),
  'bare CR: the one tokenize line holds a byte that is not UTF-8': raw('# build\r\r# coding: latin-1\rs = "', [0xe9], '"\r'),
};

function tokenizeOpen(files: Record<string, Uint8Array>): Record<string, { text?: string; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sdist-guard-enc-'));
  try {
    const paths: string[] = [];
    Object.values(files).forEach((bytes, i) => {
      const p = join(dir, `f${i}.py`);
      writeFileSync(p, bytes);
      paths.push(p);
    });
    const script = [
      'import json, sys, tokenize',
      'out = []',
      'for p in sys.argv[1:]:',
      '    try:',
      '        with tokenize.open(p) as f: out.append({"text": f.read()})',
      '    except Exception as e: out.append({"error": type(e).__name__ + ": " + str(e)})',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script, ...paths], { encoding: 'utf8', timeout: 60_000 });
    if (r.status !== 0) throw new Error(`python3 failed: ${r.stderr}`);
    const results = JSON.parse(r.stdout) as { text?: string; error?: string }[];
    return Object.fromEntries(Object.keys(files).map((k, i) => [k, results[i]!]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

maybe('setup.py decoded as tokenize.open decodes it', () => {
  const python = PYTHON ? tokenizeOpen({ ...CASES, ...FAILS }) : {};

  it.each(Object.keys(CASES))('%s', (name) => {
    const theirs = python[name]!;
    expect(theirs.error).toBeUndefined();
    const ours = decodeSource(CASES[name]!, { tokenize: true });
    // tokenize.open reads with universal newlines; the analysis keeps line endings as written
    expect(ours.text.replace(/\r\n?/g, '\n')).toBe(theirs.text);
  });

  it.each(Object.keys(FAILS))('%s: Python refuses it, and a note says so', (name) => {
    expect(python[name]!.error).toBeDefined();
    expect(decodeSource(FAILS[name]!, { tokenize: true }).note).toBeDefined();
  });
});

describe('codecs that hide code from readers are named', () => {
  it('utf-7 is unusual, latin-1 is not', () => {
    expect(decodeSource(CASES['utf-7 hides a line']!, { tokenize: true }).encoding).toEqual({ codec: 'utf_7', line: 1, unusual: true });
    expect(decodeSource(raw('# coding: latin-1\nx = 1\n'), { tokenize: true }).encoding).toEqual({ codec: 'iso8859_1', line: 1, unusual: false });
  });

  it('a bare-CR file is one line to tokenize, three to the compiler', () => {
    const bytes = CASES['bare CR: a cookie three CR lines down still counts']!;
    expect(decodeSource(bytes, { tokenize: true }).encoding?.codec).toBe('raw_unicode_escape');
    expect(decodeSource(bytes).encoding).toBeUndefined();
  });
});
