#!/usr/bin/env node
// A package index on 127.0.0.1 for the self-test workflow: builds the wheels and sdists listed in
// __tests__/fixtures/self-test/index.json in memory and serves them as PEP 691 JSON or PEP 503 HTML
// (by Accept), with sha256 hashes, and at its root an OSV-compatible advisory service (POST
// /v1/querybatch, GET /v1/vulns/{id}) answering from the records in advisories.json. Plain Node, no
// dependencies, nothing written but --ready-file.
//
//   node scripts/serve-fixture-index.mjs [--port 8765] [--fixtures DIR] [--ready-file FILE]
//
// Once listening it prints the index URL and writes it to --ready-file, so a workflow step can
// wait for that file; it stops on SIGTERM or SIGINT.

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8765' },
    host: { type: 'string', default: '127.0.0.1' },
    fixtures: { type: 'string', default: join(here, '..', '__tests__', 'fixtures', 'self-test') },
    'ready-file': { type: 'string' },
  },
});

const enc = new TextEncoder();
// Fixed timestamps keep the archives, and so their hashes, the same on every start.
const MTIME = Date.UTC(2024, 0, 1) / 1000;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data) {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip with stored (uncompressed) entries: all a wheel needs to be read. */
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = enc.encode(name);
    const data = typeof content === 'string' ? enc.encode(content) : content;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const size = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function octal(n, width) {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

/** A ustar archive of regular files. */
function tar(files) {
  const blocks = [];
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? enc.encode(content) : content;
    if (enc.encode(name).length > 100) throw new Error(`${name}: tar name longer than 100 bytes`);
    const header = Buffer.alloc(512);
    header.write(name, 0, 'utf8');
    header.write(octal(0o644, 8), 100);
    header.write(octal(0, 8), 108);
    header.write(octal(0, 8), 116);
    header.write(octal(data.length, 12), 124);
    header.write(octal(MTIME, 12), 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(octal(sum, 7) + ' ', 148);
    blocks.push(header, Buffer.from(data), Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

function readTree(dir) {
  const out = {};
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      const abs = join(d, entry);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[relative(dir, abs).split(sep).join('/')] = readFileSync(abs);
    }
  };
  walk(dir);
  return out;
}

const normalize = (name) => name.replace(/[-_.]+/g, '-').toLowerCase();

function metadata(name, version) {
  // 2.2, with nothing dynamic: the metadata binds what a build produces, and it declares no dependencies
  return `Metadata-Version: 2.2\nName: ${name}\nVersion: ${version}\n`;
}

function wheel(name, version) {
  const dist = `${name.replace(/[-.]+/g, '_')}-${version}`;
  const files = {
    [`${name.replace(/[-.]+/g, '_')}/__init__.py`]: `__version__ = "${version}"\n`,
    [`${dist}.dist-info/METADATA`]: metadata(name, version),
    [`${dist}.dist-info/WHEEL`]: 'Wheel-Version: 1.0\nGenerator: sdist-guard-fixtures\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  };
  files[`${dist}.dist-info/RECORD`] = Object.keys(files).map((f) => `${f},,`).join('\n') + `\n${dist}.dist-info/RECORD,,\n`;
  return { filename: `${dist}-py3-none-any.whl`, data: zip(files) };
}

function sdist(name, version, dir) {
  const base = `${name.replace(/[-.]+/g, '_')}-${version}`;
  const files = { [`${base}/PKG-INFO`]: metadata(name, version) };
  for (const [path, data] of Object.entries(readTree(dir))) files[`${base}/${path}`] = data;
  return { filename: `${base}.tar.gz`, data: gzipSync(tar(files), { level: 9 }) };
}

function buildProjects(fixtures) {
  const listing = JSON.parse(readFileSync(join(fixtures, 'index.json'), 'utf8'));
  const projects = new Map();
  for (const [name, releases] of Object.entries(listing)) {
    const files = releases.map((r) => {
      if (r.kind === 'wheel') return wheel(name, r.version);
      if (r.kind === 'sdist') return sdist(name, r.version, resolve(fixtures, r.files));
      throw new Error(`index.json: ${name} ${r.version}: kind must be wheel or sdist, got ${JSON.stringify(r.kind)}`);
    });
    projects.set(normalize(name), {
      name,
      files: files.map((f) => ({ ...f, sha256: createHash('sha256').update(f.data).digest('hex') })),
    });
  }
  return projects;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const projects = buildProjects(resolve(values.fixtures));
/** OSV records, as the advisory service answers them; none when the fixtures have no advisories.json. */
const advisories = (() => {
  try {
    return JSON.parse(readFileSync(join(resolve(values.fixtures), 'advisories.json'), 'utf8'));
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
})();

/** The querybatch answer: per query, in order, the ids and modified times of the records naming it. */
function answerBatch(body) {
  let queries;
  try {
    queries = JSON.parse(body).queries;
  } catch {
    return undefined;
  }
  if (!Array.isArray(queries) || queries.length > 1000) return undefined;
  return {
    results: queries.map((q) => {
      const vulns = advisories
        .filter((r) => r.affected.some((a) => a.package.ecosystem === q.package?.ecosystem && normalize(a.package.name) === normalize(q.package?.name ?? '') && a.versions.includes(q.version)))
        .map((r) => ({ id: r.id, modified: r.modified }));
      return vulns.length ? { vulns } : {};
    }),
  };
}
const byFilename = new Map([...projects.values()].flatMap((p) => p.files.map((f) => [f.filename, f])));

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  if (req.method === 'POST' && url.pathname === '/v1/querybatch') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const answer = answerBatch(Buffer.concat(chunks).toString('utf8'));
      if (!answer) return send(400, 'application/json', '{"code":3,"message":"Invalid query."}');
      send(200, 'application/json', JSON.stringify(answer));
    });
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed\n');
  const record = /^\/v1\/vulns\/([^/]+)$/.exec(url.pathname);
  if (record) {
    const found = advisories.find((r) => r.id === decodeURIComponent(record[1]));
    return found ? send(200, 'application/json', JSON.stringify(found)) : send(404, 'application/json', '{"code":5,"message":"Bug not found."}');
  }
  if (url.pathname === '/simple/' || url.pathname === '/simple') {
    const links = [...projects.values()].map((p) => `<a href="/simple/${normalize(p.name)}/">${escapeHtml(p.name)}</a>`).join('\n');
    return send(200, 'text/html', `<!DOCTYPE html><html><body>\n${links}\n</body></html>\n`);
  }
  const page = /^\/simple\/([^/]+)\/?$/.exec(url.pathname);
  if (page) {
    const project = projects.get(normalize(decodeURIComponent(page[1])));
    if (!project) return send(404, 'text/plain', 'not found\n');
    if (normalize(page[1]) !== page[1] || !url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `/simple/${normalize(page[1])}/` });
      return res.end();
    }
    if (/application\/vnd\.pypi\.simple\.v1\+json/.test(req.headers.accept ?? '')) {
      const body = JSON.stringify({
        meta: { 'api-version': '1.1' },
        name: normalize(project.name),
        files: project.files.map((f) => ({ filename: f.filename, url: `/files/${f.filename}`, hashes: { sha256: f.sha256 }, size: f.data.length })),
        versions: [...new Set(project.files.map((f) => f.filename.split('-')[1].replace(/\.tar\.gz$/, '')))],
      });
      return send(200, 'application/vnd.pypi.simple.v1+json', body);
    }
    const links = project.files.map((f) => `<a href="/files/${f.filename}#sha256=${f.sha256}">${escapeHtml(f.filename)}</a><br>`).join('\n');
    return send(200, 'text/html', `<!DOCTYPE html><html><body>\n<h1>Links for ${escapeHtml(project.name)}</h1>\n${links}\n</body></html>\n`);
  }
  const file = /^\/files\/([^/]+)$/.exec(url.pathname);
  if (file && byFilename.has(file[1])) {
    const f = byFilename.get(file[1]);
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': f.data.length });
    return res.end(req.method === 'HEAD' ? undefined : f.data);
  }
  return send(404, 'text/plain', 'not found\n');
});

server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  const indexUrl = `http://${values.host}:${port}/simple`;
  if (values['ready-file']) writeFileSync(values['ready-file'], indexUrl + '\n');
  process.stdout.write(`serving ${projects.size} fixture projects at ${indexUrl}, and ${advisories.length} advisories at http://${values.host}:${port}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
