// sdist-guard scan: options and the configuration file into Options, the scan, and its report
// in the format asked for.

import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';

import { resolveOptions } from '../options.js';
import { SCAN_FLAGS, scanSettings } from '../scan-flags.js';
import { scan, type Progress } from '../scan.js';
import { evaluateGate } from '../report/gate.js';
import { jsonReport } from '../report/json.js';
import { COLOR, PLAIN, textReport, wantColor } from '../report/text.js';
import { progressLine } from '../report/progress.js';
import { markdownReport } from '../report/markdown.js';
import { loadConfig } from '../config.js';
import { UsageError, write, type Io } from './io.js';

function progressPrinter(io: Io): { update(p: Progress): void; done(): void } {
  if (!io.isTTY) return { update() {}, done() {} };
  let last = 0;
  let shown = false;
  let total = 0;
  return {
    update(p) {
      total = Math.max(total, p.total);
      const now = Date.now();
      if (now - last < 100 && p.phase !== 'done') return;
      last = now;
      io.stderr(`\r\x1b[2K${progressLine(p, total)}`);
      shown = true;
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}

export async function runScan(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      ...SCAN_FLAGS,
      format: { type: 'string', default: 'text' },
      output: { type: 'string' },
      root: { type: 'string' },
      config: { type: 'string' },
    },
  });
  const format = values.format!;
  if (!['text', 'json', 'markdown', 'sarif'].includes(format)) throw new UsageError(`--format: expected text, json, markdown or sarif, got "${format}"`);
  const paths = positionals.map((p) => resolve(io.cwd, p));
  let root = values.root ? resolve(io.cwd, values.root) : io.cwd;
  if (!values.root && paths.length === 1) {
    try {
      if (statSync(paths[0]).isDirectory()) root = paths[0];
    } catch {
      // a missing path is reported by discovery, with its name
    }
  }
  const config = loadConfig(root, values.config !== undefined ? resolve(io.cwd, values.config) : undefined);
  const opts = resolveOptions({ ...scanSettings(values, io), root, paths, config });
  const progress = progressPrinter(io);
  const result = await scan(opts, { onProgress: (p) => progress.update(p) });
  progress.done();
  const report =
    format === 'json'
      ? jsonReport(result, opts.failOn)
      : format === 'markdown'
        ? markdownReport(result, opts.failOn)
        : format === 'sarif'
          ? (await import('../report/sarif.js')).sarifReport(result, opts.failOn)
          : textReport(result, opts.failOn, { paint: !values.output && wantColor(io.env, io.stdoutIsTTY ?? false) ? COLOR : PLAIN });
  write(io, format, report, values.output, root);
  return evaluateGate(result, opts.failOn).failed ? 1 : 0;
}
