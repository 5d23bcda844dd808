// pip's requirements file format under arbitrary text: `parse` never throws. Every problem becomes
// a diagnostic naming the file and a line that exists, and includes never leave the root.

import fc from 'fast-check';
import type { ParseContext } from '../src/types.js';
import { parse } from '../src/manifests/requirements.js';
import { anyText, grammarText } from './helpers/fuzz.js';

const LINE_TOKENS = [
  'requests', 'pkg==1.0', 'pkg[extra]>=2', ' ; python_version < "3.9"', ' @ https://example.invalid/p.tar.gz',
  '-r ', '-c ', '--requirement=', '--constraint ', 'other.txt', '../outside.txt', '/etc/passwd', 'self.txt', 'missing.txt', 'file:other.txt',
  '-e ', '--editable=', './local', 'git+https://example.invalid/r.git#egg=r', '--hash=sha256:' + 'a'.repeat(64), '--hash=md5:00', '--hash',
  '-i ', '--index-url ', '--extra-index-url=', 'https://user:pw@example.invalid/simple', '--no-index', '-f ', '--no-binary :all:', '--only-binary=',
  '--pre', '--prefer-binary', '--bogus-option', '-Z', '${TOKEN}', '${UNSET}', '$HOME', ' ', '\t', '#', ' # comment', '\\', '\\\n', '\n', '\r\n', '\r',
  '"', "'", '\0', '\uFEFF', '\u2028', 'é',
];

function context(files: Record<string, string>): ParseContext {
  return {
    root: '/project',
    readFile: (abs: string) => {
      const text = files[abs];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${abs}'`);
      return text;
    },
    env: { TOKEN: 's3cr3t-value' },
  };
}

function physicalLines(text: string): number {
  return text.replace(/^\uFEFF/, '').split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/).length;
}

const fileText = fc.oneof(
  { weight: 3, arbitrary: fc.array(grammarText(LINE_TOKENS, 6), { maxLength: 12 }).map((lines) => lines.join('\n')) },
  { weight: 1, arbitrary: anyText(300) },
);

describe('requirements file parse on arbitrary text', () => {
  it('never throws; diagnostics name the file and a line inside it; no value of ${VAR} leaks into them', () => {
    fc.assert(
      fc.property(fileText, fileText, fileText, (main, other, self) => {
        const files = { '/project/other.txt': other, '/project/self.txt': self + '\n-r self.txt\n-r requirements.txt\n', '/outside.txt': 'evil\n' };
        const lineCounts: Record<string, number> = { 'requirements.txt': physicalLines(main), 'other.txt': physicalLines(other), 'self.txt': physicalLines(files['/project/self.txt']) };
        const result = parse(main, 'requirements.txt', context({ ...files, '/project/requirements.txt': main }));
        for (const d of result.diagnostics) {
          expect(Object.keys(lineCounts)).toContain(d.path);
          if (d.line === undefined) {
            expect(d.message).toMatch(/more warnings? in requirements\.txt.* are not listed$/);
            continue;
          }
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCounts[d.path]!);
          expect(d.message).not.toContain('s3cr3t-value');
        }
        for (const dep of [...result.dependencies, ...result.constraints]) {
          expect(Object.keys(lineCounts)).toContain(dep.source.path);
          expect(dep.name).toMatch(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$|^[a-z0-9]$/);
        }
        expect(result.included.every((p) => p === 'other.txt' || p === 'self.txt' || p === 'requirements.txt')).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('refuses a -r that leaves the root and reports a -r cycle, at the line that names it', () => {
    const files = { '/project/a.txt': 'x==1\n-r b.txt\n', '/project/b.txt': '\n-r a.txt\ny==2\n', '/outside.txt': 'evil==1\n' };
    const result = parse('-r a.txt\n-r ../outside.txt\n-r /outside.txt\n', 'requirements.txt', context(files));
    expect(result.dependencies.map((d) => d.name).sort()).toEqual(['x', 'y']);
    expect(result.diagnostics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ severity: 'error', path: 'b.txt', line: 2, message: expect.stringMatching(/cycle a\.txt -> b\.txt -> a\.txt/) }),
        expect.objectContaining({ severity: 'error', path: 'requirements.txt', line: 2, message: expect.stringMatching(/refused.*outside the scanned root/) }),
        expect.objectContaining({ severity: 'error', path: 'requirements.txt', line: 3, message: expect.stringMatching(/refused.*outside the scanned root/) }),
      ]),
    );
  });
});
