// uv's conflict markers (`[tool.uv] conflicts`) evaluated as uv evaluates them: for the extras and
// groups a user may activate together, never for two members of one conflict set at once.

import { readFileSync } from 'node:fs';
import { parse } from '../src/manifests/uv-lock.js';
import { isEncodedItem, readConflicts, resolveConflictMarker } from '../src/manifests/uv-conflicts.js';
import { evaluateMarker } from '../src/python/markers.js';
import type { MarkerEnvironment, ParseContext } from '../src/types.js';

const ctx: ParseContext = { root: '/repo', readFile: () => '', env: {} };

function env(platform: 'linux' | 'win32'): MarkerEnvironment {
  return {
    python_version: '3.12',
    python_full_version: '3.12.4',
    sys_platform: platform,
    platform_system: platform === 'linux' ? 'Linux' : 'Windows',
    platform_machine: 'x86_64',
    platform_release: '',
    platform_version: '',
    os_name: platform === 'linux' ? 'posix' : 'nt',
    implementation_name: 'cpython',
    implementation_version: '3.12.4',
    platform_python_implementation: 'CPython',
  };
}

const SETS = [['extra-9-agent-kit-tasks', 'group-9-agent-kit-dev']];

describe('uv conflict markers', () => {
  it('recognizes the encoded form by its length prefix', () => {
    expect(isEncodedItem('extra-11-pydantic-ai-mcp-tasks')).toBe(true);
    expect(isEncodedItem('group-11-pydantic-ai-dev')).toBe(true);
    expect(isEncodedItem('extra-3-pkg')).toBe(false);
    expect(isEncodedItem('fast')).toBe(false);
    expect(isEncodedItem('extra-x-pkg-a')).toBe(false);
  });

  it('reads the lock\'s conflict sets, and rejects a malformed one', () => {
    expect(readConflicts({ conflicts: [[{ package: 'Pydantic_AI', extra: 'MCP-tasks' }, { package: 'pydantic-ai', group: 'dev' }]] })).toEqual([
      ['extra-11-pydantic-ai-mcp-tasks', 'group-11-pydantic-ai-dev'],
    ]);
    expect(() => readConflicts({ conflicts: [[{ package: 'a', extra: 'x', group: 'y' }]] })).toThrow(/exactly one/);
    expect(() => readConflicts({ conflicts: 'no' })).toThrow(/array/);
  });

  it('drops a term that needs two members of one set active; keeps what an allowed selection takes', () => {
    expect(resolveConflictMarker("sys_platform == 'win32' or (extra == 'extra-9-agent-kit-tasks' and extra == 'group-9-agent-kit-dev')", SETS)).toBe('sys_platform == "win32"');
    expect(resolveConflictMarker("extra == 'extra-9-agent-kit-tasks' and extra == 'group-9-agent-kit-dev'", SETS)).toBe(false);
    expect(resolveConflictMarker("extra == 'extra-9-agent-kit-tasks' and extra != 'extra-9-agent-kit-tasks'", SETS)).toBe(false);
    // one member active, the other not: an allowed selection
    expect(resolveConflictMarker("extra == 'extra-9-agent-kit-tasks' and extra != 'group-9-agent-kit-dev'", SETS)).toBeUndefined();
    expect(resolveConflictMarker("python_version < '3.11' and extra == 'group-9-agent-kit-dev'", SETS)).toBe('python_version < "3.11"');
    // without a conflict set naming them, both may be active
    expect(resolveConflictMarker("extra == 'extra-9-agent-kit-tasks' and extra == 'group-9-agent-kit-dev'", [])).toBeUndefined();
    // plain markers are not this function's
    expect(resolveConflictMarker("sys_platform == 'win32'", SETS)).toBeNull();
  });

  it('a lock with conflicts: a Windows-only package stays off Linux, both locked versions of a name are kept', () => {
    const text = readFileSync(new URL('./fixtures/locks/uv/conflicts/uv.lock', import.meta.url), 'utf8');
    const result = parse(text, 'uv.lock', ctx);
    expect(result.diagnostics).toEqual([]);
    const win = result.dependencies.find((d) => d.name === 'winhooks')!;
    expect(win.marker).toBe('sys_platform == "win32"');
    expect(evaluateMarker(win.marker!, env('linux'))).toBe(false);
    expect(evaluateMarker(win.marker!, env('win32'))).toBe(true);
    const runners = result.dependencies.filter((d) => d.name === 'taskrunner');
    expect(runners.map((d) => d.locked?.version)).toEqual(['1.0.0', '2.0.0']);
    expect(runners[0].marker).toBeUndefined();
    // 2.0.0 comes with the dev group, on Linux only (the term that needs both sides is gone)
    expect(evaluateMarker(runners[1].marker!, env('linux'))).toBe(true);
    expect(evaluateMarker(runners[1].marker!, env('win32'))).toBe(false);
  });
});
