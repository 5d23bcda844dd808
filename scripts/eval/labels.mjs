// The labels of a malicious set (a TSV with the columns dir, label, first_added,
// payload_in_build_files, archive) and the groups recall is counted over.
import { readFileSync } from 'node:fs';

/**
 * `payload`: the build files carry the payload (label `in-scope`, not read as `no`): the rows
 * recall is measured on. `no-payload`: read by hand, the build files only run the package's own
 * modules, copy a legitimate setup.py or are harmless. `plain-setup`: setup.py only declares
 * metadata; on whole archives the payload may still run at build time through the package.
 */
export const GROUPS = ['payload', 'no-payload', 'plain-setup', 'unlabelled'];

export function groupOf(row) {
  if (!row) return 'unlabelled';
  if (row.label === 'plain-setup') return 'plain-setup';
  if (row.label === 'in-scope') return row.payload === 'no' ? 'no-payload' : 'payload';
  return 'unlabelled';
}

/** Rows keyed by folder name and by archive file name. */
export function readLabels(path) {
  const byDir = new Map();
  const byArchive = new Map();
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim());
  const head = lines.shift()?.split('\t') ?? [];
  const col = (name) => {
    const i = head.indexOf(name);
    if (i === -1) throw new Error(`${path}: no "${name}" column in the header`);
    return i;
  };
  const [dir, label, payload, archive] = [col('dir'), col('label'), col('payload_in_build_files'), col('archive')];
  for (const [n, line] of lines.entries()) {
    const f = line.split('\t');
    if (!f[dir]) throw new Error(`${path}:${n + 2}: no folder name`);
    const row = { dir: f[dir], label: f[label], payload: (f[payload] ?? '').trim(), archive: (f[archive] ?? '').trim() };
    byDir.set(row.dir, row);
    if (row.archive) byArchive.set(row.archive, row);
  }
  return { byDir, byArchive };
}
