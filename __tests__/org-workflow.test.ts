// The workflow files, checked with GitHub's own workflow parser (@actions/workflow-parser, the one
// behind the Actions editor support): the reusable organization audit, the project's own workflows,
// and the caller the README shows. A schema error here is one GitHub would refuse the file for.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';

const WORKFLOWS = '.github/workflows';

async function check(name: string, content: string): Promise<{ errors: string[]; jobs: string[] }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return { errors, jobs: [] };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { errors: [...errors, ...(template.errors ?? []).map((e) => e.Message)], jobs: (template.jobs ?? []).map((j) => j.id.value) };
}

describe('workflow files', () => {
  it.each(readdirSync(WORKFLOWS).filter((f) => /\.ya?ml$/.test(f)))('%s is a valid workflow', async (file) => {
    const { errors, jobs } = await check(file, readFileSync(join(WORKFLOWS, file), 'utf8'));
    expect(errors).toEqual([]);
    expect(jobs.length).toBeGreaterThan(0);
  });

  it('the parser does find mistakes', async () => {
    const { errors } = await check('bad.yml', 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n');
    expect(errors.join('\n')).toMatch(/Unexpected value 'stepz'/);
  });

  it('the organization audit is reusable, plans, scans per chunk and reports', async () => {
    const text = readFileSync(join(WORKFLOWS, 'org-audit.yml'), 'utf8');
    expect(text).toMatch(/^on:\n {2}workflow_call:/m);
    expect((await check('org-audit.yml', text)).jobs).toEqual(['plan', 'scan', 'report']);
    // every flag the workflow passes is one the commands accept
    // the organization commands' own options, and the scan options org-scan shares with scan
    const source = readFileSync('src/org/command.ts', 'utf8') + readFileSync('src/scan-flags.ts', 'utf8');
    const argLists = [...text.matchAll(/args\+?=\(([^)]*)\)/g)].map((m) => m[1]).join(' ');
    const flags = new Set([...argLists.matchAll(/(?<![\w-])--([a-z][a-z-]+)/g)].map((m) => m[1]));
    expect(flags.size).toBeGreaterThan(10);
    for (const flag of flags) expect(source).toMatch(new RegExp(`(^|[\\s{,])'?${flag}'?: \\{ type:`, 'm'));
  });

  it("the README's caller workflows are valid", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const callers = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]).filter((y) => y.includes('org-audit.yml@'));
    expect(callers.length).toBeGreaterThan(0);
    for (const y of callers) expect((await check('caller.yml', y)).errors).toEqual([]);
  });
});
