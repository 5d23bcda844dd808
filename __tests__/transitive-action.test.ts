// The action's `transitive` input: on by default, a transitive sdist annotated on the line of the
// dependency that pulls it in; `false` checks only what the files name; anything else stops the run.

import { readFileSync } from 'node:fs';

import { makeSdist, makeWheel } from './helpers/archives.js';
import { actionRunner } from './helpers/action-runner.js';
import { startIndexServer, type IndexServer } from './helpers/index-server.js';
import { makeProject } from './helpers/project.js';

const runner = actionRunner();
afterAll(() => runner.cleanup());
const runAction = (inputs: Record<string, string>, workspace: string) => runner.runAction(inputs, workspace, { GITHUB_EVENT_NAME: 'push' });

describe('the action’s transitive input', () => {
  let server: IndexServer;
  beforeAll(async () => {
    const top = makeWheel('toplib', '1.0', 'py3-none-any', ['deepsrc>=1']);
    server = await startIndexServer({
      projects: {
        toplib: [{ filename: top.filename, data: top.data }],
        deepsrc: [makeSdist('deepsrc', '1.0', { 'PKG-INFO': 'Metadata-Version: 2.2\nName: deepsrc\nVersion: 1.0\n' })],
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('annotates a transitive sdist on the line of the dependency that pulls it in', async () => {
    const project = makeProject({ 'requirements.txt': '# tools\ntoplib\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, paths: '.' }, project.dir);
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toMatch(/::warning title=sdist-guard%3A deepsrc 1\.0 is sdist,file=requirements\.txt,line=2::.*Pulled in by toplib -> deepsrc/);
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      const deep = report.dependencies.find((d: { name: string }) => d.name === 'deepsrc');
      expect(deep).toMatchObject({ status: 'sdist', via: ['toplib', 'deepsrc'], sources: [{ path: 'requirements.txt', line: 2, requirement: 'toplib' }] });
      expect(r.outputs['sdist-count']).toBe('1');
    } finally {
      project.cleanup();
    }
  });

  it('checks only what the files name with transitive: false', async () => {
    const project = makeProject({ 'requirements.txt': 'toplib\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, paths: '.', transitive: 'false' }, project.dir);
      expect(r.exitCode).toBe(0);
      const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
      expect(report.dependencies.map((d: { name: string }) => d.name)).toEqual(['toplib']);
      expect(r.outputs['sdist-count']).toBe('0');
    } finally {
      project.cleanup();
    }
  });

  it('stops with a configuration error for a value that is not a boolean', async () => {
    const project = makeProject({ 'requirements.txt': 'toplib\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, transitive: 'maybe' }, project.dir);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::sdist-guard: configuration error: transitive: "maybe" is not a boolean: expected true or false/);
    } finally {
      project.cleanup();
    }
  });
});
