// Measures the built CLI against real sdists: how many legitimate packages it would block (false
// alarms), and how many malicious ones it catches, by label group and by technique.
//
// usage:
//   npm run eval -- --corpus DIR [--labels TSV] [--sets a,b,...] [--match REGEX] [--json FILE]
//   npm run eval -- BENIGN_DIR [MALICIOUS_DIR] [--labels TSV] [--match REGEX] [--json FILE]
//
// --corpus DIR reads the standard layout (default sets: all of them):
//   mal-files         DIR/mal-files/<folder>/             build files of malicious packages
//   mal-archives      DIR/mal-archives/malicious-dev-archives/   their whole sdists
//   benign-dev        DIR/benign-dev/*.orig.tar.*         benign sdists as whole archives
//   benign-400        DIR/benign-400/*.orig.tar.*
//   benign-dev-files  the same archives' top-level build files, copied to a temporary folder
//   benign-400-files
// --labels TSV (default DIR/../shared/corpus/malicious-dev.tsv when it exists): the dir, label,
//   payload_in_build_files and archive columns. Recall is counted over `payload` rows (label
//   `in-scope`, payload_in_build_files not `no`); `plain-setup` and `no-payload` rows are reported
//   apart. Each row's technique is guessed from its build-file folder (see eval/techniques.mjs).
// A benign input that would fail the gate (suspicious, or not fully checked: `unresolved`) is a
// false alarm. A malicious input is caught when the analysis finds it suspicious; the gate also
// blocks those it could not fully check, reported as `blocked`.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { extractBuildFiles } from './eval/build-files.mjs';
import { GROUPS, groupOf, readLabels } from './eval/labels.mjs';
import { CLI, RANK, RECOMPRESSED, conversionNotes, entriesOf, haveTool, perEntry, recompressionOf, runAll } from './eval/runner.mjs';
import { TECHNIQUES, classify, plainSetupKind } from './eval/techniques.mjs';

function usage(message) {
  console.error(
    `${message}\nusage: npm run eval -- --corpus DIR [--labels TSV] [--sets a,b] [--match REGEX] [--json FILE]\n` +
      `       npm run eval -- BENIGN_DIR [MALICIOUS_DIR] [--labels TSV] [--match REGEX] [--json FILE]`,
  );
  process.exit(2);
}

/** Debian's copy of an upstream sdist. */
const ORIG = /\.orig(?:-[\w.-]+)?\.tar\./;

const ALL_SETS = ['mal-files', 'mal-archives', 'benign-dev', 'benign-400', 'benign-dev-files', 'benign-400-files'];

function parseArgs(argv) {
  const o = { positional: [], sets: undefined, corpus: undefined, labels: undefined, match: undefined, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--corpus') o.corpus = resolve(value());
    else if (a === '--labels') o.labels = resolve(value());
    else if (a === '--sets') o.sets = value().split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--match') o.match = new RegExp(value());
    else if (a === '--json') o.json = resolve(value());
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else o.positional.push(resolve(a));
  }
  return o;
}

