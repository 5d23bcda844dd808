import fc from 'fast-check';
import { decodeSource } from '../src/archive/index.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const raw = (...parts: (string | number[])[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) {
    if (typeof p === 'string') for (const ch of p) out.push(ch.charCodeAt(0));
    else out.push(...p);
  }
  return new Uint8Array(out);
};

describe('decodeSource: accepted without a note', () => {
  test('plain UTF-8, with non-ASCII text', () => {
    expect(decodeSource(utf8('name = "Zoë ☃"\n'))).toEqual({ text: 'name = "Zoë ☃"\n' });
  });

  test('a UTF-8 byte-order mark is dropped', () => {
    expect(decodeSource(raw([0xef, 0xbb, 0xbf], 'x = 1\n'))).toEqual({ text: 'x = 1\n' });
  });

  test('a UTF-8 byte-order mark with a utf-8 cookie is fine', () => {
    expect(decodeSource(raw([0xef, 0xbb, 0xbf], '# coding: utf-8\nx = 1\n')).note).toBeUndefined();
  });

  test('Windows line endings are kept', () => {
    expect(decodeSource(utf8('import os\r\nos.system("x")\r\n')).text).toBe('import os\r\nos.system("x")\r\n');
  });

  test('a latin-1 cookie on the first line', () => {
    const d = decodeSource(raw('# -*- coding: latin-1 -*-\ns = "caf', [0xe9], '"\n'));
    expect(d).toEqual({ text: '# -*- coding: latin-1 -*-\ns = "café"\n', encoding: { codec: 'iso8859_1', line: 1, unusual: false } });
  });

  test('a cookie on the second line after a shebang, vim style', () => {
    const d = decodeSource(raw('#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\ns = "', [0xff], '"\n'));
    expect(d.text).toContain('s = "ÿ"');
    expect(d.note).toBeUndefined();
  });

  test('latin-1 keeps 0x80-0x9f as C1 controls, unlike windows-1252', () => {
    expect(decodeSource(raw('# coding: latin1\n', [0x80])).text.endsWith('\u0080')).toBe(true);
  });

  test('cp1252 and windows-1252 cookies', () => {
    expect(decodeSource(raw('# coding: cp1252\n', [0x80])).text.endsWith('€')).toBe(true);
    expect(decodeSource(raw('# coding=windows-1252\n', [0x93, 0x94])).text.endsWith('“”')).toBe(true);
  });

  test('utf-8 spellings: utf8, UTF-8, utf-8-unix, utf_8', () => {
    for (const name of ['utf8', 'UTF-8', 'utf-8-unix', 'utf_8']) {
      expect(decodeSource(utf8(`# coding: ${name}\nx = "é"\n`))).toEqual({ text: `# coding: ${name}\nx = "é"\n` });
    }
  });

  test('other legacy codecs Python knows: koi8-r, shift_jis', () => {
    expect(decodeSource(raw('# coding: koi8-r\n', [0xf0, 0xd2, 0xc9])).text.endsWith('При')).toBe(true);
    expect(decodeSource(raw('# coding: shift_jis\n', [0x82, 0xa0])).text.endsWith('あ')).toBe(true);
  });
});

