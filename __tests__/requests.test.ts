import { buildRequests, pinnedPairs } from '../src/requests.js';
import type { Options } from '../src/options.js';
import type { Dependency, Diagnostic, PipOptions } from '../src/types.js';

const opts = { indexUrl: 'https://pypi.example/simple/', extraIndexUrls: [] } as unknown as Options;

function dep(line: number, name: string, specifier = '', extra: Partial<Dependency> = {}): Dependency {
  return { name, displayName: name, specifier, extras: [], source: { path: 'requirements.txt', line, requirement: `${name}${specifier}` }, hashes: [], kind: 'runtime', ...extra } as Dependency;
}

describe('buildRequests', () => {
  it('makes one request of lines that ask the same, with every line as a source', () => {
    const diagnostics: Diagnostic[] = [];
    const requests = buildRequests([{ deps: [dep(1, 'demo', '==1.0'), dep(2, 'demo', '==1.0'), dep(3, 'other')], constraints: [] }], opts, diagnostics);
    expect(requests.map((r) => [r.name, r.sources.map((s) => s.line)])).toEqual([
      ['demo', [1, 2]],
      ['other', [3]],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps apart what asks differently: another specifier, another index', () => {
    const other: PipOptions = { indexUrl: 'https://mirror.example/simple/', extraIndexUrls: [], noIndex: false, findLinks: [], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
    const requests = buildRequests(
      [
        { deps: [dep(1, 'demo', '==1.0'), dep(2, 'demo', '==2.0')], constraints: [] },
        { deps: [dep(1, 'demo', '==1.0', { source: { path: 'mirror/requirements.txt', line: 1, requirement: 'demo==1.0' } })], constraints: [], options: other },
      ],
      opts,
      [],
    );
    expect(requests.map((r) => [r.specifier, r.indexUrls])).toEqual([
      ['==1.0', ['https://pypi.example/simple/']],
      ['==2.0', ['https://pypi.example/simple/']],
      ['==1.0', ['https://mirror.example/simple/']],
    ]);
  });

  it('joins a constraint\'s specifier and hashes into the request of its name, and no other', () => {
    const constraint = dep(9, 'demo', '<2', { hashes: ['sha256:' + 'ab'.repeat(32)] });
    const [demo, other] = buildRequests([{ deps: [dep(1, 'demo', '>=1'), dep(2, 'other')], constraints: [constraint] }], opts, []);
    expect([demo!.specifier, demo!.hashes]).toEqual(['>=1,<2', ['sha256:' + 'ab'.repeat(32)]]);
    expect([other!.specifier, other!.hashes]).toEqual(['', []]);
  });

  it('warns that --find-links locations are not searched, naming the file', () => {
    const diagnostics: Diagnostic[] = [];
    const withLinks: PipOptions = { extraIndexUrls: [], noIndex: false, findLinks: ['https://user:secret@links.example/'], formatControl: { noBinary: [], onlyBinary: [] }, preferBinary: false, pre: false };
    buildRequests([{ deps: [dep(1, 'demo')], constraints: [], options: withLinks }], opts, diagnostics);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.path).toBe('requirements.txt');
    expect(diagnostics[0]!.message).toContain('--find-links locations are not searched');
    expect(diagnostics[0]!.message).not.toContain('secret');
  });
});

describe('pinnedPairs', () => {
  it('names the versions a line pins exactly, and a lock\'s, and nothing else', () => {
    const requests = buildRequests(
      [
        {
          deps: [dep(1, 'exact', '==1.0'), dep(2, 'arbitrary', '===2.0'), dep(3, 'wild', '==1.*'), dep(4, 'range', '>=1'), dep(5, 'both', '==1,!=1.1'), dep(6, 'locked', '', { locked: { version: '3.1' } })],
          constraints: [],
        },
      ],
      opts,
      [],
    );
    expect(pinnedPairs(requests)).toEqual([
      { name: 'exact', version: '1.0' },
      { name: 'arbitrary', version: '2.0' },
      { name: 'locked', version: '3.1' },
    ]);
  });
});