/** The sets to measure: { name, role, form, dir }. */
function plan(o) {
  const sets = [];
  if (o.corpus) {
    if (o.positional.length) usage('give either --corpus or directories, not both');
    const layout = {
      'mal-files': { role: 'malicious', form: 'files', dir: join(o.corpus, 'mal-files') },
      'mal-archives': { role: 'malicious', form: 'archives', dir: join(o.corpus, 'mal-archives', 'malicious-dev-archives') },
      'benign-dev': { role: 'benign', form: 'archives', dir: join(o.corpus, 'benign-dev') },
      'benign-400': { role: 'benign', form: 'archives', dir: join(o.corpus, 'benign-400') },
      'benign-dev-files': { role: 'benign', form: 'files', dir: join(o.corpus, 'benign-dev'), extract: true },
      'benign-400-files': { role: 'benign', form: 'files', dir: join(o.corpus, 'benign-400'), extract: true },
    };
    for (const name of o.sets ?? ALL_SETS) {
      if (!layout[name]) usage(`unknown set ${name}; known: ${ALL_SETS.join(', ')}`);
      sets.push({ name, ...layout[name] });
    }
  } else {
    if (o.sets) usage('--sets needs --corpus');
    if (o.positional.length < 1 || o.positional.length > 2) usage('expected one or two directories, or --corpus DIR');
    sets.push({ name: 'benign', role: 'benign', form: 'archives', dir: o.positional[0] });
    if (o.positional[1]) sets.push({ name: 'malicious', role: 'malicious', form: 'as given', dir: o.positional[1] });
  }
  for (const s of sets) if (!existsSync(s.dir) || !statSync(s.dir).isDirectory()) usage(`not a directory: ${s.dir}`);
  return sets;
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');
const clip = (s, n) => {
  const one = String(s ?? '').replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function topFindings(findings, n) {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (RANK[b.f.severity] ?? 0) - (RANK[a.f.severity] ?? 0) || a.i - b.i)
    .slice(0, n)
    .map(({ f }) => f);
}

function printFindings(r, extra = '') {
  console.log(`  ${r.name}${extra}${r.findings.length ? '' : '  (no findings)'}`);
  for (const f of topFindings(r.findings, 3)) {
    console.log(`      [${f.severity}] ${f.rule}  ${f.path}:${f.line}  ${clip(f.message, 100)}`);
    console.log(`          ${clip(f.evidence, 140)}`);
  }
  if (r.findings.length > 3) console.log(`      … ${r.findings.length - 3} more`);
  if (r.unreadable) console.log(`      not fully checked: ${clip(r.reason, 160)}`);
}

/** Rules at high or critical severity: the ones that make an input fail the gate. */
const gateRules = (r) => [...new Set(r.findings.filter((f) => RANK[f.severity] >= RANK.high).map((f) => f.rule))];

function describeInputs(entries, records, skipped) {
  console.log(`  inputs:     ${records.length}${skipped ? ` (${skipped} other files ignored)` : ''}`);
  for (const { suffix, tool } of RECOMPRESSED) {
    const n = entries.filter((p) => recompressionOf(p)?.suffix === suffix).length;
    if (!n) continue;
    console.log(
      haveTool(tool)
        ? `              ${n} ${suffix} decompressed by the eval with \`${tool} -dc\` to a temporary .tar (the product reads .tar.gz, .tgz, .tar and .zip)`
        : `              ${n} ${suffix} passed as they are: \`${tool}\` not found, and the product does not read ${suffix}`,
    );
  }
  if (conversionNotes.size) {
    console.log(`              ${conversionNotes.size} with a zip directory at the end of the decompressed .tar only, not of the file pip reads: that note ignored`);
  }
}

async function measure(set, o) {
  console.log(`\n== ${set.name} (${set.role}, ${set.form}): ${set.dir}`);
  let { entries, skipped } = entriesOf(set.dir);
  if (o.match) entries = entries.filter((p) => o.match.test(basename(p)));
  // Debian's folders also hold its packaging (`*.debian.tar.xz`): only the upstream sdists count
  if (set.role === 'benign' && entries.some((p) => ORIG.test(basename(p)))) {
    const kept = entries.filter((p) => ORIG.test(basename(p)));
    if (kept.length < entries.length) console.log(`  ${entries.length - kept.length} archives that are not upstream sources (*.orig.tar.*) left out`);
    entries = kept;
  }
  let failed = [];
  let nameOf = (p) => basename(p);
  if (set.extract) {
    const archives = entries.filter((p) => statSync(p).isFile());
    const got = extractBuildFiles(archives);
    const archiveOf = new Map(got.folders.map((f) => [f.folder, f.archive]));
    entries = got.folders.map((f) => f.folder);
    failed = got.failed;
    nameOf = (p) => basename(archiveOf.get(p) ?? p);
    console.log(`  build files of ${archives.length} archives copied to a temporary folder; ${failed.length} without any`);
    for (const f of failed) console.log(`    ${basename(f.path)}: ${f.reason}`);
  }
  if (entries.length === 0) {
    console.log('  nothing to measure here');
    return { set: set.name, role: set.role, form: set.form, records: [] };
  }
  conversionNotes.clear();
  const records = perEntry(await runAll(entries)).map((r) => ({ ...r, name: nameOf(r.path) }));
  describeInputs(entries, records, skipped);
  return set.role === 'benign' ? reportBenign(set, records) : reportMalicious(set, records, o);
}

function reportBenign(set, records) {
  const flagged = records.filter((r) => r.suspicious);
  const unresolved = records.filter((r) => !r.suspicious && r.unreadable);
  const gate = flagged.length + unresolved.length;
  console.log(`  suspicious:  ${flagged.length} (${pct(flagged.length, records.length)})`);
  console.log(`  unresolved:  ${unresolved.length} (${pct(unresolved.length, records.length)})  not fully checked`);
  console.log(`  FALSE ALARMS (would fail the gate): ${gate} of ${records.length} = ${pct(gate, records.length)}`);
  if (flagged.length) {
    console.log(`\n  suspicious benign inputs, with the rules that fail the gate:`);
    for (const r of flagged) printFindings(r, `  [${gateRules(r).join(', ')}]`);
    const rules = new Map();
    for (const r of flagged) for (const rule of gateRules(r)) rules.set(rule, (rules.get(rule) ?? 0) + 1);
    console.log(`\n  rules behind the false alarms:`);
    for (const [rule, n] of [...rules].sort((a, b) => b[1] - a[1])) console.log(`    ${String(n).padStart(4)}  ${rule}`);
  }
  if (unresolved.length) {
    console.log(`\n  benign inputs not fully checked (unresolved):`);
    for (const r of unresolved) console.log(`    ${r.name}: ${clip(r.reason, 160)}`);
  }
  return {
    set: set.name,
    role: set.role,
    form: set.form,
    summary: { inputs: records.length, suspicious: flagged.length, unresolved: unresolved.length, falseAlarms: gate },
    records: records.map((r) => ({ name: r.name, suspicious: r.suspicious, unresolved: r.unreadable, rules: gateRules(r), reason: r.reason || undefined })),
  };
}

function reportMalicious(set, records, o) {
  const labels = o.labelsTable;
  const folders = o.corpus ? join(o.corpus, 'mal-files') : undefined;
  for (const r of records) {
    const row = labels ? (labels.byDir.get(r.name) ?? labels.byArchive.get(r.name)) : undefined;
    r.row = row;
    r.group = groupOf(row);
    const folder = row && folders && existsSync(join(folders, row.dir)) ? join(folders, row.dir) : set.form === 'files' ? r.path : undefined;
    r.techniques = r.group === 'plain-setup' ? [folder ? plainSetupKind(folder) : 'plain-setup'] : folder ? classify(folder) : ['unknown'];
  }
  console.log('');
  console.log(`  group         rows  suspicious  blocked  recall   (blocked: suspicious, or not fully checked)`);
  for (const g of GROUPS) {
    const rs = records.filter((r) => r.group === g);
    if (!rs.length) continue;
    const s = rs.filter((r) => r.suspicious).length;
    const b = rs.filter((r) => r.suspicious || r.unreadable).length;
    console.log(`  ${g.padEnd(12)} ${String(rs.length).padStart(5)}  ${String(s).padStart(10)}  ${String(b).padStart(7)}  ${pct(s, rs.length).padStart(6)}`);
  }
  const payload = records.filter((r) => r.group === 'payload');
  const caught = payload.filter((r) => r.suspicious).length;
  if (labels) console.log(`  RECALL over payload rows: ${caught} of ${payload.length} = ${pct(caught, payload.length)}`);
  else console.log(`  RECALL (no labels): ${records.filter((r) => r.suspicious).length} of ${records.length} = ${pct(records.filter((r) => r.suspicious).length, records.length)}`);

  for (const g of GROUPS) {
    const missed = records.filter((r) => r.group === g && !r.suspicious);
    if (!missed.length) continue;
    // no-payload rows are expected to pass: list them only by name
    if (g === 'no-payload') {
      console.log(`\n  ${g} rows not flagged (expected: nothing to find in the build files): ${missed.length}`);
      continue;
    }
    console.log(`\n  ${g} rows NOT flagged (${missed.length}), technique first:`);
    for (const r of missed.sort((a, b) => a.techniques[0].localeCompare(b.techniques[0]) || a.name.localeCompare(b.name))) {
      printFindings(r, `  [${r.techniques.join(', ')}]`);
    }
  }
  const unreadable = records.filter((r) => r.unreadable);
  if (unreadable.length) {
    console.log(`\n  inputs not fully checked:`);
    for (const r of unreadable) console.log(`    ${r.name}${r.suspicious ? ' (suspicious)' : ''}: ${clip(r.reason, 160)}`);
  }
  return {
    set: set.name,
    role: set.role,
    form: set.form,
    summary: {
      inputs: records.length,
      payload: payload.length,
      caught,
      plainLoads: count(records.filter((r) => r.techniques[0] === 'plain-setup (build loads package code)')),
      plainMetadata: count(records.filter((r) => r.techniques[0] === 'plain-setup (metadata only)')),
    },
    records: records.map((r) => ({
      name: r.name,
      dir: r.row?.dir,
      group: r.group,
      suspicious: r.suspicious,
      unresolved: r.unreadable,
      techniques: r.techniques,
      rules: gateRules(r),
    })),
  };
}

const count = (rs) => ({ caught: rs.filter((r) => r.suspicious).length, rows: rs.length });

/** Payload rows by their own technique, caught in each malicious form measured. */
function techniqueTable(results) {
  const mal = results.filter((r) => r.role === 'malicious' && r.records.length);
  if (!mal.length) return;
  const plain = ['plain-setup (build loads package code)', 'plain-setup (metadata only)', 'plain-setup'];
  const names = [...TECHNIQUES.map(([n]) => n), 'other', 'unknown', ...plain];
  console.log(`\n== recall by technique (a row's first technique; payload rows, plain-setup apart)`);
  console.log(`  ${'technique'.padEnd(40)} ${mal.map((m) => m.set.padStart(18)).join(' ')}`);
  for (const t of names) {
    const cells = mal.map((m) => {
      const rs = m.records.filter((r) => (r.group === 'payload' || (plain.includes(t) && r.group === 'plain-setup')) && r.techniques[0] === t);
      return rs.length ? `${rs.filter((r) => r.suspicious).length}/${rs.length} ${pct(rs.filter((r) => r.suspicious).length, rs.length)}`.padStart(18) : ''.padStart(18);
    });
    if (cells.some((c) => c.trim())) console.log(`  ${t.padEnd(40)} ${cells.join(' ')}`);
  }
}

function summary(results) {
  console.log(`\n== summary`);
  for (const r of results) {
    if (!r.summary) continue;
    if (r.role === 'benign') console.log(`  ${r.set.padEnd(18)} false alarms ${r.summary.falseAlarms}/${r.summary.inputs} = ${pct(r.summary.falseAlarms, r.summary.inputs)} (suspicious ${r.summary.suspicious}, unresolved ${r.summary.unresolved})`);
    else {
      const { plainLoads: l, plainMetadata: m } = r.summary;
      console.log(
        `  ${r.set.padEnd(18)} recall ${r.summary.caught}/${r.summary.payload} = ${pct(r.summary.caught, r.summary.payload)} over payload rows; ` +
          `plain-setup: ${l.caught}/${l.rows} whose build loads package code, ${m.caught}/${m.rows} metadata only`,
      );
    }
  }
  const benign = results.filter((r) => r.role === 'benign' && r.form === 'archives' && r.summary);
  if (benign.length > 1) {
    const fa = benign.reduce((n, r) => n + r.summary.falseAlarms, 0);
    const all = benign.reduce((n, r) => n + r.summary.inputs, 0);
    console.log(`  ${'benign archives'.padEnd(18)} false alarms ${fa}/${all} = ${pct(fa, all)}`);
  }
}

const o = parseArgs(process.argv.slice(2));
const sets = plan(o);
const defaultLabels = o.corpus ? join(dirname(o.corpus), 'shared', 'corpus', 'malicious-dev.tsv') : undefined;
const labelsPath = o.labels ?? (defaultLabels && existsSync(defaultLabels) ? defaultLabels : undefined);
if (labelsPath) {
  try {
    o.labelsTable = readLabels(labelsPath);
  } catch (e) {
    usage(`cannot read the labels: ${e.message}`);
  }
}
if (!existsSync(CLI)) {
  console.error(`${CLI} does not exist: run npm run build first`);
  process.exit(2);
}
if (labelsPath) console.log(`labels: ${labelsPath} (${o.labelsTable.byDir.size} rows)`);
const results = [];
for (const set of sets) results.push(await measure(set, o));
techniqueTable(results);
summary(results);
if (o.json) writeFileSync(o.json, JSON.stringify({ sets: results }, null, 1));
