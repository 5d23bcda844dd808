// What a malicious build script does, guessed from its text, so that misses and recall can be
// grouped by technique. The guess is a reader's aid for the eval, not a detector: it looks at
// words, not at what runs. The first technique that matches is the row's own; the others are
// listed with a miss.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_TEXT = 2 * 1024 * 1024;

/** Ordered from the most specific to the most generic. */
export const TECHNIQUES = [
  ['reverse-shell', /\/dev\/tcp\/|\bpty\.spawn\b|\bdup2\s*\(|TCPClient|\bnc(?:at)?(?:\.exe)?\s[^\n]{0,80}-e\s|\bsocat\b|\bbash\s+-i\b/],
  ['decoding-loop', /chr\s*\(\s*ord\s*\([^\n]{0,80}\^|\^\s*ord\s*\(|codecs\.get(?:de|en)coder/],
  ['obfuscator-runtime', /__pyarmor__|pyarmor_runtime|\bpytransform\b/],
  ['cloud-metadata', /169\.254\.169\.254|metadata\.google\.internal|serviceaccount\/token|KUBERNETES_SERVICE_HOST|\/var\/run\/secrets\/kubernetes/],
  ['tampering', /\.lnk\b|\bnet\s+user\b|\buseradd\b|\bshutdown\s|socket\.py\b|\bpasswd\b[^\n]{0,40}--stdin|\bchpasswd\b/i],
  ['second-stage-detached', /NamedTemporaryFile|\bmkstemp\b|\bstartfile\b|\bpythonw\b|creationflags|CREATE_NO_WINDOW|DETACHED_PROCESS|start\s+\/b\b/],
  ['download-to-disk', /urlretrieve|\bwget\b|\bcurl\b|git\s+clone|DownloadFile|Invoke-WebRequest|\biwr\b|certutil|\.exe\b|pip[\w.'", ]{0,20}install|open\([^\n]{0,120}['"]wb['"]/],
  ['remote-code', /(?:exec|eval)\s*\([^\n]{0,200}(?:requests\.|urlopen|\.text\b|\.content\b|\.read\(\))|\.(?:png|jpe?g|gif)\b|\bcommits?\b|pastebin|gist\./i],
  ['encoded-exec', /(?:exec|eval|compile)\s*\(|\bmarshal\b|\bFernet\b|b64decode|\bzlib\b|\blzma\b|\bcodecs\.(?:decode|getdecoder)|__import__/],
  ['stealer', /discord|Login Data|Local State|wallet|\btdata\b|\.ssh\b|\.aws\b|cookies|passwords?\b|clipboard|keylog/i],
  ['socket-dns-exfil', /\bsocket\b|\bnslookup\b|\bdig\s|dns\.resolver|gethostbyname/],
  ['beacon', /gethostname|getuser|getlogin|getcwd|platform\.node|os\.uname|\benviron\b|whoami|hostname/],
  ['http-request', /\brequests\b|urllib|httplib|http\.client|\bhttpx\b|\baiohttp\b/],
  ['runs-process', /\bos\.system\b|\bsubprocess\b|\bpopen\b/i],
  ['runs-package-code', { test: importsOwnCode }],
];

// Modules that ordinary build scripts import; anything else at the top level is likely the
// package's own code, which the folder form of the set does not hold.
const COMMON = new Set(
  ('setuptools distutils os sys io re codecs pathlib glob shutil subprocess platform json ast warnings ' +
    'textwrap time datetime sysconfig site importlib pkg_resources configparser ConfigParser string ' +
    'fnmatch typing collections itertools functools tempfile stat struct base64 hashlib logging socket pty ' +
    'urllib urllib2 urllib3 requests http httplib getpass uuid random threading multiprocessing ctypes zlib ' +
    'marshal binascii ssl winreg _winreg locale atexit signal traceback errno copy math pip Cython numpy ' +
    'wheel zipfile tarfile email smtplib webbrowser sqlite3 pickle lzma bz2 cryptography Crypto __future__').split(' '),
);
export function importsOwnCode(text) {
  if (/python[\d.]*\s+-m\s+\w|python[\d.]*\s+-c\s/.test(text)) return true;
  for (const m of text.matchAll(/^[ \t]*(?:from[ \t]+(\.*)([\w]*)[ \t]+import|import[ \t]+([\w]+))/gm)) {
    if (m[1]) return true;
    const mod = m[2] || m[3];
    if (mod && !COMMON.has(mod)) return true;
  }
  return false;
}

export function techniquesOf(text) {
  return TECHNIQUES.filter(([, re]) => re.test(text)).map(([name]) => name);
}

/** The text of the build files in a folder (top level only, as the set holds them). */
export function folderText(dir) {
  let out = '';
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return '';
  }
  for (const name of names) {
    const p = join(dir, name);
    try {
      if (!statSync(p).isFile()) continue;
      out += '\n' + readFileSync(p, 'latin1');
    } catch {
      continue;
    }
    if (out.length > MAX_TEXT) break;
  }
  return out.slice(0, MAX_TEXT);
}

/** The row's techniques, the first one its own; `other` when nothing matches. */
export function classify(dir) {
  const found = techniquesOf(folderText(dir));
  return found.length ? found : ['other'];
}

/**
 * A plain-setup row: does its build load any of the package's own code (an import of a
 * non-standard module, `python -m`)? When not, the payload only runs once the package is used,
 * which no build-time analysis sees.
 */
export function plainSetupKind(dir) {
  let text;
  try {
    text = readFileSync(join(dir, 'setup.py'), 'latin1');
  } catch {
    text = folderText(dir);
  }
  // text inside triple-quoted strings (a long description quoting `import pkg`) is not code
  const code = text.replace(/(?:'''|""")[\s\S]*?(?:'''|""")/g, '');
  return importsOwnCode(code) ? 'plain-setup (build loads package code)' : 'plain-setup (metadata only)';
}
