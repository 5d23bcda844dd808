// Measures the analyzer against the hand-written samples: every malicious sdist must be flagged with
// a finding a person can read, and every legitimate look-alike must pass, because a false alarm
// blocks a team's merge just as surely as a miss lets malware in.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Severity } from '../src/types.js';

type Analyzer = typeof import('../src/analysis/index.js');

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const MALICIOUS = join(FIXTURES, 'malicious');
const BENIGN = join(FIXTURES, 'benign');

const RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

function sampleDirs(root: string): string[] {
  return readdirSync(root)
    .filter((name) => statSync(join(root, name)).isDirectory())
    .sort();
}

/** An unpacked sdist as the analyzer receives it: relative POSIX path -> text. */
function loadSdist(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (abs: string, rel: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const childAbs = join(abs, name);
      const childRel = rel ? `${rel}/${name}` : name;
      if (statSync(childAbs).isDirectory()) walk(childAbs, childRel);
      else files.set(childRel, readFileSync(childAbs, 'utf8'));
    }
  };
  walk(dir, '');
  return files;
}

/** Highest severity first; among equals, the analyzer's own order. */
function topFinding(findings: Finding[]): Finding | undefined {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[b.f.severity] - RANK[a.f.severity] || a.i - b.i)[0]?.f;
}

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return '  (no findings)';
  return findings
    .map((f) => `  [${f.severity}] ${f.rule} ${f.path}:${f.line} ${f.message} :: ${f.evidence.slice(0, 160)}`)
    .join('\n');
}

/** Sample names an INDEX.md lists in the first column of its table. */
function indexedSamples(indexPath: string): string[] {
  const names: string[] = [];
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const m = /^\|\s*`([^`]+)`\s*\|/.exec(line);
    if (m) names.push(m[1]);
  }
  return names;
}

const maliciousDirs = sampleDirs(MALICIOUS);
const benignDirs = sampleDirs(BENIGN);

describe('sample corpus', () => {
  it('holds enough samples of each kind', () => {
    expect(maliciousDirs.length).toBeGreaterThanOrEqual(70);
    expect(benignDirs.length).toBeGreaterThanOrEqual(25);
  });

  it('gives every sample a setup.py', () => {
    const without = [...maliciousDirs.map((d) => join(MALICIOUS, d)), ...benignDirs.map((d) => join(BENIGN, d))].filter(
      (dir) => !loadSdist(dir).has('setup.py'),
    );
    expect(without).toEqual([]);
  });

  it('keeps every sample small enough to read as one sdist', () => {
    const big = [...maliciousDirs.map((d) => join(MALICIOUS, d)), ...benignDirs.map((d) => join(BENIGN, d))].filter((dir) => {
      let total = 0;
      for (const text of loadSdist(dir).values()) total += Buffer.byteLength(text);
      return total > 100 * 1024;
    });
    expect(big).toEqual([]);
  });

  it.each([
    ['malicious', MALICIOUS, maliciousDirs],
    ['benign', BENIGN, benignDirs],
  ])('%s/INDEX.md lists exactly the sample directories', (_kind, root, dirs) => {
    const listed = indexedSamples(join(root, 'INDEX.md'));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(dirs);
  });

  it('maps every malicious sample to at least one technique in the coverage list', () => {
    const index = readFileSync(join(MALICIOUS, 'INDEX.md'), 'utf8');
    const coverage = index.slice(index.indexOf('## Coverage'));
    expect(coverage.length).toBeGreaterThan(0);
    const cited = new Set([...coverage.matchAll(/`(\d{2})`/g)].map((m) => m[1]));
    expect(maliciousDirs.filter((d) => !cited.has(d.slice(0, 2)))).toEqual([]);
  });
});

describe('analyzeSdist on the samples', () => {
  let analyzer: Analyzer;

  beforeAll(async () => {
    analyzer = await import('../src/analysis/index.js');
  });

  it.each(maliciousDirs)('flags malicious/%s', (name) => {
    const files = loadSdist(join(MALICIOUS, name));
    const result = analyzer.analyzeSdist(files);
    if (!result.suspicious) {
      throw new Error(`malicious/${name} was not flagged suspicious. Findings:\n${describeFindings(result.findings)}`);
    }
    const top = topFinding(result.findings);
    expect(top).toBeDefined();
    expect(RANK[top!.severity]).toBeGreaterThanOrEqual(RANK.high);
    expect(top!.message.trim()).not.toBe('');
    expect(top!.evidence.trim()).not.toBe('');
    expect(files.has(top!.path)).toBe(true);
    expect(top!.line).toBeGreaterThanOrEqual(1);
    expect(top!.line).toBeLessThanOrEqual(files.get(top!.path)!.split('\n').length);
  });

  it.each(benignDirs)('passes benign/%s', (name) => {
    const result = analyzer.analyzeSdist(loadSdist(join(BENIGN, name)));
    if (result.suspicious) {
      throw new Error(`benign/${name} was flagged suspicious. Findings:\n${describeFindings(result.findings)}`);
    }
    expect(result.findings.filter((f) => RANK[f.severity] >= RANK.high)).toEqual([]);
  });
});