describe('decodeSource: decoded with a note', () => {
  test('invalid UTF-8 without a cookie: replacement characters, the line named', () => {
    const d = decodeSource(raw('a = 1\nb = "', [0xff, 0xfe], '"\n'));
    expect(d.text).toBe('a = 1\nb = "\ufffd\ufffd"\n');
    expect(d.note).toMatch(/not valid UTF-8 \(line 2\)/);
  });

  test('overlong and surrogate UTF-8 forms are invalid too', () => {
    expect(decodeSource(raw('x', [0xc0, 0xaf])).note).toMatch(/not valid UTF-8/);
    expect(decodeSource(raw('x', [0xed, 0xa0, 0x80])).note).toMatch(/not valid UTF-8/);
  });

  test('UTF-16 LE and BE byte-order marks', () => {
    const le = decodeSource(new Uint8Array([0xff, 0xfe, 0x78, 0x00, 0x3d, 0x00, 0x31, 0x00]));
    expect(le.text).toBe('x=1');
    expect(le.note).toMatch(/UTF-16 LE/);
    const be = decodeSource(new Uint8Array([0xfe, 0xff, 0x00, 0x78, 0x00, 0x3d, 0x00, 0x32]));
    expect(be.text).toBe('x=2');
    expect(be.note).toMatch(/UTF-16 BE/);
  });

  test('an unknown or hiding codec is read as latin-1 and named', () => {
    for (const name of ['unicode_escape', 'rot13', 'utf-7', 'no-such-codec']) {
      const d = decodeSource(raw(`# coding: ${name}\nx = "`, [0xe9], '"\n'));
      expect(d.text).toBe(`# coding: ${name}\nx = "é"\n`);
      expect(d.note).toContain(JSON.stringify(name));
    }
  });

  test('a cookie behind a very long first comment line is still found', () => {
    const d = decodeSource(utf8(`#${'x'.repeat(10_000)}\n# coding: unicode_escape\nprint("\\x41")\n`));
    expect(d.note).toContain('"unicode_escape"');
  });

  test('a cookie on the second line of a file with old Mac line endings', () => {
    const d = decodeSource(raw('#!/usr/bin/python\r# coding: latin-1\rx = "', [0xe9], '"\r'));
    expect(d).toEqual({ text: '#!/usr/bin/python\r# coding: latin-1\rx = "é"\r', encoding: { codec: 'iso8859_1', line: 2, unusual: false } });
  });

  test('a cp1252 cookie over a byte cp1252 leaves undefined', () => {
    expect(decodeSource(raw('# coding: cp1252\n', [0x81])).note).toMatch(/byte 0x81 on line 2 is not cp1252/);
  });

  test('NUL bytes', () => {
    const d = decodeSource(utf8('a = 1\nb = 2\0\n'));
    expect(d.text).toBe('a = 1\nb = 2\0\n');
    expect(d.note).toMatch(/NUL bytes \(first on line 2\)/);
  });

  test('an ascii cookie over a non-ASCII byte', () => {
    expect(decodeSource(raw('# coding: ascii\nx = "', [0xe9], '"\n')).note).toMatch(/non-ASCII byte/);
  });

  test('a UTF-8 byte-order mark contradicting the cookie', () => {
    expect(decodeSource(raw([0xef, 0xbb, 0xbf], '# coding: latin-1\n')).note).toMatch(/byte-order mark/);
  });

  test('notes add up', () => {
    const d = decodeSource(raw('x = "', [0xff], '\0"'));
    expect(d.note).toMatch(/not valid UTF-8.*; contains NUL bytes/);
  });
});

describe('decodeSource: where a cookie is not a cookie', () => {
  test('on the second line after a line of code', () => {
    const d = decodeSource(raw('import os\n# coding: latin-1\nx = "', [0xe9], '"\n'));
    expect(d.note).toMatch(/not valid UTF-8/);
  });

  test('on the third line', () => {
    const d = decodeSource(raw('#!/usr/bin/python\n\n# coding: latin-1\nx = "', [0xe9], '"\n'));
    expect(d.note).toMatch(/not valid UTF-8/);
  });

  test('inside a string rather than a comment', () => {
    const d = decodeSource(raw('s = "coding: latin-1"\nx = "', [0xe9], '"\n'));
    expect(d.note).toMatch(/not valid UTF-8/);
  });
});

test('any valid UTF-8 text without a cookie decodes to itself, noted only for NUL', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
      fc.pre(!s.includes('coding') && !s.startsWith('\ufeff'));
      const d = decodeSource(utf8(s));
      expect(d.text).toBe(s);
      expect(d.note === undefined).toBe(!s.includes('\0'));
    }),
  );
});
