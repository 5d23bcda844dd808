// SDIST_GUARD_LIMITS: how a repository moves the hard limits, what it refuses, and that both entries
// report a mistake in it as a configuration error naming the variable.

import fc from 'fast-check';
import { DEFAULT_SCAN_LIMITS, InvalidLimit, parseLimits } from '../src/limits.js';
import { makeWheel } from './helpers/archives.js';
import { anyText, grammarText, returnsOrThrows } from './helpers/fuzz.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { Sandbox } from './helpers/hostile.js';

const MiB = 1024 * 1024;

describe('parseLimits', () => {
  it('keeps the defaults when nothing is set', () => {
    for (const value of [undefined, '', ' , \n ']) expect(parseLimits(value)).toEqual(DEFAULT_SCAN_LIMITS);
    expect(DEFAULT_SCAN_LIMITS).toMatchObject({ maxPageBytes: 64 * MiB, retries: 3, maxRetryAfterMs: 60_000 });
    expect(DEFAULT_SCAN_LIMITS.archive).toEqual({ maxDownloadBytes: 256 * MiB, maxInflatedBytes: 1024 * MiB, maxRatio: 200, maxEntries: 50_000, maxFileBytes: 8 * MiB, maxKeptBytes: 64 * MiB });
  });

  it('reads every key, with byte units, separated by commas, blanks or newlines', () => {
    const limits = parseLimits(
      'max-download-bytes=512MiB, max-inflated-bytes=2GiB\nmax-ratio=50 max-entries=100000,max-file-bytes=512KiB max-kept-bytes=1000000 MAX-PAGE-BYTES=10mb retries=0 max-retry-after=5s',
    );
    expect(limits).toEqual({
      archive: { maxDownloadBytes: 512 * MiB, maxInflatedBytes: 2048 * MiB, maxRatio: 50, maxEntries: 100_000, maxFileBytes: 512 * 1024, maxKeptBytes: 1_000_000 },
      maxPageBytes: 10_000_000,
      retries: 0,
      maxRetryAfterMs: 5000,
    });
    // the defaults are never changed by a parse
    expect(DEFAULT_SCAN_LIMITS.archive.maxRatio).toBe(200);
  });

  it('refuses unknown keys, missing values, bad numbers and values out of range, naming what is wrong', () => {
    const cases: Array<[string, RegExp]> = [
      ['max-size=1', /^SDIST_GUARD_LIMITS: unknown limit "max-size": expected one of max-download-bytes, /],
      ['retries', /^SDIST_GUARD_LIMITS: retries needs a value, as retries=N$/],
      ['retries=', /retries= is not a whole number/],
      ['retries=-1', /retries=-1 is not a whole number/],
      ['retries=11', /retries=11 is out of range: expected 0 to 10/],
      ['max-entries=0', /max-entries=0 is out of range: expected 1 to/],
      ['max-entries=5MiB', /max-entries=5MiB is not a whole number/],
      ['max-file-bytes=1.5MiB', /max-file-bytes=1\.5MiB is not a byte count such as 8MiB/],
      ['max-file-bytes=8 parsecs', /unknown limit "parsecs"/],
      ['max-file-bytes=8XB', /max-file-bytes=8XB is not a byte count/],
      ['max-retry-after=1m', /max-retry-after=1m is not a number of seconds/],
      ['max-inflated-bytes=1000GiB', /max-inflated-bytes=1000GiB is out of range/],
      ['=5', /unknown limit "=5"/],
    ];
    for (const [value, message] of cases) expect(() => parseLimits(value)).toThrow(message);
    expect(() => parseLimits('retries=x')).toThrow(InvalidLimit);
  });

  it('returns or throws InvalidLimit for any text', () => {
    const tokens = ['max-entries', 'retries', 'max-ratio', 'max-file-bytes', '=', ',', ' ', '\n', '1', '0', '99999999999999999999', 'MiB', 'GiB', 'kb', 's', '-', '.', 'x'];
    fc.assert(
      fc.property(fc.oneof(grammarText(tokens), anyText()), (text) => {
        const r = returnsOrThrows(() => parseLimits(text), [InvalidLimit], text);
        if (r.ok) for (const v of [...Object.values(r.value.archive), r.value.maxPageBytes, r.value.maxRetryAfterMs]) expect(Number.isSafeInteger(v) && v > 0).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('SDIST_GUARD_LIMITS through the entries', () => {
  const sandbox = new Sandbox();
  let server: IndexServer;
  beforeAll(async () => {
    server = await startIndexServer({ projects: { good: [makeWheel('good', '1.0')] } });
  });
  afterAll(async () => {
    await server.close();
    sandbox.cleanup();
  });

  it('a mistake in it is a configuration error in the CLI (exit 2) and in the action', async () => {
    const project = sandbox.project({ 'requirements.txt': 'good==1.0\n' });
    const settings = { indexUrl: server.indexUrl, env: { SDIST_GUARD_LIMITS: 'max-entries=lots' } };
    const cli = await sandbox.cli(project, settings);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe('sdist-guard: SDIST_GUARD_LIMITS: max-entries=lots is not a whole number\n');
    const action = await sandbox.action(project, settings);
    expect(action.exitCode).toBe(1);
    expect(action.stdout).toContain('::error::sdist-guard: configuration error: SDIST_GUARD_LIMITS: max-entries=lots is not a whole number');
  });
});
