#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 328:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  MR: () => (/* binding */ ANALYZER_VERSION),
  y0: () => (/* binding */ RULES),
  GG: () => (/* binding */ analyzeSdist),
  mH: () => (/* binding */ analyzeSource)
});

// UNUSED EXPORTS: MAX_FILES, MAX_PAYLOAD_DEPTH

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/analysis/decode.ts
// Undoing the encodings build scripts hide payloads with. Byte strings are held one char per byte
// (latin1). Every decoder is bounded by a shared budget of output bytes, so a decompression bomb
// or a chain of decoders cannot run away.

/** Output of one decode step. */
const MAX_DECODE_OUTPUT = 2 * 1024 * 1024;
/** Output of all decode steps over one sdist. */
const MAX_DECODED_TOTAL = 16 * 1024 * 1024;
class DecodeBudget {
    total;
    used = 0;
    exhausted = false;
    constructor(total = MAX_DECODED_TOTAL) {
        this.total = total;
    }
    /** Charges `n` bytes; false (and marks the budget exhausted) when it does not fit. */
    charge(n) {
        if (this.used + n > this.total) {
            this.exhausted = true;
            return false;
        }
        this.used += n;
        return true;
    }
}
const fail = (reason) => ({ ok: false, reason });
const overLimit = (reason) => ({ ok: false, reason, limit: true });
function within(budget, value) {
    if (value.length > MAX_DECODE_OUTPUT)
        return overLimit(`output larger than ${MAX_DECODE_OUTPUT} bytes`);
    if (!budget.charge(value.length))
        return overLimit('decode budget exhausted');
    return { ok: true, value };
}
const toBuf = (s) => Buffer.from(s, 'latin1');
function base64Decode(input, budget, urlsafe = false, altchars) {
    let s = input;
    if (altchars && altchars.length >= 2)
        s = s.split(altchars[0]).join('+').split(altchars[1]).join('/');
    if (urlsafe)
        s = s.replace(/-/g, '+').replace(/_/g, '/');
    // Python (validate=False) drops characters outside the alphabet, as Node does.
    const clean = s.replace(/[^A-Za-z0-9+/=]/g, '');
    if (clean.length === 0 && input.length > 0)
        return fail('no base64 characters');
    const body = clean.replace(/=+$/, '');
    if (body.length % 4 === 1)
        return fail('incorrect base64 padding');
    return within(budget, Buffer.from(body, 'base64').toString('latin1'));
}
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32Decode(input, budget) {
    const s = input.replace(/=+$/, '').toUpperCase();
    let bits = 0;
    let acc = 0;
    const out = [];
    for (const ch of s) {
        const v = B32.indexOf(ch);
        if (v === -1)
            return fail(`not base32: ${JSON.stringify(ch)}`);
        acc = (acc << 5) | v;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.push((acc >> bits) & 0xff);
        }
        if (out.length > MAX_DECODE_OUTPUT)
            break;
    }
    return within(budget, Buffer.from(out).toString('latin1'));
}
function hexDecode(input, budget, allowSpaces = false) {
    const s = allowSpaces ? input.replace(/\s+/g, '') : input;
    if (s.length % 2 !== 0)
        return fail('odd-length hex string');
    if (!/^[0-9a-fA-F]*$/.test(s))
        return fail('not hexadecimal');
    return within(budget, Buffer.from(s, 'hex').toString('latin1'));
}
const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
function base85(input, alphabet, budget, ascii85) {
    let s = input;
    if (ascii85) {
        s = s.replace(/\s+/g, '');
        if (s.startsWith('<~'))
            s = s.slice(2);
        if (s.endsWith('~>'))
            s = s.slice(0, -2);
        s = s.replace(/z/g, '!!!!!');
    }
    const out = [];
    for (let i = 0; i < s.length; i += 5) {
        const chunk = s.slice(i, i + 5);
        const pad = 5 - chunk.length;
        let acc = 0;
        for (let j = 0; j < 5; j++) {
            const ch = j < chunk.length ? chunk[j] : alphabet[84];
            const v = alphabet.indexOf(ch);
            if (v === -1)
                return fail(`not base85: ${JSON.stringify(ch)}`);
            acc = acc * 85 + v;
        }
        if (acc > 0xffffffff)
            return fail('base85 group out of range');
        const bytes = [(acc >>> 24) & 0xff, (acc >>> 16) & 0xff, (acc >>> 8) & 0xff, acc & 0xff];
        out.push(...bytes.slice(0, 4 - pad));
        if (out.length > MAX_DECODE_OUTPUT)
            break;
    }
    return within(budget, Buffer.from(out).toString('latin1'));
}
function base85Decode(input, budget) {
    return base85(input, B85, budget, false);
}
const A85 = Array.from({ length: 85 }, (_, i) => String.fromCharCode(33 + i)).join('');
function ascii85Decode(input, budget) {
    return base85(input, A85, budget, true);
}
function rot13(s) {
    return s.replace(/[a-zA-Z]/g, (c) => {
        const base = c <= 'Z' ? 65 : 97;
        return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
    });
}
/** zlib.decompress: zlib-wrapped by default; `wbits` picks raw deflate (< 0) or gzip (> 16). */
function zlibDecompress(input, budget, wbits) {
    const buf = toBuf(input);
    const opts = { maxOutputLength: MAX_DECODE_OUTPUT };
    const attempts = wbits !== undefined && wbits < 0
        ? [() => (0,external_node_zlib_.inflateRawSync)(buf, opts)]
        : wbits !== undefined && wbits > 16
            ? [() => (0,external_node_zlib_.gunzipSync)(buf, opts), () => (0,external_node_zlib_.inflateSync)(buf, opts)]
            : [() => (0,external_node_zlib_.inflateSync)(buf, opts), () => (0,external_node_zlib_.gunzipSync)(buf, opts), () => (0,external_node_zlib_.inflateRawSync)(buf, opts)];
    let last = 'not compressed data';
    for (const attempt of attempts) {
        try {
            return within(budget, attempt().toString('latin1'));
        }
        catch (e) {
            last = e.message;
            if (e.code === 'ERR_BUFFER_TOO_LARGE')
                return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
        }
    }
    return fail(last);
}
function gzipDecompress(input, budget) {
    return zlibDecompress(input, budget, 31);
}
function brotliDecompress(input, budget) {
    try {
        return within(budget, (0,external_node_zlib_.brotliDecompressSync)(toBuf(input), { maxOutputLength: MAX_DECODE_OUTPUT }).toString('latin1'));
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            return overLimit(`inflates to more than ${MAX_DECODE_OUTPUT} bytes`);
        return fail(e.message);
    }
}
/** Bytes (latin1 chars) to text, as `.decode(encoding)` would. */
function bytesToText(bytes, encoding = 'utf-8') {
    const enc = encoding.toLowerCase().replace(/_/g, '-');
    const buf = toBuf(bytes);
    if (enc === 'utf-8' || enc === 'utf8' || enc === 'u8' || enc === 'ascii' || enc === 'us-ascii')
        return buf.toString('utf8');
    if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'cp1252')
        return bytes;
    if (enc === 'utf-16-le' || enc === 'utf-16le' || enc === 'utf-16' || enc === 'utf16') {
        const b = buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe ? buf.subarray(2) : buf;
        return b.toString('utf16le');
    }
    return undefined;
}
/** Text to bytes (latin1 chars), as `.encode(encoding)` would. */
function textToBytes(text, encoding = 'utf-8') {
    const enc = encoding.toLowerCase().replace(/_/g, '-');
    if (enc === 'utf-16-le' || enc === 'utf-16le')
        return Buffer.from(text, 'utf16le').toString('latin1');
    if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1')
        return text;
    return Buffer.from(text, 'utf8').toString('latin1');
}
// Recognizing what a string is ------------------------------------------------------------------
function looksLikeBase64(s, minLength = 40) {
    if (s.length < minLength)
        return false;
    const t = s.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(t) && !/^[A-Za-z0-9_-]+={0,2}$/.test(t))
        return false;
    // Identifiers and words are base64-shaped too; real blobs mix cases and digits.
    return /[0-9]/.test(t) && /[a-z]/.test(t) && /[A-Z]/.test(t) && !/^[a-z_]+$/i.test(t);
}
function looksLikeHex(s, minLength = 64) {
    return s.length >= minLength && s.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(s) && /[a-fA-F]/.test(s) && /[0-9]/.test(s);
}
/** Share of characters that are printable text. */
function textRatio(s) {
    if (s.length === 0)
        return 1;
    let ok = 0;
    const n = Math.min(s.length, 4096);
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 160)
            ok++;
    }
    return ok / n;
}
function isText(s) {
    return textRatio(s) > 0.95;
}
/** Windows PE, ELF or Mach-O headers. */
function executableKind(s) {
    if (s.startsWith('MZ') && s.length > 64)
        return 'a Windows executable';
    if (s.startsWith('\x7fELF'))
        return 'a Linux executable';
    const m = s.slice(0, 4);
    if (m === '\xcf\xfa\xed\xfe' || m === '\xce\xfa\xed\xfe' || m === '\xca\xfe\xba\xbe')
        return 'a macOS executable';
    return undefined;
}
/** Python source, roughly: statements and calls a payload would have. */
function looksLikePython(text) {
    if (!isText(text) || text.length < 4)
        return false;
    // the opening of a file shows whether it is code; bounding it bounds the regex cost
    const s = text.length > 8192 ? text.slice(0, 8192) : text;
    return /(^|\n|;)\s*(import\s+[\w.]+|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|exec\s*\(|eval\s*\()/.test(s) || /\b[\w.]+\s*\(.{0,200}\)/.test(s);
}
function decodeUtf8Maybe(bytes) {
    const t = bytesToText(bytes, 'utf-8') ?? bytes;
    return t.includes('\ufffd') && isText(bytes) ? bytes : t;
}

;// CONCATENATED MODULE: ./src/analysis/catalog.ts
// Qualified names of the Python APIs the rules care about, in one place so that the fact
// extractor and the rules agree on them.
/** Functions that start a process; `cmd` is the index of the argument naming the command. */
const PROCESS_CALLS = {
    'subprocess.Popen': { cmd: 0, kw: 'args' },
    'subprocess.call': { cmd: 0, kw: 'args' },
    'subprocess.run': { cmd: 0, kw: 'args' },
    'subprocess.check_call': { cmd: 0, kw: 'args' },
    'subprocess.check_output': { cmd: 0, kw: 'args' },
    'subprocess.getoutput': { cmd: 0, shell: true, kw: 'cmd' },
    'subprocess.getstatusoutput': { cmd: 0, shell: true, kw: 'cmd' },
    'os.system': { cmd: 0, shell: true, kw: 'command' },
    'os.popen': { cmd: 0, shell: true, kw: 'cmd' },
    'os.popen2': { cmd: 0, shell: true },
    'os.popen3': { cmd: 0, shell: true },
    'os.popen4': { cmd: 0, shell: true },
    'commands.getoutput': { cmd: 0, shell: true },
    'commands.getstatusoutput': { cmd: 0, shell: true },
    'popen2.popen2': { cmd: 0, shell: true },
    'popen2.popen3': { cmd: 0, shell: true },
    'os.startfile': { cmd: 0 },
    'os.execl': { cmd: 0 },
    'os.execle': { cmd: 0 },
    'os.execlp': { cmd: 0 },
    'os.execlpe': { cmd: 0 },
    'os.execv': { cmd: 0 },
    'os.execve': { cmd: 0 },
    'os.execvp': { cmd: 0 },
    'os.execvpe': { cmd: 0 },
    'os.spawnl': { cmd: 1 },
    'os.spawnle': { cmd: 1 },
    'os.spawnlp': { cmd: 1 },
    'os.spawnlpe': { cmd: 1 },
    'os.spawnv': { cmd: 1 },
    'os.spawnve': { cmd: 1 },
    'os.spawnvp': { cmd: 1 },
    'os.spawnvpe': { cmd: 1 },
    'os.posix_spawn': { cmd: 0 },
    'os.posix_spawnp': { cmd: 0 },
    'pty.spawn': { cmd: 0 },
    'asyncio.create_subprocess_shell': { cmd: 0, shell: true },
    'asyncio.create_subprocess_exec': { cmd: 0 },
    'distutils.spawn.spawn': { cmd: 0 },
    'win32api.ShellExecute': { cmd: 2 },
    'win32api.WinExec': { cmd: 0, shell: true },
    'win32process.CreateProcess': { cmd: 1 },
    'ctypes.windll.shell32.ShellExecuteW': { cmd: 2 },
    'ctypes.windll.shell32.ShellExecuteA': { cmd: 2 },
    'ctypes.windll.kernel32.WinExec': { cmd: 0, shell: true },
    // setuptools' Command.spawn, reached through `self.spawn([...])` in a command class
    'setuptools.Command.spawn': { cmd: 0 },
};
/** Calls whose result is code run in this interpreter. */
const EXEC_CALLS = {
    'builtins.exec': { code: 0, kw: 'source' },
    'builtins.eval': { code: 0, kw: 'source' },
    'builtins.compile': { code: 0, kw: 'source' },
    'builtins.execfile': { code: 0 },
    'runpy.run_path': { code: 0, kw: 'path_name' },
    'runpy.run_module': { code: 0, kw: 'mod_name' },
    'code.InteractiveInterpreter.runsource': { code: 0 },
    'code.InteractiveInterpreter.runcode': { code: 0 },
    'code.InteractiveConsole.push': { code: 0 },
    'imp.load_source': { code: 1 },
    'types.FunctionType': { code: 0 },
};
/** Calls that make network requests (or open connections); prefixes end with a dot. */
const NETWORK_PREFIXES = [
    'requests.',
    'urllib.request.',
    'urllib.urlopen',
    'urllib.urlretrieve',
    'urllib.URLopener',
    'urllib.FancyURLopener',
    'urllib2.',
    'urllib3.',
    'http.client.',
    'httplib.',
    'httplib2.',
    'httpx.',
    'aiohttp.',
    'pycurl.',
    'ftplib.',
    'smtplib.',
    'telnetlib.',
    'websocket.',
    'websockets.',
    'paramiko.',
    'dns.resolver.',
    'wget.',
    'discord_webhook.',
    'dhooks.',
    'telebot.',
    'telegram.',
    'tornado.httpclient.',
    'xmlrpc.client.',
    'xmlrpclib.',
    'mechanize.',
    'pip._vendor.requests.',
];
/** Network calls that are not merely imports of a networking module's helpers. */
const NETWORK_NOT_REQUESTS = [
    /^urllib\.request\.(pathname2url|url2pathname|quote|unquote|getproxies)/,
    /^requests\.(exceptions|utils|structures|compat|codes|adapters)\./,
    /^urllib3\.(exceptions|util)\./,
    /^http\.client\.(responses|HTTPException)/,
];
const SOCKET_CONNECT = new Set([
    'socket.socket.connect',
    'socket.socket().connect',
    'socket.socket().connect_ex',
    'socket.socket().sendto',
    'socket.create_connection',
    'socket.getaddrinfo',
    'socket.gethostbyname',
    'socket.gethostbyname_ex',
    'ssl.wrap_socket',
]);
/** Methods of client objects that talk to the network (not `.read()` of a response). */
const NETWORK_METHODS = /\.(connect|connect_ex|send|sendall|sendto|sendmail|send_message|request|get|post|put|patch|delete|head|open|urlopen|retrieve|retrbinary|retrlines|storbinary|storlines|putrequest|endheaders|execute|sendMessage|sendDocument|fetch|download|resolve|query)$/;
function isNetworkCall(q) {
    if (q.startsWith('socket.socket().') && /\.(connect|connect_ex|sendto|send|sendall)$/.test(q))
        return true;
    if (SOCKET_CONNECT.has(q))
        return true;
    if (!NETWORK_PREFIXES.some((p) => q === p || q.startsWith(p)))
        return false;
    if (q.includes('().') && !NETWORK_METHODS.test(q))
        return false;
    return !NETWORK_NOT_REQUESTS.some((re) => re.test(q));
}
/** Calls that tell who or where the host is. */
const IDENTITY_CALLS = new Set([
    'socket.gethostname',
    'socket.getfqdn',
    'platform.node',
    'platform.uname',
    'os.uname',
    'getpass.getuser',
    'os.getlogin',
    'os.getcwd',
    'os.getcwdb',
    'pathlib.Path.cwd',
    'uuid.getnode',
    'win32api.GetUserName',
    'win32api.GetComputerName',
    'socket.if_nameindex',
    'netifaces.interfaces',
    'netifaces.ifaddresses',
    'psutil.users',
    'pwd.getpwuid',
]);
/** Environment variables whose values say who the host is. */
const IDENTITY_ENV = /^(USER|USERNAME|LOGNAME|COMPUTERNAME|HOSTNAME|USERDOMAIN|USERPROFILE|HOME|PWD)$/i;
/** Environment variables that hold credentials. */
const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH|PRIVATE_?KEY|SESSION)/i;
/** Calls that read the clipboard. */
const CLIPBOARD_CALLS = new Set([
    'pyperclip.paste',
    'win32clipboard.GetClipboardData',
    'clipboard.paste',
    'tkinter.Tk().clipboard_get',
    'Tkinter.Tk().clipboard_get',
]);
/** Decoders this analysis cannot reproduce: their output is opaque evidence in itself. */
const OPAQUE_DECODERS = {
    'marshal.loads': 'marshal',
    'pickle.loads': 'pickle',
    'cPickle.loads': 'pickle',
    'dill.loads': 'pickle',
    'lzma.decompress': 'lzma',
    'bz2.decompress': 'bz2',
    'cryptography.fernet.Fernet().decrypt': 'Fernet',
    'Crypto.Cipher.AES.new().decrypt': 'AES',
    'Cryptodome.Cipher.AES.new().decrypt': 'AES',
    'pyaes.AESModeOfOperationCTR().decrypt': 'AES',
};
/** Modules whose presence at build time means installing or loading other code. */
const PIP_CALLS = new Set(['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main', 'pip._internal.main.main']);
/** Well-known names a star import can bring in, by module. */
const STAR_EXPORTS = {
    os: ['system', 'popen', 'remove', 'unlink', 'environ', 'getenv', 'getcwd', 'getlogin', 'startfile', 'execv', 'execl', 'path', 'listdir', 'walk', 'rename', 'makedirs', 'chmod', 'uname'],
    subprocess: ['Popen', 'call', 'run', 'check_call', 'check_output', 'getoutput', 'PIPE', 'STDOUT', 'DEVNULL', 'CREATE_NO_WINDOW', 'STARTUPINFO'],
    base64: ['b64decode', 'b64encode', 'b32decode', 'b16decode', 'b85decode', 'a85decode', 'urlsafe_b64decode', 'decodebytes', 'decodestring'],
    socket: ['socket', 'gethostname', 'gethostbyname', 'create_connection', 'AF_INET', 'SOCK_STREAM', 'SOCK_DGRAM'],
    'urllib.request': ['urlopen', 'urlretrieve', 'Request', 'build_opener'],
    urllib2: ['urlopen', 'Request', 'build_opener'],
    requests: ['get', 'post', 'put', 'request', 'Session'],
    zlib: ['decompress'],
    binascii: ['unhexlify', 'a2b_hex', 'a2b_base64'],
    codecs: ['decode', 'encode'],
    marshal: ['loads'],
    platform: ['node', 'uname', 'system'],
    getpass: ['getuser'],
    shutil: ['copy', 'copyfile', 'copy2', 'move', 'rmtree'],
};
/** Base classes that make a class a setuptools/distutils command. */
function isCommandBase(q) {
    return (q.startsWith('setuptools.command.') ||
        q.startsWith('distutils.command.') ||
        q.startsWith('numpy.distutils.command.') ||
        q.startsWith('wheel.bdist_wheel.') ||
        q.startsWith('Cython.Distutils.') ||
        q === 'setuptools.Command' ||
        q === 'distutils.core.Command' ||
        q === 'distutils.cmd.Command' ||
        q === 'setuptools.Command' ||
        q === 'Cython.Build.build_ext');
}
/** Base classes of build hooks whose methods the build backend calls. */
function isHookBase(q) {
    return q.startsWith('hatchling.') || q.startsWith('pdm.backend.') || q.startsWith('poetry.core.') || q.startsWith('scikit_build_core.');
}
/** Builtins the evaluator resolves as `builtins.<name>` when no local binding shadows them. */
const BUILTINS = new Set([
    'exec', 'eval', 'compile', 'execfile', 'open', 'file', '__import__', 'getattr', 'setattr', 'hasattr', 'globals', 'locals', 'vars',
    'chr', 'unichr', 'ord', 'str', 'unicode', 'bytes', 'bytearray', 'int', 'float', 'len', 'list', 'tuple', 'dict', 'set', 'frozenset',
    'map', 'filter', 'zip', 'range', 'xrange', 'enumerate', 'reversed', 'sorted', 'sum', 'min', 'max', 'abs', 'hex', 'oct', 'bin', 'repr',
    'print', 'input', 'raw_input', 'type', 'object', 'isinstance', 'issubclass', 'callable', 'iter', 'next', 'any', 'all', 'format',
    'reload', 'id', 'hash', 'round', 'pow', 'divmod', 'super', 'property', 'staticmethod', 'classmethod', 'memoryview', 'breakpoint',
    'Exception', 'BaseException', 'ImportError', 'OSError', 'IOError', 'ValueError', 'KeyError', 'RuntimeError', 'SystemExit',
    'AttributeError', 'TypeError', 'NameError', 'IndexError', 'StopIteration', 'NotImplementedError', 'EnvironmentError',
    'FileNotFoundError', 'PermissionError', 'KeyboardInterrupt', 'Warning', 'DeprecationWarning', 'UserWarning', 'SyntaxError',
    'UnicodeDecodeError', 'UnicodeEncodeError', '__builtins__', '__file__', '__name__', '__doc__',
]);

;// CONCATENATED MODULE: ./src/analysis/values.ts
// The abstract values the fact extractor computes for Python expressions: known strings and numbers
// (constant folding), containers, references to modules and functions (qualified names), and
// unknown values that still carry where their data came from (taint).
/** Where data came from. A value carries the union of the sources it was built from. */
const Taint = {
    /** Produced by undoing an encoding of a constant (base64, hex, rot13, zlib, chr lists, reversing). */
    DECODED: 1 << 0,
    /** Read from the network (a response body, a socket). */
    NETWORK: 1 << 1,
    /** One environment variable. */
    ENV: 1 << 2,
    /** Who and where the host is: host name, user name, working directory, addresses. */
    IDENTITY: 1 << 3,
    /** Read from a place that holds secrets: browser profiles, `.ssh`, wallets, tokens, clipboard. */
    SECRET: 1 << 4,
    /** Read from a file that ships in the sdist, named by a constant path. */
    LOCAL_FILE: 1 << 5,
    /** Read from a file that is not known to ship in the sdist. */
    FILE: 1 << 6,
    /** Produced by a decoder this analysis cannot reproduce: marshal, pickle, Fernet, lzma, bz2. */
    OPAQUE: 1 << 7,
    /** A function parameter whose callers were not seen. */
    PARAM: 1 << 8,
    /** The whole environment (`os.environ` as a mapping, `dict(os.environ)`). */
    ENV_ALL: 1 << 9,
    /** The output of a process. */
    PROCESS: 1 << 10,
};
const TAINT_NAMES = [
    [Taint.DECODED, 'decoded from a constant'],
    [Taint.NETWORK, 'downloaded'],
    [Taint.ENV, 'an environment variable'],
    [Taint.IDENTITY, 'host identity'],
    [Taint.SECRET, 'secrets'],
    [Taint.LOCAL_FILE, 'a file in the sdist'],
    [Taint.FILE, 'a file'],
    [Taint.OPAQUE, 'an opaque decoder'],
    [Taint.PARAM, 'a parameter'],
    [Taint.ENV_ALL, 'the whole environment'],
    [Taint.PROCESS, 'process output'],
];
function describeTaint(t) {
    return TAINT_NAMES.filter(([bit]) => t & bit).map(([, name]) => name).join(', ');
}
/** Placeholder for the unknown parts of a partly known string. */
const HOLE = '\ufffc';
const UNKNOWN = { k: 'unknown', t: 0 };
function unknown(t = 0) {
    return t === 0 ? UNKNOWN : { k: 'unknown', t };
}
function str(s, t = 0, extra) {
    return { k: 'str', s, t, ...extra };
}
function num(n) {
    return { k: 'num', n, t: 0 };
}
/** Items of one container looked at when gathering taint; huge constant tables carry none. */
const TAINT_SCAN_ITEMS = 10_000;
/** The taint of a value and everything inside it. */
function deepTaint(v, depth = 0) {
    let t = v.t;
    if (depth > 6)
        return t;
    if (v.k === 'seq') {
        const n = Math.min(v.items.length, TAINT_SCAN_ITEMS);
        for (let i = 0; i < n; i++)
            t |= deepTaint(v.items[i], depth + 1);
    }
    else if (v.k === 'dict') {
        const n = Math.min(v.values.length, TAINT_SCAN_ITEMS);
        for (let i = 0; i < n; i++)
            t |= deepTaint(v.values[i], depth + 1);
    }
    else if (v.k === 'obj' && v.path)
        t |= deepTaint(v.path, depth + 1);
    return t;
}
function knownStr(v) {
    return v && v.k === 'str' && !v.partial ? v.s : undefined;
}
/** Every string reachable in a value (list items, dict values), partial ones included. */
function stringsIn(v, out = [], depth = 0, limit = 2000) {
    if (!v || depth > 6 || out.length >= limit)
        return out;
    if (v.k === 'str')
        out.push(v);
    else if (v.k === 'seq')
        for (const i of v.items)
            stringsIn(i, out, depth + 1, limit);
    else if (v.k === 'dict') {
        for (const k of v.keys)
            if (k !== undefined)
                out.push(str(k, 0, { lit: true }));
        for (const i of v.values)
            stringsIn(i, out, depth + 1, limit);
    }
    else if (v.k === 'obj' && v.path)
        stringsIn(v.path, out, depth + 1, limit);
    return out;
}
/** A short, printable rendering of a value for evidence. */
function show(v, max = 200) {
    if (!v)
        return '?';
    let s;
    switch (v.k) {
        case 'str':
            s = JSON.stringify(printable(v.s.length > max ? v.s.slice(0, max) : v.s)).replaceAll(HOLE, '…');
            if (v.b)
                s = 'b' + s;
            break;
        case 'num':
            s = String(v.n);
            break;
        case 'const':
            s = v.v;
            break;
        case 'seq': {
            const inner = v.items.slice(0, 12).map((i) => show(i, 60)).join(', ');
            s = v.tuple ? `(${inner})` : `[${inner}${v.items.length > 12 ? ', …' : ''}]`;
            break;
        }
        case 'dict':
            s = `{${v.keys.slice(0, 8).map((k, i) => `${k === undefined ? '…' : JSON.stringify(k)}: ${show(v.values[i], 40)}`).join(', ')}}`;
            break;
        case 'ref':
            s = v.q;
            break;
        case 'obj':
            s = v.q;
            break;
        default:
            s = v.t ? `<${describeTaint(v.t)}>` : '<unknown>';
    }
    return s.length > max ? s.slice(0, max) + '…' : s;
}
/** Replaces control and non-printable characters so evidence stays on one readable line. */
function printable(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function truthyKnown(v) {
    if (v.k === 'const')
        return v.v === 'True';
    if (v.k === 'num')
        return v.n !== 0;
    if (v.k === 'str' && !v.partial)
        return v.s.length > 0;
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/commands.ts
// The command line a process call runs, as far as it is known, and what kind of program it names.


function itemText(v) {
    if (v.k === 'str')
        return v.s;
    if (v.k === 'num')
        return String(v.n);
    if (v.k === 'ref' && (v.q === 'sys.executable' || v.q === 'sys._base_executable'))
        return 'python';
    if (v.k === 'obj' && v.path && v.path.k === 'str')
        return v.path.s;
    return HOLE;
}
/** Splits a shell command line into words, honouring quotes. */
function shellWords(s) {
    const out = [];
    let cur = '';
    let quote = '';
    let has = false;
    for (const ch of s) {
        if (quote) {
            if (ch === quote)
                quote = '';
            else
                cur += ch;
            continue;
        }
        if (ch === '"' || ch === "'") {
            quote = ch;
            has = true;
            continue;
        }
        if (/\s/.test(ch)) {
            if (cur || has)
                out.push(cur);
            cur = '';
            has = false;
            continue;
        }
        cur += ch;
    }
    if (cur || has)
        out.push(cur);
    return out;
}
function programName(word) {
    const base = word.replace(/\\/g, '/').split('/').pop() ?? word;
    return base.toLowerCase().replace(/\.(exe|cmd|bat|com)$/, '').replace(/^"|"$/g, '');
}
function commandOf(call) {
    const spec = PROCESS_CALLS[call.callee];
    if (!spec)
        return undefined;
    const first = call.args[spec.cmd] ?? (spec.kw ? call.kwargs[spec.kw] : undefined);
    if (!first)
        return undefined;
    const isExecFamily = /^os\.(exec|spawn|posix_spawn)/.test(call.callee);
    let parts;
    if (isExecFamily) {
        // os.execv(path, argv) / os.execl(path, arg0, arg1, ...): the program, then its argv
        const rest = call.args.slice(spec.cmd + 1);
        const argv = rest.length === 1 && rest[0].k === 'seq' ? rest[0].items.slice(1) : rest.slice(1);
        parts = [first, ...argv.filter((v) => v.k !== 'dict')];
    }
    else if (first.k === 'seq')
        parts = first.items;
    else
        parts = [first];
    let t = 0;
    for (const p of parts)
        t |= deepTaint(p);
    const texts = parts.map(itemText);
    const shellKw = call.kwargs.shell;
    const shell = !!spec.shell || (shellKw?.k === 'const' && shellKw.v === 'True') || (parts.length === 1 && first.k === 'str' && /\s/.test(first.s));
    const argv = parts.length === 1 && first.k === 'str' ? shellWords(texts[0]) : texts;
    const text = parts.length === 1 ? texts[0] : texts.map((w) => (/\s/.test(w) ? `"${w}"` : w)).join(' ');
    const known = !text.includes(HOLE) && !parts.some((p) => p.k === 'str' && p.partial);
    let program = argv[0] ? programName(argv[0]) : '';
    // `cmd /c x`, `sh -c x` and `env X=1 x` run the next word
    for (let i = 0; i < 3 && ['cmd', 'env', 'nohup', 'sudo', 'start', 'call'].includes(program) && argv.length > 1; i++) {
        const next = argv.findIndex((w, j) => j > 0 && !w.startsWith('/') && !w.startsWith('-') && !w.includes('='));
        if (next === -1 || program === 'start')
            break;
        program = programName(argv[next]);
    }
    return { argv, text, shell, known, t, program };
}
/** Programs that ordinary build scripts run to configure, compile or describe the build. */
const BUILD_TOOLS = new Set([
    'git', 'hg', 'svn', 'bzr', 'pkg-config', 'pkgconf', 'cmake', 'make', 'gmake', 'nmake', 'ninja', 'meson', 'scons', 'gcc', 'g++', 'cc', 'c++',
    'clang', 'clang++', 'cl', 'link', 'lib', 'nvcc', 'hipcc', 'icc', 'icpc', 'gfortran', 'f2py', 'cython', 'cythonize', 'llvm-config',
    'python', 'python2', 'python3', 'pypy', 'pypy3', 'uname', 'xcrun', 'xcode-select', 'sw_vers', 'ldconfig', 'brew', 'port',
    'pg_config', 'mysql_config', 'mariadb_config', 'icu-config', 'curl-config', 'xml2-config', 'xslt-config', 'sdl2-config',
    'sdl-config', 'freetype-config', 'libpng-config', 'gdal-config', 'geos-config', 'gsl-config', 'mpicc', 'mpicxx', 'swig',
    'protoc', 'go', 'cargo', 'rustc', 'rustup', 'npm', 'node', 'yarn', 'java', 'javac', 'ar', 'ranlib', 'strip', 'install_name_tool',
    'otool', 'lipo', 'ld', 'nm', 'objdump', 'patchelf', 'autoreconf', 'autoconf', 'automake', 'libtool', 'configure', 'autogen.sh',
    'bison', 'flex', 'yacc', 'lex', 'gperf', 'doxygen', 'sphinx-build', 'pandoc', 'dpkg-architecture', 'lsb_release', 'getconf',
    'sysctl', 'nproc', 'which', 'where', 'msbuild', 'devenv', 'vcvarsall', 'nasm', 'yasm', 'perl', 'tar', 'unzip', 'patch', 'cp', 'mv',
    'rm', 'mkdir', 'ln', 'touch', 'echo', 'true', 'ccache', 'sccache', 'clang-cl', 'lld', 'ld.lld', 'rpm', 'dpkg', 'sh', 'bash',
    'hipconfig', 'rocminfo', 'nvidia-smi', 'vswhere', 'gnatmake', 'cpp', 'moc', 'uic', 'rcc', 'qmake', 'sip', 'sip-build', 'windres',
    'rc', 'mt', 'dumpbin', 'gem', 'ruby', 'sass', 'lessc', 'tsc', 'webpack', 'maturin', 'pip', 'conda', 'arch', 'file', 'ls', 'find',
    'cat', 'sed', 'grep', 'awk', 'chmod', 'install', 'ldd', 'uname.exe', 'gpg', 'pybind11-config', 'numpy-config', 'pythran',
]);

;// CONCATENATED MODULE: ./src/analysis/folding.ts
// Constant folding: Python operators and string formatting over abstract values. Unknown parts
// of a string become `HOLE`, so a partly built URL or command still shows its known text.

/** The `how` of a single character made by `chr()`. */
const CHR_CODES = 'chr codes';
/** Longest string folding may build; longer results become unknown. */
const MAX_STRING = 4 * 1024 * 1024;
/** Longest list folding may build. */
const MAX_ITEMS = 200_000;
/** A value rendered as `str()` would, with `HOLE` for what is not known. */
function asText(v) {
    switch (v.k) {
        case 'str':
            return { s: v.b ? v.s : v.s, partial: !!v.partial };
        case 'num':
            return { s: Number.isInteger(v.n) ? String(v.n) : pyFloat(v.n), partial: false };
        case 'const':
            return { s: v.v, partial: false };
        default:
            return { s: HOLE, partial: true };
    }
}
function pyFloat(n) {
    const s = String(n);
    return /[.e]/.test(s) ? s : s + '.0';
}
function concatStr(a, b) {
    if (a.s.length + b.s.length > MAX_STRING)
        return unknown(a.t | b.t);
    return str(a.s + b.s, a.t | b.t, {
        b: a.b && b.b ? true : undefined,
        partial: a.partial || b.partial ? true : undefined,
        how: a.how ?? b.how,
    });
}
/** A string built from pieces, some of them unknown. */
function joinPieces(pieces, sep = '', bytes = false, extraTaint = 0) {
    let s = '';
    let partial = false;
    let t = extraTaint;
    let how;
    let fromCodes = 0;
    for (let i = 0; i < pieces.length; i++) {
        const p = pieces[i];
        if (i > 0)
            s += sep;
        const txt = asText(p);
        s += txt.s;
        partial ||= txt.partial;
        t |= deepTaint(p);
        if (p.k === 'str' && p.how === CHR_CODES)
            fromCodes++;
        else if (p.k === 'str' && p.how)
            how ??= p.how;
        if (s.length > MAX_STRING)
            return unknown(t);
    }
    // a string spelled out as character codes is hidden text, not a separator or an escape
    if (fromCodes >= 3) {
        t |= Taint.DECODED;
        how = how ? `${how} -> ${CHR_CODES}` : CHR_CODES;
    }
    return str(s, t, { partial: partial || undefined, b: bytes || undefined, how });
}
function binaryOp(op, a, b) {
    const t = a.t | b.t;
    if (op === '+') {
        if (a.k === 'str' && b.k === 'str')
            return concatStr(a, b);
        if (a.k === 'num' && b.k === 'num')
            return numOrUnknown(a.n + b.n);
        if (a.k === 'seq' && b.k === 'seq') {
            if (a.items.length + b.items.length > MAX_ITEMS)
                return unknown(deepTaint(a) | deepTaint(b));
            return { k: 'seq', items: [...a.items, ...b.items], tuple: a.tuple, t };
        }
        if (a.k === 'str' || b.k === 'str') {
            // one side unknown: keep the known text around a hole
            return joinPieces([a, b]);
        }
        return unknown(deepTaint(a) | deepTaint(b));
    }
    if (op === '*') {
        const [s, n] = a.k === 'num' ? [b, a] : [a, b];
        if (n.k === 'num' && Number.isInteger(n.n)) {
            if (s.k === 'num')
                return numOrUnknown(s.n * n.n);
            const count = Math.max(0, n.n);
            if (s.k === 'str') {
                if (s.s.length * count > MAX_STRING)
                    return unknown(t);
                return str(s.s.repeat(count), t, { b: s.b, partial: s.partial, how: s.how });
            }
            if (s.k === 'seq') {
                if (s.items.length * count > MAX_ITEMS)
                    return unknown(deepTaint(s));
                const items = [];
                for (let i = 0; i < count; i++)
                    items.push(...s.items);
                return { k: 'seq', items, tuple: s.tuple, t };
            }
        }
        if (a.k === 'num' && b.k === 'num')
            return numOrUnknown(a.n * b.n);
        return unknown(deepTaint(a) | deepTaint(b));
    }
    if (op === '%' && a.k === 'str')
        return percentFormat(a, b);
    if (a.k === 'num' && b.k === 'num')
        return numOrUnknown(arith(op, a.n, b.n));
    if (a.k === 'const' && b.k === 'num' && a.v !== 'None')
        return binaryOp(op, { k: 'num', n: a.v === 'True' ? 1 : 0, t: a.t }, b);
    return unknown(deepTaint(a) | deepTaint(b));
}
function numOrUnknown(n) {
    return n === undefined || !Number.isFinite(n) || Math.abs(n) > Number.MAX_SAFE_INTEGER ? unknown() : { k: 'num', n, t: 0 };
}
function arith(op, x, y) {
    const ints = Number.isInteger(x) && Number.isInteger(y);
    const small = ints && Math.abs(x) < 2 ** 31 && Math.abs(y) < 2 ** 31;
    switch (op) {
        case '-':
            return x - y;
        case '/':
            return y === 0 ? undefined : x / y;
        case '//':
            return y === 0 ? undefined : Math.floor(x / y);
        case '%':
            return y === 0 ? undefined : ((x % y) + y) % y;
        case '**':
            return y < 0 || y > 64 ? undefined : x ** y;
        case '^':
            return small ? x ^ y : ints ? Number(BigInt(x) ^ BigInt(y)) : undefined;
        case '&':
            return small ? x & y : ints ? Number(BigInt(x) & BigInt(y)) : undefined;
        case '|':
            return small ? x | y : ints ? Number(BigInt(x) | BigInt(y)) : undefined;
        case '<<':
            return ints && y >= 0 && y < 53 ? x * 2 ** y : undefined;
        case '>>':
            return ints && y >= 0 ? Math.floor(x / 2 ** Math.min(y, 1024)) : undefined;
        case '@':
            return undefined;
    }
    return undefined;
}
/** `"%s-%d" % args`, `"%(host)s" % mapping`. */
function percentFormat(fmt, args) {
    const list = args.k === 'seq' && args.tuple ? args.items : [args];
    const mapping = args.k === 'dict' ? args : undefined;
    let i = 0;
    let out = '';
    let partial = !!fmt.partial;
    let t = fmt.t | deepTaint(args);
    const re = /%(\(([^)]{0,200})\))?([#0\- +]{0,20})(\*|\d+)?(\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g;
    let last = 0;
    for (let m = re.exec(fmt.s); m; m = re.exec(fmt.s)) {
        out += fmt.s.slice(last, m.index);
        last = re.lastIndex;
        const conv = m[7];
        if (conv === '%') {
            out += '%';
            continue;
        }
        let v;
        if (m[2] !== undefined && mapping) {
            const idx = mapping.keys.indexOf(m[2]);
            v = idx === -1 ? undefined : mapping.values[idx];
        }
        else
            v = list[i++];
        if (!v) {
            out += HOLE;
            partial = true;
            continue;
        }
        const piece = formatOne(v, conv);
        out += piece.s;
        partial ||= piece.partial;
        t |= v.t;
    }
    out += fmt.s.slice(last);
    if (out.length > MAX_STRING)
        return unknown(t);
    return str(out, t, { partial: partial || undefined, b: fmt.b, how: fmt.how });
}
function formatOne(v, conv) {
    if (conv === 'c' && v.k === 'num')
        return { s: String.fromCodePoint(v.n & 0x10ffff), partial: false };
    if ((conv === 'x' || conv === 'X') && v.k === 'num') {
        const h = v.n.toString(16);
        return { s: conv === 'X' ? h.toUpperCase() : h, partial: false };
    }
    if (conv === 'o' && v.k === 'num')
        return { s: v.n.toString(8), partial: false };
    if ((conv === 'd' || conv === 'i' || conv === 'u') && v.k === 'num')
        return { s: String(Math.trunc(v.n)), partial: false };
    if (conv === 'r' && v.k === 'str' && !v.partial)
        return { s: `'${v.s}'`, partial: false };
    return asText(v);
}
/** `"{} {name}".format(...)`. */
function braceFormat(fmt, args, kwargs) {
    let auto = 0;
    let partial = !!fmt.partial;
    let t = fmt.t;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    let out = '';
    const s = fmt.s;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '{' && s[i + 1] === '{') {
            out += '{';
            i++;
            continue;
        }
        if (c === '}' && s[i + 1] === '}') {
            out += '}';
            i++;
            continue;
        }
        if (c !== '{') {
            out += c;
            continue;
        }
        const end = s.indexOf('}', i);
        if (end === -1) {
            out += s.slice(i);
            break;
        }
        const field = s.slice(i + 1, end);
        i = end;
        const name = field.split(/[!:]/)[0];
        const head = name.split(/[.[]/)[0];
        let v;
        if (head === '')
            v = args[auto++];
        else if (/^\d+$/.test(head))
            v = args[Number(head)];
        else
            v = kwargs[head];
        if (!v || head !== name) {
            out += HOLE;
            partial = true;
            continue;
        }
        const conv = field.includes(':') ? field.slice(field.indexOf(':') + 1).slice(-1) : 's';
        const piece = formatOne(v, /[xXocd]/.test(conv) ? conv : 's');
        out += piece.s;
        partial ||= piece.partial;
        if (out.length > MAX_STRING)
            return unknown(t);
    }
    return str(out, t, { partial: partial || undefined, how: fmt.how });
}
/** Python slicing `s[a:b:c]` on a string or list. */
function slice(items, start, stop, step = 1) {
    const n = items.length;
    if (step === 0)
        return undefined;
    const norm = (v, def, lo, hi) => {
        if (v === undefined)
            return def;
        let x = v < 0 ? v + n : v;
        x = Math.max(lo, Math.min(hi, x));
        return x;
    };
    const idx = [];
    if (step > 0) {
        const a = norm(start, 0, 0, n);
        const b = norm(stop, n, 0, n);
        for (let i = a; i < b; i += step)
            idx.push(i);
    }
    else {
        const a = norm(start, n - 1, -1, n - 1);
        const b = norm(stop, -1, -1, n - 1);
        for (let i = a; i > b; i += step)
            idx.push(i);
    }
    if (typeof items === 'string') {
        if (step === -1 && start === undefined && stop === undefined)
            return [...items].reverse().join('');
        return idx.map((i) => items[i]).join('');
    }
    return idx.map((i) => items[i]);
}

;// CONCATENATED MODULE: ./src/analysis/paths.ts
// Paths as build scripts write them, reduced to paths relative to the sdist root, so that
// `os.path.join(os.path.dirname(__file__), "pkg", "version.py")` names `pkg/version.py`.
/** Normalizes a relative path: `\` to `/`, no `.` segments, `..` folded; undefined when it leaves the root. */
function normalizePath(p) {
    const parts = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
            continue;
        }
        parts.push(seg);
    }
    return parts.join('/');
}
function dirname(p) {
    const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    if (i === -1)
        return '';
    if (i === 0)
        return p[0];
    return p.slice(0, i);
}
function basename(p) {
    const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return i === -1 ? p : p.slice(i + 1);
}
/** `os.path.join`: an absolute component restarts the path, as in Python. */
function joinPath(parts) {
    let out = '';
    for (const part of parts) {
        if (part.startsWith('/') || /^[A-Za-z]:[\\/]/.test(part) || part.startsWith('~'))
            out = part;
        else if (out === '' || out.endsWith('/') || out.endsWith('\\'))
            out += part;
        else
            out += (out.includes('\\') && !out.includes('/') ? '\\' : '/') + part;
    }
    return out;
}
function isAbsolute(p) {
    return p.startsWith('/') || p.startsWith('~') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('%') || p.startsWith('\\\\');
}

;// CONCATENATED MODULE: ./node_modules/@lezer/common/dist/index.js
/**
The default maximum length of a `TreeBuffer` node.
*/
const DefaultBufferLength = 1024;
let nextPropID = 0;
class Range {
    constructor(from, to) {
        this.from = from;
        this.to = to;
    }
}
/**
Each [node type](#common.NodeType) or [individual tree](#common.Tree)
can have metadata associated with it in props. Instances of this
class represent prop names.
*/
class dist_NodeProp {
    /**
    Create a new node prop type.
    */
    constructor(config = {}) {
        this.id = nextPropID++;
        this.perNode = !!config.perNode;
        this.deserialize = config.deserialize || (() => {
            throw new Error("This node type doesn't define a deserialize function");
        });
        this.combine = config.combine || null;
    }
    /**
    This is meant to be used with
    [`NodeSet.extend`](#common.NodeSet.extend) or
    [`LRParser.configure`](#lr.ParserConfig.props) to compute
    prop values for each node type in the set. Takes a [match
    object](#common.NodeType^match) or function that returns undefined
    if the node type doesn't get this prop, and the prop's value if
    it does.
    */
    add(match) {
        if (this.perNode)
            throw new RangeError("Can't add per-node props to node types");
        if (typeof match != "function")
            match = NodeType.match(match);
        return (type) => {
            let result = match(type);
            return result === undefined ? null : [this, result];
        };
    }
}
/**
Prop that is used to describe matching delimiters. For opening
delimiters, this holds an array of node names (written as a
space-separated string when declaring this prop in a grammar)
for the node types of closing delimiters that match it.
*/
dist_NodeProp.closedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
The inverse of [`closedBy`](#common.NodeProp^closedBy). This is
attached to closing delimiters, holding an array of node names
of types of matching opening delimiters.
*/
dist_NodeProp.openedBy = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Used to assign node types to groups (for example, all node
types that represent an expression could be tagged with an
`"Expression"` group).
*/
dist_NodeProp.group = new dist_NodeProp({ deserialize: str => str.split(" ") });
/**
Attached to nodes to indicate these should be
[displayed](https://codemirror.net/docs/ref/#language.syntaxTree)
in a bidirectional text isolate, so that direction-neutral
characters on their sides don't incorrectly get associated with
surrounding text. You'll generally want to set this for nodes
that contain arbitrary text, like strings and comments, and for
nodes that appear _inside_ arbitrary text, like HTML tags. When
not given a value, in a grammar declaration, defaults to
`"auto"`.
*/
dist_NodeProp.isolate = new dist_NodeProp({ deserialize: value => {
        if (value && value != "rtl" && value != "ltr" && value != "auto")
            throw new RangeError("Invalid value for isolate: " + value);
        return value || "auto";
    } });
/**
The hash of the [context](#lr.ContextTracker.constructor)
that the node was parsed in, if any. Used to limit reuse of
contextual nodes.
*/
dist_NodeProp.contextHash = new dist_NodeProp({ perNode: true });
/**
The distance beyond the end of the node that the tokenizer
looked ahead for any of the tokens inside the node. (The LR
parser only stores this when it is larger than 25, for
efficiency reasons.)
*/
dist_NodeProp.lookAhead = new dist_NodeProp({ perNode: true });
/**
This per-node prop is used to replace a given node, or part of a
node, with another tree. This is useful to include trees from
different languages in mixed-language parsers.
*/
dist_NodeProp.mounted = new dist_NodeProp({ perNode: true });
/**
A mounted tree, which can be [stored](#common.NodeProp^mounted) on
a tree node to indicate that parts of its content are
represented by another tree.
*/
class MountedTree {
    constructor(
    /**
    The inner tree.
    */
    tree, 
    /**
    If this is null, this tree replaces the entire node (it will
    be included in the regular iteration instead of its host
    node). If not, only the given ranges are considered to be
    covered by this tree. This is used for trees that are mixed in
    a way that isn't strictly hierarchical. Such mounted trees are
    only entered by [`resolveInner`](#common.Tree.resolveInner)
    and [`enter`](#common.SyntaxNode.enter).
    */
    overlay, 
    /**
    The parser used to create this subtree.
    */
    parser, 
    /**
    [Indicates](#common.IterMode.EnterBracketed) that the nested
    content is delineated with some kind
    of bracket token.
    */
    bracketed = false) {
        this.tree = tree;
        this.overlay = overlay;
        this.parser = parser;
        this.bracketed = bracketed;
    }
    /**
    @internal
    */
    static get(tree) {
        return tree && tree.props && tree.props[dist_NodeProp.mounted.id];
    }
}
const noProps = Object.create(null);
/**
Each node in a syntax tree has a node type associated with it.
*/
class NodeType {
    /**
    @internal
    */
    constructor(
    /**
    The name of the node type. Not necessarily unique, but if the
    grammar was written properly, different node types with the
    same name within a node set should play the same semantic
    role.
    */
    name, 
    /**
    @internal
    */
    props, 
    /**
    The id of this node in its set. Corresponds to the term ids
    used in the parser.
    */
    id, 
    /**
    @internal
    */
    flags = 0) {
        this.name = name;
        this.props = props;
        this.id = id;
        this.flags = flags;
    }
    /**
    Define a node type.
    */
    static define(spec) {
        let props = spec.props && spec.props.length ? Object.create(null) : noProps;
        let flags = (spec.top ? 1 /* NodeFlag.Top */ : 0) | (spec.skipped ? 2 /* NodeFlag.Skipped */ : 0) |
            (spec.error ? 4 /* NodeFlag.Error */ : 0) | (spec.name == null ? 8 /* NodeFlag.Anonymous */ : 0);
        let type = new NodeType(spec.name || "", props, spec.id, flags);
        if (spec.props)
            for (let src of spec.props) {
                if (!Array.isArray(src))
                    src = src(type);
                if (src) {
                    if (src[0].perNode)
                        throw new RangeError("Can't store a per-node prop on a node type");
                    props[src[0].id] = src[1];
                }
            }
        return type;
    }
    /**
    Retrieves a node prop for this type. Will return `undefined` if
    the prop isn't present on this node.
    */
    prop(prop) { return this.props[prop.id]; }
    /**
    True when this is the top node of a grammar.
    */
    get isTop() { return (this.flags & 1 /* NodeFlag.Top */) > 0; }
    /**
    True when this node is produced by a skip rule.
    */
    get isSkipped() { return (this.flags & 2 /* NodeFlag.Skipped */) > 0; }
    /**
    Indicates whether this is an error node.
    */
    get isError() { return (this.flags & 4 /* NodeFlag.Error */) > 0; }
    /**
    When true, this node type doesn't correspond to a user-declared
    named node, for example because it is used to cache repetition.
    */
    get isAnonymous() { return (this.flags & 8 /* NodeFlag.Anonymous */) > 0; }
    /**
    Returns true when this node's name or one of its
    [groups](#common.NodeProp^group) matches the given string.
    */
    is(name) {
        if (typeof name == 'string') {
            if (this.name == name)
                return true;
            let group = this.prop(dist_NodeProp.group);
            return group ? group.indexOf(name) > -1 : false;
        }
        return this.id == name;
    }
    /**
    Create a function from node types to arbitrary values by
    specifying an object whose property names are node or
    [group](#common.NodeProp^group) names. Often useful with
    [`NodeProp.add`](#common.NodeProp.add). You can put multiple
    names, separated by spaces, in a single property name to map
    multiple node names to a single value.
    */
    static match(map) {
        let direct = Object.create(null);
        for (let prop in map)
            for (let name of prop.split(" "))
                direct[name] = map[prop];
        return (node) => {
            for (let groups = node.prop(dist_NodeProp.group), i = -1; i < (groups ? groups.length : 0); i++) {
                let found = direct[i < 0 ? node.name : groups[i]];
                if (found)
                    return found;
            }
        };
    }
}
/**
An empty dummy node type to use when no actual type is available.
*/
NodeType.none = new NodeType("", Object.create(null), 0, 8 /* NodeFlag.Anonymous */);
/**
A node set holds a collection of node types. It is used to
compactly represent trees by storing their type ids, rather than a
full pointer to the type object, in a numeric array. Each parser
[has](#lr.LRParser.nodeSet) a node set, and [tree
buffers](#common.TreeBuffer) can only store collections of nodes
from the same set. A set can have a maximum of 2**16 (65536) node
types in it, so that the ids fit into 16-bit typed array slots.
*/
class NodeSet {
    /**
    Create a set with the given types. The `id` property of each
    type should correspond to its position within the array.
    */
    constructor(
    /**
    The node types in this set, by id.
    */
    types) {
        this.types = types;
        for (let i = 0; i < types.length; i++)
            if (types[i].id != i)
                throw new RangeError("Node type ids should correspond to array positions when creating a node set");
    }
    /**
    Create a copy of this set with some node properties added. The
    arguments to this method can be created with
    [`NodeProp.add`](#common.NodeProp.add).
    */
    extend(...props) {
        let newTypes = [];
        for (let type of this.types) {
            let newProps = null;
            for (let source of props) {
                let add = source(type);
                if (add) {
                    if (!newProps)
                        newProps = Object.assign({}, type.props);
                    let value = add[1], prop = add[0];
                    if (prop.combine && prop.id in newProps)
                        value = prop.combine(newProps[prop.id], value);
                    newProps[prop.id] = value;
                }
            }
            newTypes.push(newProps ? new NodeType(type.name, newProps, type.id, type.flags) : type);
        }
        return new NodeSet(newTypes);
    }
}
const CachedNode = new WeakMap(), CachedInnerNode = new WeakMap();
/**
Options that control iteration. Can be combined with the `|`
operator to enable multiple ones.
*/
var IterMode;
(function (IterMode) {
    /**
    When enabled, iteration will only visit [`Tree`](#common.Tree)
    objects, not nodes packed into
    [`TreeBuffer`](#common.TreeBuffer)s.
    */
    IterMode[IterMode["ExcludeBuffers"] = 1] = "ExcludeBuffers";
    /**
    Enable this to make iteration include anonymous nodes (such as
    the nodes that wrap repeated grammar constructs into a balanced
    tree).
    */
    IterMode[IterMode["IncludeAnonymous"] = 2] = "IncludeAnonymous";
    /**
    By default, regular [mounted](#common.NodeProp^mounted) nodes
    replace their base node in iteration. Enable this to ignore them
    instead.
    */
    IterMode[IterMode["IgnoreMounts"] = 4] = "IgnoreMounts";
    /**
    This option only applies in
    [`enter`](#common.SyntaxNode.enter)-style methods. It tells the
    library to not enter mounted overlays if one covers the given
    position.
    */
    IterMode[IterMode["IgnoreOverlays"] = 8] = "IgnoreOverlays";
    /**
    When set, positions on the boundary of a mounted overlay tree
    that has its [`bracketed`](#common.NestedParse.bracketed) flag
    set will enter that tree regardless of side. Only supported in
    [`enter`](#common.SyntaxNode.enter), not in cursors.
    */
    IterMode[IterMode["EnterBracketed"] = 16] = "EnterBracketed";
})(IterMode || (IterMode = {}));
/**
A piece of syntax tree. There are two ways to approach these
trees: the way they are actually stored in memory, and the
convenient way.

Syntax trees are stored as a tree of `Tree` and `TreeBuffer`
objects. By packing detail information into `TreeBuffer` leaf
nodes, the representation is made a lot more memory-efficient.

However, when you want to actually work with tree nodes, this
representation is very awkward, so most client code will want to
use the [`TreeCursor`](#common.TreeCursor) or
[`SyntaxNode`](#common.SyntaxNode) interface instead, which provides
a view on some part of this data structure, and can be used to
move around to adjacent nodes.
*/
class Tree {
    /**
    Construct a new tree. See also [`Tree.build`](#common.Tree^build).
    */
    constructor(
    /**
    The type of the top node.
    */
    type, 
    /**
    This node's child nodes.
    */
    children, 
    /**
    The positions (offsets relative to the start of this tree) of
    the children.
    */
    positions, 
    /**
    The total length of this tree
    */
    length, 
    /**
    Per-node [node props](#common.NodeProp) to associate with this node.
    */
    props) {
        this.type = type;
        this.children = children;
        this.positions = positions;
        this.length = length;
        /**
        @internal
        */
        this.props = null;
        if (props && props.length) {
            this.props = Object.create(null);
            for (let [prop, value] of props)
                this.props[typeof prop == "number" ? prop : prop.id] = value;
        }
    }
    /**
    @internal
    */
    toString() {
        let mounted = MountedTree.get(this);
        if (mounted && !mounted.overlay)
            return mounted.tree.toString();
        let children = "";
        for (let ch of this.children) {
            let str = ch.toString();
            if (str) {
                if (children)
                    children += ",";
                children += str;
            }
        }
        return !this.type.name ? children :
            (/\W/.test(this.type.name) && !this.type.isError ? JSON.stringify(this.type.name) : this.type.name) +
                (children.length ? "(" + children + ")" : "");
    }
    /**
    Get a [tree cursor](#common.TreeCursor) positioned at the top of
    the tree. Mode can be used to [control](#common.IterMode) which
    nodes the cursor visits.
    */
    cursor(mode = 0) {
        return new TreeCursor(this.topNode, mode);
    }
    /**
    Get a [tree cursor](#common.TreeCursor) pointing into this tree
    at the given position and side (see
    [`moveTo`](#common.TreeCursor.moveTo).
    */
    cursorAt(pos, side = 0, mode = 0) {
        let scope = CachedNode.get(this) || this.topNode;
        let cursor = new TreeCursor(scope);
        cursor.moveTo(pos, side);
        CachedNode.set(this, cursor._tree);
        return cursor;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) object for the top of the
    tree.
    */
    get topNode() {
        return new TreeNode(this, 0, 0, null);
    }
    /**
    Get the [syntax node](#common.SyntaxNode) at the given position.
    If `side` is -1, this will move into nodes that end at the
    position. If 1, it'll move into nodes that start at the
    position. With 0, it'll only enter nodes that cover the position
    from both sides.
    
    Note that this will not enter
    [overlays](#common.MountedTree.overlay), and you often want
    [`resolveInner`](#common.Tree.resolveInner) instead.
    */
    resolve(pos, side = 0) {
        let node = resolveNode(CachedNode.get(this) || this.topNode, pos, side, false);
        CachedNode.set(this, node);
        return node;
    }
    /**
    Like [`resolve`](#common.Tree.resolve), but will enter
    [overlaid](#common.MountedTree.overlay) nodes, producing a syntax node
    pointing into the innermost overlaid tree at the given position
    (with parent links going through all parent structure, including
    the host trees).
    */
    resolveInner(pos, side = 0) {
        let node = resolveNode(CachedInnerNode.get(this) || this.topNode, pos, side, true);
        CachedInnerNode.set(this, node);
        return node;
    }
    /**
    In some situations, it can be useful to iterate through all
    nodes around a position, including those in overlays that don't
    directly cover the position. This method gives you an iterator
    that will produce all nodes, from small to big, around the given
    position.
    */
    resolveStack(pos, side = 0) {
        return stackIterator(this, pos, side);
    }
    /**
    Iterate over the tree and its children, calling `enter` for any
    node that touches the `from`/`to` region (if given) before
    running over such a node's children, and `leave` (if given) when
    leaving the node. When `enter` returns `false`, that node will
    not have its children iterated over (or `leave` called).
    */
    iterate(spec) {
        let { enter, leave, from = 0, to = this.length } = spec;
        let mode = spec.mode || 0, anon = (mode & IterMode.IncludeAnonymous) > 0;
        for (let c = this.cursor(mode | IterMode.IncludeAnonymous);;) {
            let entered = false;
            if (c.from <= to && c.to >= from && (!anon && c.type.isAnonymous || enter(c) !== false)) {
                if (c.firstChild())
                    continue;
                entered = true;
            }
            for (;;) {
                if (entered && leave && (anon || !c.type.isAnonymous))
                    leave(c);
                if (c.nextSibling())
                    break;
                if (!c.parent())
                    return;
                entered = true;
            }
        }
    }
    /**
    Get the value of the given [node prop](#common.NodeProp) for this
    node. Works with both per-node and per-type props.
    */
    prop(prop) {
        return !prop.perNode ? this.type.prop(prop) : this.props ? this.props[prop.id] : undefined;
    }
    /**
    Returns the node's [per-node props](#common.NodeProp.perNode) in a
    format that can be passed to the [`Tree`](#common.Tree)
    constructor.
    */
    get propValues() {
        let result = [];
        if (this.props)
            for (let id in this.props)
                result.push([+id, this.props[id]]);
        return result;
    }
    /**
    Balance the direct children of this tree, producing a copy of
    which may have children grouped into subtrees with type
    [`NodeType.none`](#common.NodeType^none).
    */
    balance(config = {}) {
        return this.children.length <= 8 /* Balance.BranchFactor */ ? this :
            balanceRange(NodeType.none, this.children, this.positions, 0, this.children.length, 0, this.length, (children, positions, length) => new Tree(this.type, children, positions, length, this.propValues), config.makeTree || ((children, positions, length) => new Tree(NodeType.none, children, positions, length)));
    }
    /**
    Build a tree from a postfix-ordered buffer of node information,
    or a cursor over such a buffer.
    */
    static build(data) { return buildTree(data); }
}
/**
The empty tree
*/
Tree.empty = new Tree(NodeType.none, [], [], 0);
class FlatBufferCursor {
    constructor(buffer, index) {
        this.buffer = buffer;
        this.index = index;
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    get pos() { return this.index; }
    next() { this.index -= 4; }
    fork() { return new FlatBufferCursor(this.buffer, this.index); }
}
/**
Tree buffers contain (type, start, end, endIndex) quads for each
node. In such a buffer, nodes are stored in prefix order (parents
before children, with the endIndex of the parent indicating which
children belong to it).
*/
class TreeBuffer {
    /**
    Create a tree buffer.
    */
    constructor(
    /**
    The buffer's content.
    */
    buffer, 
    /**
    The total length of the group of nodes in the buffer.
    */
    length, 
    /**
    The node set used in this buffer.
    */
    set) {
        this.buffer = buffer;
        this.length = length;
        this.set = set;
    }
    /**
    @internal
    */
    get type() { return NodeType.none; }
    /**
    @internal
    */
    toString() {
        let result = [];
        for (let index = 0; index < this.buffer.length;) {
            result.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result.join(",");
    }
    /**
    @internal
    */
    childString(index) {
        let id = this.buffer[index], endIndex = this.buffer[index + 3];
        let type = this.set.types[id], result = type.name;
        if (/\W/.test(result) && !type.isError)
            result = JSON.stringify(result);
        index += 4;
        if (endIndex == index)
            return result;
        let children = [];
        while (index < endIndex) {
            children.push(this.childString(index));
            index = this.buffer[index + 3];
        }
        return result + "(" + children.join(",") + ")";
    }
    /**
    @internal
    */
    findChild(startIndex, endIndex, dir, pos, side) {
        let { buffer } = this, pick = -1;
        for (let i = startIndex; i != endIndex; i = buffer[i + 3]) {
            if (checkSide(side, pos, buffer[i + 1], buffer[i + 2])) {
                pick = i;
                if (dir > 0)
                    break;
            }
        }
        return pick;
    }
    /**
    @internal
    */
    slice(startI, endI, from) {
        let b = this.buffer;
        let copy = new Uint16Array(endI - startI), len = 0;
        for (let i = startI, j = 0; i < endI;) {
            copy[j++] = b[i++];
            copy[j++] = b[i++] - from;
            let to = copy[j++] = b[i++] - from;
            copy[j++] = b[i++] - startI;
            len = Math.max(len, to);
        }
        return new TreeBuffer(copy, len, this.set);
    }
}
function checkSide(side, pos, from, to) {
    switch (side) {
        case -2 /* Side.Before */: return from < pos;
        case -1 /* Side.AtOrBefore */: return to >= pos && from < pos;
        case 0 /* Side.Around */: return from < pos && to > pos;
        case 1 /* Side.AtOrAfter */: return from <= pos && to > pos;
        case 2 /* Side.After */: return to > pos;
        case 4 /* Side.DontCare */: return true;
    }
}
function resolveNode(node, pos, side, overlays) {
    var _a;
    // Move up to a node that actually holds the position, if possible
    while (node.from == node.to ||
        (side < 1 ? node.from >= pos : node.from > pos) ||
        (side > -1 ? node.to <= pos : node.to < pos)) {
        let parent = !overlays && node instanceof TreeNode && node.index < 0 ? null : node.parent;
        if (!parent)
            return node;
        node = parent;
    }
    let mode = overlays ? 0 : IterMode.IgnoreOverlays;
    // Must go up out of overlays when those do not overlap with pos
    if (overlays)
        for (let scan = node, parent = scan.parent; parent; scan = parent, parent = scan.parent) {
            if (scan instanceof TreeNode && scan.index < 0 && ((_a = parent.enter(pos, side, mode)) === null || _a === void 0 ? void 0 : _a.from) != scan.from)
                node = parent;
        }
    for (;;) {
        let inner = node.enter(pos, side, mode);
        if (!inner)
            return node;
        node = inner;
    }
}
class BaseNode {
    cursor(mode = 0) { return new TreeCursor(this, mode); }
    getChild(type, before = null, after = null) {
        let r = getChildren(this, type, before, after);
        return r.length ? r[0] : null;
    }
    getChildren(type, before = null, after = null) {
        return getChildren(this, type, before, after);
    }
    resolve(pos, side = 0) {
        return resolveNode(this, pos, side, false);
    }
    resolveInner(pos, side = 0) {
        return resolveNode(this, pos, side, true);
    }
    matchContext(context) {
        return matchNodeContext(this.parent, context);
    }
    enterUnfinishedNodesBefore(pos) {
        let scan = this.childBefore(pos), node = this;
        while (scan) {
            let last = scan.lastChild;
            if (!last || last.to != scan.to)
                break;
            if (last.type.isError && last.from == last.to) {
                node = scan;
                scan = last.prevSibling;
            }
            else {
                scan = last;
            }
        }
        return node;
    }
    get node() { return this; }
    get next() { return this.parent; }
}
class TreeNode extends BaseNode {
    constructor(_tree, from, 
    // Index in parent node, set to -1 if the node is not a direct child of _parent.node (overlay)
    index, _parent) {
        super();
        this._tree = _tree;
        this.from = from;
        this.index = index;
        this._parent = _parent;
    }
    get type() { return this._tree.type; }
    get name() { return this._tree.type.name; }
    get to() { return this.from + this._tree.length; }
    nextChild(i, dir, pos, side, mode = 0) {
        for (let parent = this;;) {
            for (let { children, positions } = parent._tree, e = dir > 0 ? children.length : -1; i != e; i += dir) {
                let next = children[i], start = positions[i] + parent.from, mounted;
                if (!((mode & IterMode.EnterBracketed) && next instanceof Tree &&
                    (mounted = MountedTree.get(next)) && !mounted.overlay && mounted.bracketed &&
                    pos >= start && pos <= start + next.length) &&
                    !checkSide(side, pos, start, start + next.length))
                    continue;
                if (next instanceof TreeBuffer) {
                    if (mode & IterMode.ExcludeBuffers)
                        continue;
                    let index = next.findChild(0, next.buffer.length, dir, pos - start, side);
                    if (index > -1)
                        return new BufferNode(new BufferContext(parent, next, i, start), null, index);
                }
                else if ((mode & IterMode.IncludeAnonymous) || (!next.type.isAnonymous || hasChild(next))) {
                    let mounted;
                    if (!(mode & IterMode.IgnoreMounts) && (mounted = MountedTree.get(next)) && !mounted.overlay)
                        return new TreeNode(mounted.tree, start, i, parent);
                    let inner = new TreeNode(next, start, i, parent);
                    return (mode & IterMode.IncludeAnonymous) || !inner.type.isAnonymous ? inner
                        : inner.nextChild(dir < 0 ? next.children.length - 1 : 0, dir, pos, side, mode);
                }
            }
            if ((mode & IterMode.IncludeAnonymous) || !parent.type.isAnonymous)
                return null;
            if (parent.index >= 0)
                i = parent.index + dir;
            else
                i = dir < 0 ? -1 : parent._parent._tree.children.length;
            parent = parent._parent;
            if (!parent)
                return null;
        }
    }
    get firstChild() { return this.nextChild(0, 1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.nextChild(this._tree.children.length - 1, -1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.nextChild(0, 1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.nextChild(this._tree.children.length - 1, -1, pos, -2 /* Side.Before */); }
    prop(prop) { return this._tree.prop(prop); }
    enter(pos, side, mode = 0) {
        let mounted;
        if (!(mode & IterMode.IgnoreOverlays) && (mounted = MountedTree.get(this._tree)) && mounted.overlay) {
            let rPos = pos - this.from, enterBracketed = (mode & IterMode.EnterBracketed) && mounted.bracketed;
            for (let { from, to } of mounted.overlay) {
                if ((side > 0 || enterBracketed ? from <= rPos : from < rPos) &&
                    (side < 0 || enterBracketed ? to >= rPos : to > rPos))
                    return new TreeNode(mounted.tree, mounted.overlay[0].from + this.from, -1, this);
            }
        }
        return this.nextChild(0, 1, pos, side, mode);
    }
    nextSignificantParent() {
        let val = this;
        while (val.type.isAnonymous && val._parent)
            val = val._parent;
        return val;
    }
    get parent() {
        return this._parent ? this._parent.nextSignificantParent() : null;
    }
    get nextSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index + 1, 1, 0, 4 /* Side.DontCare */) : null;
    }
    get prevSibling() {
        return this._parent && this.index >= 0 ? this._parent.nextChild(this.index - 1, -1, 0, 4 /* Side.DontCare */) : null;
    }
    get tree() { return this._tree; }
    toTree() { return this._tree; }
    /**
    @internal
    */
    toString() { return this._tree.toString(); }
}
function getChildren(node, type, before, after) {
    let cur = node.cursor(), result = [];
    if (!cur.firstChild())
        return result;
    if (before != null)
        for (let found = false; !found;) {
            found = cur.type.is(before);
            if (!cur.nextSibling())
                return result;
        }
    for (;;) {
        if (after != null && cur.type.is(after))
            return result;
        if (cur.type.is(type))
            result.push(cur.node);
        if (!cur.nextSibling())
            return after == null ? result : [];
    }
}
function matchNodeContext(node, context, i = context.length - 1) {
    for (let p = node; i >= 0; p = p.parent) {
        if (!p)
            return false;
        if (!p.type.isAnonymous) {
            if (context[i] && context[i] != p.name)
                return false;
            i--;
        }
    }
    return true;
}
class BufferContext {
    constructor(parent, buffer, index, start) {
        this.parent = parent;
        this.buffer = buffer;
        this.index = index;
        this.start = start;
    }
}
class BufferNode extends BaseNode {
    get name() { return this.type.name; }
    get from() { return this.context.start + this.context.buffer.buffer[this.index + 1]; }
    get to() { return this.context.start + this.context.buffer.buffer[this.index + 2]; }
    constructor(context, _parent, index) {
        super();
        this.context = context;
        this._parent = _parent;
        this.index = index;
        this.type = context.buffer.set.types[context.buffer.buffer[index]];
    }
    child(dir, pos, side) {
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get firstChild() { return this.child(1, 0, 4 /* Side.DontCare */); }
    get lastChild() { return this.child(-1, 0, 4 /* Side.DontCare */); }
    childAfter(pos) { return this.child(1, pos, 2 /* Side.After */); }
    childBefore(pos) { return this.child(-1, pos, -2 /* Side.Before */); }
    prop(prop) { return this.type.prop(prop); }
    enter(pos, side, mode = 0) {
        if (mode & IterMode.ExcludeBuffers)
            return null;
        let { buffer } = this.context;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], side > 0 ? 1 : -1, pos - this.context.start, side);
        return index < 0 ? null : new BufferNode(this.context, this, index);
    }
    get parent() {
        return this._parent || this.context.parent.nextSignificantParent();
    }
    externalSibling(dir) {
        return this._parent ? null : this.context.parent.nextChild(this.context.index + dir, dir, 0, 4 /* Side.DontCare */);
    }
    get nextSibling() {
        let { buffer } = this.context;
        let after = buffer.buffer[this.index + 3];
        if (after < (this._parent ? buffer.buffer[this._parent.index + 3] : buffer.buffer.length))
            return new BufferNode(this.context, this._parent, after);
        return this.externalSibling(1);
    }
    get prevSibling() {
        let { buffer } = this.context;
        let parentStart = this._parent ? this._parent.index + 4 : 0;
        if (this.index == parentStart)
            return this.externalSibling(-1);
        return new BufferNode(this.context, this._parent, buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
    }
    get tree() { return null; }
    toTree() {
        let children = [], positions = [];
        let { buffer } = this.context;
        let startI = this.index + 4, endI = buffer.buffer[this.index + 3];
        if (endI > startI) {
            let from = buffer.buffer[this.index + 1];
            children.push(buffer.slice(startI, endI, from));
            positions.push(0);
        }
        return new Tree(this.type, children, positions, this.to - this.from);
    }
    /**
    @internal
    */
    toString() { return this.context.buffer.childString(this.index); }
}
function iterStack(heads) {
    if (!heads.length)
        return null;
    let pick = 0, picked = heads[0];
    for (let i = 1; i < heads.length; i++) {
        let node = heads[i];
        if (node.from > picked.from || node.to < picked.to) {
            picked = node;
            pick = i;
        }
    }
    let next = picked instanceof TreeNode && picked.index < 0 ? null : picked.parent;
    let newHeads = heads.slice();
    if (next)
        newHeads[pick] = next;
    else
        newHeads.splice(pick, 1);
    return new StackIterator(newHeads, picked);
}
class StackIterator {
    constructor(heads, node) {
        this.heads = heads;
        this.node = node;
    }
    get next() { return iterStack(this.heads); }
}
function stackIterator(tree, pos, side) {
    let inner = tree.resolveInner(pos, side), layers = null;
    for (let scan = inner instanceof TreeNode ? inner : inner.context.parent; scan; scan = scan.parent) {
        if (scan.index < 0) { // This is an overlay root
            let parent = scan.parent;
            (layers || (layers = [inner])).push(parent.resolve(pos, side));
            scan = parent;
        }
        else {
            let mount = MountedTree.get(scan.tree);
            // Relevant overlay branching off
            if (mount && mount.overlay && mount.overlay[0].from <= pos && mount.overlay[mount.overlay.length - 1].to >= pos) {
                let root = new TreeNode(mount.tree, mount.overlay[0].from + scan.from, -1, scan);
                (layers || (layers = [inner])).push(resolveNode(root, pos, side, false));
            }
        }
    }
    return layers ? iterStack(layers) : inner;
}
/**
A tree cursor object focuses on a given node in a syntax tree, and
allows you to move to adjacent nodes.
*/
class TreeCursor {
    /**
    Shorthand for `.type.name`.
    */
    get name() { return this.type.name; }
    /**
    @internal
    */
    constructor(node, mode = 0) {
        /**
        @internal
        */
        this.buffer = null;
        this.stack = [];
        /**
        @internal
        */
        this.index = 0;
        this.bufferNode = null;
        this.mode = mode & ~IterMode.EnterBracketed;
        if (node instanceof TreeNode) {
            this.yieldNode(node);
        }
        else {
            this._tree = node.context.parent;
            this.buffer = node.context;
            for (let n = node._parent; n; n = n._parent)
                this.stack.unshift(n.index);
            this.bufferNode = node;
            this.yieldBuf(node.index);
        }
    }
    yieldNode(node) {
        if (!node)
            return false;
        this._tree = node;
        this.type = node.type;
        this.from = node.from;
        this.to = node.to;
        return true;
    }
    yieldBuf(index, type) {
        this.index = index;
        let { start, buffer } = this.buffer;
        this.type = type || buffer.set.types[buffer.buffer[index]];
        this.from = start + buffer.buffer[index + 1];
        this.to = start + buffer.buffer[index + 2];
        return true;
    }
    /**
    @internal
    */
    yield(node) {
        if (!node)
            return false;
        if (node instanceof TreeNode) {
            this.buffer = null;
            return this.yieldNode(node);
        }
        this.buffer = node.context;
        return this.yieldBuf(node.index, node.type);
    }
    /**
    @internal
    */
    toString() {
        return this.buffer ? this.buffer.buffer.childString(this.index) : this._tree.toString();
    }
    /**
    @internal
    */
    enterChild(dir, pos, side) {
        if (!this.buffer)
            return this.yield(this._tree.nextChild(dir < 0 ? this._tree._tree.children.length - 1 : 0, dir, pos, side, this.mode));
        let { buffer } = this.buffer;
        let index = buffer.findChild(this.index + 4, buffer.buffer[this.index + 3], dir, pos - this.buffer.start, side);
        if (index < 0)
            return false;
        this.stack.push(this.index);
        return this.yieldBuf(index);
    }
    /**
    Move the cursor to this node's first child. When this returns
    false, the node has no child, and the cursor has not been moved.
    */
    firstChild() { return this.enterChild(1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to this node's last child.
    */
    lastChild() { return this.enterChild(-1, 0, 4 /* Side.DontCare */); }
    /**
    Move the cursor to the first child that ends after `pos`.
    */
    childAfter(pos) { return this.enterChild(1, pos, 2 /* Side.After */); }
    /**
    Move to the last child that starts before `pos`.
    */
    childBefore(pos) { return this.enterChild(-1, pos, -2 /* Side.Before */); }
    /**
    Move the cursor to the child around `pos`. If side is -1 the
    child may end at that position, when 1 it may start there. This
    will also enter [overlaid](#common.MountedTree.overlay)
    [mounted](#common.NodeProp^mounted) trees unless `overlays` is
    set to false.
    */
    enter(pos, side, mode = this.mode) {
        if (!this.buffer)
            return this.yield(this._tree.enter(pos, side, mode));
        return mode & IterMode.ExcludeBuffers ? false : this.enterChild(1, pos, side);
    }
    /**
    Move to the node's parent node, if this isn't the top node.
    */
    parent() {
        if (!this.buffer)
            return this.yieldNode((this.mode & IterMode.IncludeAnonymous) ? this._tree._parent : this._tree.parent);
        if (this.stack.length)
            return this.yieldBuf(this.stack.pop());
        let parent = (this.mode & IterMode.IncludeAnonymous) ? this.buffer.parent : this.buffer.parent.nextSignificantParent();
        this.buffer = null;
        return this.yieldNode(parent);
    }
    /**
    @internal
    */
    sibling(dir) {
        if (!this.buffer)
            return !this._tree._parent ? false
                : this.yield(this._tree.index < 0 ? null
                    : this._tree._parent.nextChild(this._tree.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode));
        let { buffer } = this.buffer, d = this.stack.length - 1;
        if (dir < 0) {
            let parentStart = d < 0 ? 0 : this.stack[d] + 4;
            if (this.index != parentStart)
                return this.yieldBuf(buffer.findChild(parentStart, this.index, -1, 0, 4 /* Side.DontCare */));
        }
        else {
            let after = buffer.buffer[this.index + 3];
            if (after < (d < 0 ? buffer.buffer.length : buffer.buffer[this.stack[d] + 3]))
                return this.yieldBuf(after);
        }
        return d < 0 ? this.yield(this.buffer.parent.nextChild(this.buffer.index + dir, dir, 0, 4 /* Side.DontCare */, this.mode)) : false;
    }
    /**
    Move to this node's next sibling, if any.
    */
    nextSibling() { return this.sibling(1); }
    /**
    Move to this node's previous sibling, if any.
    */
    prevSibling() { return this.sibling(-1); }
    atLastNode(dir) {
        let index, parent, { buffer } = this;
        if (buffer) {
            if (dir > 0) {
                if (this.index < buffer.buffer.buffer.length)
                    return false;
            }
            else {
                for (let i = 0; i < this.index; i++)
                    if (buffer.buffer.buffer[i + 3] < this.index)
                        return false;
            }
            ({ index, parent } = buffer);
        }
        else {
            ({ index, _parent: parent } = this._tree);
        }
        for (; parent; { index, _parent: parent } = parent) {
            if (index > -1)
                for (let i = index + dir, e = dir < 0 ? -1 : parent._tree.children.length; i != e; i += dir) {
                    let child = parent._tree.children[i];
                    if ((this.mode & IterMode.IncludeAnonymous) ||
                        child instanceof TreeBuffer ||
                        !child.type.isAnonymous ||
                        hasChild(child))
                        return false;
                }
        }
        return true;
    }
    move(dir, enter) {
        if (enter && this.enterChild(dir, 0, 4 /* Side.DontCare */))
            return true;
        for (;;) {
            if (this.sibling(dir))
                return true;
            if (this.atLastNode(dir) || !this.parent())
                return false;
        }
    }
    /**
    Move to the next node in a
    [pre-order](https://en.wikipedia.org/wiki/Tree_traversal#Pre-order,_NLR)
    traversal, going from a node to its first child or, if the
    current node is empty or `enter` is false, its next sibling or
    the next sibling of the first parent node that has one.
    */
    next(enter = true) { return this.move(1, enter); }
    /**
    Move to the next node in a last-to-first pre-order traversal. A
    node is followed by its last child or, if it has none, its
    previous sibling or the previous sibling of the first parent
    node that has one.
    */
    prev(enter = true) { return this.move(-1, enter); }
    /**
    Move the cursor to the innermost node that covers `pos`. If
    `side` is -1, it will enter nodes that end at `pos`. If it is 1,
    it will enter nodes that start at `pos`.
    */
    moveTo(pos, side = 0) {
        // Move up to a node that actually holds the position, if possible
        while (this.from == this.to ||
            (side < 1 ? this.from >= pos : this.from > pos) ||
            (side > -1 ? this.to <= pos : this.to < pos))
            if (!this.parent())
                break;
        // Then scan down into child nodes as far as possible
        while (this.enterChild(1, pos, side)) { }
        return this;
    }
    /**
    Get a [syntax node](#common.SyntaxNode) at the cursor's current
    position.
    */
    get node() {
        if (!this.buffer)
            return this._tree;
        let cache = this.bufferNode, result = null, depth = 0;
        if (cache && cache.context == this.buffer) {
            scan: for (let index = this.index, d = this.stack.length; d >= 0;) {
                for (let c = cache; c; c = c._parent)
                    if (c.index == index) {
                        if (index == this.index)
                            return c;
                        result = c;
                        depth = d + 1;
                        break scan;
                    }
                index = this.stack[--d];
            }
        }
        for (let i = depth; i < this.stack.length; i++)
            result = new BufferNode(this.buffer, result, this.stack[i]);
        return this.bufferNode = new BufferNode(this.buffer, result, this.index);
    }
    /**
    Get the [tree](#common.Tree) that represents the current node, if
    any. Will return null when the node is in a [tree
    buffer](#common.TreeBuffer).
    */
    get tree() {
        return this.buffer ? null : this._tree._tree;
    }
    /**
    Iterate over the current node and all its descendants, calling
    `enter` when entering a node and `leave`, if given, when leaving
    one. When `enter` returns `false`, any children of that node are
    skipped, and `leave` isn't called for it.
    */
    iterate(enter, leave) {
        for (let depth = 0;;) {
            let mustLeave = false;
            if (this.type.isAnonymous || enter(this) !== false) {
                if (this.firstChild()) {
                    depth++;
                    continue;
                }
                if (!this.type.isAnonymous)
                    mustLeave = true;
            }
            for (;;) {
                if (mustLeave && leave)
                    leave(this);
                mustLeave = this.type.isAnonymous;
                if (!depth)
                    return;
                if (this.nextSibling())
                    break;
                this.parent();
                depth--;
                mustLeave = true;
            }
        }
    }
    /**
    Test whether the current node matches a given context—a sequence
    of direct parent node names. Empty strings in the context array
    are treated as wildcards.
    */
    matchContext(context) {
        if (!this.buffer)
            return matchNodeContext(this.node.parent, context);
        let { buffer } = this.buffer, { types } = buffer.set;
        for (let i = context.length - 1, d = this.stack.length - 1; i >= 0; d--) {
            if (d < 0)
                return matchNodeContext(this._tree, context, i);
            let type = types[buffer.buffer[this.stack[d]]];
            if (!type.isAnonymous) {
                if (context[i] && context[i] != type.name)
                    return false;
                i--;
            }
        }
        return true;
    }
}
function hasChild(tree) {
    return tree.children.some(ch => ch instanceof TreeBuffer || !ch.type.isAnonymous || hasChild(ch));
}
function buildTree(data) {
    var _a;
    let { buffer, nodeSet, maxBufferLength = DefaultBufferLength, reused = [], minRepeatType = nodeSet.types.length } = data;
    let cursor = Array.isArray(buffer) ? new FlatBufferCursor(buffer, buffer.length) : buffer;
    let types = nodeSet.types;
    let contextHash = 0, lookAhead = 0;
    function takeNode(parentStart, minPos, children, positions, inRepeat, depth) {
        let { id, start, end, size } = cursor;
        let lookAheadAtStart = lookAhead, contextAtStart = contextHash;
        if (size < 0) {
            cursor.next();
            if (size == -1 /* SpecialRecord.Reuse */) {
                let node = reused[id];
                children.push(node);
                positions.push(start - parentStart);
                return;
            }
            else if (size == -3 /* SpecialRecord.ContextChange */) { // Context change
                contextHash = id;
                return;
            }
            else if (size == -4 /* SpecialRecord.LookAhead */) {
                lookAhead = id;
                return;
            }
            else {
                throw new RangeError(`Unrecognized record size: ${size}`);
            }
        }
        let type = types[id], node, buffer;
        let startPos = start - parentStart;
        if (end - start <= maxBufferLength && (buffer = findBufferSize(cursor.pos - minPos, inRepeat))) {
            // Small enough for a buffer, and no reused nodes inside
            let data = new Uint16Array(buffer.size - buffer.skip);
            let endPos = cursor.pos - buffer.size, index = data.length;
            while (cursor.pos > endPos)
                index = copyToBuffer(buffer.start, data, index);
            node = new TreeBuffer(data, end - buffer.start, nodeSet);
            startPos = buffer.start - parentStart;
        }
        else { // Make it a node
            let endPos = cursor.pos - size;
            cursor.next();
            let localChildren = [], localPositions = [];
            let localInRepeat = id >= minRepeatType ? id : -1;
            let lastGroup = 0, lastEnd = end, groupLookAhead = lookAheadAtStart;
            while (cursor.pos > endPos) {
                if (localInRepeat >= 0 && cursor.id == localInRepeat && cursor.size >= 0) {
                    if (cursor.end <= lastEnd - maxBufferLength) {
                        makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length;
                        lastEnd = cursor.end;
                        // The buffer is read backwards, so the current look-ahead is
                        // the one recorded after the next group's end.
                        groupLookAhead = lookAhead;
                    }
                    cursor.next();
                }
                else if (depth > 2500 /* CutOff.Depth */) {
                    takeFlatNode(start, endPos, localChildren, localPositions);
                }
                else {
                    // If the next entry is a reused node matching the local
                    // repeat, flush a repeat leaf and move lastGroup past it
                    if (localInRepeat >= 0 && cursor.size == -1 /* SpecialRecord.Reuse */ &&
                        reused[cursor.id].type == nodeSet.types[localInRepeat]) {
                        if (lastGroup < localChildren.length)
                            makeRepeatLeaf(localChildren, localPositions, start, lastGroup, cursor.end, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
                        lastGroup = localChildren.length + 1;
                        lastEnd = cursor.start;
                        groupLookAhead = lookAhead;
                    }
                    takeNode(start, endPos, localChildren, localPositions, localInRepeat, depth + 1);
                }
            }
            if (localInRepeat >= 0 && lastGroup > 0 && lastGroup < localChildren.length)
                makeRepeatLeaf(localChildren, localPositions, start, lastGroup, start, lastEnd, localInRepeat, groupLookAhead, contextAtStart);
            localChildren.reverse();
            localPositions.reverse();
            if (localInRepeat > -1 && lastGroup > 0) {
                let make = makeBalanced(type, contextAtStart);
                node = balanceRange(type, localChildren, localPositions, 0, localChildren.length, 0, end - start, make, make);
            }
            else {
                node = makeTree(type, localChildren, localPositions, end - start, lookAheadAtStart - end, contextAtStart);
            }
        }
        children.push(node);
        positions.push(startPos);
    }
    function takeFlatNode(parentStart, minPos, children, positions) {
        let nodes = []; // Temporary, inverted array of leaf nodes found, with absolute positions
        let nodeCount = 0, stopAt = -1;
        while (cursor.pos > minPos) {
            let { id, start, end, size } = cursor;
            if (size > 4) { // Not a leaf
                cursor.next();
            }
            else if (stopAt > -1 && start < stopAt) {
                break;
            }
            else {
                if (stopAt < 0)
                    stopAt = end - maxBufferLength;
                nodes.push(id, start, end);
                nodeCount++;
                cursor.next();
            }
        }
        if (nodeCount) {
            let buffer = new Uint16Array(nodeCount * 4);
            let start = nodes[nodes.length - 2];
            for (let i = nodes.length - 3, j = 0; i >= 0; i -= 3) {
                buffer[j++] = nodes[i];
                buffer[j++] = nodes[i + 1] - start;
                buffer[j++] = nodes[i + 2] - start;
                buffer[j++] = j;
            }
            children.push(new TreeBuffer(buffer, nodes[2] - start, nodeSet));
            positions.push(start - parentStart);
        }
    }
    function makeBalanced(type, contextHash) {
        return (children, positions, length) => {
            let lookAhead = 0, lastI = children.length - 1, last, lookAheadProp;
            if (lastI >= 0 && (last = children[lastI]) instanceof Tree) {
                if (!lastI && last.type == type && last.length == length)
                    return last;
                if (lookAheadProp = last.prop(dist_NodeProp.lookAhead))
                    lookAhead = positions[lastI] + last.length + lookAheadProp - length;
            }
            return makeTree(type, children, positions, length, lookAhead, contextHash);
        };
    }
    function makeRepeatLeaf(children, positions, base, i, from, to, type, lookAhead, contextHash) {
        let localChildren = [], localPositions = [];
        while (children.length > i) {
            localChildren.push(children.pop());
            localPositions.push(positions.pop() + base - from);
        }
        children.push(makeTree(nodeSet.types[type], localChildren, localPositions, to - from, lookAhead - to, contextHash));
        positions.push(from - base);
    }
    function makeTree(type, children, positions, length, lookAhead, contextHash, props) {
        if (contextHash) {
            let pair = [dist_NodeProp.contextHash, contextHash];
            props = props ? [pair].concat(props) : [pair];
        }
        if (lookAhead > 25) {
            let pair = [dist_NodeProp.lookAhead, lookAhead];
            props = props ? [pair].concat(props) : [pair];
        }
        return new Tree(type, children, positions, length, props);
    }
    function findBufferSize(maxSize, inRepeat) {
        // Scan through the buffer to find previous siblings that fit
        // together in a TreeBuffer, and don't contain any reused nodes
        // (which can't be stored in a buffer).
        // If `inRepeat` is > -1, ignore node boundaries of that type for
        // nesting, but make sure the end falls either at the start
        // (`maxSize`) or before such a node.
        let fork = cursor.fork();
        let size = 0, start = 0, skip = 0, minStart = fork.end - maxBufferLength;
        let result = { size: 0, start: 0, skip: 0 };
        scan: for (let minPos = fork.pos - maxSize; fork.pos > minPos;) {
            let nodeSize = fork.size;
            // Pretend nested repeat nodes of the same type don't exist
            if (fork.id == inRepeat && nodeSize >= 0) {
                // Except that we store the current state as a valid return
                // value.
                result.size = size;
                result.start = start;
                result.skip = skip;
                skip += 4;
                size += 4;
                fork.next();
                continue;
            }
            let startPos = fork.pos - nodeSize;
            if (nodeSize < 0 || startPos < minPos || fork.start < minStart)
                break;
            let localSkipped = fork.id >= minRepeatType ? 4 : 0;
            let nodeStart = fork.start;
            fork.next();
            while (fork.pos > startPos) {
                if (fork.size < 0) {
                    if (fork.size == -3 /* SpecialRecord.ContextChange */ || fork.size == -4 /* SpecialRecord.LookAhead */)
                        localSkipped += 4;
                    else
                        break scan;
                }
                else if (fork.id >= minRepeatType) {
                    localSkipped += 4;
                }
                fork.next();
            }
            start = nodeStart;
            size += nodeSize;
            skip += localSkipped;
        }
        if (inRepeat < 0 || size == maxSize) {
            result.size = size;
            result.start = start;
            result.skip = skip;
        }
        return result.size > 4 ? result : undefined;
    }
    function copyToBuffer(bufferStart, buffer, index) {
        let { id, start, end, size } = cursor;
        cursor.next();
        if (size >= 0 && id < minRepeatType) {
            let startIndex = index;
            if (size > 4) {
                let endPos = cursor.pos - (size - 4);
                while (cursor.pos > endPos)
                    index = copyToBuffer(bufferStart, buffer, index);
            }
            buffer[--index] = startIndex;
            buffer[--index] = end - bufferStart;
            buffer[--index] = start - bufferStart;
            buffer[--index] = id;
        }
        else if (size == -3 /* SpecialRecord.ContextChange */) {
            contextHash = id;
        }
        else if (size == -4 /* SpecialRecord.LookAhead */) {
            lookAhead = id;
        }
        return index;
    }
    let children = [], positions = [];
    while (cursor.pos > 0)
        takeNode(data.start || 0, data.bufferStart || 0, children, positions, -1, 0);
    let length = (_a = data.length) !== null && _a !== void 0 ? _a : (children.length ? positions[0] + children[0].length : 0);
    return new Tree(types[data.topID], children.reverse(), positions.reverse(), length);
}
const nodeSizeCache = new WeakMap;
function nodeSize(balanceType, node) {
    if (!balanceType.isAnonymous || node instanceof TreeBuffer || node.type != balanceType)
        return 1;
    let size = nodeSizeCache.get(node);
    if (size == null) {
        size = 1;
        for (let child of node.children) {
            if (child.type != balanceType || !(child instanceof Tree)) {
                size = 1;
                break;
            }
            size += nodeSize(balanceType, child);
        }
        nodeSizeCache.set(node, size);
    }
    return size;
}
function balanceRange(
// The type the balanced tree's inner nodes.
balanceType, 
// The direct children and their positions
children, positions, 
// The index range in children/positions to use
from, to, 
// The start position of the nodes, relative to their parent.
start, 
// Length of the outer node
length, 
// Function to build the top node of the balanced tree
mkTop, 
// Function to build internal nodes for the balanced tree
mkTree) {
    let total = 0;
    for (let i = from; i < to; i++)
        total += nodeSize(balanceType, children[i]);
    let maxChild = Math.ceil((total * 1.5) / 8 /* Balance.BranchFactor */);
    let localChildren = [], localPositions = [];
    function divide(children, positions, from, to, offset) {
        for (let i = from; i < to;) {
            let groupFrom = i, groupStart = positions[i], groupSize = nodeSize(balanceType, children[i]);
            i++;
            for (; i < to; i++) {
                let nextSize = nodeSize(balanceType, children[i]);
                if (groupSize + nextSize >= maxChild)
                    break;
                groupSize += nextSize;
            }
            if (i == groupFrom + 1) {
                if (groupSize > maxChild) {
                    let only = children[groupFrom]; // Only trees can have a size > 1
                    divide(only.children, only.positions, 0, only.children.length, positions[groupFrom] + offset);
                    continue;
                }
                localChildren.push(children[groupFrom]);
            }
            else {
                let length = positions[i - 1] + children[i - 1].length - groupStart;
                localChildren.push(balanceRange(balanceType, children, positions, groupFrom, i, groupStart, length, null, mkTree));
            }
            localPositions.push(groupStart + offset - start);
        }
    }
    divide(children, positions, from, to, 0);
    return (mkTop || mkTree)(localChildren, localPositions, length);
}
/**
Provides a way to associate values with pieces of trees. As long
as that part of the tree is reused, the associated values can be
retrieved from an updated tree.
*/
class NodeWeakMap {
    constructor() {
        this.map = new WeakMap();
    }
    setBuffer(buffer, index, value) {
        let inner = this.map.get(buffer);
        if (!inner)
            this.map.set(buffer, inner = new Map);
        inner.set(index, value);
    }
    getBuffer(buffer, index) {
        let inner = this.map.get(buffer);
        return inner && inner.get(index);
    }
    /**
    Set the value for this syntax node.
    */
    set(node, value) {
        if (node instanceof BufferNode)
            this.setBuffer(node.context.buffer, node.index, value);
        else if (node instanceof TreeNode)
            this.map.set(node.tree, value);
    }
    /**
    Retrieve value for this syntax node, if it exists in the map.
    */
    get(node) {
        return node instanceof BufferNode ? this.getBuffer(node.context.buffer, node.index)
            : node instanceof TreeNode ? this.map.get(node.tree) : undefined;
    }
    /**
    Set the value for the node that a cursor currently points to.
    */
    cursorSet(cursor, value) {
        if (cursor.buffer)
            this.setBuffer(cursor.buffer.buffer, cursor.index, value);
        else
            this.map.set(cursor.tree, value);
    }
    /**
    Retrieve the value for the node that a cursor currently points
    to.
    */
    cursorGet(cursor) {
        return cursor.buffer ? this.getBuffer(cursor.buffer.buffer, cursor.index) : this.map.get(cursor.tree);
    }
}

/**
Tree fragments are used during [incremental
parsing](#common.Parser.startParse) to track parts of old trees
that can be reused in a new parse. An array of fragments is used
to track regions of an old tree whose nodes might be reused in new
parses. Use the static
[`applyChanges`](#common.TreeFragment^applyChanges) method to
update fragments for document changes.
*/
class TreeFragment {
    /**
    Construct a tree fragment. You'll usually want to use
    [`addTree`](#common.TreeFragment^addTree) and
    [`applyChanges`](#common.TreeFragment^applyChanges) instead of
    calling this directly.
    */
    constructor(
    /**
    The start of the unchanged range pointed to by this fragment.
    This refers to an offset in the _updated_ document (as opposed
    to the original tree).
    */
    from, 
    /**
    The end of the unchanged range.
    */
    to, 
    /**
    The tree that this fragment is based on.
    */
    tree, 
    /**
    The offset between the fragment's tree and the document that
    this fragment can be used against. Add this when going from
    document to tree positions, subtract it to go from tree to
    document positions.
    */
    offset, openStart = false, openEnd = false) {
        this.from = from;
        this.to = to;
        this.tree = tree;
        this.offset = offset;
        this.open = (openStart ? 1 /* Open.Start */ : 0) | (openEnd ? 2 /* Open.End */ : 0);
    }
    /**
    Whether the start of the fragment represents the start of a
    parse, or the end of a change. (In the second case, it may not
    be safe to reuse some nodes at the start, depending on the
    parsing algorithm.)
    */
    get openStart() { return (this.open & 1 /* Open.Start */) > 0; }
    /**
    Whether the end of the fragment represents the end of a
    full-document parse, or the start of a change.
    */
    get openEnd() { return (this.open & 2 /* Open.End */) > 0; }
    /**
    Create a set of fragments from a freshly parsed tree, or update
    an existing set of fragments by replacing the ones that overlap
    with a tree with content from the new tree. When `partial` is
    true, the parse is treated as incomplete, and the resulting
    fragment has [`openEnd`](#common.TreeFragment.openEnd) set to
    true.
    */
    static addTree(tree, fragments = [], partial = false) {
        let result = [new TreeFragment(0, tree.length, tree, 0, false, partial)];
        for (let f of fragments)
            if (f.to > tree.length)
                result.push(f);
        return result;
    }
    /**
    Apply a set of edits to an array of fragments, removing or
    splitting fragments as necessary to remove edited ranges, and
    adjusting offsets for fragments that moved.
    */
    static applyChanges(fragments, changes, minGap = 128) {
        if (!changes.length)
            return fragments;
        let result = [];
        let fI = 1, nextF = fragments.length ? fragments[0] : null;
        for (let cI = 0, pos = 0, off = 0;; cI++) {
            let nextC = cI < changes.length ? changes[cI] : null;
            let nextPos = nextC ? nextC.fromA : 1e9;
            if (nextPos - pos >= minGap)
                while (nextF && nextF.from < nextPos) {
                    let cut = nextF;
                    if (pos >= cut.from || nextPos <= cut.to || off) {
                        let fFrom = Math.max(cut.from, pos) - off, fTo = Math.min(cut.to, nextPos) - off;
                        cut = fFrom >= fTo ? null : new TreeFragment(fFrom, fTo, cut.tree, cut.offset + off, cI > 0, !!nextC);
                    }
                    if (cut)
                        result.push(cut);
                    if (nextF.to > nextPos)
                        break;
                    nextF = fI < fragments.length ? fragments[fI++] : null;
                }
            if (!nextC)
                break;
            pos = nextC.toA;
            off = nextC.toA - nextC.toB;
        }
        return result;
    }
}
/**
A superclass that parsers should extend.
*/
class Parser {
    /**
    Start a parse, returning a [partial parse](#common.PartialParse)
    object. [`fragments`](#common.TreeFragment) can be passed in to
    make the parse incremental.
    
    By default, the entire input is parsed. You can pass `ranges`,
    which should be a sorted array of non-empty, non-overlapping
    ranges, to parse only those ranges. The tree returned in that
    case will start at `ranges[0].from`.
    */
    startParse(input, fragments, ranges) {
        if (typeof input == "string")
            input = new StringInput(input);
        ranges = !ranges ? [new Range(0, input.length)] : ranges.length ? ranges.map(r => new Range(r.from, r.to)) : [new Range(0, 0)];
        return this.createParse(input, fragments || [], ranges);
    }
    /**
    Run a full parse, returning the resulting tree.
    */
    parse(input, fragments, ranges) {
        let parse = this.startParse(input, fragments, ranges);
        for (;;) {
            let done = parse.advance();
            if (done)
                return done;
        }
    }
}
class StringInput {
    constructor(string) {
        this.string = string;
    }
    get length() { return this.string.length; }
    chunk(from) { return this.string.slice(from); }
    get lineChunks() { return false; }
    read(from, to) { return this.string.slice(from, to); }
}

/**
Create a parse wrapper that, after the inner parse completes,
scans its tree for mixed language regions with the `nest`
function, runs the resulting [inner parses](#common.NestedParse),
and then [mounts](#common.NodeProp^mounted) their results onto the
tree.
*/
function parseMixed(nest) {
    return (parse, input, fragments, ranges) => new MixedParse(parse, nest, input, fragments, ranges);
}
class InnerParse {
    constructor(parser, parse, overlay, bracketed, target, from) {
        this.parser = parser;
        this.parse = parse;
        this.overlay = overlay;
        this.bracketed = bracketed;
        this.target = target;
        this.from = from;
    }
}
function checkRanges(ranges) {
    if (!ranges.length || ranges.some(r => r.from >= r.to))
        throw new RangeError("Invalid inner parse ranges given: " + JSON.stringify(ranges));
}
class ActiveOverlay {
    constructor(parser, predicate, mounts, index, start, bracketed, target, prev) {
        this.parser = parser;
        this.predicate = predicate;
        this.mounts = mounts;
        this.index = index;
        this.start = start;
        this.bracketed = bracketed;
        this.target = target;
        this.prev = prev;
        this.depth = 0;
        this.ranges = [];
    }
}
const stoppedInner = new dist_NodeProp({ perNode: true });
class MixedParse {
    constructor(base, nest, input, fragments, ranges) {
        this.nest = nest;
        this.input = input;
        this.fragments = fragments;
        this.ranges = ranges;
        this.inner = [];
        this.innerDone = 0;
        this.baseTree = null;
        this.stoppedAt = null;
        this.baseParse = base;
    }
    advance() {
        if (this.baseParse) {
            let done = this.baseParse.advance();
            if (!done)
                return null;
            this.baseParse = null;
            this.baseTree = done;
            this.startInner();
            if (this.stoppedAt != null)
                for (let inner of this.inner)
                    inner.parse.stopAt(this.stoppedAt);
        }
        if (this.innerDone == this.inner.length) {
            let result = this.baseTree;
            if (this.stoppedAt != null)
                result = new Tree(result.type, result.children, result.positions, result.length, result.propValues.concat([[stoppedInner, this.stoppedAt]]));
            return result;
        }
        let inner = this.inner[this.innerDone], done = inner.parse.advance();
        if (done) {
            this.innerDone++;
            // This is a somewhat dodgy but super helpful hack where we
            // patch up nodes created by the inner parse (and thus
            // presumably not aliased anywhere else) to hold the information
            // about the inner parse.
            let props = Object.assign(Object.create(null), inner.target.props);
            props[dist_NodeProp.mounted.id] = new MountedTree(done, inner.overlay, inner.parser, inner.bracketed);
            inner.target.props = props;
        }
        return null;
    }
    get parsedPos() {
        if (this.baseParse)
            return 0;
        let pos = this.input.length;
        for (let i = this.innerDone; i < this.inner.length; i++) {
            if (this.inner[i].from < pos)
                pos = Math.min(pos, this.inner[i].parse.parsedPos);
        }
        return pos;
    }
    stopAt(pos) {
        this.stoppedAt = pos;
        if (this.baseParse)
            this.baseParse.stopAt(pos);
        else
            for (let i = this.innerDone; i < this.inner.length; i++)
                this.inner[i].parse.stopAt(pos);
    }
    startInner() {
        let fragmentCursor = new FragmentCursor(this.fragments);
        let overlay = null;
        let covered = null;
        let cursor = new TreeCursor(new TreeNode(this.baseTree, this.ranges[0].from, 0, null), IterMode.IncludeAnonymous | IterMode.IgnoreMounts);
        scan: for (let nest, isCovered;;) {
            let enter = true, range;
            if (this.stoppedAt != null && cursor.from >= this.stoppedAt) {
                enter = false;
            }
            else if (fragmentCursor.hasNode(cursor)) {
                if (overlay) {
                    let match = overlay.mounts.find(m => m.frag.from <= cursor.from && m.frag.to >= cursor.to && m.mount.overlay);
                    if (match)
                        for (let r of match.mount.overlay) {
                            let from = r.from + match.pos, to = r.to + match.pos;
                            if (from >= cursor.from && to <= cursor.to && !overlay.ranges.some(r => r.from < to && r.to > from))
                                overlay.ranges.push({ from, to });
                        }
                }
                enter = false;
            }
            else if (covered && (isCovered = checkCover(covered.ranges, cursor.from, cursor.to))) {
                enter = isCovered != 2 /* Cover.Full */;
            }
            else if (!cursor.type.isAnonymous && (nest = this.nest(cursor, this.input)) &&
                (cursor.from < cursor.to || !nest.overlay)) {
                if (!cursor.tree) {
                    materialize(cursor);
                    // materialize create one more level of nesting
                    // we need to add depth to active overlay for going backwards
                    if (overlay)
                        overlay.depth++;
                    if (covered)
                        covered.depth++;
                }
                let oldMounts = fragmentCursor.findMounts(cursor.from, nest.parser);
                if (typeof nest.overlay == "function") {
                    overlay = new ActiveOverlay(nest.parser, nest.overlay, oldMounts, this.inner.length, cursor.from, !!nest.bracketed, cursor.tree, overlay);
                }
                else {
                    let ranges = punchRanges(this.ranges, nest.overlay ||
                        (cursor.from < cursor.to ? [new Range(cursor.from, cursor.to)] : []));
                    if (ranges.length)
                        checkRanges(ranges);
                    if (ranges.length || !nest.overlay)
                        this.inner.push(new InnerParse(nest.parser, ranges.length ? nest.parser.startParse(this.input, enterFragments(oldMounts, ranges), ranges)
                            : nest.parser.startParse(""), nest.overlay ? nest.overlay.map(r => new Range(r.from - cursor.from, r.to - cursor.from)) : null, !!nest.bracketed, cursor.tree, ranges.length ? ranges[0].from : cursor.from));
                    if (!nest.overlay)
                        enter = false;
                    else if (ranges.length)
                        covered = { ranges, depth: 0, prev: covered };
                }
            }
            else if (overlay && (range = overlay.predicate(cursor))) {
                if (range === true)
                    range = new Range(cursor.from, cursor.to);
                if (range.from < range.to) {
                    let last = overlay.ranges.length - 1;
                    if (last >= 0 && overlay.ranges[last].to == range.from)
                        overlay.ranges[last] = { from: overlay.ranges[last].from, to: range.to };
                    else
                        overlay.ranges.push(range);
                }
            }
            if (enter && cursor.firstChild()) {
                if (overlay)
                    overlay.depth++;
                if (covered)
                    covered.depth++;
            }
            else {
                for (;;) {
                    if (cursor.nextSibling())
                        break;
                    if (!cursor.parent())
                        break scan;
                    if (overlay && !--overlay.depth) {
                        let ranges = punchRanges(this.ranges, overlay.ranges);
                        if (ranges.length) {
                            checkRanges(ranges);
                            this.inner.splice(overlay.index, 0, new InnerParse(overlay.parser, overlay.parser.startParse(this.input, enterFragments(overlay.mounts, ranges), ranges), overlay.ranges.map(r => new Range(r.from - overlay.start, r.to - overlay.start)), overlay.bracketed, overlay.target, ranges[0].from));
                        }
                        overlay = overlay.prev;
                    }
                    if (covered && !--covered.depth)
                        covered = covered.prev;
                }
            }
        }
    }
}
function checkCover(covered, from, to) {
    for (let range of covered) {
        if (range.from >= to)
            break;
        if (range.to > from)
            return range.from <= from && range.to >= to ? 2 /* Cover.Full */ : 1 /* Cover.Partial */;
    }
    return 0 /* Cover.None */;
}
// Take a piece of buffer and convert it into a stand-alone
// TreeBuffer.
function sliceBuf(buf, startI, endI, nodes, positions, off) {
    if (startI < endI) {
        let from = buf.buffer[startI + 1];
        nodes.push(buf.slice(startI, endI, from));
        positions.push(from - off);
    }
}
// This function takes a node that's in a buffer, and converts it, and
// its parent buffer nodes, into a Tree. This is again acting on the
// assumption that the trees and buffers have been constructed by the
// parse that was ran via the mix parser, and thus aren't shared with
// any other code, making violations of the immutability safe.
function materialize(cursor) {
    let { node } = cursor, stack = [];
    let buffer = node.context.buffer;
    // Scan up to the nearest tree
    do {
        stack.push(cursor.index);
        cursor.parent();
    } while (!cursor.tree);
    // Find the index of the buffer in that tree
    let base = cursor.tree, i = base.children.indexOf(buffer);
    let buf = base.children[i], b = buf.buffer, newStack = [i];
    // Split a level in the buffer, putting the nodes before and after
    // the child that contains `node` into new buffers.
    function split(startI, endI, type, innerOffset, length, stackPos) {
        let targetI = stack[stackPos];
        let children = [], positions = [];
        sliceBuf(buf, startI, targetI, children, positions, innerOffset);
        let from = b[targetI + 1], to = b[targetI + 2];
        newStack.push(children.length);
        let child = stackPos
            ? split(targetI + 4, b[targetI + 3], buf.set.types[b[targetI]], from, to - from, stackPos - 1)
            : node.toTree();
        children.push(child);
        positions.push(from - innerOffset);
        sliceBuf(buf, b[targetI + 3], endI, children, positions, innerOffset);
        return new Tree(type, children, positions, length);
    }
    base.children[i] = split(0, b.length, NodeType.none, 0, buf.length, stack.length - 1);
    // Move the cursor back to the target node
    for (let index of newStack) {
        let tree = cursor.tree.children[index], pos = cursor.tree.positions[index];
        cursor.yield(new TreeNode(tree, pos + cursor.from, index, cursor._tree));
    }
}
class StructureCursor {
    constructor(root, offset) {
        this.offset = offset;
        this.done = false;
        this.cursor = root.cursor(IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.ExcludeBuffers);
    }
    // Move to the first node (in pre-order) that starts at or after `pos`.
    moveTo(pos) {
        let { cursor } = this, p = pos - this.offset;
        while (!this.done && cursor.from < p) {
            if (cursor.to >= p && cursor.enter(p, 1, IterMode.IncludeAnonymous | IterMode.IgnoreMounts | IterMode.IgnoreOverlays | IterMode.ExcludeBuffers)) ;
            else if (cursor.to <= p) {
                if (!cursor.next(false))
                    this.done = true;
                // Moved to next node
            }
            else {
                break;
            }
        }
    }
    hasNode(cursor) {
        this.moveTo(cursor.from);
        if (!this.done && this.cursor.from + this.offset == cursor.from && this.cursor.tree) {
            for (let tree = this.cursor.tree;;) {
                if (tree == cursor.tree)
                    return true;
                if (tree.children.length && tree.positions[0] == 0 && tree.children[0] instanceof Tree)
                    tree = tree.children[0];
                else
                    break;
            }
        }
        return false;
    }
}
// The end of the range in which a fragment's nodes can be reused. For
// a tree from a stopped parse, that is no further than the stop
// position (in tree coordinates, so it is mapped to the document).
function fragEnd(frag) {
    let stopped = frag.tree.prop(stoppedInner);
    return stopped == null ? frag.to : Math.min(frag.to, stopped - frag.offset);
}
class FragmentCursor {
    constructor(fragments) {
        this.fragments = fragments;
        this.curTo = 0;
        this.fragI = 0;
        if (fragments.length) {
            let first = this.curFrag = fragments[0];
            this.curTo = fragEnd(first);
            this.inner = new StructureCursor(first.tree, -first.offset);
        }
        else {
            this.curFrag = this.inner = null;
        }
    }
    hasNode(node) {
        while (this.curFrag && node.from >= this.curTo)
            this.nextFrag();
        return this.curFrag && this.curFrag.from <= node.from && this.curTo >= node.to && this.inner.hasNode(node);
    }
    nextFrag() {
        this.fragI++;
        if (this.fragI == this.fragments.length) {
            this.curFrag = this.inner = null;
        }
        else {
            let frag = this.curFrag = this.fragments[this.fragI];
            this.curTo = fragEnd(frag);
            this.inner = new StructureCursor(frag.tree, -frag.offset);
        }
    }
    findMounts(pos, parser) {
        var _a;
        let result = [];
        if (this.inner) {
            this.inner.cursor.moveTo(pos, 1);
            for (let pos = this.inner.cursor.node; pos; pos = pos.parent) {
                let mount = (_a = pos.tree) === null || _a === void 0 ? void 0 : _a.prop(dist_NodeProp.mounted);
                if (mount && mount.parser == parser) {
                    for (let i = this.fragI; i < this.fragments.length; i++) {
                        let frag = this.fragments[i];
                        if (frag.from >= pos.to)
                            break;
                        if (frag.tree == this.curFrag.tree)
                            result.push({
                                frag,
                                pos: pos.from - frag.offset,
                                mount
                            });
                    }
                }
            }
        }
        return result;
    }
}
function punchRanges(outer, ranges) {
    let copy = null, current = ranges;
    for (let i = 1, j = 0; i < outer.length; i++) {
        let gapFrom = outer[i - 1].to, gapTo = outer[i].from;
        for (; j < current.length; j++) {
            let r = current[j];
            if (r.from >= gapTo)
                break;
            if (r.to <= gapFrom)
                continue;
            if (!copy)
                current = copy = ranges.slice();
            if (r.from < gapFrom) {
                copy[j] = new Range(r.from, gapFrom);
                if (r.to > gapTo)
                    copy.splice(j + 1, 0, new Range(gapTo, r.to));
            }
            else if (r.to > gapTo) {
                copy[j--] = new Range(gapTo, r.to);
            }
            else {
                copy.splice(j--, 1);
            }
        }
    }
    return current;
}
function findCoverChanges(a, b, from, to) {
    let iA = 0, iB = 0, inA = false, inB = false, pos = -1e9;
    let result = [];
    for (;;) {
        let nextA = iA == a.length ? 1e9 : inA ? a[iA].to : a[iA].from;
        let nextB = iB == b.length ? 1e9 : inB ? b[iB].to : b[iB].from;
        if (inA != inB) {
            let start = Math.max(pos, from), end = Math.min(nextA, nextB, to);
            if (start < end)
                result.push(new Range(start, end));
        }
        pos = Math.min(nextA, nextB);
        if (pos == 1e9)
            break;
        if (nextA == pos) {
            if (!inA)
                inA = true;
            else {
                inA = false;
                iA++;
            }
        }
        if (nextB == pos) {
            if (!inB)
                inB = true;
            else {
                inB = false;
                iB++;
            }
        }
    }
    return result;
}
// Given a number of fragments for the outer tree, and a set of ranges
// to parse, find fragments for inner trees mounted around those
// ranges, if any.
function enterFragments(mounts, ranges) {
    let result = [];
    for (let { pos, mount, frag } of mounts) {
        let startPos = pos + (mount.overlay ? mount.overlay[0].from : 0), endPos = startPos + mount.tree.length;
        let from = Math.max(frag.from, startPos), to = Math.min(frag.to, endPos);
        if (mount.overlay) {
            let overlay = mount.overlay.map(r => new Range(r.from + pos, r.to + pos));
            let changes = findCoverChanges(ranges, overlay, from, to);
            for (let i = 0, pos = from;; i++) {
                let last = i == changes.length, end = last ? to : changes[i].from;
                if (end > pos)
                    result.push(new TreeFragment(pos, end, mount.tree, -startPos, frag.from >= pos || frag.openStart, frag.to <= end || frag.openEnd));
                if (last)
                    break;
                pos = changes[i].to;
            }
        }
        else {
            result.push(new TreeFragment(from, to, mount.tree, -startPos, frag.from >= startPos || frag.openStart, frag.to <= endPos || frag.openEnd));
        }
    }
    return result;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/lr/dist/index.js


/**
A parse stack. These are used internally by the parser to track
parsing progress. They also provide some properties and methods
that external code such as a tokenizer can use to get information
about the parse state.
*/
class Stack {
    /**
    @internal
    */
    constructor(
    /**
    The parse that this stack is part of @internal
    */
    p, 
    /**
    Holds state, input pos, buffer index triplets for all but the
    top state @internal
    */
    stack, 
    /**
    The current parse state @internal
    */
    state, 
    // The position at which the next reduce should take place. This
    // can be less than `this.pos` when skipped expressions have been
    // added to the stack (which should be moved outside of the next
    // reduction)
    /**
    @internal
    */
    reducePos, 
    /**
    The input position up to which this stack has parsed.
    */
    pos, 
    /**
    The dynamic score of the stack, including dynamic precedence
    and error-recovery penalties
    @internal
    */
    score, 
    // The output buffer. Holds (type, start, end, size) quads
    // representing nodes created by the parser, where `size` is
    // amount of buffer array entries covered by this node.
    /**
    @internal
    */
    buffer, 
    // The base offset of the buffer. When stacks are split, the split
    // instance shared the buffer history with its parent up to
    // `bufferBase`, which is the absolute offset (including the
    // offset of previous splits) into the buffer at which this stack
    // starts writing.
    /**
    @internal
    */
    bufferBase, 
    /**
    @internal
    */
    curContext, 
    /**
    @internal
    */
    lookAhead = 0, 
    // A parent stack from which this was split off, if any. This is
    // set up so that it always points to a stack that has some
    // additional buffer content, never to a stack with an equal
    // `bufferBase`.
    /**
    @internal
    */
    parent) {
        this.p = p;
        this.stack = stack;
        this.state = state;
        this.reducePos = reducePos;
        this.pos = pos;
        this.score = score;
        this.buffer = buffer;
        this.bufferBase = bufferBase;
        this.curContext = curContext;
        this.lookAhead = lookAhead;
        this.parent = parent;
    }
    /**
    @internal
    */
    toString() {
        return `[${this.stack.filter((_, i) => i % 3 == 0).concat(this.state)}]@${this.pos}${this.score ? "!" + this.score : ""}`;
    }
    // Start an empty stack
    /**
    @internal
    */
    static start(p, state, pos = 0) {
        let cx = p.parser.context;
        return new Stack(p, [], state, pos, pos, 0, [], 0, cx ? new StackContext(cx, cx.start) : null, 0, null);
    }
    /**
    The stack's current [context](#lr.ContextTracker) value, if
    any. Its type will depend on the context tracker's type
    parameter, or it will be `null` if there is no context
    tracker.
    */
    get context() { return this.curContext ? this.curContext.context : null; }
    // Push a state onto the stack, tracking its start position as well
    // as the buffer base at that point.
    /**
    @internal
    */
    pushState(state, start) {
        this.stack.push(this.state, start, this.bufferBase + this.buffer.length);
        this.state = state;
    }
    // Apply a reduce action
    /**
    @internal
    */
    reduce(action) {
        var _a;
        let depth = action >> 19 /* Action.ReduceDepthShift */, type = action & 65535 /* Action.ValueMask */;
        let { parser } = this.p;
        let lookaheadRecord = this.reducePos < this.pos - 25 /* Lookahead.Margin */ && this.setLookAhead(this.pos);
        let dPrec = parser.dynamicPrecedence(type);
        if (dPrec)
            this.score += dPrec;
        if (depth == 0) {
            if (type < parser.minRepeatTerm && this.reducePos < this.pos)
                this.reducePos = this.pos;
            this.pushState(parser.getGoto(this.state, type, true), this.reducePos);
            // Zero-depth reductions are a special case—they add stuff to
            // the stack without popping anything off.
            if (type < parser.minRepeatTerm)
                this.storeNode(type, this.reducePos, this.reducePos, lookaheadRecord ? 8 : 4, true);
            this.reduceContext(type, this.reducePos);
            return;
        }
        // Find the base index into `this.stack`, content after which will
        // be dropped. Note that with `StayFlag` reductions we need to
        // consume two extra frames (the dummy parent node for the skipped
        // expression and the state that we'll be staying in, which should
        // be moved to `this.state`).
        let base = this.stack.length - ((depth - 1) * 3) - (action & 262144 /* Action.StayFlag */ ? 6 : 0);
        let start = base ? this.stack[base - 2] : this.p.ranges[0].from;
        if (type < parser.minRepeatTerm && start == this.reducePos && this.reducePos < this.pos)
            this.reducePos = this.pos;
        let size = this.reducePos - start;
        // This is a kludge to try and detect overly deep left-associative
        // trees, which will not increase the parse stack depth and thus
        // won't be caught by the regular stack-depth limit check.
        if (size >= 2000 /* Recover.MinBigReduction */ && !((_a = this.p.parser.nodeSet.types[type]) === null || _a === void 0 ? void 0 : _a.isAnonymous)) {
            if (start == this.p.lastBigReductionStart) {
                this.p.bigReductionCount++;
                this.p.lastBigReductionSize = size;
            }
            else if (this.p.lastBigReductionSize < size) {
                this.p.bigReductionCount = 1;
                this.p.lastBigReductionStart = start;
                this.p.lastBigReductionSize = size;
            }
        }
        let bufferBase = base ? this.stack[base - 1] : 0, count = this.bufferBase + this.buffer.length - bufferBase;
        // Store normal terms or `R -> R R` repeat reductions
        if (type < parser.minRepeatTerm || (action & 131072 /* Action.RepeatFlag */)) {
            let pos = parser.stateFlag(this.state, 1 /* StateFlag.Skipped */) ? this.pos : this.reducePos;
            this.storeNode(type, start, pos, count + 4, true);
        }
        if (action & 262144 /* Action.StayFlag */) {
            this.state = this.stack[base];
        }
        else {
            let baseStateID = this.stack[base - 3];
            this.state = parser.getGoto(baseStateID, type, true);
        }
        while (this.stack.length > base)
            this.stack.pop();
        this.reduceContext(type, start);
    }
    // Shift a value into the buffer
    /**
    @internal
    */
    storeNode(term, start, end, size = 4, mustSink = false) {
        if (term == 0 /* Term.Err */ &&
            (!this.stack.length || this.stack[this.stack.length - 1] < this.buffer.length + this.bufferBase)) {
            // Try to omit/merge adjacent error nodes
            let top = this.buffer.length;
            if (top > 0 && this.buffer[top - 4] == 0 /* Term.Err */ && this.buffer[top - 1] > -1) {
                if (start == end)
                    return;
                if (this.buffer[top - 2] >= start) {
                    this.buffer[top - 2] = end;
                    return;
                }
            }
        }
        if (!mustSink || this.pos == end) { // Simple case, just append
            this.buffer.push(term, start, end, size);
        }
        else { // There may be skipped nodes that have to be moved forward
            let index = this.buffer.length;
            if (index > 0 && (this.buffer[index - 4] != 0 /* Term.Err */ || this.buffer[index - 1] < 0)) {
                let mustMove = false;
                for (let scan = index; scan > 0 && this.buffer[scan - 2] > end; scan -= 4) {
                    if (this.buffer[scan - 1] >= 0) {
                        mustMove = true;
                        break;
                    }
                }
                if (mustMove)
                    while (index > 0 && this.buffer[index - 2] > end) {
                        // Move this record forward
                        this.buffer[index] = this.buffer[index - 4];
                        this.buffer[index + 1] = this.buffer[index - 3];
                        this.buffer[index + 2] = this.buffer[index - 2];
                        this.buffer[index + 3] = this.buffer[index - 1];
                        index -= 4;
                        if (size > 4)
                            size -= 4;
                    }
            }
            this.buffer[index] = term;
            this.buffer[index + 1] = start;
            this.buffer[index + 2] = end;
            this.buffer[index + 3] = size;
        }
    }
    // Apply a shift action
    /**
    @internal
    */
    shift(action, type, start, end) {
        if (action & 131072 /* Action.GotoFlag */) {
            this.pushState(action & 65535 /* Action.ValueMask */, this.pos);
        }
        else if ((action & 262144 /* Action.StayFlag */) == 0) { // Regular shift
            let nextState = action, { parser } = this.p;
            this.pos = end;
            let skipped = parser.stateFlag(nextState, 1 /* StateFlag.Skipped */);
            // Skipped or zero-length non-tree tokens don't move reducePos
            if (!skipped && (end > start || type <= parser.maxNode))
                this.reducePos = end;
            this.pushState(nextState, skipped ? start : Math.min(start, this.reducePos));
            this.shiftContext(type, start);
            if (type <= parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
        else { // Shift-and-stay, which means this is a skipped token
            this.pos = end;
            this.shiftContext(type, start);
            if (type <= this.p.parser.maxNode)
                this.buffer.push(type, start, end, 4);
        }
    }
    // Apply an action
    /**
    @internal
    */
    apply(action, next, nextStart, nextEnd) {
        if (action & 65536 /* Action.ReduceFlag */)
            this.reduce(action);
        else
            this.shift(action, next, nextStart, nextEnd);
    }
    // Add a prebuilt (reused) node into the buffer.
    /**
    @internal
    */
    useNode(value, next, start) {
        let index = this.p.reused.length - 1;
        if (index < 0 || this.p.reused[index] != value) {
            this.p.reused.push(value);
            index++;
        }
        let end = this.reducePos = this.pos = start + value.length;
        this.pushState(next, start);
        this.buffer.push(index, start, end, -1 /* size == -1 means this is a reused value */);
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reuse(this.curContext.context, value, this, this.p.stream.reset(this.pos - value.length)));
    }
    // Split the stack. Due to the buffer sharing and the fact
    // that `this.stack` tends to stay quite shallow, this isn't very
    // expensive.
    /**
    @internal
    */
    split() {
        let parent = this;
        let off = parent.buffer.length;
        // Leave off top error node, if there, because that might be
        // merged with other nodes.
        if (off && parent.buffer[off - 4] == 0 /* Term.Err */)
            off -= 4;
        // Because the top of the buffer (after this.pos) may be mutated
        // to reorder reductions and skipped tokens, and shared buffers
        // should be immutable, this copies any outstanding skipped tokens
        // to the new buffer, and puts the base pointer before them.
        while (off > 0 && parent.buffer[off - 2] > parent.reducePos)
            off -= 4;
        let buffer = parent.buffer.slice(off), base = parent.bufferBase + off;
        // Make sure parent points to an actual parent with content, if there is such a parent.
        while (parent && base == parent.bufferBase)
            parent = parent.parent;
        return new Stack(this.p, this.stack.slice(), this.state, this.reducePos, this.pos, this.score, buffer, base, this.curContext, this.lookAhead, parent);
    }
    // Try to recover from an error by 'deleting' (ignoring) one token.
    /**
    @internal
    */
    recoverByDelete(next, nextEnd) {
        let isNode = next <= this.p.parser.maxNode;
        if (isNode)
            this.storeNode(next, this.pos, nextEnd, 4);
        this.storeNode(0 /* Term.Err */, this.pos, nextEnd, isNode ? 8 : 4);
        this.pos = this.reducePos = nextEnd;
        this.score -= 190 /* Recover.Delete */;
    }
    /**
    Check if the given term would be able to be shifted (optionally
    after some reductions) on this stack. This can be useful for
    external tokenizers that want to make sure they only provide a
    given token when it applies.
    */
    canShift(term) {
        for (let sim = new SimulatedStack(this);;) {
            let action = this.p.parser.stateSlot(sim.state, 4 /* ParseState.DefaultReduce */) || this.p.parser.hasAction(sim.state, term);
            if (action == 0)
                return false;
            if ((action & 65536 /* Action.ReduceFlag */) == 0)
                return true;
            sim.reduce(action);
        }
    }
    // Apply up to Recover.MaxNext recovery actions that conceptually
    // inserts some missing token or rule.
    /**
    @internal
    */
    recoverByInsert(next) {
        if (this.stack.length >= 300 /* Recover.MaxInsertStackDepth */)
            return [];
        let nextStates = this.p.parser.nextStates(this.state);
        if (nextStates.length > 4 /* Recover.MaxNext */ << 1 || this.stack.length >= 120 /* Recover.DampenInsertStackDepth */) {
            let best = [];
            for (let i = 0, s; i < nextStates.length; i += 2) {
                if ((s = nextStates[i + 1]) != this.state && this.p.parser.hasAction(s, next))
                    best.push(nextStates[i], s);
            }
            if (this.stack.length < 120 /* Recover.DampenInsertStackDepth */)
                for (let i = 0; best.length < 4 /* Recover.MaxNext */ << 1 && i < nextStates.length; i += 2) {
                    let s = nextStates[i + 1];
                    if (!best.some((v, i) => (i & 1) && v == s))
                        best.push(nextStates[i], s);
                }
            nextStates = best;
        }
        let result = [];
        for (let i = 0; i < nextStates.length && result.length < 4 /* Recover.MaxNext */; i += 2) {
            let s = nextStates[i + 1];
            if (s == this.state)
                continue;
            let stack = this.split();
            stack.pushState(s, this.pos);
            stack.storeNode(0 /* Term.Err */, stack.pos, stack.pos, 4, true);
            stack.shiftContext(nextStates[i], this.pos);
            stack.reducePos = this.pos;
            stack.score -= 200 /* Recover.Insert */;
            result.push(stack);
        }
        return result;
    }
    // Force a reduce, if possible. Return false if that can't
    // be done.
    /**
    @internal
    */
    forceReduce() {
        let { parser } = this.p;
        let reduce = parser.stateSlot(this.state, 5 /* ParseState.ForcedReduce */);
        if ((reduce & 65536 /* Action.ReduceFlag */) == 0)
            return false;
        if (!parser.validAction(this.state, reduce)) {
            let depth = reduce >> 19 /* Action.ReduceDepthShift */, term = reduce & 65535 /* Action.ValueMask */;
            let target = this.stack.length - depth * 3;
            if (target < 0 || parser.getGoto(this.stack[target], term, false) < 0) {
                let backup = this.findForcedReduction();
                if (backup == null)
                    return false;
                reduce = backup;
            }
            this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
            this.score -= 100 /* Recover.Reduce */;
        }
        this.reducePos = this.pos;
        this.reduce(reduce);
        return true;
    }
    /**
    Try to scan through the automaton to find some kind of reduction
    that can be applied. Used when the regular ForcedReduce field
    isn't a valid action. @internal
    */
    findForcedReduction() {
        let { parser } = this.p, seen = [];
        let explore = (state, depth) => {
            if (seen.includes(state))
                return;
            seen.push(state);
            return parser.allActions(state, (action) => {
                if (action & (262144 /* Action.StayFlag */ | 131072 /* Action.GotoFlag */)) ;
                else if (action & 65536 /* Action.ReduceFlag */) {
                    let rDepth = (action >> 19 /* Action.ReduceDepthShift */) - depth;
                    if (rDepth > 1) {
                        let term = action & 65535 /* Action.ValueMask */, target = this.stack.length - rDepth * 3;
                        if (target >= 0 && parser.getGoto(this.stack[target], term, false) >= 0)
                            return (rDepth << 19 /* Action.ReduceDepthShift */) | 65536 /* Action.ReduceFlag */ | term;
                    }
                }
                else {
                    let found = explore(action, depth + 1);
                    if (found != null)
                        return found;
                }
            });
        };
        return explore(this.state, 0);
    }
    /**
    @internal
    */
    forceAll() {
        while (!this.p.parser.stateFlag(this.state, 2 /* StateFlag.Accepting */)) {
            if (!this.forceReduce()) {
                this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
                break;
            }
        }
        return this;
    }
    /**
    Check whether this state has no further actions (assumed to be a direct descendant of the
    top state, since any other states must be able to continue
    somehow). @internal
    */
    get deadEnd() {
        if (this.stack.length != 3)
            return false;
        let { parser } = this.p;
        return parser.data[parser.stateSlot(this.state, 1 /* ParseState.Actions */)] == 65535 /* Seq.End */ &&
            !parser.stateSlot(this.state, 4 /* ParseState.DefaultReduce */);
    }
    /**
    Restart the stack (put it back in its start state). Only safe
    when this.stack.length == 3 (state is directly below the top
    state). @internal
    */
    restart() {
        this.storeNode(0 /* Term.Err */, this.pos, this.pos, 4, true);
        this.state = this.stack[0];
        this.stack.length = 0;
    }
    /**
    @internal
    */
    sameState(other) {
        if (this.state != other.state || this.stack.length != other.stack.length)
            return false;
        for (let i = 0; i < this.stack.length; i += 3)
            if (this.stack[i] != other.stack[i])
                return false;
        return true;
    }
    /**
    Get the parser used by this stack.
    */
    get parser() { return this.p.parser; }
    /**
    Test whether a given dialect (by numeric ID, as exported from
    the terms file) is enabled.
    */
    dialectEnabled(dialectID) { return this.p.parser.dialect.flags[dialectID]; }
    shiftContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.shift(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    reduceContext(term, start) {
        if (this.curContext)
            this.updateContext(this.curContext.tracker.reduce(this.curContext.context, term, this, this.p.stream.reset(start)));
    }
    /**
    @internal
    */
    emitContext() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -3)
            this.storeNode(this.curContext.hash, this.reducePos, this.reducePos, -3, true);
    }
    /**
    @internal
    */
    emitLookAhead() {
        let last = this.buffer.length - 1;
        if (last < 0 || this.buffer[last] != -4)
            this.buffer.push(this.lookAhead, this.pos, this.pos, -4);
    }
    updateContext(context) {
        if (context != this.curContext.context) {
            let newCx = new StackContext(this.curContext.tracker, context);
            if (newCx.hash != this.curContext.hash)
                this.emitContext();
            this.curContext = newCx;
        }
    }
    /**
    @internal
    */
    setLookAhead(lookAhead) {
        if (lookAhead <= this.lookAhead)
            return false;
        this.emitLookAhead();
        this.lookAhead = lookAhead;
        return true;
    }
    /**
    @internal
    */
    close() {
        if (this.curContext && this.curContext.tracker.strict)
            this.emitContext();
        if (this.lookAhead > 0)
            this.emitLookAhead();
    }
}
class StackContext {
    constructor(tracker, context) {
        this.tracker = tracker;
        this.context = context;
        this.hash = tracker.strict ? tracker.hash(context) : 0;
    }
}
// Used to cheaply run some reductions to scan ahead without mutating
// an entire stack
class SimulatedStack {
    constructor(start) {
        this.start = start;
        this.state = start.state;
        this.stack = start.stack;
        this.base = this.stack.length;
    }
    reduce(action) {
        let term = action & 65535 /* Action.ValueMask */, depth = action >> 19 /* Action.ReduceDepthShift */;
        if (depth == 0) {
            if (this.stack == this.start.stack)
                this.stack = this.stack.slice();
            this.stack.push(this.state, 0, 0);
            this.base += 3;
        }
        else {
            this.base -= (depth - 1) * 3;
        }
        let goto = this.start.p.parser.getGoto(this.stack[this.base - 3], term, true);
        this.state = goto;
    }
}
// This is given to `Tree.build` to build a buffer, and encapsulates
// the parent-stack-walking necessary to read the nodes.
class StackBufferCursor {
    constructor(stack, pos, index) {
        this.stack = stack;
        this.pos = pos;
        this.index = index;
        this.buffer = stack.buffer;
        if (this.index == 0)
            this.maybeNext();
    }
    static create(stack, pos = stack.bufferBase + stack.buffer.length) {
        return new StackBufferCursor(stack, pos, pos - stack.bufferBase);
    }
    maybeNext() {
        let next = this.stack.parent;
        if (next != null) {
            this.index = this.stack.bufferBase - next.bufferBase;
            this.stack = next;
            this.buffer = next.buffer;
        }
    }
    get id() { return this.buffer[this.index - 4]; }
    get start() { return this.buffer[this.index - 3]; }
    get end() { return this.buffer[this.index - 2]; }
    get size() { return this.buffer[this.index - 1]; }
    next() {
        this.index -= 4;
        this.pos -= 4;
        if (this.index == 0)
            this.maybeNext();
    }
    fork() {
        return new StackBufferCursor(this.stack, this.pos, this.index);
    }
}

// See lezer-generator/src/encode.ts for comments about the encoding
// used here
function decodeArray(input, Type = Uint16Array) {
    if (typeof input != "string")
        return input;
    let array = null;
    for (let pos = 0, out = 0; pos < input.length;) {
        let value = 0;
        for (;;) {
            let next = input.charCodeAt(pos++), stop = false;
            if (next == 126 /* Encode.BigValCode */) {
                value = 65535 /* Encode.BigVal */;
                break;
            }
            if (next >= 92 /* Encode.Gap2 */)
                next--;
            if (next >= 34 /* Encode.Gap1 */)
                next--;
            let digit = next - 32 /* Encode.Start */;
            if (digit >= 46 /* Encode.Base */) {
                digit -= 46 /* Encode.Base */;
                stop = true;
            }
            value += digit;
            if (stop)
                break;
            value *= 46 /* Encode.Base */;
        }
        if (array)
            array[out++] = value;
        else
            array = new Type(value);
    }
    return array;
}

class CachedToken {
    constructor() {
        this.start = -1;
        this.value = -1;
        this.end = -1;
        this.extended = -1;
        this.lookAhead = 0;
        this.mask = 0;
        this.context = 0;
    }
}
const nullToken = new CachedToken;
/**
[Tokenizers](#lr.ExternalTokenizer) interact with the input
through this interface. It presents the input as a stream of
characters, tracking lookahead and hiding the complexity of
[ranges](#common.Parser.parse^ranges) from tokenizer code.
*/
class InputStream {
    /**
    @internal
    */
    constructor(
    /**
    @internal
    */
    input, 
    /**
    @internal
    */
    ranges) {
        this.input = input;
        this.ranges = ranges;
        /**
        @internal
        */
        this.chunk = "";
        /**
        @internal
        */
        this.chunkOff = 0;
        /**
        Backup chunk
        */
        this.chunk2 = "";
        this.chunk2Pos = 0;
        /**
        The character code of the next code unit in the input, or -1
        when the stream is at the end of the input.
        */
        this.next = -1;
        /**
        @internal
        */
        this.token = nullToken;
        this.rangeIndex = 0;
        this.pos = this.chunkPos = ranges[0].from;
        this.range = ranges[0];
        this.end = ranges[ranges.length - 1].to;
        this.readNext();
    }
    /**
    @internal
    */
    resolveOffset(offset, assoc) {
        let range = this.range, index = this.rangeIndex;
        let pos = this.pos + offset;
        while (pos < range.from) {
            if (!index)
                return null;
            let next = this.ranges[--index];
            pos -= range.from - next.to;
            range = next;
        }
        while (assoc < 0 ? pos > range.to : pos >= range.to) {
            if (index == this.ranges.length - 1)
                return null;
            let next = this.ranges[++index];
            pos += next.from - range.to;
            range = next;
        }
        return pos;
    }
    /**
    @internal
    */
    clipPos(pos) {
        if (pos >= this.range.from && pos < this.range.to)
            return pos;
        for (let range of this.ranges)
            if (range.to > pos)
                return Math.max(pos, range.from);
        return this.end;
    }
    /**
    Look at a code unit near the stream position. `.peek(0)` equals
    `.next`, `.peek(-1)` gives you the previous character, and so
    on.
    
    Note that looking around during tokenizing creates dependencies
    on potentially far-away content, which may reduce the
    effectiveness incremental parsing—when looking forward—or even
    cause invalid reparses when looking backward more than 25 code
    units, since the library does not track lookbehind.
    */
    peek(offset) {
        let idx = this.chunkOff + offset, pos, result;
        if (idx >= 0 && idx < this.chunk.length) {
            pos = this.pos + offset;
            result = this.chunk.charCodeAt(idx);
        }
        else {
            let resolved = this.resolveOffset(offset, 1);
            if (resolved == null)
                return -1;
            pos = resolved;
            if (pos >= this.chunk2Pos && pos < this.chunk2Pos + this.chunk2.length) {
                result = this.chunk2.charCodeAt(pos - this.chunk2Pos);
            }
            else {
                let i = this.rangeIndex, range = this.range;
                while (range.to <= pos)
                    range = this.ranges[++i];
                this.chunk2 = this.input.chunk(this.chunk2Pos = pos);
                if (pos + this.chunk2.length > range.to)
                    this.chunk2 = this.chunk2.slice(0, range.to - pos);
                result = this.chunk2.charCodeAt(0);
            }
        }
        if (pos >= this.token.lookAhead)
            this.token.lookAhead = pos + 1;
        return result;
    }
    /**
    Accept a token. By default, the end of the token is set to the
    current stream position, but you can pass an offset (relative to
    the stream position) to change that.
    */
    acceptToken(token, endOffset = 0) {
        let end = endOffset ? this.resolveOffset(endOffset, -1) : this.pos;
        if (end == null || end < this.token.start)
            throw new RangeError("Token end out of bounds");
        this.token.value = token;
        this.token.end = end;
    }
    /**
    Accept a token ending at a specific given position.
    */
    acceptTokenTo(token, endPos) {
        this.token.value = token;
        this.token.end = endPos;
    }
    getChunk() {
        if (this.pos >= this.chunk2Pos && this.pos < this.chunk2Pos + this.chunk2.length) {
            let { chunk, chunkPos } = this;
            this.chunk = this.chunk2;
            this.chunkPos = this.chunk2Pos;
            this.chunk2 = chunk;
            this.chunk2Pos = chunkPos;
            this.chunkOff = this.pos - this.chunkPos;
        }
        else {
            this.chunk2 = this.chunk;
            this.chunk2Pos = this.chunkPos;
            let nextChunk = this.input.chunk(this.pos);
            let end = this.pos + nextChunk.length;
            this.chunk = end > this.range.to ? nextChunk.slice(0, this.range.to - this.pos) : nextChunk;
            this.chunkPos = this.pos;
            this.chunkOff = 0;
        }
    }
    readNext() {
        if (this.chunkOff >= this.chunk.length) {
            this.getChunk();
            if (this.chunkOff == this.chunk.length)
                return this.next = -1;
        }
        return this.next = this.chunk.charCodeAt(this.chunkOff);
    }
    /**
    Move the stream forward N (defaults to 1) code units. Returns
    the new value of [`next`](#lr.InputStream.next).
    */
    advance(n = 1) {
        this.chunkOff += n;
        while (this.pos + n >= this.range.to) {
            if (this.rangeIndex == this.ranges.length - 1)
                return this.setDone();
            n -= this.range.to - this.pos;
            this.range = this.ranges[++this.rangeIndex];
            this.pos = this.range.from;
        }
        this.pos += n;
        if (this.pos >= this.token.lookAhead)
            this.token.lookAhead = this.pos + 1;
        return this.readNext();
    }
    setDone() {
        this.pos = this.chunkPos = this.end;
        this.range = this.ranges[this.rangeIndex = this.ranges.length - 1];
        this.chunk = "";
        return this.next = -1;
    }
    /**
    @internal
    */
    reset(pos, token) {
        if (token) {
            this.token = token;
            token.start = pos;
            token.lookAhead = pos + 1;
            token.value = token.extended = -1;
        }
        else {
            this.token = nullToken;
        }
        if (this.pos != pos) {
            this.pos = pos;
            if (pos == this.end) {
                this.setDone();
                return this;
            }
            while (pos < this.range.from)
                this.range = this.ranges[--this.rangeIndex];
            while (pos >= this.range.to)
                this.range = this.ranges[++this.rangeIndex];
            if (pos >= this.chunkPos && pos < this.chunkPos + this.chunk.length) {
                this.chunkOff = pos - this.chunkPos;
            }
            else {
                this.chunk = "";
                this.chunkOff = 0;
            }
            this.readNext();
        }
        return this;
    }
    /**
    @internal
    */
    read(from, to) {
        if (from >= this.chunkPos && to <= this.chunkPos + this.chunk.length)
            return this.chunk.slice(from - this.chunkPos, to - this.chunkPos);
        if (from >= this.chunk2Pos && to <= this.chunk2Pos + this.chunk2.length)
            return this.chunk2.slice(from - this.chunk2Pos, to - this.chunk2Pos);
        if (from >= this.range.from && to <= this.range.to)
            return this.input.read(from, to);
        let result = "";
        for (let r of this.ranges) {
            if (r.from >= to)
                break;
            if (r.to > from)
                result += this.input.read(Math.max(r.from, from), Math.min(r.to, to));
        }
        return result;
    }
}
/**
@internal
*/
class TokenGroup {
    constructor(data, id) {
        this.data = data;
        this.id = id;
    }
    token(input, stack) {
        let { parser } = stack.p;
        readToken(this.data, input, stack, this.id, parser.data, parser.tokenPrecTable);
    }
}
TokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
@hide
*/
class LocalTokenGroup {
    constructor(data, precTable, elseToken) {
        this.precTable = precTable;
        this.elseToken = elseToken;
        this.data = typeof data == "string" ? decodeArray(data) : data;
    }
    token(input, stack) {
        let start = input.pos, skipped = 0;
        for (;;) {
            let atEof = input.next < 0, nextPos = input.resolveOffset(1, 1);
            readToken(this.data, input, stack, 0, this.data, this.precTable);
            if (input.token.value > -1)
                break;
            if (this.elseToken == null)
                return;
            if (!atEof)
                skipped++;
            if (nextPos == null)
                break;
            input.reset(nextPos, input.token);
        }
        if (skipped) {
            input.reset(start, input.token);
            input.acceptToken(this.elseToken, skipped);
        }
    }
}
LocalTokenGroup.prototype.contextual = TokenGroup.prototype.fallback = TokenGroup.prototype.extend = false;
/**
`@external tokens` declarations in the grammar should resolve to
an instance of this class.
*/
class ExternalTokenizer {
    /**
    Create a tokenizer. The first argument is the function that,
    given an input stream, scans for the types of tokens it
    recognizes at the stream's position, and calls
    [`acceptToken`](#lr.InputStream.acceptToken) when it finds
    one.
    */
    constructor(
    /**
    @internal
    */
    token, options = {}) {
        this.token = token;
        this.contextual = !!options.contextual;
        this.fallback = !!options.fallback;
        this.extend = !!options.extend;
    }
}
// Tokenizer data is stored a big uint16 array containing, for each
// state:
//
//  - A group bitmask, indicating what token groups are reachable from
//    this state, so that paths that can only lead to tokens not in
//    any of the current groups can be cut off early.
//
//  - The position of the end of the state's sequence of accepting
//    tokens
//
//  - The number of outgoing edges for the state
//
//  - The accepting tokens, as (token id, group mask) pairs
//
//  - The outgoing edges, as (start character, end character, state
//    index) triples, with end character being exclusive
//
// This function interprets that data, running through a stream as
// long as new states with the a matching group mask can be reached,
// and updating `input.token` when it matches a token.
function readToken(data, input, stack, group, precTable, precOffset) {
    let state = 0, groupMask = 1 << group, { dialect } = stack.p.parser;
    scan: for (;;) {
        if ((groupMask & data[state]) == 0)
            break;
        let accEnd = data[state + 1];
        // Check whether this state can lead to a token in the current group
        // Accept tokens in this state, possibly overwriting
        // lower-precedence / shorter tokens
        for (let i = state + 3; i < accEnd; i += 2)
            if ((data[i + 1] & groupMask) > 0) {
                let term = data[i];
                if (dialect.allows(term) &&
                    (input.token.value == -1 || input.token.value == term ||
                        overrides(term, input.token.value, precTable, precOffset))) {
                    input.acceptToken(term);
                    break;
                }
            }
        let next = input.next, low = 0, high = data[state + 2];
        // Special case for EOF
        if (input.next < 0 && high > low && data[accEnd + high * 3 - 3] == 65535 /* Seq.End */) {
            state = data[accEnd + high * 3 - 1];
            continue scan;
        }
        // Do a binary search on the state's edges
        for (; low < high;) {
            let mid = (low + high) >> 1;
            let index = accEnd + mid + (mid << 1);
            let from = data[index], to = data[index + 1] || 0x10000;
            if (next < from)
                high = mid;
            else if (next >= to)
                low = mid + 1;
            else {
                state = data[index + 2];
                input.advance();
                continue scan;
            }
        }
        break;
    }
}
function findOffset(data, start, term) {
    for (let i = start, next; (next = data[i]) != 65535 /* Seq.End */; i++)
        if (next == term)
            return i - start;
    return -1;
}
function overrides(token, prev, tableData, tableOffset) {
    let iPrev = findOffset(tableData, tableOffset, prev);
    return iPrev < 0 || findOffset(tableData, tableOffset, token) < iPrev;
}

// Environment variable used to control console output
const verbose = typeof process != "undefined" && process.env && /\bparse\b/.test(process.env.LOG);
let stackIDs = null;
function cutAt(tree, pos, side) {
    let cursor = tree.cursor(IterMode.IncludeAnonymous);
    cursor.moveTo(pos);
    for (;;) {
        if (!(side < 0 ? cursor.childBefore(pos) : cursor.childAfter(pos)))
            for (;;) {
                if ((side < 0 ? cursor.to < pos : cursor.from > pos) && !cursor.type.isError)
                    return side < 0 ? Math.max(0, Math.min(cursor.to - 1, pos - 25 /* Lookahead.Margin */))
                        : Math.min(tree.length, Math.max(cursor.from + 1, pos + 25 /* Lookahead.Margin */));
                if (side < 0 ? cursor.prevSibling() : cursor.nextSibling())
                    break;
                if (!cursor.parent())
                    return side < 0 ? 0 : tree.length;
            }
    }
}
class dist_FragmentCursor {
    constructor(fragments, minRepeat) {
        this.fragments = fragments;
        this.minRepeat = minRepeat;
        this.i = 0;
        this.fragment = null;
        this.safeFrom = -1;
        this.safeTo = -1;
        this.trees = [];
        this.start = [];
        this.index = [];
        this.lastRepeat = null;
        this.lastRepeatPos = -1;
        this.nextFragment();
    }
    nextFragment() {
        let fr = this.fragment = this.i == this.fragments.length ? null : this.fragments[this.i++];
        if (fr) {
            this.safeFrom = fr.openStart ? cutAt(fr.tree, fr.from + fr.offset, 1) - fr.offset : fr.from;
            this.safeTo = fr.openEnd ? cutAt(fr.tree, fr.to + fr.offset, -1) - fr.offset : fr.to;
            while (this.trees.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
            }
            this.trees.push(fr.tree);
            this.start.push(-fr.offset);
            this.index.push(0);
            this.nextStart = this.safeFrom;
        }
        else {
            this.nextStart = 1e9;
        }
    }
    // `pos` must be >= any previously given `pos` for this cursor
    nodeAt(pos) {
        if (pos < this.nextStart)
            return null;
        while (this.fragment && this.safeTo <= pos)
            this.nextFragment();
        if (!this.fragment)
            return null;
        for (;;) {
            let last = this.trees.length - 1;
            if (last < 0) { // End of tree
                this.nextFragment();
                return null;
            }
            if (pos < this.safeFrom)
                return null;
            let top = this.trees[last], index = this.index[last];
            if (index == top.children.length) {
                this.trees.pop();
                this.start.pop();
                this.index.pop();
                continue;
            }
            let next = top.children[index];
            let start = this.start[last] + top.positions[index];
            if (start > pos) {
                this.nextStart = start;
                return null;
            }
            if (next instanceof Tree) {
                let storeRepeat = start > this.lastRepeatPos && next.type.id >= this.minRepeat;
                if (start == pos || storeRepeat) {
                    let end = start + next.length, lookahead;
                    if (start >= this.safeFrom && end <= this.safeTo &&
                        (!(lookahead = next.prop(dist_NodeProp.lookAhead)) || end + lookahead < this.fragment.to)) {
                        if (storeRepeat) {
                            this.lastRepeat = next;
                            this.lastRepeatPos = start;
                        }
                        if (start == pos)
                            return next;
                    }
                }
                this.index[last]++;
                if (start + next.length >= Math.max(this.safeFrom, pos)) { // Enter this node
                    this.trees.push(next);
                    this.start.push(start);
                    this.index.push(0);
                }
            }
            else {
                this.index[last]++;
                this.nextStart = start + next.length;
            }
        }
    }
}
class TokenCache {
    constructor(parser, stream) {
        this.stream = stream;
        this.tokens = [];
        this.mainToken = null;
        this.actions = [];
        this.tokens = parser.tokenizers.map(_ => new CachedToken);
    }
    getActions(stack) {
        let actionIndex = 0;
        let main = null;
        let { parser } = stack.p, { tokenizers } = parser;
        let mask = parser.stateSlot(stack.state, 3 /* ParseState.TokenizerMask */);
        let context = stack.curContext ? stack.curContext.hash : 0;
        let lookAhead = 0;
        for (let i = 0; i < tokenizers.length; i++) {
            if (((1 << i) & mask) == 0)
                continue;
            let tokenizer = tokenizers[i], token = this.tokens[i];
            if (main && !tokenizer.fallback)
                continue;
            if (tokenizer.contextual || token.start != stack.pos || token.mask != mask || token.context != context) {
                this.updateCachedToken(token, tokenizer, stack);
                token.mask = mask;
                token.context = context;
            }
            if (token.lookAhead > token.end + 25 /* Lookahead.Margin */)
                lookAhead = Math.max(token.lookAhead, lookAhead);
            if (token.value != 0 /* Term.Err */) {
                let startIndex = actionIndex;
                if (token.extended > -1)
                    actionIndex = this.addActions(stack, token.extended, token.end, actionIndex);
                actionIndex = this.addActions(stack, token.value, token.end, actionIndex);
                if (!tokenizer.extend) {
                    main = token;
                    if (actionIndex > startIndex)
                        break;
                }
            }
        }
        while (this.actions.length > actionIndex)
            this.actions.pop();
        if (lookAhead)
            stack.setLookAhead(lookAhead);
        if (!main && stack.pos == this.stream.end) {
            main = new CachedToken;
            main.value = stack.p.parser.eofTerm;
            main.start = main.end = stack.pos;
            actionIndex = this.addActions(stack, main.value, main.end, actionIndex);
        }
        this.mainToken = main;
        return this.actions;
    }
    getMainToken(stack) {
        if (this.mainToken)
            return this.mainToken;
        let main = new CachedToken, { pos, p } = stack;
        main.start = pos;
        main.end = Math.min(pos + 1, p.stream.end);
        main.value = pos == p.stream.end ? p.parser.eofTerm : 0 /* Term.Err */;
        return main;
    }
    updateCachedToken(token, tokenizer, stack) {
        let start = this.stream.clipPos(stack.pos);
        tokenizer.token(this.stream.reset(start, token), stack);
        if (token.value > -1) {
            let { parser } = stack.p;
            for (let i = 0; i < parser.specialized.length; i++)
                if (parser.specialized[i] == token.value) {
                    let result = parser.specializers[i](this.stream.read(token.start, token.end), stack);
                    if (result >= 0 && stack.p.parser.dialect.allows(result >> 1)) {
                        if ((result & 1) == 0 /* Specialize.Specialize */)
                            token.value = result >> 1;
                        else
                            token.extended = result >> 1;
                        break;
                    }
                }
        }
        else {
            token.value = 0 /* Term.Err */;
            token.end = this.stream.clipPos(start + 1);
        }
    }
    putAction(action, token, end, index) {
        // Don't add duplicate actions
        for (let i = 0; i < index; i += 3)
            if (this.actions[i] == action)
                return index;
        this.actions[index++] = action;
        this.actions[index++] = token;
        this.actions[index++] = end;
        return index;
    }
    addActions(stack, token, end, index) {
        let { state } = stack, { parser } = stack.p, { data } = parser;
        for (let set = 0; set < 2; set++) {
            for (let i = parser.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */);; i += 3) {
                if (data[i] == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */) {
                        i = pair(data, i + 2);
                    }
                    else {
                        if (index == 0 && data[i + 1] == 2 /* Seq.Other */)
                            index = this.putAction(pair(data, i + 2), token, end, index);
                        break;
                    }
                }
                if (data[i] == token)
                    index = this.putAction(pair(data, i + 1), token, end, index);
            }
        }
        return index;
    }
}
class Parse {
    constructor(parser, input, fragments, ranges) {
        this.parser = parser;
        this.input = input;
        this.ranges = ranges;
        this.recovering = 0;
        this.nextStackID = 0x2654; // ♔, ♕, ♖, ♗, ♘, ♙, ♠, ♡, ♢, ♣, ♤, ♥, ♦, ♧
        this.minStackPos = 0;
        this.reused = [];
        this.stoppedAt = null;
        this.lastBigReductionStart = -1;
        this.lastBigReductionSize = 0;
        this.bigReductionCount = 0;
        this.stream = new InputStream(input, ranges);
        this.tokens = new TokenCache(parser, this.stream);
        this.topTerm = parser.top[1];
        let { from } = ranges[0];
        this.stacks = [Stack.start(this, parser.top[0], from)];
        this.fragments = fragments.length && this.stream.end - from > parser.bufferLength * 4
            ? new dist_FragmentCursor(fragments, parser.minRepeatTerm) : null;
    }
    get parsedPos() {
        return this.minStackPos;
    }
    // Move the parser forward. This will process all parse stacks at
    // `this.pos` and try to advance them to a further position. If no
    // stack for such a position is found, it'll start error-recovery.
    //
    // When the parse is finished, this will return a syntax tree. When
    // not, it returns `null`.
    advance() {
        let stacks = this.stacks, pos = this.minStackPos;
        // This will hold stacks beyond `pos`.
        let newStacks = this.stacks = [];
        let stopped, stoppedTokens;
        // If a large amount of reductions happened with the same start
        // position, force the stack out of that production in order to
        // avoid creating a tree too deep to recurse through.
        // (This is an ugly kludge, because unfortunately there is no
        // straightforward, cheap way to check for this happening, due to
        // the history of reductions only being available in an
        // expensive-to-access format in the stack buffers.)
        if (this.bigReductionCount > 300 /* Rec.MaxLeftAssociativeReductionCount */ && stacks.length == 1) {
            let [s] = stacks;
            while (s.forceReduce() && s.stack.length && s.stack[s.stack.length - 2] >= this.lastBigReductionStart) { }
            this.bigReductionCount = this.lastBigReductionSize = 0;
        }
        // Keep advancing any stacks at `pos` until they either move
        // forward or can't be advanced. Gather stacks that can't be
        // advanced further in `stopped`.
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i];
            for (;;) {
                this.tokens.mainToken = null;
                if (stack.pos > pos) {
                    newStacks.push(stack);
                }
                else if (this.advanceStack(stack, newStacks, stacks)) {
                    continue;
                }
                else {
                    if (!stopped) {
                        stopped = [];
                        stoppedTokens = [];
                    }
                    stopped.push(stack);
                    let tok = this.tokens.getMainToken(stack);
                    stoppedTokens.push(tok.value, tok.end);
                }
                break;
            }
        }
        if (!newStacks.length) {
            let finished = stopped && findFinished(stopped);
            if (finished) {
                if (verbose)
                    console.log("Finish with " + this.stackID(finished));
                return this.stackToTree(finished);
            }
            if (this.parser.strict) {
                if (verbose && stopped)
                    console.log("Stuck with token " + (this.tokens.mainToken ? this.parser.getName(this.tokens.mainToken.value) : "none"));
                throw new SyntaxError("No parse at " + pos);
            }
            if (!this.recovering)
                this.recovering = 5 /* Rec.Distance */;
        }
        if (this.recovering && stopped) {
            let finished = this.stoppedAt != null && stopped[0].pos > this.stoppedAt ? stopped[0]
                : this.runRecovery(stopped, stoppedTokens, newStacks);
            if (finished) {
                if (verbose)
                    console.log("Force-finish " + this.stackID(finished));
                return this.stackToTree(finished.forceAll());
            }
        }
        if (this.recovering) {
            let maxRemaining = this.recovering == 1 ? 1 : this.recovering * 3 /* Rec.MaxRemainingPerStep */;
            if (newStacks.length > maxRemaining) {
                newStacks.sort((a, b) => b.score - a.score);
                while (newStacks.length > maxRemaining)
                    newStacks.pop();
            }
            if (newStacks.some(s => s.reducePos > pos))
                this.recovering--;
        }
        else if (newStacks.length > 1) {
            // Prune stacks that are in the same state, or that have been
            // running without splitting for a while, to avoid getting stuck
            // with multiple successful stacks running endlessly on.
            outer: for (let i = 0; i < newStacks.length - 1; i++) {
                let stack = newStacks[i];
                for (let j = i + 1; j < newStacks.length; j++) {
                    let other = newStacks[j];
                    if (stack.sameState(other) ||
                        stack.buffer.length > 500 /* Rec.MinBufferLengthPrune */ && other.buffer.length > 500 /* Rec.MinBufferLengthPrune */) {
                        if (((stack.score - other.score) || (stack.buffer.length - other.buffer.length)) > 0) {
                            newStacks.splice(j--, 1);
                        }
                        else {
                            newStacks.splice(i--, 1);
                            continue outer;
                        }
                    }
                }
            }
            if (newStacks.length > 12 /* Rec.MaxStackCount */) {
                newStacks.sort((a, b) => b.score - a.score);
                newStacks.splice(12 /* Rec.MaxStackCount */, newStacks.length - 12 /* Rec.MaxStackCount */);
            }
        }
        this.minStackPos = newStacks[0].pos;
        for (let i = 1; i < newStacks.length; i++)
            if (newStacks[i].pos < this.minStackPos)
                this.minStackPos = newStacks[i].pos;
        return null;
    }
    stopAt(pos) {
        if (this.stoppedAt != null && this.stoppedAt < pos)
            throw new RangeError("Can't move stoppedAt forward");
        this.stoppedAt = pos;
    }
    // See if a given tree, or a descendant right at its start, can be
    // reused in the given stack.
    tryReuse(stack, start, tree, repeatOnly) {
        if (!tree)
            return null;
        let strictCx = stack.curContext && stack.curContext.tracker.strict, cxHash = strictCx ? stack.curContext.hash : 0;
        for (; tree;) {
            let match = this.parser.nodeSet.types[tree.type.id] != tree.type ? -1
                : this.parser.getGoto(stack.state, tree.type.id);
            if (match > -1 && tree.length && (!strictCx || (tree.prop(dist_NodeProp.contextHash) || 0) == cxHash)) {
                stack.useNode(tree, match, start);
                return tree;
            }
            if (tree.children.length == 0 || tree.positions[0] > 0)
                break;
            let inner = tree.children[0];
            if (inner instanceof Tree && (!repeatOnly || inner.type.id >= this.parser.minRepeatTerm))
                tree = inner;
            else
                break;
        }
        return null;
    }
    // Returns an updated version of the given stack, or null if the
    // stack can't advance normally. When `split` and `stacks` are
    // given, stacks split off by ambiguous operations will be pushed to
    // `split`, or added to `stacks` if they move `pos` forward.
    advanceStack(stack, stacks, split) {
        let start = stack.pos, { parser } = this;
        let base = verbose ? this.stackID(stack) + " -> " : "";
        if (this.stoppedAt != null && start > this.stoppedAt)
            return stack.forceReduce() ? stack : null;
        if (this.fragments) {
            // Due to an optimization in the way we build trees for repeat
            // rules, such trees may have their start position before
            // skipped content that is technically not part of the node.
            // Attempts to reuse them may only happen at the position
            // _after_ those skipped tokens. The special handling here makes
            // sure such nodes can still be reused.
            let reused = (stack.reducePos < start && stack.buffer.length && stack.buffer[stack.buffer.length - 2] <= stack.reducePos &&
                this.fragments.lastRepeatPos == stack.reducePos &&
                this.tryReuse(stack, stack.reducePos, this.fragments.lastRepeat, true)) ||
                this.tryReuse(stack, start, this.fragments.nodeAt(start), false);
            if (reused) {
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via reuse of ${parser.getName(reused.type.id)})`);
                return true;
            }
        }
        let defaultReduce = parser.stateSlot(stack.state, 4 /* ParseState.DefaultReduce */);
        if (defaultReduce > 0) {
            stack.reduce(defaultReduce);
            if (verbose)
                console.log(base + this.stackID(stack) + ` (via always-reduce ${parser.getName(defaultReduce & 65535 /* Action.ValueMask */)})`);
            return true;
        }
        if (stack.stack.length >= 8400 /* Rec.CutDepth */) {
            while (stack.stack.length > 6000 /* Rec.CutTo */ && stack.forceReduce()) { }
        }
        let actions = this.tokens.getActions(stack);
        for (let i = 0; i < actions.length;) {
            let action = actions[i++], term = actions[i++], end = actions[i++];
            let last = i == actions.length || !split;
            let localStack = last ? stack : stack.split();
            let main = this.tokens.mainToken;
            localStack.apply(action, term, main ? main.start : localStack.pos, end);
            if (verbose)
                console.log(base + this.stackID(localStack) + ` (via ${(action & 65536 /* Action.ReduceFlag */) == 0 ? "shift"
                    : `reduce of ${parser.getName(action & 65535 /* Action.ValueMask */)}`} for ${parser.getName(term)} @ ${start}${localStack == stack ? "" : ", split"})`);
            if (last)
                return true;
            else if (localStack.pos > start)
                stacks.push(localStack);
            else
                split.push(localStack);
        }
        return false;
    }
    // Advance a given stack forward as far as it will go. Returns the
    // (possibly updated) stack if it got stuck, or null if it moved
    // forward and was given to `pushStackDedup`.
    advanceFully(stack, newStacks) {
        let pos = stack.pos;
        for (;;) {
            if (!this.advanceStack(stack, null, null))
                return false;
            if (stack.pos > pos) {
                pushStackDedup(stack, newStacks);
                return true;
            }
        }
    }
    runRecovery(stacks, tokens, newStacks) {
        let finished = null, restarted = false;
        for (let i = 0; i < stacks.length; i++) {
            let stack = stacks[i], token = tokens[i << 1], tokenEnd = tokens[(i << 1) + 1];
            let base = verbose ? this.stackID(stack) + " -> " : "";
            if (stack.deadEnd) {
                if (restarted)
                    continue;
                restarted = true;
                stack.restart();
                if (verbose)
                    console.log(base + this.stackID(stack) + " (restarted)");
                let done = this.advanceFully(stack, newStacks);
                if (done)
                    continue;
            }
            let force = stack.split(), forceBase = base;
            for (let j = 0; j < 10 /* Rec.ForceReduceLimit */ && force.forceReduce(); j++) {
                if (verbose)
                    console.log(forceBase + this.stackID(force) + " (via force-reduce)");
                let done = this.advanceFully(force, newStacks);
                if (done)
                    break;
                if (verbose)
                    forceBase = this.stackID(force) + " -> ";
            }
            for (let insert of stack.recoverByInsert(token)) {
                if (verbose)
                    console.log(base + this.stackID(insert) + " (via recover-insert)");
                this.advanceFully(insert, newStacks);
            }
            if (this.stream.end > stack.pos) {
                if (tokenEnd == stack.pos) {
                    tokenEnd++;
                    token = 0 /* Term.Err */;
                }
                stack.recoverByDelete(token, tokenEnd);
                if (verbose)
                    console.log(base + this.stackID(stack) + ` (via recover-delete ${this.parser.getName(token)})`);
                pushStackDedup(stack, newStacks);
            }
            else if (!finished || finished.score < force.score) {
                finished = force;
            }
        }
        return finished;
    }
    // Convert the stack's buffer to a syntax tree.
    stackToTree(stack) {
        stack.close();
        return Tree.build({ buffer: StackBufferCursor.create(stack),
            nodeSet: this.parser.nodeSet,
            topID: this.topTerm,
            maxBufferLength: this.parser.bufferLength,
            reused: this.reused,
            start: this.ranges[0].from,
            length: stack.pos - this.ranges[0].from,
            minRepeatType: this.parser.minRepeatTerm });
    }
    stackID(stack) {
        let id = (stackIDs || (stackIDs = new WeakMap)).get(stack);
        if (!id)
            stackIDs.set(stack, id = String.fromCodePoint(this.nextStackID++));
        return id + stack;
    }
}
function pushStackDedup(stack, newStacks) {
    for (let i = 0; i < newStacks.length; i++) {
        let other = newStacks[i];
        if (other.pos == stack.pos && other.sameState(stack)) {
            if (newStacks[i].score < stack.score)
                newStacks[i] = stack;
            return;
        }
    }
    newStacks.push(stack);
}
class Dialect {
    constructor(source, flags, disabled) {
        this.source = source;
        this.flags = flags;
        this.disabled = disabled;
    }
    allows(term) { return !this.disabled || this.disabled[term] == 0; }
}
const id = x => x;
/**
Context trackers are used to track stateful context (such as
indentation in the Python grammar, or parent elements in the XML
grammar) needed by external tokenizers. You declare them in a
grammar file as `@context exportName from "module"`.

Context values should be immutable, and can be updated (replaced)
on shift or reduce actions.

The export used in a `@context` declaration should be of this
type.
*/
class ContextTracker {
    /**
    Define a context tracker.
    */
    constructor(spec) {
        this.start = spec.start;
        this.shift = spec.shift || id;
        this.reduce = spec.reduce || id;
        this.reuse = spec.reuse || id;
        this.hash = spec.hash || (() => 0);
        this.strict = spec.strict !== false;
    }
}
/**
Holds the parse tables for a given grammar, as generated by
`lezer-generator`, and provides [methods](#common.Parser) to parse
content with.
*/
class LRParser extends Parser {
    /**
    @internal
    */
    constructor(spec) {
        super();
        /**
        @internal
        */
        this.wrappers = [];
        if (spec.version != 14 /* File.Version */)
            throw new RangeError(`Parser version (${spec.version}) doesn't match runtime version (${14 /* File.Version */})`);
        let nodeNames = spec.nodeNames.split(" ");
        this.minRepeatTerm = nodeNames.length;
        for (let i = 0; i < spec.repeatNodeCount; i++)
            nodeNames.push("");
        let topTerms = Object.keys(spec.topRules).map(r => spec.topRules[r][1]);
        let nodeProps = [];
        for (let i = 0; i < nodeNames.length; i++)
            nodeProps.push([]);
        function setProp(nodeID, prop, value) {
            nodeProps[nodeID].push([prop, prop.deserialize(String(value))]);
        }
        if (spec.nodeProps)
            for (let propSpec of spec.nodeProps) {
                let prop = propSpec[0];
                if (typeof prop == "string")
                    prop = dist_NodeProp[prop];
                for (let i = 1; i < propSpec.length;) {
                    let next = propSpec[i++];
                    if (next >= 0) {
                        setProp(next, prop, propSpec[i++]);
                    }
                    else {
                        let value = propSpec[i + -next];
                        for (let j = -next; j > 0; j--)
                            setProp(propSpec[i++], prop, value);
                        i++;
                    }
                }
            }
        this.nodeSet = new NodeSet(nodeNames.map((name, i) => NodeType.define({
            name: i >= this.minRepeatTerm ? undefined : name,
            id: i,
            props: nodeProps[i],
            top: topTerms.indexOf(i) > -1,
            error: i == 0,
            skipped: spec.skippedNodes && spec.skippedNodes.indexOf(i) > -1
        })));
        if (spec.propSources)
            this.nodeSet = this.nodeSet.extend(...spec.propSources);
        this.strict = false;
        this.bufferLength = DefaultBufferLength;
        let tokenArray = decodeArray(spec.tokenData);
        this.context = spec.context;
        this.specializerSpecs = spec.specialized || [];
        this.specialized = new Uint16Array(this.specializerSpecs.length);
        for (let i = 0; i < this.specializerSpecs.length; i++)
            this.specialized[i] = this.specializerSpecs[i].term;
        this.specializers = this.specializerSpecs.map(getSpecializer);
        this.states = decodeArray(spec.states, Uint32Array);
        this.data = decodeArray(spec.stateData);
        this.goto = decodeArray(spec.goto);
        this.maxTerm = spec.maxTerm;
        this.tokenizers = spec.tokenizers.map(value => typeof value == "number" ? new TokenGroup(tokenArray, value) : value);
        this.topRules = spec.topRules;
        this.dialects = spec.dialects || {};
        this.dynamicPrecedences = spec.dynamicPrecedences || null;
        this.tokenPrecTable = spec.tokenPrec;
        this.termNames = spec.termNames || null;
        this.maxNode = this.nodeSet.types.length - 1;
        this.dialect = this.parseDialect();
        this.top = this.topRules[Object.keys(this.topRules)[0]];
    }
    createParse(input, fragments, ranges) {
        let parse = new Parse(this, input, fragments, ranges);
        for (let w of this.wrappers)
            parse = w(parse, input, fragments, ranges);
        return parse;
    }
    /**
    Get a goto table entry @internal
    */
    getGoto(state, term, loose = false) {
        let table = this.goto;
        if (term >= table[0])
            return -1;
        for (let pos = table[term + 1];;) {
            let groupTag = table[pos++], last = groupTag & 1;
            let target = table[pos++];
            if (last && loose)
                return target;
            for (let end = pos + (groupTag >> 1); pos < end; pos++)
                if (table[pos] == state)
                    return target;
            if (last)
                return -1;
        }
    }
    /**
    Check if this state has an action for a given terminal @internal
    */
    hasAction(state, terminal) {
        let data = this.data;
        for (let set = 0; set < 2; set++) {
            for (let i = this.stateSlot(state, set ? 2 /* ParseState.Skip */ : 1 /* ParseState.Actions */), next;; i += 3) {
                if ((next = data[i]) == 65535 /* Seq.End */) {
                    if (data[i + 1] == 1 /* Seq.Next */)
                        next = data[i = pair(data, i + 2)];
                    else if (data[i + 1] == 2 /* Seq.Other */)
                        return pair(data, i + 2);
                    else
                        break;
                }
                if (next == terminal || next == 0 /* Term.Err */)
                    return pair(data, i + 1);
            }
        }
        return 0;
    }
    /**
    @internal
    */
    stateSlot(state, slot) {
        return this.states[(state * 6 /* ParseState.Size */) + slot];
    }
    /**
    @internal
    */
    stateFlag(state, flag) {
        return (this.stateSlot(state, 0 /* ParseState.Flags */) & flag) > 0;
    }
    /**
    @internal
    */
    validAction(state, action) {
        return !!this.allActions(state, a => a == action ? true : null);
    }
    /**
    @internal
    */
    allActions(state, action) {
        let deflt = this.stateSlot(state, 4 /* ParseState.DefaultReduce */);
        let result = deflt ? action(deflt) : undefined;
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */); result == null; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            result = action(pair(this.data, i + 1));
        }
        return result;
    }
    /**
    Get the states that can follow this one through shift actions or
    goto jumps. @internal
    */
    nextStates(state) {
        let result = [];
        for (let i = this.stateSlot(state, 1 /* ParseState.Actions */);; i += 3) {
            if (this.data[i] == 65535 /* Seq.End */) {
                if (this.data[i + 1] == 1 /* Seq.Next */)
                    i = pair(this.data, i + 2);
                else
                    break;
            }
            if ((this.data[i + 2] & (65536 /* Action.ReduceFlag */ >> 16)) == 0) {
                let value = this.data[i + 1];
                if (!result.some((v, i) => (i & 1) && v == value))
                    result.push(this.data[i], value);
            }
        }
        return result;
    }
    /**
    Configure the parser. Returns a new parser instance that has the
    given settings modified. Settings not provided in `config` are
    kept from the original parser.
    */
    configure(config) {
        // Hideous reflection-based kludge to make it easy to create a
        // slightly modified copy of a parser.
        let copy = Object.assign(Object.create(LRParser.prototype), this);
        if (config.props)
            copy.nodeSet = this.nodeSet.extend(...config.props);
        if (config.top) {
            let info = this.topRules[config.top];
            if (!info)
                throw new RangeError(`Invalid top rule name ${config.top}`);
            copy.top = info;
        }
        if (config.tokenizers)
            copy.tokenizers = this.tokenizers.map(t => {
                let found = config.tokenizers.find(r => r.from == t);
                return found ? found.to : t;
            });
        if (config.specializers) {
            copy.specializers = this.specializers.slice();
            copy.specializerSpecs = this.specializerSpecs.map((s, i) => {
                let found = config.specializers.find(r => r.from == s.external);
                if (!found)
                    return s;
                let spec = Object.assign(Object.assign({}, s), { external: found.to });
                copy.specializers[i] = getSpecializer(spec);
                return spec;
            });
        }
        if (config.contextTracker)
            copy.context = config.contextTracker;
        if (config.dialect)
            copy.dialect = this.parseDialect(config.dialect);
        if (config.strict != null)
            copy.strict = config.strict;
        if (config.wrap)
            copy.wrappers = copy.wrappers.concat(config.wrap);
        if (config.bufferLength != null)
            copy.bufferLength = config.bufferLength;
        return copy;
    }
    /**
    Tells you whether any [parse wrappers](#lr.ParserConfig.wrap)
    are registered for this parser.
    */
    hasWrappers() {
        return this.wrappers.length > 0;
    }
    /**
    Returns the name associated with a given term. This will only
    work for all terms when the parser was generated with the
    `--names` option. By default, only the names of tagged terms are
    stored.
    */
    getName(term) {
        return this.termNames ? this.termNames[term] : String(term <= this.maxNode && this.nodeSet.types[term].name || term);
    }
    /**
    The eof term id is always allocated directly after the node
    types. @internal
    */
    get eofTerm() { return this.maxNode + 1; }
    /**
    The type of top node produced by the parser.
    */
    get topNode() { return this.nodeSet.types[this.top[1]]; }
    /**
    @internal
    */
    dynamicPrecedence(term) {
        let prec = this.dynamicPrecedences;
        return prec == null ? 0 : prec[term] || 0;
    }
    /**
    @internal
    */
    parseDialect(dialect) {
        let values = Object.keys(this.dialects), flags = values.map(() => false);
        if (dialect)
            for (let part of dialect.split(" ")) {
                let id = values.indexOf(part);
                if (id >= 0)
                    flags[id] = true;
            }
        let disabled = null;
        for (let i = 0; i < values.length; i++)
            if (!flags[i]) {
                for (let j = this.dialects[values[i]], id; (id = this.data[j++]) != 65535 /* Seq.End */;)
                    (disabled || (disabled = new Uint8Array(this.maxTerm + 1)))[id] = 1;
            }
        return new Dialect(dialect, flags, disabled);
    }
    /**
    Used by the output of the parser generator. Not available to
    user code. @hide
    */
    static deserialize(spec) {
        return new LRParser(spec);
    }
}
function pair(data, off) { return data[off] | (data[off + 1] << 16); }
function findFinished(stacks) {
    let best = null;
    for (let stack of stacks) {
        let stopped = stack.p.stoppedAt;
        if ((stack.pos == stack.p.stream.end || stopped != null && stack.pos > stopped) &&
            stack.p.parser.stateFlag(stack.state, 2 /* StateFlag.Accepting */) &&
            (!best || best.score < stack.score))
            best = stack;
    }
    return best;
}
function getSpecializer(spec) {
    if (spec.external) {
        let mask = spec.extend ? 1 /* Specialize.Extend */ : 0 /* Specialize.Specialize */;
        return (value, stack) => (spec.external(value, stack) << 1) | mask;
    }
    return spec.get;
}



;// CONCATENATED MODULE: ./node_modules/@lezer/highlight/dist/index.js


let nextTagID = 0;
/**
Highlighting tags are markers that denote a highlighting category.
They are [associated](#highlight.styleTags) with parts of a syntax
tree by a language mode, and then mapped to an actual CSS style by
a [highlighter](#highlight.Highlighter).

Because syntax tree node types and highlight styles have to be
able to talk the same language, CodeMirror uses a mostly _closed_
[vocabulary](#highlight.tags) of syntax tags (as opposed to
traditional open string-based systems, which make it hard for
highlighting themes to cover all the tokens produced by the
various languages).

It _is_ possible to [define](#highlight.Tag^define) your own
highlighting tags for system-internal use (where you control both
the language package and the highlighter), but such tags will not
be picked up by regular highlighters (though you can derive them
from standard tags to allow highlighters to fall back to those).
*/
class Tag {
    /**
    @internal
    */
    constructor(
    /**
    The optional name of the base tag @internal
    */
    name, 
    /**
    The set of this tag and all its parent tags, starting with
    this one itself and sorted in order of decreasing specificity.
    */
    set, 
    /**
    The base unmodified tag that this one is based on, if it's
    modified @internal
    */
    base, 
    /**
    The modifiers applied to this.base @internal
    */
    modified) {
        this.name = name;
        this.set = set;
        this.base = base;
        this.modified = modified;
        /**
        @internal
        */
        this.id = nextTagID++;
    }
    toString() {
        let { name } = this;
        for (let mod of this.modified)
            if (mod.name)
                name = `${mod.name}(${name})`;
        return name;
    }
    static define(nameOrParent, parent) {
        let name = typeof nameOrParent == "string" ? nameOrParent : "?";
        if (nameOrParent instanceof Tag)
            parent = nameOrParent;
        if (parent === null || parent === void 0 ? void 0 : parent.base)
            throw new Error("Can not derive from a modified tag");
        let tag = new Tag(name, [], null, []);
        tag.set.push(tag);
        if (parent)
            for (let t of parent.set)
                tag.set.push(t);
        return tag;
    }
    /**
    Define a tag _modifier_, which is a function that, given a tag,
    will return a tag that is a subtag of the original. Applying the
    same modifier to a twice tag will return the same value (`m1(t1)
    == m1(t1)`) and applying multiple modifiers will, regardless or
    order, produce the same tag (`m1(m2(t1)) == m2(m1(t1))`).
    
    When multiple modifiers are applied to a given base tag, each
    smaller set of modifiers is registered as a parent, so that for
    example `m1(m2(m3(t1)))` is a subtype of `m1(m2(t1))`,
    `m1(m3(t1)`, and so on.
    */
    static defineModifier(name) {
        let mod = new Modifier(name);
        return (tag) => {
            if (tag.modified.indexOf(mod) > -1)
                return tag;
            return Modifier.get(tag.base || tag, tag.modified.concat(mod).sort((a, b) => a.id - b.id));
        };
    }
}
let nextModifierID = 0;
class Modifier {
    constructor(name) {
        this.name = name;
        this.instances = [];
        this.id = nextModifierID++;
    }
    static get(base, mods) {
        if (!mods.length)
            return base;
        let exists = mods[0].instances.find(t => t.base == base && sameArray(mods, t.modified));
        if (exists)
            return exists;
        let set = [], tag = new Tag(base.name, set, base, mods);
        for (let m of mods)
            m.instances.push(tag);
        let configs = powerSet(mods);
        for (let parent of base.set)
            if (!parent.modified.length)
                for (let config of configs)
                    set.push(Modifier.get(parent, config));
        return tag;
    }
}
function sameArray(a, b) {
    return a.length == b.length && a.every((x, i) => x == b[i]);
}
function powerSet(array) {
    let sets = [[]];
    for (let i = 0; i < array.length; i++) {
        for (let j = 0, e = sets.length; j < e; j++) {
            sets.push(sets[j].concat(array[i]));
        }
    }
    return sets.sort((a, b) => b.length - a.length);
}
/**
This function is used to add a set of tags to a language syntax
via [`NodeSet.extend`](#common.NodeSet.extend) or
[`LRParser.configure`](#lr.LRParser.configure).

The argument object maps node selectors to [highlighting
tags](#highlight.Tag) or arrays of tags.

Node selectors may hold one or more (space-separated) node paths.
Such a path can be a [node name](#common.NodeType.name), or
multiple node names (or `*` wildcards) separated by slash
characters, as in `"Block/Declaration/VariableName"`. Such a path
matches the final node but only if its direct parent nodes are the
other nodes mentioned. A `*` in such a path matches any parent,
but only a single level—wildcards that match multiple parents
aren't supported, both for efficiency reasons and because Lezer
trees make it rather hard to reason about what they would match.)

A path can be ended with `/...` to indicate that the tag assigned
to the node should also apply to all child nodes, even if they
match their own style (by default, only the innermost style is
used).

When a path ends in `!`, as in `Attribute!`, no further matching
happens for the node's child nodes, and the entire node gets the
given style.

In this notation, node names that contain `/`, `!`, `*`, or `...`
must be quoted as JSON strings.

For example:

```javascript
parser.configure({props: [
  styleTags({
    // Style Number and BigNumber nodes
    "Number BigNumber": tags.number,
    // Style Escape nodes whose parent is String
    "String/Escape": tags.escape,
    // Style anything inside Attributes nodes
    "Attributes!": tags.meta,
    // Add a style to all content inside Italic nodes
    "Italic/...": tags.emphasis,
    // Style InvalidString nodes as both `string` and `invalid`
    "InvalidString": [tags.string, tags.invalid],
    // Style the node named "/" as punctuation
    '"/"': tags.punctuation
  })
]})
```
*/
function styleTags(spec) {
    let byName = Object.create(null);
    for (let prop in spec) {
        let tags = spec[prop];
        if (!Array.isArray(tags))
            tags = [tags];
        for (let part of prop.split(" "))
            if (part) {
                let pieces = [], mode = 2 /* Mode.Normal */, rest = part;
                for (let pos = 0;;) {
                    if (rest == "..." && pos > 0 && pos + 3 == part.length) {
                        mode = 1 /* Mode.Inherit */;
                        break;
                    }
                    let m = /^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(rest);
                    if (!m)
                        throw new RangeError("Invalid path: " + part);
                    pieces.push(m[0] == "*" ? "" : m[0][0] == '"' ? JSON.parse(m[0]) : m[0]);
                    pos += m[0].length;
                    if (pos == part.length)
                        break;
                    let next = part[pos++];
                    if (pos == part.length && next == "!") {
                        mode = 0 /* Mode.Opaque */;
                        break;
                    }
                    if (next != "/")
                        throw new RangeError("Invalid path: " + part);
                    rest = part.slice(pos);
                }
                let last = pieces.length - 1, inner = pieces[last];
                if (!inner)
                    throw new RangeError("Invalid path: " + part);
                let rule = new Rule(tags, mode, last > 0 ? pieces.slice(0, last) : null);
                byName[inner] = rule.sort(byName[inner]);
            }
    }
    return ruleNodeProp.add(byName);
}
const ruleNodeProp = new dist_NodeProp({
    combine(a, b) {
        let cur, root, take;
        while (a || b) {
            if (!a || b && a.depth <= b.depth) {
                take = b;
                b = b.next;
            }
            else {
                take = a;
                a = a.next;
            }
            if (cur && cur.mode == take.mode && !take.context && !cur.context)
                continue;
            let copy = new Rule(take.tags, take.mode, take.context);
            if (cur)
                cur.next = copy;
            else
                root = copy;
            cur = copy;
        }
        return root;
    }
});
class Rule {
    constructor(tags, mode, context, next) {
        this.tags = tags;
        this.mode = mode;
        this.context = context;
        this.next = next;
    }
    get opaque() { return this.mode == 0 /* Mode.Opaque */; }
    get inherit() { return this.mode == 1 /* Mode.Inherit */; }
    sort(other) {
        if (!other || other.depth < this.depth) {
            this.next = other;
            return this;
        }
        other.next = this.sort(other.next);
        return other;
    }
    get depth() { return this.context ? this.context.length : 0; }
}
Rule.empty = new Rule([], 2 /* Mode.Normal */, null);
/**
Define a [highlighter](#highlight.Highlighter) from an array of
tag/class pairs. Classes associated with more specific tags will
take precedence.
*/
function tagHighlighter(tags, options) {
    let map = Object.create(null);
    for (let style of tags) {
        if (!Array.isArray(style.tag))
            map[style.tag.id] = style.class;
        else
            for (let tag of style.tag)
                map[tag.id] = style.class;
    }
    let { scope, all = null } = options || {};
    return {
        style: (tags) => {
            let cls = all;
            for (let tag of tags) {
                for (let sub of tag.set) {
                    let tagClass = map[sub.id];
                    if (tagClass) {
                        cls = cls ? cls + " " + tagClass : tagClass;
                        break;
                    }
                }
            }
            return cls;
        },
        scope
    };
}
function highlightTags(highlighters, tags) {
    let result = null;
    for (let highlighter of highlighters) {
        let value = highlighter.style(tags);
        if (value)
            result = result ? result + " " + value : value;
    }
    return result;
}
/**
Highlight the given [tree](#common.Tree) with the given
[highlighter](#highlight.Highlighter). Often, the higher-level
[`highlightCode`](#highlight.highlightCode) function is easier to
use.
*/
function highlightTree(tree, highlighter, 
/**
Assign styling to a region of the text. Will be called, in order
of position, for any ranges where more than zero classes apply.
`classes` is a space separated string of CSS classes.
*/
putStyle, 
/**
The start of the range to highlight.
*/
from = 0, 
/**
The end of the range.
*/
to = tree.length) {
    let builder = new HighlightBuilder(from, Array.isArray(highlighter) ? highlighter : [highlighter], putStyle);
    builder.highlightRange(tree.cursor(), from, to, "", builder.highlighters);
    builder.flush(to);
}
/**
Highlight the given tree with the given highlighter, calling
`putText` for every piece of text, either with a set of classes or
with the empty string when unstyled, and `putBreak` for every line
break.
*/
function highlightCode(code, tree, highlighter, putText, putBreak, from = 0, to = code.length) {
    let pos = from;
    function writeTo(p, classes) {
        if (p <= pos)
            return;
        for (let text = code.slice(pos, p), i = 0;;) {
            let nextBreak = text.indexOf("\n", i);
            let upto = nextBreak < 0 ? text.length : nextBreak;
            if (upto > i)
                putText(text.slice(i, upto), classes);
            if (nextBreak < 0)
                break;
            putBreak();
            i = nextBreak + 1;
        }
        pos = p;
    }
    highlightTree(tree, highlighter, (from, to, classes) => {
        writeTo(from, "");
        writeTo(to, classes);
    }, from, to);
    writeTo(to, "");
}
class HighlightBuilder {
    constructor(at, highlighters, span) {
        this.at = at;
        this.highlighters = highlighters;
        this.span = span;
        this.class = "";
    }
    startSpan(at, cls) {
        if (cls != this.class) {
            this.flush(at);
            if (at > this.at)
                this.at = at;
            this.class = cls;
        }
    }
    flush(to) {
        if (to > this.at && this.class)
            this.span(this.at, to, this.class);
    }
    highlightRange(cursor, from, to, inheritedClass, highlighters) {
        let { type, from: start, to: end } = cursor;
        if (start >= to || end <= from)
            return;
        if (type.isTop)
            highlighters = this.highlighters.filter(h => !h.scope || h.scope(type));
        let cls = inheritedClass;
        let rule = getStyleTags(cursor) || Rule.empty;
        let tagCls = highlightTags(highlighters, rule.tags);
        if (tagCls) {
            if (cls)
                cls += " ";
            cls += tagCls;
            if (rule.mode == 1 /* Mode.Inherit */)
                inheritedClass += (inheritedClass ? " " : "") + tagCls;
        }
        this.startSpan(Math.max(from, start), cls);
        if (rule.opaque)
            return;
        let mounted = cursor.tree && cursor.tree.prop(NodeProp.mounted);
        if (mounted && mounted.overlay) {
            let inner = cursor.node.enter(mounted.overlay[0].from + start, 1);
            let innerHighlighters = this.highlighters.filter(h => !h.scope || h.scope(mounted.tree.type));
            let hasChild = cursor.firstChild();
            for (let i = 0, pos = start;; i++) {
                let next = i < mounted.overlay.length ? mounted.overlay[i] : null;
                let nextPos = next ? next.from + start : end;
                let rangeFrom = Math.max(from, pos), rangeTo = Math.min(to, nextPos);
                if (rangeFrom < rangeTo && hasChild) {
                    while (cursor.from < rangeTo) {
                        this.highlightRange(cursor, rangeFrom, rangeTo, inheritedClass, highlighters);
                        this.startSpan(Math.min(rangeTo, cursor.to), cls);
                        if (cursor.to >= nextPos || !cursor.nextSibling())
                            break;
                    }
                }
                if (!next || nextPos > to)
                    break;
                pos = next.to + start;
                if (pos > from) {
                    this.highlightRange(inner.cursor(), Math.max(from, next.from + start), Math.min(to, pos), "", innerHighlighters);
                    this.startSpan(Math.min(to, pos), cls);
                }
            }
            if (hasChild)
                cursor.parent();
        }
        else if (cursor.firstChild()) {
            if (mounted)
                inheritedClass = "";
            do {
                if (cursor.to <= from)
                    continue;
                if (cursor.from >= to)
                    break;
                this.highlightRange(cursor, from, to, inheritedClass, highlighters);
                this.startSpan(Math.min(to, cursor.to), cls);
            } while (cursor.nextSibling());
            cursor.parent();
        }
    }
}
/**
Match a syntax node's [highlight rules](#highlight.styleTags). If
there's a match, return its set of tags, and whether it is
opaque (uses a `!`) or applies to all child nodes (`/...`).
*/
function getStyleTags(node) {
    let rule = node.type.prop(ruleNodeProp);
    while (rule && rule.context && !node.matchContext(rule.context))
        rule = rule.next;
    return rule || null;
}
const t = Tag.define;
const comment = t(), dist_name = t(), typeName = t(dist_name), propertyName = t(dist_name), literal = t(), string = t(literal), number = t(literal), content = t(), heading = t(content), keyword = t(), operator = t(), punctuation = t(), bracket = t(punctuation), meta = t();
/**
The default set of highlighting [tags](#highlight.Tag).

This collection is heavily biased towards programming languages,
and necessarily incomplete. A full ontology of syntactic
constructs would fill a stack of books, and be impractical to
write themes for. So try to make do with this set. If all else
fails, [open an
issue](https://code.haverbeke.berlin/codemirror/dev/issues) to propose a
new tag, or [define](#highlight.Tag^define) a local custom tag for
your use case.

Note that it is not obligatory to always attach the most specific
tag possible to an element—if your grammar can't easily
distinguish a certain type of element (such as a local variable),
it is okay to style it as its more general variant (a variable).

For tags that extend some parent tag, the documentation links to
the parent.
*/
const tags = {
    /**
    A comment.
    */
    comment,
    /**
    A line [comment](#highlight.tags.comment).
    */
    lineComment: t(comment),
    /**
    A block [comment](#highlight.tags.comment).
    */
    blockComment: t(comment),
    /**
    A documentation [comment](#highlight.tags.comment).
    */
    docComment: t(comment),
    /**
    Any kind of identifier.
    */
    name: dist_name,
    /**
    The [name](#highlight.tags.name) of a variable.
    */
    variableName: t(dist_name),
    /**
    A type [name](#highlight.tags.name).
    */
    typeName: typeName,
    /**
    A tag name (subtag of [`typeName`](#highlight.tags.typeName)).
    */
    tagName: t(typeName),
    /**
    A property or field [name](#highlight.tags.name).
    */
    propertyName: propertyName,
    /**
    An attribute name (subtag of [`propertyName`](#highlight.tags.propertyName)).
    */
    attributeName: t(propertyName),
    /**
    The [name](#highlight.tags.name) of a class.
    */
    className: t(dist_name),
    /**
    A label [name](#highlight.tags.name).
    */
    labelName: t(dist_name),
    /**
    A namespace [name](#highlight.tags.name).
    */
    namespace: t(dist_name),
    /**
    The [name](#highlight.tags.name) of a macro.
    */
    macroName: t(dist_name),
    /**
    A literal value.
    */
    literal,
    /**
    A string [literal](#highlight.tags.literal).
    */
    string,
    /**
    A documentation [string](#highlight.tags.string).
    */
    docString: t(string),
    /**
    A character literal (subtag of [string](#highlight.tags.string)).
    */
    character: t(string),
    /**
    An attribute value (subtag of [string](#highlight.tags.string)).
    */
    attributeValue: t(string),
    /**
    A number [literal](#highlight.tags.literal).
    */
    number,
    /**
    An integer [number](#highlight.tags.number) literal.
    */
    integer: t(number),
    /**
    A floating-point [number](#highlight.tags.number) literal.
    */
    float: t(number),
    /**
    A boolean [literal](#highlight.tags.literal).
    */
    bool: t(literal),
    /**
    Regular expression [literal](#highlight.tags.literal).
    */
    regexp: t(literal),
    /**
    An escape [literal](#highlight.tags.literal), for example a
    backslash escape in a string.
    */
    escape: t(literal),
    /**
    A color [literal](#highlight.tags.literal).
    */
    color: t(literal),
    /**
    A URL [literal](#highlight.tags.literal).
    */
    url: t(literal),
    /**
    A language keyword.
    */
    keyword,
    /**
    The [keyword](#highlight.tags.keyword) for the self or this
    object.
    */
    self: t(keyword),
    /**
    The [keyword](#highlight.tags.keyword) for null.
    */
    null: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) denoting some atomic value.
    */
    atom: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that represents a unit.
    */
    unit: t(keyword),
    /**
    A modifier [keyword](#highlight.tags.keyword).
    */
    modifier: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that acts as an operator.
    */
    operatorKeyword: t(keyword),
    /**
    A control-flow related [keyword](#highlight.tags.keyword).
    */
    controlKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) that defines something.
    */
    definitionKeyword: t(keyword),
    /**
    A [keyword](#highlight.tags.keyword) related to defining or
    interfacing with modules.
    */
    moduleKeyword: t(keyword),
    /**
    An operator.
    */
    operator,
    /**
    An [operator](#highlight.tags.operator) that dereferences something.
    */
    derefOperator: t(operator),
    /**
    Arithmetic-related [operator](#highlight.tags.operator).
    */
    arithmeticOperator: t(operator),
    /**
    Logical [operator](#highlight.tags.operator).
    */
    logicOperator: t(operator),
    /**
    Bit [operator](#highlight.tags.operator).
    */
    bitwiseOperator: t(operator),
    /**
    Comparison [operator](#highlight.tags.operator).
    */
    compareOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that updates its operand.
    */
    updateOperator: t(operator),
    /**
    [Operator](#highlight.tags.operator) that defines something.
    */
    definitionOperator: t(operator),
    /**
    Type-related [operator](#highlight.tags.operator).
    */
    typeOperator: t(operator),
    /**
    Control-flow [operator](#highlight.tags.operator).
    */
    controlOperator: t(operator),
    /**
    Program or markup punctuation.
    */
    punctuation,
    /**
    [Punctuation](#highlight.tags.punctuation) that separates
    things.
    */
    separator: t(punctuation),
    /**
    Bracket-style [punctuation](#highlight.tags.punctuation).
    */
    bracket,
    /**
    Angle [brackets](#highlight.tags.bracket) (usually `<` and `>`
    tokens).
    */
    angleBracket: t(bracket),
    /**
    Square [brackets](#highlight.tags.bracket) (usually `[` and `]`
    tokens).
    */
    squareBracket: t(bracket),
    /**
    Parentheses (usually `(` and `)` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    paren: t(bracket),
    /**
    Braces (usually `{` and `}` tokens). Subtag of
    [bracket](#highlight.tags.bracket).
    */
    brace: t(bracket),
    /**
    Content, for example plain text in XML or markup documents.
    */
    content,
    /**
    [Content](#highlight.tags.content) that represents a heading.
    */
    heading,
    /**
    A level 1 [heading](#highlight.tags.heading).
    */
    heading1: t(heading),
    /**
    A level 2 [heading](#highlight.tags.heading).
    */
    heading2: t(heading),
    /**
    A level 3 [heading](#highlight.tags.heading).
    */
    heading3: t(heading),
    /**
    A level 4 [heading](#highlight.tags.heading).
    */
    heading4: t(heading),
    /**
    A level 5 [heading](#highlight.tags.heading).
    */
    heading5: t(heading),
    /**
    A level 6 [heading](#highlight.tags.heading).
    */
    heading6: t(heading),
    /**
    A prose [content](#highlight.tags.content) separator (such as a horizontal rule).
    */
    contentSeparator: t(content),
    /**
    [Content](#highlight.tags.content) that represents a list.
    */
    list: t(content),
    /**
    [Content](#highlight.tags.content) that represents a quote.
    */
    quote: t(content),
    /**
    [Content](#highlight.tags.content) that is emphasized.
    */
    emphasis: t(content),
    /**
    [Content](#highlight.tags.content) that is styled strong.
    */
    strong: t(content),
    /**
    [Content](#highlight.tags.content) that is part of a link.
    */
    link: t(content),
    /**
    [Content](#highlight.tags.content) that is styled as code or
    monospace.
    */
    monospace: t(content),
    /**
    [Content](#highlight.tags.content) that has a strike-through
    style.
    */
    strikethrough: t(content),
    /**
    Inserted text in a change-tracking format.
    */
    inserted: t(),
    /**
    Deleted text.
    */
    deleted: t(),
    /**
    Changed text.
    */
    changed: t(),
    /**
    An invalid or unsyntactic element.
    */
    invalid: t(),
    /**
    Metadata or meta-instruction.
    */
    meta,
    /**
    [Metadata](#highlight.tags.meta) that applies to the entire
    document.
    */
    documentMeta: t(meta),
    /**
    [Metadata](#highlight.tags.meta) that annotates or adds
    attributes to a given syntactic element.
    */
    annotation: t(meta),
    /**
    Processing instruction or preprocessor directive. Subtag of
    [meta](#highlight.tags.meta).
    */
    processingInstruction: t(meta),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that a
    given element is being defined. Expected to be used with the
    various [name](#highlight.tags.name) tags.
    */
    definition: Tag.defineModifier("definition"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates that
    something is constant. Mostly expected to be used with
    [variable names](#highlight.tags.variableName).
    */
    constant: Tag.defineModifier("constant"),
    /**
    [Modifier](#highlight.Tag^defineModifier) used to indicate that
    a [variable](#highlight.tags.variableName) or [property
    name](#highlight.tags.propertyName) is being called or defined
    as a function.
    */
    function: Tag.defineModifier("function"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that can be applied to
    [names](#highlight.tags.name) to indicate that they belong to
    the language's standard environment.
    */
    standard: Tag.defineModifier("standard"),
    /**
    [Modifier](#highlight.Tag^defineModifier) that indicates a given
    [names](#highlight.tags.name) is local to some scope.
    */
    local: Tag.defineModifier("local"),
    /**
    A generic variant [modifier](#highlight.Tag^defineModifier) that
    can be used to tag language-specific alternative variants of
    some common tag. It is recommended for themes to define special
    forms of at least the [string](#highlight.tags.string) and
    [variable name](#highlight.tags.variableName) tags, since those
    come up a lot.
    */
    special: Tag.defineModifier("special")
};
for (let name in tags) {
    let val = tags[name];
    if (val instanceof Tag)
        val.name = name;
}
/**
This is a highlighter that adds stable, predictable classes to
tokens, for styling with external CSS.

The following tags are mapped to their name prefixed with `"tok-"`
(for example `"tok-comment"`):

* [`link`](#highlight.tags.link)
* [`heading`](#highlight.tags.heading)
* [`emphasis`](#highlight.tags.emphasis)
* [`strong`](#highlight.tags.strong)
* [`keyword`](#highlight.tags.keyword)
* [`atom`](#highlight.tags.atom)
* [`bool`](#highlight.tags.bool)
* [`url`](#highlight.tags.url)
* [`labelName`](#highlight.tags.labelName)
* [`inserted`](#highlight.tags.inserted)
* [`deleted`](#highlight.tags.deleted)
* [`literal`](#highlight.tags.literal)
* [`string`](#highlight.tags.string)
* [`number`](#highlight.tags.number)
* [`variableName`](#highlight.tags.variableName)
* [`typeName`](#highlight.tags.typeName)
* [`namespace`](#highlight.tags.namespace)
* [`className`](#highlight.tags.className)
* [`macroName`](#highlight.tags.macroName)
* [`propertyName`](#highlight.tags.propertyName)
* [`operator`](#highlight.tags.operator)
* [`comment`](#highlight.tags.comment)
* [`meta`](#highlight.tags.meta)
* [`punctuation`](#highlight.tags.punctuation)
* [`invalid`](#highlight.tags.invalid)

In addition, these mappings are provided:

* [`regexp`](#highlight.tags.regexp),
  [`escape`](#highlight.tags.escape), and
  [`special`](#highlight.tags.special)[`(string)`](#highlight.tags.string)
  are mapped to `"tok-string2"`
* [`special`](#highlight.tags.special)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName2"`
* [`local`](#highlight.tags.local)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-local"`
* [`definition`](#highlight.tags.definition)[`(variableName)`](#highlight.tags.variableName)
  to `"tok-variableName tok-definition"`
* [`definition`](#highlight.tags.definition)[`(propertyName)`](#highlight.tags.propertyName)
  to `"tok-propertyName tok-definition"`
*/
const classHighlighter = tagHighlighter([
    { tag: tags.link, class: "tok-link" },
    { tag: tags.heading, class: "tok-heading" },
    { tag: tags.emphasis, class: "tok-emphasis" },
    { tag: tags.strong, class: "tok-strong" },
    { tag: tags.keyword, class: "tok-keyword" },
    { tag: tags.atom, class: "tok-atom" },
    { tag: tags.bool, class: "tok-bool" },
    { tag: tags.url, class: "tok-url" },
    { tag: tags.labelName, class: "tok-labelName" },
    { tag: tags.inserted, class: "tok-inserted" },
    { tag: tags.deleted, class: "tok-deleted" },
    { tag: tags.literal, class: "tok-literal" },
    { tag: tags.string, class: "tok-string" },
    { tag: tags.number, class: "tok-number" },
    { tag: [tags.regexp, tags.escape, tags.special(tags.string)], class: "tok-string2" },
    { tag: tags.variableName, class: "tok-variableName" },
    { tag: tags.local(tags.variableName), class: "tok-variableName tok-local" },
    { tag: tags.definition(tags.variableName), class: "tok-variableName tok-definition" },
    { tag: tags.special(tags.variableName), class: "tok-variableName2" },
    { tag: tags.definition(tags.propertyName), class: "tok-propertyName tok-definition" },
    { tag: tags.typeName, class: "tok-typeName" },
    { tag: tags.namespace, class: "tok-namespace" },
    { tag: tags.className, class: "tok-className" },
    { tag: tags.macroName, class: "tok-macroName" },
    { tag: tags.propertyName, class: "tok-propertyName" },
    { tag: tags.operator, class: "tok-operator" },
    { tag: tags.comment, class: "tok-comment" },
    { tag: tags.meta, class: "tok-meta" },
    { tag: tags.invalid, class: "tok-invalid" },
    { tag: tags.punctuation, class: "tok-punctuation" }
]);



;// CONCATENATED MODULE: ./node_modules/@lezer/python/dist/index.js



// This file was generated by lezer-generator. You probably shouldn't edit it.
const printKeyword = 1,
  indent = 194,
  dedent = 195,
  newline$1 = 196,
  blankLineStart = 197,
  newlineBracketed = 198,
  eof = 199,
  stringContent = 200,
  Escape = 2,
  replacementStart = 3,
  stringEnd = 201,
  ParenL = 24,
  ParenthesizedExpression = 25,
  TupleExpression = 49,
  ComprehensionExpression = 50,
  BracketL = 55,
  ArrayExpression = 56,
  ArrayComprehensionExpression = 57,
  BraceL = 59,
  DictionaryExpression = 60,
  DictionaryComprehensionExpression = 61,
  SetExpression = 62,
  SetComprehensionExpression = 63,
  ArgList = 65,
  subscript = 238,
  String$1 = 71,
  stringStart = 241,
  stringStartD = 242,
  stringStartL = 243,
  stringStartLD = 244,
  stringStartR = 245,
  stringStartRD = 246,
  stringStartRL = 247,
  stringStartRLD = 248,
  FormatString = 72,
  stringStartF = 249,
  stringStartFD = 250,
  stringStartFL = 251,
  stringStartFLD = 252,
  stringStartFR = 253,
  stringStartFRD = 254,
  stringStartFRL = 255,
  stringStartFRLD = 256,
  FormatReplacement = 73,
  nestedFormatReplacement = 77,
  importList = 263,
  TypeParamList = 112,
  ParamList = 130,
  SequencePattern = 151,
  MappingPattern = 152,
  PatternArgList = 155;

const newline = 10, carriageReturn = 13, space = 32, tab = 9, hash = 35, parenOpen = 40, dot = 46,
      braceOpen = 123, braceClose = 125, singleQuote = 39, doubleQuote = 34, backslash = 92,
      letter_o = 111, letter_x = 120, letter_N = 78, letter_u = 117, letter_U = 85;

const bracketed = new Set([
  ParenthesizedExpression, TupleExpression, ComprehensionExpression, importList, ArgList, ParamList,
  ArrayExpression, ArrayComprehensionExpression, subscript,
  SetExpression, SetComprehensionExpression, FormatString, FormatReplacement, nestedFormatReplacement,
  DictionaryExpression, DictionaryComprehensionExpression,
  SequencePattern, MappingPattern, PatternArgList, TypeParamList
]);

function isLineBreak(ch) {
  return ch == newline || ch == carriageReturn
}

function isHex(ch) {
  return ch >= 48 && ch <= 57 || ch >= 65 && ch <= 70 || ch >= 97 && ch <= 102
}

const newlines = new ExternalTokenizer((input, stack) => {
  let prev;
  if (input.next < 0) {
    input.acceptToken(eof);
  } else if (stack.context.flags & cx_Bracketed) {
    if (isLineBreak(input.next)) input.acceptToken(newlineBracketed, 1);
  } else if (((prev = input.peek(-1)) < 0 || isLineBreak(prev)) &&
             stack.canShift(blankLineStart)) {
    let spaces = 0;
    while (input.next == space || input.next == tab) { input.advance(); spaces++; }
    if (input.next == newline || input.next == carriageReturn || input.next == hash)
      input.acceptToken(blankLineStart, -spaces);
  } else if (isLineBreak(input.next)) {
    input.acceptToken(newline$1, 1);
  }
}, {contextual: true});

const indentation = new ExternalTokenizer((input, stack) => {
  let context = stack.context;
  if (context.flags) return
  let prev = input.peek(-1);
  if (prev == newline || prev == carriageReturn) {
    let depth = 0, chars = 0;
    for (;;) {
      if (input.next == space) depth++;
      else if (input.next == tab) depth += 8 - (depth % 8);
      else break
      input.advance();
      chars++;
    }
    if (depth != context.indent &&
        input.next != newline && input.next != carriageReturn && input.next != hash) {
      if (depth < context.indent) input.acceptToken(dedent, -chars);
      else input.acceptToken(indent);
    }
  }
});

// Flags used in Context objects
const cx_Bracketed = 1, cx_String = 2, cx_DoubleQuote = 4, cx_Long = 8, cx_Raw = 16, cx_Format = 32;

function Context(parent, indent, flags) {
  this.parent = parent;
  this.indent = indent;
  this.flags = flags;
  this.hash = (parent ? parent.hash + parent.hash << 8 : 0) + indent + (indent << 4) + flags + (flags << 6);
}

const topIndent = new Context(null, 0, 0);

function countIndent(space) {
  let depth = 0;
  for (let i = 0; i < space.length; i++)
    depth += space.charCodeAt(i) == tab ? 8 - (depth % 8) : 1;
  return depth
}

const stringFlags = new Map([
  [stringStart, 0],
  [stringStartD, cx_DoubleQuote],
  [stringStartL, cx_Long],
  [stringStartLD, cx_Long | cx_DoubleQuote],
  [stringStartR, cx_Raw],
  [stringStartRD, cx_Raw | cx_DoubleQuote],
  [stringStartRL, cx_Raw | cx_Long],
  [stringStartRLD, cx_Raw | cx_Long | cx_DoubleQuote],
  [stringStartF, cx_Format],
  [stringStartFD, cx_Format | cx_DoubleQuote],
  [stringStartFL, cx_Format | cx_Long],
  [stringStartFLD, cx_Format | cx_Long | cx_DoubleQuote],
  [stringStartFR, cx_Format | cx_Raw],
  [stringStartFRD, cx_Format | cx_Raw | cx_DoubleQuote],
  [stringStartFRL, cx_Format | cx_Raw | cx_Long],
  [stringStartFRLD, cx_Format | cx_Raw | cx_Long | cx_DoubleQuote]
].map(([term, flags]) => [term, flags | cx_String]));

const trackIndent = new ContextTracker({
  start: topIndent,
  reduce(context, term, _, input) {
    if ((context.flags & cx_Bracketed) && bracketed.has(term) ||
        (term == String$1 || term == FormatString) && (context.flags & cx_String))
      return context.parent
    return context
  },
  shift(context, term, stack, input) {
    if (term == indent)
      return new Context(context, countIndent(input.read(input.pos, stack.pos)), 0)
    if (term == dedent)
      return context.parent
    if (term == ParenL || term == BracketL || term == BraceL || term == replacementStart)
      return new Context(context, 0, cx_Bracketed)
    if (stringFlags.has(term))
      return new Context(context, 0, stringFlags.get(term) | (context.flags & cx_Bracketed))
    return context
  },
  hash(context) { return context.hash }
});

const legacyPrint = new ExternalTokenizer(input => {
  for (let i = 0; i < 5; i++) {
    if (input.next != "print".charCodeAt(i)) return
    input.advance();
  }
  if (/\w/.test(String.fromCharCode(input.next))) return
  for (let off = 0;; off++) {
    let next = input.peek(off);
    if (next == space || next == tab) continue
    if (next != parenOpen && next != dot && next != newline && next != carriageReturn && next != hash)
      input.acceptToken(printKeyword);
    return
  }
});

const strings = new ExternalTokenizer((input, stack) => {
  let {flags} = stack.context;
  let quote = (flags & cx_DoubleQuote) ? doubleQuote : singleQuote;
  let long = (flags & cx_Long) > 0;
  let escapes = !(flags & cx_Raw);
  let format = (flags & cx_Format) > 0;

  let start = input.pos;
  for (;;) {
    if (input.next < 0) {
      break
    } else if (format && input.next == braceOpen) {
      if (input.peek(1) == braceOpen) {
        input.advance(2);
      } else {
        if (input.pos == start) {
          input.acceptToken(replacementStart, 1);
          return
        }
        break
      }
    } else if (escapes && input.next == backslash) {
      if (input.pos == start) {
        input.advance();
        let escaped = input.next;
        if (escaped >= 0) {
          input.advance();
          skipEscape(input, escaped);
        }
        input.acceptToken(Escape);
        return
      }
      break
    } else if (input.next == backslash && !escapes && input.peek(1) > -1) {
      // Raw strings still ignore escaped quotes, weirdly.
      input.advance(2);
    } else if (input.next == quote && (!long || input.peek(1) == quote && input.peek(2) == quote)) {
      if (input.pos == start) {
        input.acceptToken(stringEnd, long ? 3 : 1);
        return
      }
      break
    } else if (input.next == newline) {
      if (long) {
        input.advance();
      } else if (input.pos == start) {
        input.acceptToken(stringEnd);
        return
      }
      break
    } else {
      input.advance();
    }
  }
  if (input.pos > start) input.acceptToken(stringContent);
});

function skipEscape(input, ch) {
  if (ch == letter_o) {
    for (let i = 0; i < 2 && input.next >= 48 && input.next <= 55; i++) input.advance();
  } else if (ch == letter_x) {
    for (let i = 0; i < 2 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_u) {
    for (let i = 0; i < 4 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_U) {
    for (let i = 0; i < 8 && isHex(input.next); i++) input.advance();
  } else if (ch == letter_N) {
    if (input.next == braceOpen) {
      input.advance();
      while (input.next >= 0 && input.next != braceClose && input.next != singleQuote &&
             input.next != doubleQuote && input.next != newline) input.advance();
      if (input.next == braceClose) input.advance();
    }
  }
}

const pythonHighlighting = styleTags({
  "async \"*\" \"**\" FormatConversion FormatSpec": tags.modifier,
  "for while if elif else try except finally return raise break continue with pass assert await yield match case": tags.controlKeyword,
  "in not and or is del": tags.operatorKeyword,
  "from def class global nonlocal lambda": tags.definitionKeyword,
  import: tags.moduleKeyword,
  "with as print": tags.keyword,
  Boolean: tags.bool,
  None: tags.null,
  VariableName: tags.variableName,
  "CallExpression/VariableName": tags.function(tags.variableName),
  "FunctionDefinition/VariableName": tags.function(tags.definition(tags.variableName)),
  "ClassDefinition/VariableName": tags.definition(tags.className),
  PropertyName: tags.propertyName,
  "CallExpression/MemberExpression/PropertyName": tags.function(tags.propertyName),
  Comment: tags.lineComment,
  Number: tags.number,
  String: tags.string,
  FormatString: tags.special(tags.string),
  Escape: tags.escape,
  UpdateOp: tags.updateOperator,
  "ArithOp!": tags.arithmeticOperator,
  BitOp: tags.bitwiseOperator,
  CompareOp: tags.compareOperator,
  AssignOp: tags.definitionOperator,
  Ellipsis: tags.punctuation,
  At: tags.meta,
  "( )": tags.paren,
  "[ ]": tags.squareBracket,
  "{ }": tags.brace,
  ".": tags.derefOperator,
  ", ;": tags.separator
});

// This file was generated by lezer-generator. You probably shouldn't edit it.
const spec_identifier = {__proto__:null,await:44, or:54, and:56, in:60, not:62, is:64, if:70, else:72, lambda:76, yield:94, from:96, async:102, for:104, None:162, True:164, False:164, del:178, pass:182, break:186, continue:190, return:194, raise:202, import:206, as:208, global:212, nonlocal:214, assert:218, type:223, elif:236, while:240, try:246, except:248, finally:250, with:254, def:258, class:268, match:279, case:285};
const parser = LRParser.deserialize({
  version: 14,
  states: "##jQ`QeOOP$}OSOOO&WQtO'#HUOOQS'#Co'#CoOOQS'#Cp'#CpO'vQdO'#CnO*UQtO'#HTOOQS'#HU'#HUOOQS'#DU'#DUOOQS'#HT'#HTO*rQdO'#D_O+VQdO'#DfO+gQdO'#DjO+zOWO'#DuO,VOWO'#DvO.[QtO'#GuOOQS'#Gu'#GuO'vQdO'#GtO0ZQtO'#GtOOQS'#Eb'#EbO0rQdO'#EcOOQS'#Gs'#GsO0|QdO'#GrOOQV'#Gr'#GrO1XQdO'#FYOOQS'#G^'#G^O1^QdO'#FXOOQV'#IS'#ISOOQV'#Gq'#GqOOQV'#Fq'#FqQ`QeOOO'vQdO'#CqO1lQdO'#C}O1sQdO'#DRO2RQdO'#HYO2cQtO'#EVO'vQdO'#EWOOQS'#EY'#EYOOQS'#E['#E[OOQS'#E^'#E^O2wQdO'#E`O3_QdO'#EdO3rQdO'#EfO3zQtO'#EfO1XQdO'#EiO0rQdO'#ElO1XQdO'#EnO0rQdO'#EtO0rQdO'#EwO4VQdO'#EyO4^QdO'#FOO4iQdO'#EzO0rQdO'#FOO1XQdO'#FQO1XQdO'#FVO4nQdO'#F[P4uOdO'#GpPOOO)CBd)CBdOOQS'#Ce'#CeOOQS'#Cf'#CfOOQS'#Cg'#CgOOQS'#Ch'#ChOOQS'#Ci'#CiOOQS'#Cj'#CjOOQS'#Cl'#ClO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO'vQdO,59OO5TQdO'#DoOOQS,5:Y,5:YO5hQdO'#HdOOQS,5:],5:]O5uQ!fO,5:]O5zQtO,59YO1lQdO,59bO1lQdO,59bO1lQdO,59bO8jQdO,59bO8oQdO,59bO8vQdO,59jO8}QdO'#HTO:TQdO'#HSOOQS'#HS'#HSOOQS'#D['#D[O:lQdO,59aO'vQdO,59aO:zQdO,59aOOQS,59y,59yO;PQdO,5:RO'vQdO,5:ROOQS,5:Q,5:QO;_QdO,5:QO;dQdO,5:XO'vQdO,5:XO'vQdO,5:VOOQS,5:U,5:UO;uQdO,5:UO;zQdO,5:WOOOW'#Fy'#FyO<POWO,5:aOOQS,5:a,5:aO<[QdO'#HwOOOW'#Dw'#DwOOOW'#Fz'#FzO<lOWO,5:bOOQS,5:b,5:bOOQS'#F}'#F}O<zQtO,5:iO?lQtO,5=`O@VQ#xO,5=`O@vQtO,5=`OOQS,5:},5:}OA_QeO'#GWOBqQdO,5;^OOQV,5=^,5=^OB|QtO'#IPOCkQdO,5;tOOQS-E:[-E:[OOQV,5;s,5;sO4dQdO'#FQOOQV-E9o-E9oOCsQtO,59]OEzQtO,59iOFeQdO'#HVOFpQdO'#HVO1XQdO'#HVOF{QdO'#DTOGTQdO,59mOGYQdO'#HZO'vQdO'#HZO0rQdO,5=tOOQS,5=t,5=tO0rQdO'#EROOQS'#ES'#ESOGwQdO'#GPOHXQdO,58|OHXQdO,58|O*xQdO,5:oOHgQtO'#H]OOQS,5:r,5:rOOQS,5:z,5:zOHzQdO,5;OOI]QdO'#IOO1XQdO'#H}OOQS,5;Q,5;QOOQS'#GT'#GTOIqQtO,5;QOJPQdO,5;QOJUQdO'#IQOOQS,5;T,5;TOJdQdO'#H|OOQS,5;W,5;WOJuQdO,5;YO4iQdO,5;`O4iQdO,5;cOJ}QtO'#ITO'vQdO'#ITOKXQdO,5;eO4VQdO,5;eO0rQdO,5;jO1XQdO,5;lOK^QeO'#EuOLjQgO,5;fO!!kQdO'#IUO4iQdO,5;jO!!vQdO,5;lO!#OQdO,5;qO!#ZQtO,5;vO'vQdO,5;vPOOO,5=[,5=[P!#bOSO,5=[P!#jOdO,5=[O!&bQtO1G.jO!&iQtO1G.jO!)YQtO1G.jO!)dQtO1G.jO!+}QtO1G.jO!,bQtO1G.jO!,uQdO'#HcO!-TQtO'#GuO0rQdO'#HcO!-_QdO'#HbOOQS,5:Z,5:ZO!-gQdO,5:ZO!-lQdO'#HeO!-wQdO'#HeO!.[QdO,5>OOOQS'#Ds'#DsOOQS1G/w1G/wOOQS1G.|1G.|O!/[QtO1G.|O!/cQtO1G.|O1lQdO1G.|O!0OQdO1G/UOOQS'#DZ'#DZO0rQdO,59tOOQS1G.{1G.{O!0VQdO1G/eO!0gQdO1G/eO!0oQdO1G/fO'vQdO'#H[O!0tQdO'#H[O!0yQtO1G.{O!1ZQdO,59iO!2aQdO,5=zO!2qQdO,5=zO!2yQdO1G/mO!3OQtO1G/mOOQS1G/l1G/lO!3`QdO,5=uO!4VQdO,5=uO0rQdO1G/qO!4tQdO1G/sO!4yQtO1G/sO!5ZQtO1G/qOOQS1G/p1G/pOOQS1G/r1G/rOOOW-E9w-E9wOOQS1G/{1G/{O!5kQdO'#HxO0rQdO'#HxO!5|QdO,5>cOOOW-E9x-E9xOOQS1G/|1G/|OOQS-E9{-E9{O!6[Q#xO1G2zO!6{QtO1G2zO'vQdO,5<jOOQS,5<j,5<jOOQS-E9|-E9|OOQS,5<r,5<rOOQS-E:U-E:UOOQV1G0x1G0xO1XQdO'#GRO!7dQtO,5>kOOQS1G1`1G1`O!8RQdO1G1`OOQS'#DV'#DVO0rQdO,5=qOOQS,5=q,5=qO!8WQdO'#FrO!8cQdO,59oO!8kQdO1G/XO!8uQtO,5=uOOQS1G3`1G3`OOQS,5:m,5:mO!9fQdO'#GtOOQS,5<k,5<kOOQS-E9}-E9}O!9wQdO1G.hOOQS1G0Z1G0ZO!:VQdO,5=wO!:gQdO,5=wO0rQdO1G0jO0rQdO1G0jO!:xQdO,5>jO!;ZQdO,5>jO1XQdO,5>jO!;lQdO,5>iOOQS-E:R-E:RO!;qQdO1G0lO!;|QdO1G0lO!<RQdO,5>lO!<aQdO,5>lO!<oQdO,5>hO!=VQdO,5>hO!=hQdO'#EpO0rQdO1G0tO!=sQdO1G0tO!=xQgO1G0zO!AvQgO1G0}O!EqQdO,5>oO!E{QdO,5>oO!FTQtO,5>oO0rQdO1G1PO!F_QdO1G1PO4iQdO1G1UO!!vQdO1G1WOOQV,5;a,5;aO!FdQfO,5;aO!FiQgO1G1QO!JjQdO'#GZO4iQdO1G1QO4iQdO1G1QO!JzQdO,5>pO!KXQdO,5>pO1XQdO,5>pOOQV1G1U1G1UO!KaQdO'#FSO!KrQ!fO1G1WO!KzQdO1G1WOOQV1G1]1G1]O4iQdO1G1]O!LPQdO1G1]O!LXQdO'#F^OOQV1G1b1G1bO!#ZQtO1G1bPOOO1G2v1G2vP!L^OSO1G2vOOQS,5=},5=}OOQS'#Dp'#DpO0rQdO,5=}O!LfQdO,5=|O!LyQdO,5=|OOQS1G/u1G/uO!MRQdO,5>PO!McQdO,5>PO!MkQdO,5>PO!NOQdO,5>PO!N`QdO,5>POOQS1G3j1G3jOOQS7+$h7+$hO!8kQdO7+$pO#!RQdO1G.|O#!YQdO1G.|OOQS1G/`1G/`OOQS,5<`,5<`O'vQdO,5<`OOQS7+%P7+%PO#!aQdO7+%POOQS-E9r-E9rOOQS7+%Q7+%QO#!qQdO,5=vO'vQdO,5=vOOQS7+$g7+$gO#!vQdO7+%PO##OQdO7+%QO##TQdO1G3fOOQS7+%X7+%XO##eQdO1G3fO##mQdO7+%XOOQS,5<_,5<_O'vQdO,5<_O##rQdO1G3aOOQS-E9q-E9qO#$iQdO7+%]OOQS7+%_7+%_O#$wQdO1G3aO#%fQdO7+%_O#%kQdO1G3gO#%{QdO1G3gO#&TQdO7+%]O#&YQdO,5>dO#&sQdO,5>dO#&sQdO,5>dOOQS'#Dx'#DxO#'UO&jO'#DzO#'aO`O'#HyOOOW1G3}1G3}O#'fQdO1G3}O#'nQdO1G3}O#'yQ#xO7+(fO#(jQtO1G2UP#)TQdO'#GOOOQS,5<m,5<mOOQS-E:P-E:POOQS7+&z7+&zOOQS1G3]1G3]OOQS,5<^,5<^OOQS-E9p-E9pOOQS7+$s7+$sO#)bQdO,5=`O#){QdO,5=`O#*^QtO,5<aO#*qQdO1G3cOOQS-E9s-E9sOOQS7+&U7+&UO#+RQdO7+&UO#+aQdO,5<nO#+uQdO1G4UOOQS-E:Q-E:QO#,WQdO1G4UOOQS1G4T1G4TOOQS7+&W7+&WO#,iQdO7+&WOOQS,5<p,5<pO#,tQdO1G4WOOQS-E:S-E:SOOQS,5<l,5<lO#-SQdO1G4SOOQS-E:O-E:OO1XQdO'#EqO#-jQdO'#EqO#-uQdO'#IRO#-}QdO,5;[OOQS7+&`7+&`O0rQdO7+&`O#.SQgO7+&fO!JmQdO'#GXO4iQdO7+&fO4iQdO7+&iO#2QQtO,5<tO'vQdO,5<tO#2[QdO1G4ZOOQS-E:W-E:WO#2fQdO1G4ZO4iQdO7+&kO0rQdO7+&kOOQV7+&p7+&pO!KrQ!fO7+&rO!KzQdO7+&rO`QeO1G0{OOQV-E:X-E:XO4iQdO7+&lO4iQdO7+&lOOQV,5<u,5<uO#2nQdO,5<uO!JmQdO,5<uOOQV7+&l7+&lO#2yQgO7+&lO#6tQdO,5<vO#7PQdO1G4[OOQS-E:Y-E:YO#7^QdO1G4[O#7fQdO'#IWO#7tQdO'#IWO1XQdO'#IWOOQS'#IW'#IWO#8PQdO'#IVOOQS,5;n,5;nO#8XQdO,5;nO0rQdO'#FUOOQV7+&r7+&rO4iQdO7+&rOOQV7+&w7+&wO4iQdO7+&wO#8^QfO,5;xOOQV7+&|7+&|POOO7+(b7+(bO#8cQdO1G3iOOQS,5<c,5<cO#8qQdO1G3hOOQS-E9u-E9uO#9UQdO,5<dO#9aQdO,5<dO#9tQdO1G3kOOQS-E9v-E9vO#:UQdO1G3kO#:^QdO1G3kO#:nQdO1G3kO#:UQdO1G3kOOQS<<H[<<H[O#:yQtO1G1zOOQS<<Hk<<HkP#;WQdO'#FtO8vQdO1G3bO#;eQdO1G3bO#;jQdO<<HkOOQS<<Hl<<HlO#;zQdO7+)QOOQS<<Hs<<HsO#<[QtO1G1yP#<{QdO'#FsO#=YQdO7+)RO#=jQdO7+)RO#=rQdO<<HwO#=wQdO7+({OOQS<<Hy<<HyO#>nQdO,5<bO'vQdO,5<bOOQS-E9t-E9tOOQS<<Hw<<HwOOQS,5<g,5<gO0rQdO,5<gO#>sQdO1G4OOOQS-E9y-E9yO#?^QdO1G4OO<[QdO'#H{OOOO'#D{'#D{OOOO'#F|'#F|O#?oO&jO,5:fOOOW,5>e,5>eOOOW7+)i7+)iO#?zQdO7+)iO#@SQdO1G2zO#@mQdO1G2zP'vQdO'#FuO0rQdO<<IpO1XQdO1G2YP1XQdO'#GSO#AOQdO7+)pO#AaQdO7+)pOOQS<<Ir<<IrP1XQdO'#GUP0rQdO'#GQOOQS,5;],5;]O#ArQdO,5>mO#BQQdO,5>mOOQS1G0v1G0vOOQS<<Iz<<IzOOQV-E:V-E:VO4iQdO<<JQOOQV,5<s,5<sO4iQdO,5<sOOQV<<JQ<<JQOOQV<<JT<<JTO#BYQtO1G2`P#BdQdO'#GYO#BkQdO7+)uO#BuQgO<<JVO4iQdO<<JVOOQV<<J^<<J^O4iQdO<<J^O!KrQ!fO<<J^O#FpQgO7+&gOOQV<<JW<<JWO#FzQgO<<JWOOQV1G2a1G2aO1XQdO1G2aO#JuQdO1G2aO4iQdO<<JWO1XQdO1G2bP0rQdO'#G[O#KQQdO7+)vO#K_QdO7+)vOOQS'#FT'#FTO0rQdO,5>rO#KgQdO,5>rO#KrQdO,5>rO#K}QdO,5>qO#L`QdO,5>qOOQS1G1Y1G1YOOQS,5;p,5;pOOQV<<Jc<<JcO#LhQdO1G1dOOQS7+)T7+)TP#LmQdO'#FwO#L}QdO1G2OO#MbQdO1G2OO#MrQdO1G2OP#M}QdO'#FxO#N[QdO7+)VO#NlQdO7+)VO#NlQdO7+)VO#NtQdO7+)VO$ UQdO7+(|O8vQdO7+(|OOQSAN>VAN>VO$ oQdO<<LmOOQSAN>cAN>cO0rQdO1G1|O$!PQtO1G1|P$!ZQdO'#FvOOQS1G2R1G2RP$!hQdO'#F{O$!uQdO7+)jO$#`QdO,5>gOOOO-E9z-E9zOOOW<<MT<<MTO$#nQdO7+(fOOQSAN?[AN?[OOQS7+'t7+'tO$$XQdO<<M[OOQS,5<q,5<qO$$jQdO1G4XOOQS-E:T-E:TOOQVAN?lAN?lOOQV1G2_1G2_O4iQdOAN?qO$$xQgOAN?qOOQVAN?xAN?xO4iQdOAN?xOOQV<<JR<<JRO4iQdOAN?rO4iQdO7+'{OOQV7+'{7+'{O1XQdO7+'{OOQVAN?rAN?rOOQS7+'|7+'|O$(sQdO<<MbOOQS1G4^1G4^O0rQdO1G4^OOQS,5<w,5<wO$)QQdO1G4]OOQS-E:Z-E:ZOOQU'#G_'#G_O$)cQfO7+'OO$)nQdO'#F_O$*uQdO7+'jO$+VQdO7+'jOOQS7+'j7+'jO$+bQdO<<LqO$+rQdO<<LqO$+rQdO<<LqO$+zQdO'#H^OOQS<<Lh<<LhO$,UQdO<<LhOOQS7+'h7+'hOOQS'#D|'#D|OOOO1G4R1G4RO$,oQdO1G4RO$,wQdO1G4RP!=hQdO'#GVOOQVG25]G25]O4iQdOG25]OOQVG25dG25dOOQVG25^G25^OOQV<<Kg<<KgO4iQdO<<KgOOQS7+)x7+)xP$-SQdO'#G]OOQU-E:]-E:]OOQV<<Jj<<JjO$-vQtO'#FaOOQS'#Fc'#FcO$.WQdO'#FbO$.xQdO'#FbOOQS'#Fb'#FbO$.}QdO'#IYO$)nQdO'#FiO$)nQdO'#FiO$/fQdO'#FjO$)nQdO'#FkO$/mQdO'#IZOOQS'#IZ'#IZO$0[QdO,5;yOOQS<<KU<<KUO$0dQdO<<KUO$0tQdOANB]O$1UQdOANB]O$1^QdO'#H_OOQS'#H_'#H_O1sQdO'#DcO$1wQdO,5=xOOQSANBSANBSOOOO7+)m7+)mO$2`QdO7+)mOOQVLD*wLD*wOOQVANARANARO5uQ!fO'#GaO$2hQtO,5<SO$)nQdO'#FmOOQS,5<W,5<WOOQS'#Fd'#FdO$3YQdO,5;|O$3_QdO,5;|OOQS'#Fg'#FgO$)nQdO'#G`O$4PQdO,5<QO$4kQdO,5>tO$4{QdO,5>tO1XQdO,5<PO$5^QdO,5<TO$5cQdO,5<TO$)nQdO'#I[O$5hQdO'#I[O$5mQdO,5<UOOQS,5<V,5<VO0rQdO'#FpOOQU1G1e1G1eO4iQdO1G1eOOQSAN@pAN@pO$5rQdOG27wO$6SQdO,59}OOQS1G3d1G3dOOOO<<MX<<MXOOQS,5<{,5<{OOQS-E:_-E:_O$6XQtO'#FaO$6`QdO'#I]O$6nQdO'#I]O$6vQdO,5<XOOQS1G1h1G1hO$6{QdO1G1hO$7QQdO,5<zOOQS-E:^-E:^O$7lQdO,5=OO$8TQdO1G4`OOQS-E:b-E:bOOQS1G1k1G1kOOQS1G1o1G1oO$8eQdO,5>vO$)nQdO,5>vOOQS1G1p1G1pOOQS,5<[,5<[OOQU7+'P7+'PO$+zQdO1G/iO$)nQdO,5<YO$8sQdO,5>wO$8zQdO,5>wOOQS1G1s1G1sOOQS7+'S7+'SP$)nQdO'#GdO$9SQdO1G4bO$9^QdO1G4bO$9fQdO1G4bOOQS7+%T7+%TO$9tQdO1G1tO$:SQtO'#FaO$:ZQdO,5<}OOQS,5<},5<}O$:iQdO1G4cOOQS-E:a-E:aO$)nQdO,5<|O$:pQdO,5<|O$:uQdO7+)|OOQS-E:`-E:`O$;PQdO7+)|O$)nQdO,5<ZP$)nQdO'#GcO$;XQdO1G2hO$)nQdO1G2hP$;gQdO'#GbO$;nQdO<<MhO$;xQdO1G1uO$<WQdO7+(SO8vQdO'#C}O8vQdO,59bO8vQdO,59bO8vQdO,59bO$<fQtO,5=`O8vQdO1G.|O0rQdO1G/XO0rQdO7+$pP$<yQdO'#GOO'vQdO'#GtO$=WQdO,59bO$=]QdO,59bO$=dQdO,59mO$=iQdO1G/UO1sQdO'#DRO8vQdO,59j",
  stateData: "$>S~O%cOS%^OSSOS%]PQ~OPdOVaOfoOhYOopOs!POvqO!PrO!Q{O!T!SO!U!RO!XZO!][O!h`O!r`O!s`O!t`O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#l!QO#o!TO#s!UO#u!VO#z!WO#}hO$P!XO%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~O%]!YO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%j![O%k!]O%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aO~Ok%xXl%xXm%xXn%xXo%xXp%xXs%xXz%xX{%xX!x%xX#g%xX%[%xX%_%xX%z%xXg%xX!T%xX!U%xX%{%xX!W%xX![%xX!Q%xX#[%xXt%xX!m%xX~P%SOfoOhYO!XZO!][O!h`O!r`O!s`O!t`O%oRO%pRO%tSO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O~Oz%wX{%wX#g%wX%[%wX%_%wX%z%wX~Ok!pOl!qOm!oOn!oOo!rOp!sOs!tO!x%wX~P)pOV!zOg!|Oo0cOv0qO!PrO~P'vOV#OOo0cOv0qO!W#PO~P'vOV#SOa#TOo0cOv0qO![#UO~P'vOQ#XO%`#XO%a#ZO~OQ#^OR#[O%`#^O%a#`O~OV%iX_%iXa%iXh%iXk%iXl%iXm%iXn%iXo%iXp%iXs%iXz%iX!X%iX!f%iX%j%iX%k%iX%l%iX%m%iX%n%iX%o%iX%p%iX%q%iX%r%iX%s%iXg%iX!T%iX!U%iX~O&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O&c^O&d^O&e^O&f^O&g^O&h^O&i^O&j^O{%iX!x%iX#g%iX%[%iX%_%iX%z%iX%{%iX!W%iX![%iX!Q%iX#[%iXt%iX!m%iX~P,eOz#dO{%hX!x%hX#g%hX%[%hX%_%hX%z%hX~Oo0cOv0qO~P'vO#g#gO%[#iO%_#iO~O%uWO~O!T#nO#u!VO#z!WO#}hO~OopO~P'vOV#sOa#tO%uWO{wP~OV#xOo0cOv0qO!Q#yO~P'vO{#{O!x$QO%z#|O#g!yX%[!yX%_!yX~OV#xOo0cOv0qO#g#SX%[#SX%_#SX~P'vOo0cOv0qO#g#WX%[#WX%_#WX~P'vOh$WO%uWO~O!f$YO!r$YO%uWO~OV$eO~P'vO!U$gO#s$hO#u$iO~O{$jO~OV$qO~P'vOS$sO%[$rO%_$rO%c$tO~OV$}Oa$}Og%POo0cOv0qO~P'vOo0cOv0qO{%SO~P'vO&Y%UO~Oa!bOh!iO!X!kO!f!mOVba_bakbalbambanbaobapbasbazba{ba!xba#gba%[ba%_ba%jba%kba%lba%mba%nba%oba%pba%qba%rba%sba%zbagba!Tba!Uba%{ba!Wba![ba!Qba#[batba!mba~On%ZO~Oo%ZO~P'vOo0cO~P'vOk0eOl0fOm0dOn0dOo0mOp0nOs0rOg%wX!T%wX!U%wX%{%wX!W%wX![%wX!Q%wX#[%wX!m%wX~P)pO%{%]Og%vXz%vX!T%vX!U%vX!W%vX{%vX~Og%_Oz%`O!T%dO!U%cO~Og%_O~Oz%gO!T%dO!U%cO!W&SX~O!W%kO~Oz%lO{%nO!T%dO!U%cO![%}X~O![%rO~O![%sO~OQ#XO%`#XO%a%uO~OV%wOo0cOv0qO!PrO~P'vOQ#^OR#[O%`#^O%a%zO~OV!qa_!qaa!qah!qak!qal!qam!qan!qao!qap!qas!qaz!qa{!qa!X!qa!f!qa!x!qa#g!qa%[!qa%_!qa%j!qa%k!qa%l!qa%m!qa%n!qa%o!qa%p!qa%q!qa%r!qa%s!qa%z!qag!qa!T!qa!U!qa%{!qa!W!qa![!qa!Q!qa#[!qat!qa!m!qa~P#yOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P%SOV&OOopOvqO{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~P'vOz%|O{%ha!x%ha#g%ha%[%ha%_%ha%z%ha~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO#g$zX%[$zX%_$zX~P'vO#g#gO%[&TO%_&TO~O!f&UOh&sX%[&sXz&sX#[&sX#g&sX%_&sX#Z&sXg&sX~Oh!iO%[&WO~Okealeameaneaoeapeaseazea{ea!xea#gea%[ea%_ea%zeagea!Tea!Uea%{ea!Wea![ea!Qea#[eatea!mea~P%SOsqazqa{qa#gqa%[qa%_qa%zqa~Ok!pOl!qOm!oOn!oOo!rOp!sO!xqa~PEcO%z&YOz%yX{%yX~O%uWOz%yX{%yX~Oz&]O{wX~O{&_O~Oz%lO#g%}X%[%}X%_%}Xg%}X{%}X![%}X!m%}X%z%}X~OV0lOo0cOv0qO!PrO~P'vO%z#|O#gUa%[Ua%_Ua~Oz&hO#g&PX%[&PX%_&PXn&PX~P%SOz&kO!Q&jO#g#Wa%[#Wa%_#Wa~Oz&lO#[&nO#g&rX%[&rX%_&rXg&rX~O!f$YO!r$YO#Z&qO%uWO~O#Z&qO~Oz&sO#g&tX%[&tX%_&tX~Oz&uO#g&pX%[&pX%_&pX{&pX~O!X&wO%z&xO~Oz&|On&wX~P%SOn'PO~OPdOVaOopOvqO!PrO!Q{O!{tO!}uO#PvO#RwO#TxO#XyO#ZzO#^|O#_|O#a}O#c!OO%['UO~P'vOt'YO#p'WO#q'XOP#naV#naf#nah#nao#nas#nav#na!P#na!Q#na!T#na!U#na!X#na!]#na!h#na!r#na!s#na!t#na!{#na!}#na#P#na#R#na#T#na#X#na#Z#na#^#na#_#na#a#na#c#na#l#na#o#na#s#na#u#na#z#na#}#na$P#na%X#na%o#na%p#na%t#na%u#na&Z#na&[#na&]#na&^#na&_#na&`#na&a#na&b#na&c#na&d#na&e#na&f#na&g#na&h#na&i#na&j#na%Z#na%_#na~Oz'ZO#[']O{&xX~Oh'_O!X&wO~Oh!iO{$jO!X&wO~O{'eO~P%SO%['hO%_'hO~OS'iO%['hO%_'hO~OV!aO_!aOa!bOh!iO!X!kO!f!mO%l!^O%m!_O%n!_O%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%k!]O~P!#uO%kWi~P!#uOV!aO_!aOa!bOh!iO!X!kO!f!mO%o!`O%p!`O%q!aO%r!aO%s!aOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~O%m!_O%n!_O~P!&pO%mWi%nWi~P!&pOa!bOh!iO!X!kO!f!mOkWilWimWinWioWipWisWizWi{Wi!xWi#gWi%[Wi%_Wi%jWi%kWi%lWi%mWi%nWi%oWi%pWi%zWigWi!TWi!UWi%{Wi!WWi![Wi!QWi#[WitWi!mWi~OV!aO_!aO%q!aO%r!aO%s!aO~P!)nOVWi_Wi%qWi%rWi%sWi~P!)nO!T%dO!U%cOg&VXz&VX~O%z'kO%{'kO~P,eOz'mOg&UX~Og'oO~Oz'pO{'rO!W&XX~Oo0cOv0qOz'pO{'sO!W&XX~P'vO!W'uO~Om!oOn!oOo!rOp!sOkjisjizji{ji!xji#gji%[ji%_ji%zji~Ol!qO~P!.aOlji~P!.aOk0eOl0fOm0dOn0dOo0mOp0nO~Ot'wO~P!/jOV'|Og'}Oo0cOv0qO~P'vOg'}Oz(OO~Og(QO~O!U(SO~Og(TOz(OO!T%dO!U%cO~P%SOk0eOl0fOm0dOn0dOo0mOp0nOgqa!Tqa!Uqa%{qa!Wqa![qa!Qqa#[qatqa!mqa~PEcOV'|Oo0cOv0qO!W&Sa~P'vOz(WO!W&Sa~O!W(XO~Oz(WO!T%dO!U%cO!W&Sa~P%SOV(]Oo0cOv0qO![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~P'vOz(^O![%}a#g%}a%[%}a%_%}ag%}a{%}a!m%}a%z%}a~O![(aO~Oz(^O!T%dO!U%cO![%}a~P%SOz(dO!T%dO!U%cO![&Ta~P%SOz(gO{&lX![&lX!m&lX%z&lX~O{(kO![(mO!m(nO%z(jO~OV&OOopOvqO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~P'vOz(pO{%hi!x%hi#g%hi%[%hi%_%hi%z%hi~O!f&UOh&sa%[&saz&sa#[&sa#g&sa%_&sa#Z&sag&sa~O%[(uO~OV#sOa#tO%uWO~Oz&]O{wa~OopOvqO~P'vOz(^O#g%}a%[%}a%_%}ag%}a{%}a![%}a!m%}a%z%}a~P%SOz(zO#g%hX%[%hX%_%hX%z%hX~O%z#|O#gUi%[Ui%_Ui~O#g&Pa%[&Pa%_&Pan&Pa~P'vOz(}O#g&Pa%[&Pa%_&Pan&Pa~O%uWO#g&ra%[&ra%_&rag&ra~Oz)SO#g&ra%[&ra%_&rag&ra~Og)VO~OV)WOh$WO%uWO~O#Z)XO~O%uWO#g&ta%[&ta%_&ta~Oz)ZO#g&ta%[&ta%_&ta~Oo0cOv0qO#g&pa%[&pa%_&pa{&pa~P'vOz)^O#g&pa%[&pa%_&pa{&pa~OV)`Oa)`O%uWO~O%z)eO~Ot)hO#j)gOP#hiV#hif#hih#hio#his#hiv#hi!P#hi!Q#hi!T#hi!U#hi!X#hi!]#hi!h#hi!r#hi!s#hi!t#hi!{#hi!}#hi#P#hi#R#hi#T#hi#X#hi#Z#hi#^#hi#_#hi#a#hi#c#hi#l#hi#o#hi#s#hi#u#hi#z#hi#}#hi$P#hi%X#hi%o#hi%p#hi%t#hi%u#hi&Z#hi&[#hi&]#hi&^#hi&_#hi&`#hi&a#hi&b#hi&c#hi&d#hi&e#hi&f#hi&g#hi&h#hi&i#hi&j#hi%Z#hi%_#hi~Ot)iOP#kiV#kif#kih#kio#kis#kiv#ki!P#ki!Q#ki!T#ki!U#ki!X#ki!]#ki!h#ki!r#ki!s#ki!t#ki!{#ki!}#ki#P#ki#R#ki#T#ki#X#ki#Z#ki#^#ki#_#ki#a#ki#c#ki#l#ki#o#ki#s#ki#u#ki#z#ki#}#ki$P#ki%X#ki%o#ki%p#ki%t#ki%u#ki&Z#ki&[#ki&]#ki&^#ki&_#ki&`#ki&a#ki&b#ki&c#ki&d#ki&e#ki&f#ki&g#ki&h#ki&i#ki&j#ki%Z#ki%_#ki~OV)kOn&wa~P'vOz)lOn&wa~Oz)lOn&wa~P%SOn)pO~O%Y)tO~Ot)wO#p'WO#q)vOP#niV#nif#nih#nio#nis#niv#ni!P#ni!Q#ni!T#ni!U#ni!X#ni!]#ni!h#ni!r#ni!s#ni!t#ni!{#ni!}#ni#P#ni#R#ni#T#ni#X#ni#Z#ni#^#ni#_#ni#a#ni#c#ni#l#ni#o#ni#s#ni#u#ni#z#ni#}#ni$P#ni%X#ni%o#ni%p#ni%t#ni%u#ni&Z#ni&[#ni&]#ni&^#ni&_#ni&`#ni&a#ni&b#ni&c#ni&d#ni&e#ni&f#ni&g#ni&h#ni&i#ni&j#ni%Z#ni%_#ni~OV)zOo0cOv0qO{$jO~P'vOo0cOv0qO{&xa~P'vOz*OO{&xa~OV*SOa*TOg*WO%q*UO%uWO~O{$jO&{*YO~Oh'_O~Oh!iO{$jO~O%[*_O~O%[*aO%_*aO~OV$}Oa$}Oo0cOv0qOg&Ua~P'vOz*dOg&Ua~Oo0cOv0qO{*gO!W&Xa~P'vOz*hO!W&Xa~Oo0cOv0qOz*hO{*kO!W&Xa~P'vOo0cOv0qOz*hO!W&Xa~P'vOz*hO{*kO!W&Xa~Om0dOn0dOo0mOp0nOgjikjisjizji!Tji!Uji%{ji!Wji{ji![ji#gji%[ji%_ji!Qji#[jitji!mji%zji~Ol0fO~P!NkOlji~P!NkOV'|Og*pOo0cOv0qO~P'vOn*rO~Og*pOz*tO~Og*uO~OV'|Oo0cOv0qO!W&Si~P'vOz*vO!W&Si~O!W*wO~OV(]Oo0cOv0qO![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~P'vOz*zO!T%dO!U%cO![&Ti~Oz*}O![%}i#g%}i%[%}i%_%}ig%}i{%}i!m%}i%z%}i~O![+OO~Oa+QOo0cOv0qO![&Ti~P'vOz*zO![&Ti~O![+SO~OV+UOo0cOv0qO{&la![&la!m&la%z&la~P'vOz+VO{&la![&la!m&la%z&la~O!]+YO&n+[O![!nX~O![+^O~O{(kO![+_O~O{(kO![+_O!m+`O~OV&OOopOvqO{%hq!x%hq#g%hq%[%hq%_%hq%z%hq~P'vOz$ri{$ri!x$ri#g$ri%[$ri%_$ri%z$ri~P%SOV&OOopOvqO~P'vOV&OOo0cOv0qO#g%ha%[%ha%_%ha%z%ha~P'vOz+aO#g%ha%[%ha%_%ha%z%ha~Oz$ia#g$ia%[$ia%_$ian$ia~P%SO#g&Pi%[&Pi%_&Pin&Pi~P'vOz+dO#g#Wq%[#Wq%_#Wq~O#[+eOz$va#g$va%[$va%_$vag$va~O%uWO#g&ri%[&ri%_&rig&ri~Oz+gO#g&ri%[&ri%_&rig&ri~OV+iOh$WO%uWO~O%uWO#g&ti%[&ti%_&ti~Oo0cOv0qO#g&pi%[&pi%_&pi{&pi~P'vO{#{Oz#eX!W#eX~Oz+mO!W&uX~O!W+oO~Ot+rO#j)gOP#hqV#hqf#hqh#hqo#hqs#hqv#hq!P#hq!Q#hq!T#hq!U#hq!X#hq!]#hq!h#hq!r#hq!s#hq!t#hq!{#hq!}#hq#P#hq#R#hq#T#hq#X#hq#Z#hq#^#hq#_#hq#a#hq#c#hq#l#hq#o#hq#s#hq#u#hq#z#hq#}#hq$P#hq%X#hq%o#hq%p#hq%t#hq%u#hq&Z#hq&[#hq&]#hq&^#hq&_#hq&`#hq&a#hq&b#hq&c#hq&d#hq&e#hq&f#hq&g#hq&h#hq&i#hq&j#hq%Z#hq%_#hq~On$|az$|a~P%SOV)kOn&wi~P'vOz+yOn&wi~Oz,TO{$jO#[,TO~O#q,VOP#nqV#nqf#nqh#nqo#nqs#nqv#nq!P#nq!Q#nq!T#nq!U#nq!X#nq!]#nq!h#nq!r#nq!s#nq!t#nq!{#nq!}#nq#P#nq#R#nq#T#nq#X#nq#Z#nq#^#nq#_#nq#a#nq#c#nq#l#nq#o#nq#s#nq#u#nq#z#nq#}#nq$P#nq%X#nq%o#nq%p#nq%t#nq%u#nq&Z#nq&[#nq&]#nq&^#nq&_#nq&`#nq&a#nq&b#nq&c#nq&d#nq&e#nq&f#nq&g#nq&h#nq&i#nq&j#nq%Z#nq%_#nq~O#[,WOz%Oa{%Oa~Oo0cOv0qO{&xi~P'vOz,YO{&xi~O{#{O%z,[Og&zXz&zX~O%uWOg&zXz&zX~Oz,`Og&yX~Og,bO~O%Y,eO~O!T%dO!U%cOg&Viz&Vi~OV$}Oa$}Oo0cOv0qOg&Ui~P'vO{,hOz$la!W$la~Oo0cOv0qO{,iOz$la!W$la~P'vOo0cOv0qO{*gO!W&Xi~P'vOz,lO!W&Xi~Oo0cOv0qOz,lO!W&Xi~P'vOz,lO{,oO!W&Xi~Og$hiz$hi!W$hi~P%SOV'|Oo0cOv0qO~P'vOn,qO~OV'|Og,rOo0cOv0qO~P'vOV'|Oo0cOv0qO!W&Sq~P'vOz$gi![$gi#g$gi%[$gi%_$gig$gi{$gi!m$gi%z$gi~P%SOV(]Oo0cOv0qO~P'vOa+QOo0cOv0qO![&Tq~P'vOz,sO![&Tq~O![,tO~OV(]Oo0cOv0qO![%}q#g%}q%[%}q%_%}qg%}q{%}q!m%}q%z%}q~P'vO{,uO~OV+UOo0cOv0qO{&li![&li!m&li%z&li~P'vOz,zO{&li![&li!m&li%z&li~O!]+YO&n+[O![!na~O{(kO![,}O~OV&OOo0cOv0qO#g%hi%[%hi%_%hi%z%hi~P'vOz-OO#g%hi%[%hi%_%hi%z%hi~O%uWO#g&rq%[&rq%_&rqg&rq~Oz-RO#g&rq%[&rq%_&rqg&rq~OV)`Oa)`O%uWO!W&ua~Oz-TO!W&ua~On$|iz$|i~P%SOV)kO~P'vOV)kOn&wq~P'vOt-XOP#myV#myf#myh#myo#mys#myv#my!P#my!Q#my!T#my!U#my!X#my!]#my!h#my!r#my!s#my!t#my!{#my!}#my#P#my#R#my#T#my#X#my#Z#my#^#my#_#my#a#my#c#my#l#my#o#my#s#my#u#my#z#my#}#my$P#my%X#my%o#my%p#my%t#my%u#my&Z#my&[#my&]#my&^#my&_#my&`#my&a#my&b#my&c#my&d#my&e#my&f#my&g#my&h#my&i#my&j#my%Z#my%_#my~O%Z-]O%_-]O~P`O#q-^OP#nyV#nyf#nyh#nyo#nys#nyv#ny!P#ny!Q#ny!T#ny!U#ny!X#ny!]#ny!h#ny!r#ny!s#ny!t#ny!{#ny!}#ny#P#ny#R#ny#T#ny#X#ny#Z#ny#^#ny#_#ny#a#ny#c#ny#l#ny#o#ny#s#ny#u#ny#z#ny#}#ny$P#ny%X#ny%o#ny%p#ny%t#ny%u#ny&Z#ny&[#ny&]#ny&^#ny&_#ny&`#ny&a#ny&b#ny&c#ny&d#ny&e#ny&f#ny&g#ny&h#ny&i#ny&j#ny%Z#ny%_#ny~Oz-aO{$jO#[-aO~Oo0cOv0qO{&xq~P'vOz-dO{&xq~O%z,[Og&zaz&za~O{#{Og&zaz&za~OV*SOa*TO%q*UO%uWOg&ya~Oz-hOg&ya~O$S-lO~OV$}Oa$}Oo0cOv0qO~P'vOo0cOv0qO{-mOz$li!W$li~P'vOo0cOv0qOz$li!W$li~P'vO{-mOz$li!W$li~Oo0cOv0qO{*gO~P'vOo0cOv0qO{*gO!W&Xq~P'vOz-pO!W&Xq~Oo0cOv0qOz-pO!W&Xq~P'vOs-sO!T%dO!U%cOg&Oq!W&Oq![&Oqz&Oq~P!/jOa+QOo0cOv0qO![&Ty~P'vOz$ji![$ji~P%SOa+QOo0cOv0qO~P'vOV+UOo0cOv0qO~P'vOV+UOo0cOv0qO{&lq![&lq!m&lq%z&lq~P'vO{(kO![-xO!m-yO%z-wO~OV&OOo0cOv0qO#g%hq%[%hq%_%hq%z%hq~P'vO%uWO#g&ry%[&ry%_&ryg&ry~OV)`Oa)`O%uWO!W&ui~Ot-}OP#m!RV#m!Rf#m!Rh#m!Ro#m!Rs#m!Rv#m!R!P#m!R!Q#m!R!T#m!R!U#m!R!X#m!R!]#m!R!h#m!R!r#m!R!s#m!R!t#m!R!{#m!R!}#m!R#P#m!R#R#m!R#T#m!R#X#m!R#Z#m!R#^#m!R#_#m!R#a#m!R#c#m!R#l#m!R#o#m!R#s#m!R#u#m!R#z#m!R#}#m!R$P#m!R%X#m!R%o#m!R%p#m!R%t#m!R%u#m!R&Z#m!R&[#m!R&]#m!R&^#m!R&_#m!R&`#m!R&a#m!R&b#m!R&c#m!R&d#m!R&e#m!R&f#m!R&g#m!R&h#m!R&i#m!R&j#m!R%Z#m!R%_#m!R~Oo0cOv0qO{&xy~P'vOV*SOa*TO%q*UO%uWOg&yi~O$S-lO%Z.VO%_.VO~OV.aOh._O!X.^O!].`O!h.YO!s.[O!t.[O%p.XO%uWO&Z]O&[]O&]]O&^]O&_]O&`]O&a]O&b]O~Oo0cOv0qOz$lq!W$lq~P'vO{.fOz$lq!W$lq~Oo0cOv0qO{*gO!W&Xy~P'vOz.gO!W&Xy~Oo0cOv.kO~P'vOs-sO!T%dO!U%cOg&Oy!W&Oy![&Oyz&Oy~P!/jO{(kO![.nO~O{(kO![.nO!m.oO~OV*SOa*TO%q*UO%uWO~Oh.tO!f.rOz$TX#[$TX%j$TXg$TX~Os$TX{$TX!W$TX![$TX~P$-bO%o.vO%p.vOs$UXz$UX{$UX#[$UX%j$UX!W$UXg$UX![$UX~O!h.xO~Oz.|O#[/OO%j.yOs&|X{&|X!W&|Xg&|X~Oa/RO~P$)zOh.tOs&}Xz&}X{&}X#[&}X%j&}X!W&}Xg&}X![&}X~Os/VO{$jO~Oo0cOv0qOz$ly!W$ly~P'vOo0cOv0qO{*gO!W&X!R~P'vOz/ZO!W&X!R~Og&RXs&RX!T&RX!U&RX!W&RX![&RXz&RX~P!/jOs-sO!T%dO!U%cOg&Qa!W&Qa![&Qaz&Qa~O{(kO![/^O~O!f.rOh$[as$[az$[a{$[a#[$[a%j$[a!W$[ag$[a![$[a~O!h/eO~O%o.vO%p.vOs$Uaz$Ua{$Ua#[$Ua%j$Ua!W$Uag$Ua![$Ua~O%j.yOs$Yaz$Ya{$Ya#[$Ya!W$Yag$Ya![$Ya~Os&|a{&|a!W&|ag&|a~P$)nOz/jOs&|a{&|a!W&|ag&|a~O!W/mO~Og/mO~O{/oO~O![/pO~Oo0cOv0qO{*gO!W&X!Z~P'vO{/sO~O%z/tO~P$-bOz/uO#[/OO%j.yOg'PX~Oz/uOg'PX~Og/wO~O!h/xO~O#[/OOs%Saz%Sa{%Sa%j%Sa!W%Sag%Sa![%Sa~O#[/OO%j.yOs%Waz%Wa{%Wa!W%Wag%Wa~Os&|i{&|i!W&|ig&|i~P$)nOz/zO#[/OO%j.yO!['Oa~Og'Pa~P$)nOz0SOg'Pa~Oa0UO!['Oi~P$)zOz0WO!['Oi~Oz0WO#[/OO%j.yO!['Oi~O#[/OO%j.yOg$biz$bi~O%z0ZO~P$-bO#[/OO%j.yOg%Vaz%Va~Og'Pi~P$)nO{0^O~Oa0UO!['Oq~P$)zOz0`O!['Oq~O#[/OO%j.yOz%Ui![%Ui~Oa0UO~P$)zOa0UO!['Oy~P$)zO#[/OO%j.yOg$ciz$ci~O#[/OO%j.yOz%Uq![%Uq~Oz+aO#g%ha%[%ha%_%ha%z%ha~P%SOV&OOo0cOv0qO~P'vOn0hO~Oo0hO~P'vO{0iO~Ot0jO~P!/jO&]&Z&j&h&i&g&f&d&e&c&b&`&a&_&^&[%u~",
  goto: "!=j'QPPPPPP'RP'Z*s+[+t,_,y-fP.SP'Z.r.r'ZPPP'Z2[PPPPPP2[5PPP5PP7b7k=sPP=v>h>kPP'Z'ZPP>zPP'Z'ZPP'Z'Z'Z'Z'Z?O?w'ZP?zP@QDXGuGyPG|HWH['ZPPPH_Hk'RP'R'RP'RP'RP'RP'RP'R'R'RP'RPP'RPP'RP'RPHqH}IVPI^IdPI^PI^I^PPPI^PKrPK{LVL]KrPI^LfPI^PLmLsPLwM]MzNeLwLwNkNxLwLwLwLw! ^! d! g! l! o! y!!P!!]!!o!!u!#P!#V!#s!#y!$P!$Z!$a!$g!$y!%T!%Z!%a!%k!%q!%w!%}!&T!&Z!&e!&k!&u!&{!'U!'[!'k!'s!'}!(UPPPPPPPPPPP!([!(_!(e!(n!(x!)TPPPPPPPPPPPP!-u!/Z!3^!6oPP!6w!7W!7a!8Y!8P!8c!8i!8l!8o!8r!8z!9jPPPPPPPPPPPPPPPPP!9m!9q!9wP!:]!:a!:m!:v!;S!;j!;m!;p!;v!;|!<S!<VP!<_!<h!=d!=g]eOn#g$j)t,P'}`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r{!cQ#c#p$R$d$p%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g}!dQ#c#p$R$d$p$u%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!P!eQ#c#p$R$d$p$u$v%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!R!fQ#c#p$R$d$p$u$v$w%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!T!gQ#c#p$R$d$p$u$v$w$x%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!V!hQ#c#p$R$d$p$u$v$w$x$y%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g!Z!hQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0g'}TOTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0r&eVOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0r%oXOYZ[dnrxy}!P!Q!U!i!k#[#d#g#y#{#}$Q$h$j$}%S%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#vqQ/[.kR0o0q't`OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rh#jhz{$W$Z&l&q)S)X+f+g-RW#rq&].k0qQ$]|Q$a!OQ$n!VQ$o!WW$|!i'm*d,gS&[#s#tQ'S$iQ(s&UQ)U&nU)Y&s)Z+jW)a&w+m-T-{Q*Q']W*R'_,`-h.TQ+l)`S,_*S*TQ-Q+eQ-_,TQ-c,WQ.R-al.W-l.^._.a.z.|/R/j/o/t/y0U0Z0^Q/S.`Q/a.tQ/l/OU0P/u0S0[X0V/z0W0_0`R&Z#r!_!wYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZR%^!vQ!{YQ%x#[Q&d#}Q&g$QR,{+YT.j-s/s!Y!jQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gQ&X#kQ'c$oR*^'dR'l$|Q%V!mR/_.r'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rS#a_#b!P.[-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`'|_OTYZ[adnoprtxy}!P!Q!R!U!X!c!d!e!f!g!h!i!k!o!p!q!s!t!z#O#S#T#[#d#g#x#y#{#}$Q$e$g$h$j$q$}%S%Z%^%`%c%g%l%n%w%|&O&Z&_&h&j&k&u&x&|'P'W'Z'l'm'p'r's'w'|(O(S(W(](^(d(g(p(r(z(})^)e)g)k)l)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+Q+U+V+Y+a+c+d+k+x+y,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0l0n0rT#a_#bT#^^#_R(o%xa(l%x(n(o+`,{-y-z.oT+[(k+]R-z,{Q$PsQ+l)aQ,^*RR-e,_X#}s$O$P&fQ&y$aQ'a$nQ'd$oR)s'SQ)b&wV-S+m-T-{ZgOn$j)t,PXkOn)t,PQ$k!TQ&z$bQ&{$cQ'^$mQ'b$oQ)q'RQ)x'WQ){'XQ)|'YQ*Z'`S*]'c'dQ+s)gQ+u)hQ+v)iQ+z)oS+|)r*[Q,Q)vQ,R)wS,S)y)zQ,d*^Q-V+rQ-W+tQ-Y+{S-Z+},OQ-`,UQ-b,VQ-|-XQ.O-[Q.P-^Q.Q-_Q.p-}Q.q.RQ/W.dR/r/XWkOn)t,PR#mjQ'`$nS)r'S'aR,O)sQ,]*RR-f,^Q*['`Q+})rR-[,OZiOjn)t,PQ'f$pR*`'gT-j,e-ku.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^t.c-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^Q/S.`X0V/z0W0_0`!P.Z-l.^._.`.a.t.z.|/R/j/o/t/u/y/z0S0U0W0Z0[0^0_0`Q.w.YR/f.xg.z.].{/b/i/n/|0O0Q0]0a0bu.b-l.^._.a.t.z.|/R/j/o/t/u/y0S0U0Z0[0^X.u.W.b/a0PR/c.tV0R/u0S0[R/X.dQnOS#on,PR,P)tQ&^#uR(x&^S%m#R#wS(_%m(bT(b%p&`Q%a!yQ%h!}W(P%a%h(U(YQ(U%eR(Y%jQ&i$RR)O&iQ(e%qQ*{(`T+R(e*{Q'n%OR*e'nS'q%R%SY*i'q*j,m-q.hU*j'r's'tU,m*k*l*mS-q,n,oR.h-rQ#Y]R%t#YQ#_^R%y#_Q(h%vS+W(h+XR+X(iQ+](kR,|+]Q#b_R%{#bQ#ebQ%}#cW&Q#e%}({+bQ({&cR+b0gQ$OsS&e$O&fR&f$PQ&v$_R)_&vQ&V#jR(t&VQ&m$VS)T&m+hR+h)UQ$Z{R&p$ZQ&t$]R)[&tQ+n)bR-U+nQ#hfR&S#hQ)f&zR+q)fQ&}$dS)m&})nR)n'OQ'V$kR)u'VQ'[$lS*P'[,ZR,Z*QQ,a*VR-i,aWjOn)t,PR#ljQ-k,eR.U-kd.{.]/b/i/n/|0O0Q0]0a0bR/h.{U.s.W/a0PR/`.sQ/{/nS0X/{0YR0Y/|S/v/b/cR0T/vQ.}.]R/k.}R!ZPXmOn)t,PWlOn)t,PR'T$jYfOn$j)t,PR&R#g[sOn#g$j)t,PR&d#}&dQOYZ[dnprxy}!P!Q!U!i!k!o!p!q!s!t#[#d#g#y#{#}$Q$h$j$}%S%Z%^%`%g%l%n%w%|&Z&_&j&k&u&x'P'W'Z'l'm'p'r's'w(O(W(^(d(g(p(r(z)^)e)g)p)t)z*O*Y*d*g*h*k*q*r*t*v*y*z*}+U+V+Y+a+d+k,P,X,Y,],g,h,i,k,l,o,q,s,u,w,y,z-O-d-f-m-p-s.f.g/V/Z/s0c0d0e0f0h0i0j0k0n0rQ!nTQ#caQ#poU$Rt%c(SS$d!R$gQ$p!XQ$u!cQ$v!dQ$w!eQ$x!fQ$y!gQ$z!hQ%e!zQ%j#OQ%p#SQ%q#TQ&`#xQ'O$eQ'g$qQ(q&OU(|&h(}+cW)j&|)l+x+yQ*o'|Q*x(]Q+w)kQ,v+QR0g0lQ!yYQ!}ZQ$b!PQ$c!QQ%R!kQ't%S^'{%`%g(O(W*q*t*v^*f'p*h,k,l-p.g/ZQ*l'rQ*m'sQ+t)gQ,j*gQ,n*kQ-n,hQ-o,iQ-r,oQ.e-mR/Y.f[bOn#g$j)t,P!^!vYZ!P!Q!k%S%`%g'p'r's(O(W)g*g*h*k*q*t*v,h,i,k,l,o-m-p.f.g/ZQ#R[Q#fdS#wrxQ$UyW$_}$Q'P)pS$l!U$hW${!i'm*d,gS%v#[+Y`&P#d%|(p(r(z+a-O0kQ&a#yQ&b#{Q&c#}Q'j$}Q'z%^W([%l(^*y*}Q(`%nQ(i%wQ(v&ZS(y&_0iQ)P&jQ)Q&kU)]&u)^+kQ)d&xQ)y'WY)}'Z*O,X,Y-dQ*b'lS*n'w0jW+P(d*z,s,wW+T(g+V,y,zQ+p)eQ,U)zQ,c*YQ,x+UQ-P+dQ-e,]Q-v,uQ.S-fR/q/VhUOn#d#g$j%|&_'w(p(r)t,P%U!uYZ[drxy}!P!Q!U!i!k#[#y#{#}$Q$h$}%S%^%`%g%l%n%w&Z&j&k&u&x'P'W'Z'l'm'p'r's(O(W(^(d(g(z)^)e)g)p)z*O*Y*d*g*h*k*q*t*v*y*z*}+U+V+Y+a+d+k,X,Y,],g,h,i,k,l,o,s,u,w,y,z-O-d-f-m-p.f.g/V/Z0i0j0kQ#qpW%W!o!s0d0nQ%X!pQ%Y!qQ%[!tQ%f0cS'v%Z0hQ'x0eQ'y0fQ,p*rQ-u,qS.i-s/sR0p0rU#uq.k0qR(w&][cOn#g$j)t,PZ!xY#[#}$Q+YQ#W[Q#zrR$TxQ%b!yQ%i!}Q%o#RQ'j${Q(V%eQ(Z%jQ(c%pQ(f%qQ*|(`Q,f*bQ-t,pQ.m-uR/].lQ$StQ(R%cR*s(SQ.l-sR/}/sR#QZR#V[R%Q!iQ%O!iV*c'm*d,g!Z!lQ!n#c#p$R$d$p$u$v$w$x$y$z%e%j%p%q&`'O'g(q(|)j*o*x+w,v0gR%T!kT#]^#_Q%x#[R,{+YQ(m%xS+_(n(oQ,}+`Q-x,{S.n-y-zR/^.oT+Z(k+]Q$`}Q&g$QQ)o'PR+{)pQ$XzQ)W&qR+i)XQ$XzQ&o$WQ)W&qR+i)XQ#khW$Vz$W&q)XQ$[{Q&r$ZZ)R&l)S+f+g-RR$^|R)c&wXlOn)t,PQ$f!RR'Q$gQ$m!UR'R$hR*X'_Q*V'_V-g,`-h.TQ.d-lQ/P.^R/Q._U.]-l.^._Q/U.aQ/b.tQ/g.zU/i.|/j/yQ/n/RQ/|/oQ0O/tU0Q/u0S0[Q0]0UQ0a0ZR0b0^R/T.`R/d.t",
  nodeNames: "⚠ print Escape { Comment Script AssignStatement * BinaryExpression BitOp BitOp BitOp BitOp ArithOp ArithOp @ ArithOp ** UnaryExpression ArithOp BitOp AwaitExpression await ) ( ParenthesizedExpression BinaryExpression or and CompareOp in not is UnaryExpression ConditionalExpression if else LambdaExpression lambda ParamList VariableName AssignOp , : NamedExpression AssignOp YieldExpression yield from TupleExpression ComprehensionExpression async for LambdaExpression ] [ ArrayExpression ArrayComprehensionExpression } { DictionaryExpression DictionaryComprehensionExpression SetExpression SetComprehensionExpression CallExpression ArgList AssignOp MemberExpression . PropertyName Number String FormatString FormatReplacement FormatSelfDoc FormatConversion FormatSpec FormatReplacement FormatSelfDoc ContinuedString Ellipsis None Boolean TypeDef AssignOp UpdateStatement UpdateOp ExpressionStatement DeleteStatement del PassStatement pass BreakStatement break ContinueStatement continue ReturnStatement return YieldStatement PrintStatement RaiseStatement raise ImportStatement import as ScopeStatement global nonlocal AssertStatement assert TypeDefinition type TypeParamList TypeParam StatementGroup ; IfStatement Body elif WhileStatement while ForStatement TryStatement try except finally WithStatement with FunctionDefinition def ParamList AssignOp TypeDef ClassDefinition class DecoratedStatement Decorator At MatchStatement match MatchBody MatchClause case CapturePattern LiteralPattern ArithOp ArithOp AsPattern OrPattern LogicOp AttributePattern SequencePattern MappingPattern StarPattern ClassPattern PatternArgList KeywordPattern KeywordPattern Guard",
  maxTerm: 277,
  context: trackIndent,
  nodeProps: [
    ["isolate", -5,4,71,72,73,77,""],
    ["group", -15,6,85,87,88,90,92,94,96,98,99,100,102,105,108,110,"Statement Statement",-22,8,18,21,25,40,49,50,56,57,60,61,62,63,64,67,70,71,72,79,80,81,82,"Expression",-10,114,116,119,121,122,126,128,133,135,138,"Statement",-9,143,144,147,148,150,151,152,153,154,"Pattern"],
    ["openedBy", 23,"(",54,"[",58,"{"],
    ["closedBy", 24,")",55,"]",59,"}"]
  ],
  propSources: [pythonHighlighting],
  skippedNodes: [0,4],
  repeatNodeCount: 34,
  tokenData: "!2|~R!`OX%TXY%oY[%T[]%o]p%Tpq%oqr'ars)Yst*xtu%Tuv,dvw-hwx.Uxy/tyz0[z{0r{|2S|}2p}!O3W!O!P4_!P!Q:Z!Q!R;k!R![>_![!]Do!]!^Es!^!_FZ!_!`Gk!`!aHX!a!b%T!b!cIf!c!dJU!d!eK^!e!hJU!h!i!#f!i!tJU!t!u!,|!u!wJU!w!x!.t!x!}JU!}#O!0S#O#P&o#P#Q!0j#Q#R!1Q#R#SJU#S#T%T#T#UJU#U#VK^#V#YJU#Y#Z!#f#Z#fJU#f#g!,|#g#iJU#i#j!.t#j#oJU#o#p!1n#p#q!1s#q#r!2a#r#s!2f#s$g%T$g;'SJU;'S;=`KW<%lOJU`%YT&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T`%lP;=`<%l%To%v]&n`%c_OX%TXY%oY[%T[]%o]p%Tpq%oq#O%T#O#P&o#P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To&tX&n`OY%TYZ%oZ]%T]^%o^#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc'f[&n`O!_%T!_!`([!`#T%T#T#U(r#U#f%T#f#g(r#g#h(r#h#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(cTmR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc(yT!mR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk)aV&n`&[ZOr%Trs)vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk){V&n`Or%Trs*bs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk*iT&n`&^ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To+PZS_&n`OY*xYZ%TZ]*x]^%T^#o*x#o#p+r#p#q*x#q#r+r#r;'S*x;'S;=`,^<%lO*x_+wTS_OY+rZ]+r^;'S+r;'S;=`,W<%lO+r_,ZP;=`<%l+ro,aP;=`<%l*xj,kV%rQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-XT!xY&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj-oV%lQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.]V&n`&ZZOw%Twx.rx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk.wV&n`Ow%Twx/^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/eT&n`&]ZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk/{ThZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc0cTgR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk0yXVZ&n`Oz%Tz{1f{!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk1mVaR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk2ZV%oZ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc2wTzR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To3_W%pZ&n`O!_%T!_!`-Q!`!a3w!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Td4OT&{S&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk4fX!fQ&n`O!O%T!O!P5R!P!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5WV&n`O!O%T!O!P5m!P#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk5tT!rZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti6[a!hX&n`O!Q%T!Q![6T![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S6T#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti7fZ&n`O{%T{|8X|}%T}!O8X!O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8^V&n`O!Q%T!Q![8s![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti8z]!hX&n`O!Q%T!Q![8s![!l%T!l!m9s!m#R%T#R#S8s#S#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti9zT!hX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk:bX%qR&n`O!P%T!P!Q:}!Q!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj;UV%sQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti;ro!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!d%T!d!e?q!e!g%T!g!h7a!h!l%T!l!m9s!m!q%T!q!rA]!r!z%T!z!{Bq!{#R%T#R#S>_#S#U%T#U#V?q#V#X%T#X#Y7a#Y#^%T#^#_9s#_#c%T#c#dA]#d#l%T#l#mBq#m#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti=xV&n`O!Q%T!Q![6T![#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti>fc!hX&n`O!O%T!O!P=s!P!Q%T!Q![>_![!g%T!g!h7a!h!l%T!l!m9s!m#R%T#R#S>_#S#X%T#X#Y7a#Y#^%T#^#_9s#_#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti?vY&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Ti@mY!hX&n`O!Q%T!Q!R@f!R!S@f!S#R%T#R#S@f#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiAbX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBUX!hX&n`O!Q%T!Q!YA}!Y#R%T#R#SA}#S#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiBv]&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TiCv]!hX&n`O!Q%T!Q![Co![!c%T!c!iCo!i#R%T#R#SCo#S#T%T#T#ZCo#Z#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToDvV{_&n`O!_%T!_!`E]!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TcEdT%{R&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkEzT#gZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkFbXmR&n`O!^%T!^!_F}!_!`([!`!a([!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjGUV%mQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkGrV%zZ&n`O!_%T!_!`([!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkH`WmR&n`O!_%T!_!`([!`!aHx!a#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TjIPV%nQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkIoV_Q#}P&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%ToJ_]&n`&YS%uZO!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoKZP;=`<%lJUoKge&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!tJU!t!uLx!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#gLx#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUoMRa&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUkN_V&n`&`ZOr%TrsNts#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%TkNyV&n`Or%Trs! `s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! gT&n`&bZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk! }V&n`&_ZOw%Twx!!dx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!!iV&n`Ow%Twx!#Ox#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!#VT&n`&aZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!#oe&n`&YS%uZOr%Trs!%Qsw%Twx!&px!Q%T!Q![JU![!c%T!c!tJU!t!u!(`!u!}JU!}#R%T#R#SJU#S#T%T#T#fJU#f#g!(`#g#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!%XV&n`&dZOr%Trs!%ns#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!%sV&n`Or%Trs!&Ys#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&aT&n`&fZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!&wV&n`&cZOw%Twx!'^x#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!'cV&n`Ow%Twx!'xx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!(PT&n`&eZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!(ia&n`&YS%uZOr%Trs!)nsw%Twx!+^x!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!)uV&n`&hZOr%Trs!*[s#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*aV&n`Or%Trs!*vs#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!*}T&n`&jZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!+eV&n`&gZOw%Twx!+zx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,PV&n`Ow%Twx!,fx#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tk!,mT&n`&iZO#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%To!-Vi&n`&YS%uZOr%TrsNWsw%Twx! vx!Q%T!Q![JU![!c%T!c!dJU!d!eLx!e!hJU!h!i!(`!i!}JU!}#R%T#R#SJU#S#T%T#T#UJU#U#VLx#V#YJU#Y#Z!(`#Z#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUo!.}a&n`&YS%uZOr%Trs)Ysw%Twx.Ux!Q%T!Q![JU![!c%T!c!}JU!}#R%T#R#SJU#S#T%T#T#oJU#p#q%T#r$g%T$g;'SJU;'S;=`KW<%lOJUk!0ZT!XZ&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tc!0qT!WR&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%Tj!1XV%kQ&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!1sO!]~k!1zV%jR&n`O!_%T!_!`-Q!`#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T~!2fO![~i!2mT%tX&n`O#o%T#p#q%T#r;'S%T;'S;=`%i<%lO%T",
  tokenizers: [legacyPrint, indentation, newlines, strings, 0, 1, 2, 3, 4],
  topRules: {"Script":[0,5]},
  specialized: [{term: 221, get: (value) => spec_identifier[value] || -1}],
  tokenPrec: 7668
});



;// CONCATENATED MODULE: ./src/analysis/parse.ts
// Parsing Python source with @lezer/python, and the small helpers the fact extractor walks the tree
// with. Lezer is error-tolerant, so Python 2 files (`print "x"`, `except E, e`) still give a tree.

/** CPython's tokenizer refuses more than 200 nested brackets, so deeper files cannot run anyway. */
const MAX_BRACKET_DEPTH = 200;
/** Files larger than this are not parsed; they are scanned for strings only. */
const MAX_PARSE_BYTES = 4 * 1024 * 1024;
/** Lezer parse steps per file; a step budget keeps the cost bounded on hostile input. */
const MAX_PARSE_STEPS = 5_000_000;
class LineIndex {
    starts;
    constructor(text) {
        const starts = [0];
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            starts.push(i + 1);
        this.starts = starts;
    }
    get count() {
        return this.starts.length;
    }
    /** 1-based line of an offset. */
    lineOf(pos) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= pos)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    /** Length of each line, for the long-line check. */
    lengths(textLength) {
        const out = [];
        for (let i = 0; i < this.starts.length; i++) {
            const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : textLength;
            out.push(end - this.starts[i]);
        }
        return out;
    }
}
/**
 * The deepest bracket nesting outside strings and comments, and the line where it peaks. Lezer
 * builds its tree recursively, so a file nested thousands deep would overflow the stack.
 */
function bracketDepth(text) {
    let depth = 0;
    let max = 0;
    let maxAt = 0;
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 35 /* # */) {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === 34 || c === 39 /* " ' */) {
            i = skipString(text, i);
            continue;
        }
        if (c === 40 || c === 91 || c === 123) {
            depth++;
            if (depth > max) {
                max = depth;
                maxAt = i;
            }
        }
        else if ((c === 41 || c === 93 || c === 125) && depth > 0)
            depth--;
        i++;
    }
    let line = 1;
    for (let j = text.indexOf('\n'); j !== -1 && j < maxAt; j = text.indexOf('\n', j + 1))
        line++;
    return { depth: max, line };
}
/** Offset just past the string literal whose opening quote is at `i`. */
function skipString(text, i) {
    const q = text[i];
    const triple = text.startsWith(q + q + q, i);
    const close = triple ? q + q + q : q;
    let j = i + close.length;
    while (j < text.length) {
        const ch = text[j];
        if (ch === '\\') {
            j += 2;
            continue;
        }
        if (!triple && ch === '\n')
            return j;
        if (text.startsWith(close, j))
            return j + close.length;
        j++;
    }
    return j;
}
function parseSource(textIn, path, maxBytes = MAX_PARSE_BYTES) {
    // a byte-order mark would read as an identifier
    const text = textIn.charCodeAt(0) === 0xfeff ? ' ' + textIn.slice(1) : textIn;
    const lines = new LineIndex(text);
    if (text.length > maxBytes) {
        return { path, text, lines, unparsed: `${path}: ${text.length} bytes, more than the ${maxBytes} parsed; only its strings were scanned` };
    }
    const nest = bracketDepth(text);
    if (nest.depth > MAX_BRACKET_DEPTH) {
        return {
            path,
            text,
            lines,
            unparsed: `${path}:${nest.line}: brackets nested ${nest.depth} deep (CPython stops at ${MAX_BRACKET_DEPTH}); only its strings were scanned`,
        };
    }
    try {
        const parse = parser.startParse(text);
        let tree = null;
        for (let steps = 0; !(tree = parse.advance()); steps++) {
            if (steps > MAX_PARSE_STEPS) {
                return { path, text, lines, unparsed: `${path}: parse budget exhausted; only its strings were scanned` };
            }
        }
        return { path, text, lines, tree };
    }
    catch (e) {
        // Lezer recurses while building very deep trees (long operator chains); such a file is
        // itself abnormal, and still gets the string scan.
        return { path, text, lines, unparsed: `${path}: could not be parsed (${e.message}); only its strings were scanned` };
    }
}
function nodeText(src, node) {
    return src.text.slice(node.from, node.to);
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/** The value of one Python string literal token, prefix and quotes included (`rb'..'`, `u"""..."""`). */
function stringLiteral(token) {
    let i = 0;
    let raw = false;
    let bytes = false;
    while (i < token.length && /[rRbBuUfF]/.test(token[i])) {
        const p = token[i].toLowerCase();
        if (p === 'r')
            raw = true;
        if (p === 'b')
            bytes = true;
        i++;
    }
    const q = token[i];
    const triple = token.startsWith(q + q + q, i);
    const open = triple ? 3 : 1;
    let body = token.slice(i + open);
    const close = triple ? q + q + q : q;
    if (body.endsWith(close))
        body = body.slice(0, body.length - close.length);
    const value = raw ? body : parse_unescape(body, bytes);
    return { value: bytes ? toLatin1Bytes(value) : value, bytes, raw };
}
/** Non-ASCII characters in a bytes literal are a syntax error in Python; keep one byte per char. */
function toLatin1Bytes(s) {
    // eslint-disable-next-line no-control-regex
    return /^[\x00-\xff]*$/.test(s) ? s : Buffer.from(s, 'utf8').toString('latin1');
}
function parse_unescape(body, bytes) {
    if (!body.includes('\\'))
        return body;
    let out = '';
    let i = 0;
    while (i < body.length) {
        const ch = body[i];
        if (ch !== '\\' || i + 1 >= body.length) {
            out += ch;
            i++;
            continue;
        }
        const e = body[i + 1];
        if (e === '\n') {
            i += 2;
            continue;
        }
        if (e === '\r') {
            i += body[i + 2] === '\n' ? 3 : 2;
            continue;
        }
        if (e in SIMPLE_ESCAPES) {
            out += SIMPLE_ESCAPES[e];
            i += 2;
            continue;
        }
        if (e >= '0' && e <= '7') {
            let j = i + 1;
            let digits = '';
            while (j < body.length && digits.length < 3 && body[j] >= '0' && body[j] <= '7')
                digits += body[j++];
            out += String.fromCharCode(parseInt(digits, 8) & (bytes ? 0xff : 0x1ff));
            i = j;
            continue;
        }
        const hexLen = e === 'x' ? 2 : !bytes && e === 'u' ? 4 : !bytes && e === 'U' ? 8 : 0;
        if (hexLen) {
            const hex = body.slice(i + 2, i + 2 + hexLen);
            if (hex.length === hexLen && /^[0-9a-fA-F]+$/.test(hex)) {
                const cp = parseInt(hex, 16);
                out += cp <= 0x10ffff ? String.fromCodePoint(cp) : '\ufffd';
                i += 2 + hexLen;
                continue;
            }
        }
        if (!bytes && e === 'N' && body[i + 2] === '{') {
            const end = body.indexOf('}', i + 3);
            if (end !== -1) {
                out += '\ufffd';
                i = end + 1;
                continue;
            }
        }
        out += ch + e;
        i += 2;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/known-calls.ts
// What calls to well-known functions and methods return, as abstract values: builtins, string and
// bytes methods, decoders, `os.path`, environment reads, identity sources, file and network
// objects. Anything not handled here is a call to an unknown function.






/** Calls with no side effects worth a fact; they are folded and not recorded. */
const PURE_CALLS = new Set([
    'builtins.chr', 'builtins.unichr', 'builtins.ord', 'builtins.str', 'builtins.unicode', 'builtins.bytes', 'builtins.bytearray',
    'builtins.int', 'builtins.float', 'builtins.len', 'builtins.list', 'builtins.tuple', 'builtins.set', 'builtins.frozenset',
    'builtins.dict', 'builtins.map', 'builtins.filter', 'builtins.zip', 'builtins.range', 'builtins.xrange', 'builtins.enumerate',
    'builtins.reversed', 'builtins.sorted', 'builtins.sum', 'builtins.min', 'builtins.max', 'builtins.abs', 'builtins.hex',
    'builtins.oct', 'builtins.bin', 'builtins.repr', 'builtins.format', 'builtins.isinstance', 'builtins.issubclass', 'builtins.type',
    'builtins.iter', 'builtins.next', 'builtins.any', 'builtins.all', 'builtins.hash', 'builtins.round', 'builtins.pow',
    'builtins.divmod', 'builtins.id', 'builtins.callable', 'builtins.hasattr', 'builtins.print', 'builtins.super',
    'builtins.property', 'builtins.staticmethod', 'builtins.classmethod', 'builtins.object', 'builtins.memoryview',
    'os.path.join', 'os.path.dirname', 'os.path.basename', 'os.path.abspath', 'os.path.realpath', 'os.path.normpath',
    'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.splitext', 'os.path.split', 'os.path.relpath',
    'os.path.normcase', 'os.path.islink', 'os.path.isabs', 'str.maketrans', 'string.maketrans', 'bytes.maketrans',
    'os.fspath', 'sys.getfilesystemencoding', 'sys.getdefaultencoding', 'locale.getpreferredencoding',
]);
/** Keyword arguments of network calls that configure the client rather than carry data. */
const NETWORK_LOCAL_KWARGS = new Set(['timeout', 'verify', 'cert', 'proxies', 'stream', 'allow_redirects', 'filename', 'context', 'cafile', 'capath', 'reporthook']);
const ENV_HOLDER = new Set(['os.environ', 'os.environb', 'posix.environ', 'nt.environ']);
function envRead(name) {
    const n = knownStr(name);
    if (n === undefined)
        return unknown(Taint.ENV | name.t);
    let t = Taint.ENV;
    if (IDENTITY_ENV.test(n))
        t |= Taint.IDENTITY;
    if (SECRET_ENV.test(n))
        t |= Taint.SECRET;
    return str(`%${n}%`, t, { partial: true });
}
function strArg(v) {
    return knownStr(v);
}
function numArg(v) {
    return v && v.k === 'num' ? v.n : undefined;
}
function allTaint(args, kwargs) {
    let t = 0;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    return t;
}
/** The items of a value Python could iterate, when they are known. */
function iterate(v, host) {
    if (v.k === 'seq')
        return v.items;
    if (v.k === 'str' && !v.partial) {
        if (!host.step(v.s.length))
            return undefined;
        if (v.b)
            return Array.from(v.s, (c) => num(c.charCodeAt(0)));
        return Array.from(v.s, (c) => str(c, v.t));
    }
    if (v.k === 'dict')
        return v.keys.map((k) => (k === undefined ? unknown(v.t) : str(k)));
    return undefined;
}
function seq(items, t = 0, tuple = false) {
    return { k: 'seq', items, t, tuple: tuple || undefined };
}
function intOf(v, base) {
    if (v.k === 'num')
        return num(Math.trunc(v.n));
    const s = knownStr(v);
    if (s === undefined)
        return unknown(v.t);
    const t = s.trim().replace(/_/g, '');
    const b = base ?? 10;
    const body = b === 16 ? t.replace(/^0x/i, '') : b === 8 ? t.replace(/^0o/i, '') : b === 2 ? t.replace(/^0b/i, '') : t;
    const n = parseInt(body, b || 10);
    return Number.isNaN(n) ? unknown(v.t) : { k: 'num', n, t: v.t };
}
function chrOf(v) {
    if (v.k !== 'num' || v.n < 0 || v.n > 0x10ffff || !Number.isInteger(v.n))
        return unknown(v.t);
    return str(String.fromCodePoint(v.n), v.t, { how: CHR_CODES });
}
/** `bytes(x)` / `bytearray(x)`. */
function bytesOf(args, host) {
    const [a, enc] = args;
    if (!a)
        return str('', 0, { b: true });
    if (a.k === 'str') {
        if (a.b)
            return a;
        if (a.partial)
            return unknown(a.t);
        return str(textToBytes(a.s, strArg(enc) ?? 'utf-8'), a.t, { b: true, how: a.how });
    }
    if (a.k === 'num')
        return a.n <= MAX_STRING ? str('\0'.repeat(Math.max(0, a.n)), 0, { b: true }) : unknown();
    const items = iterate(a, host);
    if (!items)
        return unknown(deepTaint(a));
    let s = '';
    for (const it of items) {
        if (it.k !== 'num' || it.n < 0 || it.n > 255)
            return unknown(deepTaint(a));
        s += String.fromCharCode(it.n);
    }
    return str(s, deepTaint(a), { b: true });
}
function textOf(v, args) {
    if (v.k === 'str') {
        if (v.b && args[1]) {
            const t = bytesToText(v.s, strArg(args[1]) ?? 'utf-8');
            return t === undefined ? unknown(v.t) : str(t, v.t, { how: v.how, partial: v.partial });
        }
        return v.b ? str(`b'${v.s}'`, v.t, { partial: v.partial }) : v;
    }
    if (v.k === 'num' || v.k === 'const')
        return str(asText(v).s);
    if (v.k === 'obj' && v.q.startsWith('pathlib.Path') && v.path)
        return v.path;
    if (v.k === 'ref' && ENV_HOLDER.has(v.q))
        return unknown(Taint.ENV_ALL);
    return unknown(deepTaint(v));
}
/** Calls to known functions by qualified name; undefined when `q` is not one of them. */
function callKnown(qIn, args, kwargs, host, callee) {
    const q = /^builtins\.(bytes|bytearray|str)\./.test(qIn) ? qIn.slice(9) : qIn;
    const a0 = args[0];
    switch (q) {
        case 'builtins.chr':
        case 'builtins.unichr':
            return a0 ? chrOf(a0) : unknown();
        case 'builtins.ord': {
            if (a0?.k === 'str' && !a0.partial && a0.s.length >= 1)
                return { k: 'num', n: a0.s.codePointAt(0), t: a0.t };
            return unknown(a0?.t ?? 0);
        }
        case 'builtins.str':
        case 'builtins.unicode':
            return a0 ? textOf(a0, args) : str('');
        case 'builtins.repr':
            return a0?.k === 'str' && !a0.partial ? str(`'${a0.s}'`, a0.t) : a0 ? textOf(a0, []) : unknown();
        case 'builtins.bytes':
        case 'builtins.bytearray':
            return bytesOf(args, host);
        case 'builtins.int':
        case 'builtins.long':
            return a0 ? intOf(a0, numArg(args[1] ?? kwargs.base)) : num(0);
        case 'builtins.float': {
            const s = a0 && (a0.k === 'num' ? String(a0.n) : knownStr(a0));
            const n = s === undefined ? NaN : Number(s);
            return Number.isNaN(n) ? unknown(a0?.t ?? 0) : num(n);
        }
        case 'builtins.len': {
            if (a0?.k === 'str' && !a0.partial)
                return num(a0.s.length);
            if (a0?.k === 'seq')
                return num(a0.items.length);
            if (a0?.k === 'dict')
                return num(a0.keys.length);
            return unknown(a0?.t ?? 0);
        }
        case 'builtins.hex':
            return a0?.k === 'num' ? str((a0.n < 0 ? '-0x' : '0x') + Math.abs(a0.n).toString(16)) : unknown(a0?.t ?? 0);
        case 'builtins.oct':
            return a0?.k === 'num' ? str('0o' + a0.n.toString(8)) : unknown(a0?.t ?? 0);
        case 'builtins.bin':
            return a0?.k === 'num' ? str('0b' + a0.n.toString(2)) : unknown(a0?.t ?? 0);
        case 'builtins.abs':
            return a0?.k === 'num' ? num(Math.abs(a0.n)) : unknown(a0?.t ?? 0);
        case 'builtins.list':
        case 'builtins.tuple':
        case 'builtins.set':
        case 'builtins.frozenset':
        case 'builtins.sorted': {
            if (!a0)
                return seq([], 0, q === 'builtins.tuple');
            if (a0.k === 'ref' && ENV_HOLDER.has(a0.q))
                return unknown(Taint.ENV_ALL);
            const items = iterate(a0, host);
            if (!items)
                return unknown(deepTaint(a0));
            if (q === 'builtins.sorted' && items.every((i) => i.k === 'str' && !i.partial)) {
                return seq([...items].sort((x, y) => (x.s < y.s ? -1 : 1)), deepTaint(a0));
            }
            return seq([...items], a0.t, q === 'builtins.tuple');
        }
        case 'builtins.reversed': {
            const items = a0 ? iterate(a0, host) : undefined;
            // reversing a long string is a way of hiding it
            const hides = a0?.k === 'str' && a0.s.length >= 8 ? Taint.DECODED : 0;
            return items ? seq([...items].reverse(), a0.t | hides) : unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.dict': {
            if (a0?.k === 'ref' && ENV_HOLDER.has(a0.q))
                return unknown(Taint.ENV_ALL);
            if (a0?.k === 'dict')
                return { ...a0, keys: [...a0.keys], values: [...a0.values] };
            // dict([(key, value), ...]): a table built from pairs keeps what each key holds.
            if (a0?.k === 'seq' && a0.items.every((p) => p.k === 'seq' && p.items.length === 2)) {
                const pairs = a0.items;
                const keys = [...pairs.map((p) => knownStr(p.items[0])), ...Object.keys(kwargs)];
                // a key's own taint (read from the environment, decoded) stays with the table
                const t = pairs.reduce((acc, p) => acc | deepTaint(p.items[0]), a0.t);
                return { k: 'dict', keys, values: [...pairs.map((p) => p.items[1]), ...Object.values(kwargs)], t };
            }
            const keys = Object.keys(kwargs);
            return { k: 'dict', keys, values: keys.map((k) => kwargs[k]), t: a0 ? deepTaint(a0) : 0 };
        }
        case 'builtins.range':
        case 'builtins.xrange': {
            const ns = args.map(numArg);
            if (ns.some((n) => n === undefined) || ns.length === 0)
                return unknown();
            const [start, stop, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? 1];
            if (step === 0)
                return unknown();
            const count = Math.max(0, Math.ceil((stop - start) / step));
            if (count > MAX_ITEMS || !host.step(count))
                return unknown();
            const items = [];
            for (let i = 0; i < count; i++)
                items.push(num(start + i * step));
            return seq(items);
        }
        case 'builtins.enumerate': {
            const items = a0 ? iterate(a0, host) : undefined;
            const start = numArg(args[1]) ?? 0;
            return items ? seq(items.map((v, i) => seq([num(start + i), v], 0, true))) : unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.zip': {
            const lists = args.map((a) => iterate(a, host));
            if (lists.some((l) => !l) || lists.length === 0)
                return unknown(allTaint(args, {}));
            const n = Math.min(...lists.map((l) => l.length));
            const items = [];
            for (let i = 0; i < n; i++)
                items.push(seq(lists.map((l) => l[i]), 0, true));
            return seq(items);
        }
        case 'builtins.map': {
            const lists = args.slice(1).map((a) => iterate(a, host));
            if (!a0 || lists.length === 0 || lists.some((l) => !l))
                return unknown(allTaint(args, {}));
            const n = Math.min(...lists.map((l) => l.length));
            if (!host.step(n))
                return unknown(allTaint(args, {}));
            const items = [];
            for (let i = 0; i < n; i++)
                items.push(host.apply(a0, lists.map((l) => l[i])));
            return seq(items);
        }
        case 'builtins.filter': {
            const items = args[1] ? iterate(args[1], host) : undefined;
            if (!items)
                return unknown(allTaint(args, {}));
            if (a0?.k === 'const' && a0.v === 'None')
                return seq(items.filter((i) => !(i.k === 'str' && i.s === '') && !(i.k === 'num' && i.n === 0)));
            return seq(items, deepTaint(args[1]));
        }
        case 'builtins.sum': {
            const items = a0 ? iterate(a0, host) : undefined;
            if (items && items.every((i) => i.k === 'num'))
                return num(items.reduce((s, i) => s + i.n, 0));
            return unknown(a0 ? deepTaint(a0) : 0);
        }
        case 'builtins.format':
            return a0 ? textOf(a0, []) : unknown();
        case 'builtins.getattr':
            return undefined;
        case 'builtins.__import__':
        case 'importlib.import_module':
        case 'importlib.__import__': {
            const name = a0 ?? kwargs.name;
            const n = knownStr(name);
            let target;
            if (n !== undefined) {
                const fromlist = args[3] ?? kwargs.fromlist;
                const withFrom = q !== 'builtins.__import__' || (fromlist && fromlist.k === 'seq' && fromlist.items.length > 0);
                target = withFrom ? n : n.split('.')[0];
            }
            host.dynamic(q === 'builtins.__import__' ? '__import__' : 'importlib.import_module', name ?? unknown(), target);
            return target ? { k: 'ref', q: target, t: 0 } : unknown(name?.t ?? 0);
        }
        case 'builtins.globals':
        case 'builtins.locals':
            return { k: 'ref', q: '<globals>', t: 0 };
        case 'builtins.vars':
            if (a0?.k === 'ref')
                return { k: 'ref', q: `${a0.q}.__dict__`, t: 0 };
            return { k: 'ref', q: '<globals>', t: 0 };
        case 'bytes.fromhex':
        case 'bytearray.fromhex':
            return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless, true));
        case 'base64.b64decode':
        case 'base64.standard_b64decode':
        case 'base64.decodebytes':
        case 'base64.decodestring':
        case 'binascii.a2b_base64': {
            const alt = strArg(args[1] ?? kwargs.altchars);
            return host.decode('base64', a0 ?? kwargs.s ?? unknown(), (s) => base64Decode(s, budgetless, false, alt));
        }
        case 'base64.urlsafe_b64decode':
            return host.decode('base64', a0 ?? unknown(), (s) => base64Decode(s, budgetless, true));
        case 'base64.b32decode':
            return host.decode('base32', a0 ?? unknown(), (s) => base32Decode(s, budgetless));
        case 'base64.b16decode':
        case 'binascii.unhexlify':
        case 'binascii.a2b_hex':
        case 'codecs.hex_decode':
            return host.decode('hex', a0 ?? unknown(), (s) => hexDecode(s, budgetless));
        case 'base64.b85decode':
            return host.decode('base85', a0 ?? unknown(), (s) => base85Decode(s, budgetless));
        case 'base64.a85decode':
            return host.decode('ascii85', a0 ?? unknown(), (s) => ascii85Decode(s, budgetless));
        case 'zlib.decompress': {
            const wbits = numArg(args[1] ?? kwargs.wbits);
            return host.decode('zlib', a0 ?? unknown(), (s) => zlibDecompress(s, budgetless, wbits));
        }
        case 'gzip.decompress':
            return host.decode('gzip', a0 ?? unknown(), (s) => gzipDecompress(s, budgetless));
        case 'brotli.decompress':
            return host.decode('brotli', a0 ?? unknown(), (s) => brotliDecompress(s, budgetless));
        case 'codecs.decode':
        case 'codecs.encode': {
            const codec = (strArg(args[1] ?? kwargs.encoding) ?? 'utf-8').toLowerCase();
            return codecTransform(a0 ?? unknown(), codec, q === 'codecs.encode', host) ?? unknown(a0?.t ?? 0);
        }
        case 'base64.b64encode':
        case 'base64.standard_b64encode':
        case 'base64.encodebytes':
        case 'base64.urlsafe_b64encode':
        case 'base64.encodestring': {
            const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
            if (s === undefined)
                return unknown(a0 ? deepTaint(a0) : 0);
            let out = Buffer.from(a0.k === 'str' && a0.b ? s : textToBytes(s), 'latin1').toString('base64');
            if (q === 'base64.urlsafe_b64encode')
                out = out.replace(/\+/g, '-').replace(/\//g, '_');
            return str(out, a0.t, { b: true });
        }
        case 'binascii.hexlify':
        case 'binascii.b2a_hex': {
            const s = a0?.k === 'str' && !a0.partial ? a0.s : undefined;
            return s === undefined ? unknown(a0 ? deepTaint(a0) : 0) : str(Buffer.from(s, 'latin1').toString('hex'), a0.t, { b: true });
        }
        case 'os.path.join':
        case 'posixpath.join':
        case 'ntpath.join': {
            const parts = args.map((a) => asText(a.k === 'obj' && a.path ? a.path : a));
            return str(joinPath(parts.map((p) => p.s)), allTaint(args, {}), { partial: parts.some((p) => p.partial) || undefined });
        }
        case 'os.path.dirname':
        case 'os.path.basename': {
            const v = a0?.k === 'obj' && a0.path ? a0.path : a0;
            if (v?.k !== 'str')
                return unknown(v?.t ?? 0);
            const s = q === 'os.path.dirname' ? dirname(v.s) : basename(v.s);
            return str(s, v.t, { partial: s.includes(HOLE) || undefined });
        }
        case 'os.path.abspath':
        case 'os.path.realpath':
        case 'os.path.normpath':
        case 'os.path.expandvars':
        case 'os.path.expanduser':
        case 'os.path.normcase':
        case 'os.fspath':
            return a0?.k === 'obj' && a0.path ? a0.path : (a0 ?? unknown());
        case 'os.path.splitext': {
            const s = a0 && knownStr(a0);
            if (s === undefined)
                return unknown(a0?.t ?? 0);
            const i = s.lastIndexOf('.');
            const j = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
            return i > j + 1 ? seq([str(s.slice(0, i)), str(s.slice(i))], 0, true) : seq([str(s), str('')], 0, true);
        }
        case 'os.getenv':
        case 'os.environ.get':
        case 'os.environ.setdefault':
        case 'os.environ.pop':
        case 'os.getenvb':
            return envRead(a0 ?? kwargs.key ?? unknown());
        case 'os.environ.copy':
        case 'os.environ.items':
        case 'os.environ.keys':
        case 'os.environ.values':
        case 'os.environ.__str__':
            return unknown(Taint.ENV_ALL);
        case 'builtins.open':
        case 'io.open':
        case 'codecs.open':
        case 'builtins.file': {
            const mode = strArg(args[1] ?? kwargs.mode) ?? 'r';
            const path = a0 ?? kwargs.file ?? kwargs.filename ?? unknown();
            return { k: 'obj', q: 'builtins.open()', t: 0, path: path.k === 'obj' && path.path ? path.path : path, mode };
        }
        case 'pathlib.Path':
        case 'pathlib.PurePath':
        case 'pathlib.PosixPath':
        case 'pathlib.WindowsPath': {
            const parts = args.map((a) => (a.k === 'obj' && a.path ? a.path : a));
            const joined = parts.length ? (parts.length === 1 ? parts[0] : callKnown('os.path.join', parts, {}, host)) : str('.');
            return { k: 'obj', q: 'pathlib.Path()', t: 0, path: joined };
        }
        case 'pathlib.Path().resolve':
        case 'pathlib.Path().absolute':
        case 'pathlib.Path().expanduser':
        case 'pathlib.Path().as_posix':
            return callee?.k === 'obj' ? { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callee.path } : undefined;
        case 'pathlib.Path().joinpath': {
            if (callee?.k !== 'obj')
                return undefined;
            return { k: 'obj', q: 'pathlib.Path()', t: callee.t, path: callKnown('os.path.join', [callee.path ?? unknown(), ...args], {}, host) };
        }
        case 'pathlib.Path.home':
            return { k: 'obj', q: 'pathlib.Path()', t: 0, path: str('~') };
        case 'pathlib.Path.cwd':
            return { k: 'obj', q: 'pathlib.Path()', t: Taint.IDENTITY, path: str('.', Taint.IDENTITY) };
        case 'os.getcwd':
        case 'os.getcwdu':
            return str('.', Taint.IDENTITY);
        case 'str.maketrans':
        case 'string.maketrans':
        case 'bytes.maketrans': {
            const from = strArg(a0);
            const to = strArg(args[1]);
            if (from === undefined || to === undefined || from.length !== to.length)
                return unknown();
            const keys = [];
            const values = [];
            for (let i = 0; i < from.length; i++) {
                keys.push(String(from.codePointAt(i)));
                values.push(num(to.codePointAt(i)));
            }
            return { k: 'dict', keys, values, t: 0 };
        }
    }
    if (q in OPAQUE_DECODERS)
        return host.opaque(OPAQUE_DECODERS[q], a0 ?? unknown());
    const cipher = opaqueCipher(q);
    if (cipher)
        return host.opaque(cipher, a0 ?? unknown());
    if (IDENTITY_CALLS.has(q))
        return unknown(Taint.IDENTITY);
    if (CLIPBOARD_CALLS.has(q))
        return unknown(Taint.SECRET);
    if (q in PROCESS_CALLS)
        return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
    if (isNetworkCall(q))
        return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
    return undefined;
}
/** Decryption with any library: `Fernet(key).decrypt(token)`, `AES.new(key, ...).decrypt(data)`. */
function opaqueCipher(q) {
    if (/(^|\.)(Fernet|MultiFernet)\(\)\.decrypt$/.test(q))
        return 'Fernet';
    if (/(^|\.)(AES|DES|DES3|ChaCha20|ChaCha20_Poly1305|Blowfish|ARC4|Salsa20|CAST)\.new\(\)\.decrypt(_and_verify)?$/.test(q))
        return 'AES';
    if (/(^|\.)(AESGCM|ChaCha20Poly1305|AESCCM)\(\)\.decrypt$|Cipher\(\)\.decryptor\(\)\.update$|AESModeOf\w+\(\)\.decrypt$/.test(q))
        return 'AES';
    if (/(^|\.)(marshal|pickle|cPickle|dill|cloudpickle)\.loads?$/.test(q))
        return q.includes('marshal') ? 'marshal' : 'pickle';
    return undefined;
}
/** A no-op budget: the host charges the shared budget when it records the decode. */
const budgetless = { used: 0, exhausted: false, total: Infinity, charge: () => true };
/** `codecs.decode(s, codec)` and Python 2's `s.decode(codec)`. */
function codecTransform(v, codecName, encode, host) {
    const codec = codecName.toLowerCase().replace(/[-_]/g, '');
    if (codec === 'rot13' || codec === 'rot') {
        if (v.k !== 'str' || v.partial)
            return unknown(v.t | Taint.DECODED);
        return host.decode('rot13', v, (s) => ({ ok: true, value: rot13(s) }), true);
    }
    if (encode) {
        if (v.k !== 'str' || v.partial)
            return unknown(v.t);
        if (codec === 'base64' || codec === 'hex' || codec === 'zlib')
            return unknown(v.t);
        return str(textToBytes(v.s, codecName), v.t, { b: true, how: v.how });
    }
    switch (codec) {
        case 'base64':
        case 'base64codec':
            return host.decode('base64', v, (s) => base64Decode(s, budgetless));
        case 'hex':
        case 'hexcodec':
            return host.decode('hex', v, (s) => hexDecode(s, budgetless));
        case 'zlib':
        case 'zip':
        case 'zlibcodec':
            return host.decode('zlib', v, (s) => zlibDecompress(s, budgetless));
        case 'bz2':
        case 'bz2codec':
            return host.opaque('bz2', v);
        case 'stringescape':
        case 'unicodeescape':
        case 'rawunicodeescape':
            if (v.k !== 'str' || v.partial)
                return unknown(v.t);
            return str(parse_unescape(v.s, codec === 'stringescape'), v.t | (v.s.includes('\\x') ? Taint.DECODED : 0), { how: v.how ?? 'escapes' });
    }
    if (v.k !== 'str')
        return unknown(deepTaint(v));
    if (!v.b)
        return v;
    if (v.partial)
        return unknown(v.t);
    const text = bytesToText(v.s, codecName);
    return text === undefined ? unknown(v.t) : str(text, v.t, { how: v.how });
}
/** Methods on known strings, bytes, lists and dicts; undefined when not one of them. */
function methodOnValue(obj, name, args, kwargs, host) {
    if (obj.k === 'str')
        return strMethod(obj, name, args, kwargs, host);
    if (obj.k === 'seq') {
        switch (name) {
            case 'append':
                if (args[0] && obj.items.length < MAX_ITEMS)
                    obj.items.push(args[0]);
                return { k: 'const', v: 'None', t: 0 };
            case 'extend': {
                const items = args[0] ? iterate(args[0], host) : undefined;
                if (items && obj.items.length + items.length < MAX_ITEMS)
                    obj.items.push(...items);
                else
                    obj.t |= args[0] ? deepTaint(args[0]) : 0;
                return { k: 'const', v: 'None', t: 0 };
            }
            case 'insert':
                if (args[1] && args[0]?.k === 'num' && obj.items.length < MAX_ITEMS)
                    obj.items.splice(args[0].n, 0, args[1]);
                return { k: 'const', v: 'None', t: 0 };
            case 'reverse':
                obj.items.reverse();
                return { k: 'const', v: 'None', t: 0 };
            case 'copy':
                return { ...obj, items: [...obj.items] };
            case 'pop':
                return obj.items.length ? obj.items[obj.items.length - 1] : unknown();
            case 'index':
            case 'count':
                return unknown();
        }
        return undefined;
    }
    if (obj.k === 'dict') {
        switch (name) {
            case 'get':
            case 'pop':
            case 'setdefault': {
                const key = knownStr(args[0]);
                const i = key === undefined ? -1 : obj.keys.indexOf(key);
                if (i !== -1)
                    return obj.values[i];
                if (name === 'setdefault' && key !== undefined && args[1]) {
                    obj.keys.push(key);
                    obj.values.push(args[1]);
                }
                return args[1] ?? unknown(obj.t);
            }
            case 'items':
                return seq(obj.keys.map((k, i) => seq([k === undefined ? unknown() : str(k), obj.values[i]], 0, true)), obj.t);
            case 'keys':
                return seq(obj.keys.map((k) => (k === undefined ? unknown() : str(k))), obj.t);
            case 'values':
                return seq([...obj.values], obj.t);
            case 'update': {
                const other = args[0];
                if (other?.k === 'dict') {
                    other.keys.forEach((k, i) => {
                        obj.keys.push(k);
                        obj.values.push(other.values[i]);
                    });
                }
                else if (other)
                    obj.t |= deepTaint(other);
                for (const [k, v] of Object.entries(kwargs)) {
                    obj.keys.push(k);
                    obj.values.push(v);
                }
                return { k: 'const', v: 'None', t: 0 };
            }
            case 'copy':
                return { ...obj, keys: [...obj.keys], values: [...obj.values] };
        }
        return undefined;
    }
    return undefined;
}
function strMethod(s, name, args, kwargs, host) {
    const a0 = args[0];
    const keep = (out) => str(out, s.t, { b: s.b, partial: s.partial, how: s.how });
    switch (name) {
        case 'join': {
            const items = a0 ? iterate(a0, host) : undefined;
            if (!items)
                return unknown(s.t | (a0 ? deepTaint(a0) : 0));
            return joinPieces(items, s.s, !!s.b, s.t | a0.t);
        }
        case 'decode':
        case 'encode': {
            const codec = strArg(a0 ?? kwargs.encoding) ?? 'utf-8';
            return codecTransform(s, codec, name === 'encode', host);
        }
        case 'format':
            return braceFormat(s, args, kwargs);
        case 'replace': {
            const from = strArg(a0);
            const to = args[1]?.k === 'str' ? args[1] : undefined;
            if (from === undefined || !to || from === '')
                return s.partial ? unknown(s.t) : unknown(s.t);
            const out = s.s.split(from).join(to.s);
            if (out.length > MAX_STRING)
                return unknown(s.t);
            return str(out, s.t | to.t, { b: s.b, partial: s.partial || to.partial, how: s.how });
        }
        case 'upper':
            return keep(s.s.toUpperCase());
        case 'lower':
        case 'casefold':
            return keep(s.s.toLowerCase());
        case 'swapcase':
            return keep(s.s.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())));
        case 'title':
        case 'capitalize':
            return keep(s.s.charAt(0).toUpperCase() + (name === 'capitalize' ? s.s.slice(1).toLowerCase() : s.s.slice(1)));
        case 'strip':
        case 'lstrip':
        case 'rstrip': {
            const chars = a0 && a0.k === 'str' ? a0.s : undefined;
            const set = chars === undefined ? ' \t\n\r\x0b\x0c' : chars;
            let a = 0;
            let b = s.s.length;
            if (name !== 'rstrip')
                while (a < b && set.includes(s.s[a]))
                    a++;
            if (name !== 'lstrip')
                while (b > a && set.includes(s.s[b - 1]))
                    b--;
            return keep(s.s.slice(a, b));
        }
        case 'split':
        case 'rsplit':
        case 'splitlines': {
            if (s.partial)
                return unknown(s.t);
            const sep = name === 'splitlines' ? undefined : strArg(a0 ?? kwargs.sep);
            const parts = name === 'splitlines' ? s.s.split(/\r?\n/) : sep === undefined ? s.s.trim().split(/\s+/).filter(Boolean) : s.s.split(sep);
            if (parts.length > MAX_ITEMS)
                return unknown(s.t);
            return seq(parts.map((p) => str(p, s.t, { b: s.b })), s.t);
        }
        case 'translate': {
            if (s.partial || a0?.k !== 'dict')
                return unknown(s.t);
            const map = new Map();
            a0.keys.forEach((k, i) => k !== undefined && map.set(Number(k), a0.values[i]));
            let out = '';
            for (const ch of s.s) {
                const m = map.get(ch.codePointAt(0));
                if (m === undefined)
                    out += ch;
                else if (m.k === 'num')
                    out += String.fromCodePoint(m.n);
                else if (m.k === 'str')
                    out += m.s;
            }
            return str(out, s.t | Taint.DECODED, { how: s.how ? `${s.how} -> translate` : 'translate' });
        }
        case 'zfill':
        case 'center':
        case 'ljust':
        case 'rjust':
        case 'expandtabs':
            return keep(s.s);
        case 'hex':
            return s.b && !s.partial ? str(Buffer.from(s.s, 'latin1').toString('hex'), s.t) : unknown(s.t);
        case 'startswith':
        case 'endswith':
        case 'find':
        case 'rfind':
        case 'index':
        case 'count':
        case 'isdigit':
        case 'isalpha':
        case 'isspace':
        case 'isupper':
        case 'islower':
            return unknown(s.t);
        case 'format_map':
            return a0?.k === 'dict' ? braceFormat(s, [], Object.fromEntries(a0.keys.map((k, i) => [k ?? '', a0.values[i]]))) : unknown(s.t);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/model.ts
// The facts derived from one unit of build-time code (a file, or a payload decoded from one), and
// the shape of a rule that reads them.
/** A unit with no facts yet: the fields that say what the unit is are the caller's. */
function emptyFacts(unit) {
    return {
        ...unit,
        calls: [],
        strings: [],
        decodes: [],
        payloads: [],
        opaque: [],
        refs: [],
        imports: [],
        dynamic: [],
        cmdclass: [],
        commands: [],
        identifiers: new Map(),
        execFiles: [],
        sysPath: [],
        limits: [],
    };
}
/** The scope config strings that are build requirements carry. */
const BUILD_REQUIRES_SCOPE = 'the build requirements';

;// CONCATENATED MODULE: ./src/analysis/flat-scan.ts
// Files that could not be parsed (nesting CPython itself refuses, size or parse budgets) still
// give the string-based rules something: their string literals and identifiers, found by a
// tokenizer-level scan without structure.


/** For files that could not be parsed: their string literals and identifiers, without structure. */
function scanFlat(src, facts, entry) {
    const where = { scope: 'top-level', entry };
    const text = src.text;
    const n = text.length;
    let strings = 0;
    let i = 0;
    while (i < n) {
        const c = text[i];
        if (c === '#') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? n : nl;
            continue;
        }
        if (c === '"' || c === "'") {
            i = scanString(i, i);
            continue;
        }
        if (/[A-Za-z_\u00a1-\uffff]/.test(c)) {
            let j = i + 1;
            while (j < n && /[\w\u00a1-\uffff]/.test(text[j]))
                j++;
            const word = text.slice(i, j);
            // a string prefix (`rb"..."`) rather than a name
            if (j < n && (text[j] === '"' || text[j] === "'") && /^[rRbBuUfF]{1,2}$/.test(word)) {
                i = scanString(i, j);
                continue;
            }
            if (facts.identifiers.size < 50_000 && !facts.identifiers.has(word))
                facts.identifiers.set(word, src.lines.lineOf(i));
            i = j;
            continue;
        }
        i++;
    }
    /** Records the literal starting at `start` whose quote is at `q0`; returns the offset after it. */
    function scanString(start, q0) {
        const quote = text[q0];
        const triple = text.startsWith(quote.repeat(3), q0);
        const close = triple ? quote.repeat(3) : quote;
        let end = q0 + close.length;
        while (end < n) {
            if (text[end] === '\\')
                end += 2;
            else if (text.startsWith(close, end))
                break;
            else if (!triple && text[end] === '\n')
                break;
            else
                end++;
        }
        const stop = Math.min(n, end + close.length);
        if (strings++ < 100_000) {
            const lit = stringLiteral(text.slice(start, stop));
            if (lit.value.length > 0)
                facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined }), line: src.lines.lineOf(start), where, kind: 'literal' });
        }
        return stop;
    }
}

;// CONCATENATED MODULE: ./src/analysis/patterns.ts
// Text patterns for hosts, secret locations and persistence points, shared by the rules.
function first(s, table) {
    for (const [re, what] of table) {
        const m = re.exec(s);
        if (m)
            return { what, text: m[0] };
    }
    return undefined;
}
/** Hosts that exist to receive callbacks or stolen data. */
const CALLBACK_HOSTS = [
    [/(?:discord(?:app)?\.com|discordapp\.net|discord\.gg)\/api\/(?:v\d+\/)?webhooks\/[\w/-]*/i, 'a Discord webhook'],
    [/api\.telegram\.org\/bot[\w:/.-]*/i, 'the Telegram bot API'],
    [/\b(?:webhook\.site|pipedream\.net|requestbin\.(?:com|net|io)|requestcatcher\.com|hookbin\.com|beeceptor\.com|webhook\.cool|requestinspector\.com|mockbin\.(?:org|io)|putsreq\.com|postb\.in|ptsv[23]\.com|requestrepo\.com|webhookrelay\.com|hooks\.zapier\.com|hook\.integromat\.com|ntfy\.sh)\b/i, 'a request-collection service'],
    [/\b(?:burpcollaborator\.net|oastify\.com|interact\.sh|interactsh\.com|oast\.(?:fun|pro|live|site|online|me)|dnslog\.(?:cn|link)|ceye\.io|canarytokens\.(?:com|org)|bxss\.me|xss\.ht|pingb\.in|eyes\.sh|dnsbin\.zhack\.ca|requestbin\.cn)\b/i, 'an out-of-band testing service'],
    [/\b(?:ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|ngrok-free\.dev|trycloudflare\.com|loca\.lt|localtunnel\.me|serveo\.net|localhost\.run|pagekite\.me|bore\.pub|portmap\.(?:io|host)|tunnelto\.dev|playit\.gg|pinggy\.(?:io|link)|lhr\.life)\b/i, 'a tunnelling service'],
    [/\b(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.(?:co|org)|pastie\.org|dpaste\.(?:com|org)|paste\.rs|controlc\.com|privatebin\.\w+|termbin\.com|transfer\.sh|0x0\.st|anonfiles\.com|file\.io|gofile\.io|catbox\.moe|litterbox\.catbox\.moe|bashupload\.com|temp\.sh|filebin\.net|justpaste\.it|textbin\.net|ix\.io|sprunge\.us|paste\.c-net\.org|pastebin\.pl|hst\.sh)\b/i, 'a paste or anonymous file host'],
    [/(?<=[\w-])\.(?:duckdns\.org|no-ip\.(?:com|org|biz|info)|noip\.me|ddns\.net|hopto\.org|zapto\.org|sytes\.net|servehttp\.com|serveftp\.com|myftp\.(?:biz|org)|redirectme\.net|dynu\.(?:com|net)|freedns\.afraid\.org|mooo\.com|dyndns\.(?:org|info|biz|tv)|dynv6\.net|3utilities\.com|bounceme\.net|ddnsking\.com|gotdns\.ch|myvnc\.com|servebeer\.com|serveblog\.net|linkpc\.net|publicvm\.com|kozow\.com|giize\.com|casacam\.net|ooguy\.com|chickenkiller\.com|strangled\.net|crabdance\.com|twilightparadox\.com|jumpingcrab\.com|us\.to|ddns\.me|dns-dynamic\.net|ydns\.eu|dynalias\.\w+|homeip\.net|onthewifi\.com|webhop\.me)\b/i, 'a dynamic DNS name'],
];
/** Services that tell a caller its public IP address. */
const IP_LOOKUP = /\b(?:api\.ipify\.org|api64\.ipify\.org|ipinfo\.io|ifconfig\.me|ifconfig\.co|icanhazip\.com|checkip\.amazonaws\.com|ip-api\.com|ipapi\.co|myexternalip\.com|wtfismyip\.com|ident\.me|ipecho\.net|httpbin\.org\/ip|geolocation-db\.com|ip\.sb|myip\.com)\b/i;
function callbackHost(s) {
    for (const [re, what] of CALLBACK_HOSTS) {
        const m = re.exec(s);
        if (!m)
            continue;
        // the patterns match the service's own domain; show the subdomain in front of it too
        let start = m.index;
        while (start > 0 && m.index - start < 100 && /[\w.-]/.test(s[start - 1]))
            start--;
        return { what, text: s.slice(start, m.index + m[0].length).replace(/^[.-]+/, '') };
    }
    return undefined;
}
const IPV4 = /\b(?:https?|ftp|tcp|udp|wss?|socks5?):\/\/\[?(\d{1,3}(?:\.\d{1,3}){3})\]?(?::\d+)?(?:[/?#][^\s'"]*)?/i;
/** A URL whose host is a raw IPv4 address; `private` for loopback and private ranges. */
function rawIpUrl(s) {
    const m = IPV4.exec(s);
    if (!m)
        return undefined;
    const ip = m[1];
    const parts = ip.split('.').map(Number);
    if (parts.some((p) => p > 255))
        return undefined;
    return { ip, url: m[0], private: isPrivateIp(parts) };
}
function isIpv4(s) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
    return !!m && m.slice(1).every((p) => Number(p) <= 255);
}
function isPrivateIp(parts) {
    const [a, b] = parts;
    return a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || a >= 224;
}
/** Places that hold credentials, tokens, wallets and browser data. */
const SECRET_PLACES = [
    [/\b(?:Login Data|Local State|Web Data|logins\.json|key[34]\.db|cookies\.sqlite|signons\.sqlite)\b|[\\/](?:Network[\\/])?Cookies\b|User Data[\\/]+Default|Google[\\/]+Chrome[\\/]+User Data|BraveSoftware[\\/]+Brave-Browser|Microsoft[\\/]+Edge[\\/]+User Data|Opera Software[\\/]+Opera|Yandex[\\/]+YandexBrowser|Mozilla[\\/]+Firefox[\\/]+Profiles|Vivaldi[\\/]+User Data|browser_cookie3|\bbrowser_cookie\b/i, 'browser passwords and cookies'],
    [/(?:AppData|Roaming|APPDATA%|LOCALAPPDATA%|\.config|Application Support)[\\/]+(?:[\w ]+[\\/]+)?discord(?:canary|ptb|development)?\b|\bdiscord(?:canary|ptb)\b|Local Storage[\\/]+leveldb|\b[MN][\w-]{23}\.[\w-]{6}\.[\w-]{27}\b|\bmfa\.[\w-]{84}\b|dQw4w9WgXcQ:/i, 'Discord tokens'],
    [/(?:^|[\\/~%])\.ssh(?:[\\/]|$)|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\bauthorized_keys\b/i, 'SSH keys'],
    [/(?:^|[\\/~%])\.aws(?:[\\/]|$)|\bAWS_SECRET_ACCESS_KEY\b|\bAWS_SESSION_TOKEN\b|169\.254\.169\.254\/latest\/meta-data/i, 'cloud credentials'],
    [/(?:^|[\\/~])\.(?:azure|kube|docker|gnupg|git-credentials|netrc|npmrc|pypirc|password-store|vault-token)(?:[\\/]|\b|$)|gcloud[\\/]+(?:credentials|application_default|access_tokens)|\.config[\\/]+gh[\\/]+hosts\.yml|\/etc\/shadow\b|login\.keychain|\.bash_history\b|\.zsh_history\b|Keychains[\\/]/i, 'credentials and keys'],
    [/\bwallet\.dat\b|\bExodus[\\/]|exodus\.wallet|\bElectrum[\\/]+wallets|Ethereum[\\/]+keystore|\bMetaMask\b|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|\bAtomic[\\/]+Local Storage|\bCoinomi\b|\bGuarda[\\/]|\bJaxx\b|\bArmory[\\/]|Bitcoin[\\/]+wallets|Monero[\\/]+wallets|\bZcash[\\/]|\bTrust Wallet\b|\bBinance[\\/]/i, 'cryptocurrency wallets'],
    [/\b(?:ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|NPM_TOKEN|PYPI_TOKEN|TWINE_PASSWORD|CI_JOB_TOKEN|GITLAB_TOKEN|CIRCLE_TOKEN|TRAVIS_TOKEN|SLACK_TOKEN|OPENAI_API_KEY|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS)\b/, 'CI and service tokens'],
    [/\bGITHUB_TOKEN\b/, 'a GitHub token'],
    [/\btelegram desktop[\\/]+tdata\b|[\\/]tdata(?:[\\/]|$)|\bFileZilla[\\/]+(?:recentservers|sitemanager)|\bSteam[\\/]+config\b|\bNordVPN\b|\bOpenVPN Connect[\\/]+profiles/i, 'application credentials'],
];
/** Secrets a build may legitimately hand to the service they belong to. */
const SERVICE_TOKENS = new Set(['a GitHub token']);
/** Hosts that serve packages and source code, where build scripts legitimately fetch from. */
const CODE_HOSTS = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io|github\.com|api\.github\.com|gitlab\.com)(?:[:/]|$)/i;
function secretPlace(s) {
    return first(s, SECRET_PLACES);
}
/** Places that make code run again later: startup folders, Run keys, cron, shell rc files. */
const PERSIST_PLACES = [
    [/Start Menu[\\/]+Programs[\\/]+Startup|Microsoft[\\/]+Windows[\\/]+Start Menu[\\/]+Programs[\\/]+Startup|shell:startup|[\\/]Startup[\\/]+[^\\/]+\.(?:exe|bat|cmd|vbs|lnk|py|pyw|js)\b/i, 'a Windows Startup folder'],
    [/CurrentVersion[\\/]+(?:Run|RunOnce|RunServices|RunServicesOnce|Policies[\\/]+Explorer[\\/]+Run)\b|\\Winlogon\b|Image File Execution Options/i, 'a Windows Run registry key'],
    [/\bcrontab\b|\/etc\/cron|\/var\/spool\/cron|@reboot\b/, 'crontab'],
    [/(?:^|[\\/~])\.(?:bashrc|bash_profile|bash_login|zshrc|zprofile|zshenv|profile|cshrc|tcshrc|kshrc)\b|\.config[\\/]+fish[\\/]+config\.fish|\/etc\/profile(?:\.d)?\b|\/etc\/bash\.bashrc/, 'a shell startup file'],
    [/systemd[\\/]+user|\/etc\/systemd\/system|LaunchAgents|LaunchDaemons|\/etc\/init\.d|\/etc\/rc\.local|\.config[\\/]+autostart|\bschtasks\b[^\n]{0,300}\/create|\bRegister-ScheduledTask\b/i, 'a system service or scheduled task'],
    [/\b(?:sitecustomize|usercustomize)\.py\b/, 'Python startup hooks (sitecustomize)'],
];
function persistPlace(s) {
    return first(s, PERSIST_PLACES);
}
function isPthPath(s) {
    return /\.pth$/i.test(s.trim());
}
/** Shell command shapes that fetch and run code, or hide what they run. */
const DOWNLOAD_RUN = [
    [/\b(?:curl|wget|fetch)\b[^|;&\n]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\b[^|;&\n]{0,300}\|\s*python[\d.]*\b|\b(?:ba)?sh\s+-c\s+["']?\$\((?:curl|wget)/i, 'downloads a script and pipes it to a shell'],
    [/\b(?:curl|wget)\b[^\n]{0,300}(?:-o|-O|--output)\s*\S+[^\n]{0,300}(?:&&|;|\|\|)[^\n]{0,300}(?:chmod\s+\+?[0-7]*x|\.\/|\bstart\b|\bsh\b|\bbash\b|python)/i, 'downloads a file and runs it'],
    [/\b(?:IEX|Invoke-Expression)\b[^\n]{0,300}(?:DownloadString|Invoke-WebRequest|iwr|irm|Invoke-RestMethod|Net\.WebClient)|(?:DownloadString|DownloadFile|Invoke-WebRequest|iwr|irm)\b[^\n]{0,300}(?:\|\s*iex|Start-Process|;\s*&|\biex\b)/i, 'downloads and runs a PowerShell script'],
    [/\bmshta(?:\.exe)?\s+(?:https?:|vbscript:|javascript:)/i, 'runs a remote HTML application with mshta'],
    [/\bcertutil(?:\.exe)?\b[^\n]{0,300}-urlcache|\bbitsadmin(?:\.exe)?\b[^\n]{0,300}\/transfer/i, 'downloads a file with a Windows system tool'],
    [/\bregsvr32\b[^\n]{0,300}\/i:https?:|\brundll32\b[^\n]{0,300}(?:javascript:|https?:)/i, 'loads remote code through a Windows system binary'],
];
const SHELL_BACKDOOR = [
    [/\/dev\/tcp\/|\bnc(?:at)?\b[^\n]{0,300}\s-e\s|\bsocat\b[^\n]{0,300}exec:|\bbash\s+-i\b[^\n]{0,300}>&|\bmkfifo\b[^\n]{0,300}\bnc\b/i, 'opens a reverse shell'],
];

;// CONCATENATED MODULE: ./src/analysis/facts.ts
// Facts from one unit of Python: an abstract interpreter over the lezer tree. It runs the module
// top level in order, then every setuptools command's methods and build hooks, then whatever
// those reach, so each call knows where it runs. Values fold constants and decode payloads;
// unknown values keep the sources of their data (taint). Nothing is executed.











/** Evaluation steps per unit (nodes visited, loop iterations, function re-runs). */
const MAX_STEPS = 1_000_000;
/** Nesting of expressions the evaluator follows; deeper ones are scanned flat. */
const MAX_EXPR_DEPTH = 250;
/** Times one function body is evaluated with different arguments. */
const MAX_EVALS_PER_FN = 4;
/** Items of a loop evaluated one by one. */
const MAX_LOOP_UNROLL = 8;
/** Evaluation steps across one sdist, so many files cannot multiply the cost. */
class StepBudget {
    total;
    used = 0;
    constructor(total = 4_000_000) {
        this.total = total;
    }
}
const SETUP_CALLS = new Set(['setuptools.setup', 'distutils.core.setup', 'setup', 'numpy.distutils.core.setup', 'skbuild.setup']);
const METADATA_KWARGS = new Set([
    'name', 'version', 'description', 'long_description', 'long_description_content_type', 'url', 'author', 'author_email',
    'maintainer', 'maintainer_email', 'license', 'keywords', 'classifiers', 'project_urls', 'download_url', 'platforms', 'license_files',
]);
class Scope {
    parent;
    kind;
    vars = new Map();
    globals;
    constructor(parent, kind) {
        this.parent = parent;
        this.kind = kind;
    }
}
const EXPRESSIONS = new Set([
    'VariableName', 'String', 'FormatString', 'ContinuedString', 'Number', 'Boolean', 'None', 'BinaryExpression', 'UnaryExpression',
    'AwaitExpression', 'ParenthesizedExpression', 'TupleExpression', 'ComprehensionExpression', 'ArrayExpression',
    'ArrayComprehensionExpression', 'DictionaryExpression', 'DictionaryComprehensionExpression', 'SetExpression',
    'SetComprehensionExpression', 'CallExpression', 'MemberExpression', 'ConditionalExpression', 'LambdaExpression',
    'NamedExpression', 'YieldExpression', 'Ellipsis',
]);
const NONE = { k: 'const', v: 'None', t: 0 };
const IDENTITY_PROGRAMS = /^(whoami|hostname|id|logname|users|who|w|ipconfig|ifconfig|ip\s+a(ddr)?|systeminfo|net\s+user|quser|uname\s+-[a-z]*[an]|cat\s+\/etc\/(passwd|hostname)|printenv|env|set)\b/i;
function extractFacts(src, opts) {
    const facts = emptyFacts({
        path: opts.path,
        role: opts.role,
        depth: opts.depth,
        origin: opts.origin,
        parsed: !!src.tree,
        text: src.text,
        lineLengths: src.lines.lengths(src.text.length),
    });
    if (src.unparsed)
        facts.limits.push(src.unparsed);
    if (!src.tree) {
        scanFlat(src, facts, opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level'));
        return facts;
    }
    new Extractor(src, facts, opts).run();
    return facts;
}
class Extractor {
    src;
    facts;
    opts;
    fns = [];
    classes = [];
    module = new Scope(null, 'module');
    pending = [];
    seenLiterals = new Set();
    seenBuilt = new Set();
    seenRefs = new Set();
    seenPayloads = new Map();
    steps = 0;
    depth = 0;
    line = 1;
    ctx;
    starModules = [];
    stepLimitHit = false;
    depthLimitHit = false;
    /** While scanning a too-deep subtree flat: its calls' own arguments may still be folded this deep. */
    extraDepth = 0;
    inFlatScan = false;
    constructor(src, facts, opts) {
        this.src = src;
        this.facts = facts;
        this.opts = opts;
        this.ctx = { where: { scope: 'top-level', entry: opts.topEntry === null ? undefined : (opts.topEntry ?? 'top-level') } };
        this.module.vars.set('__file__', str(opts.path));
        this.module.vars.set('__name__', str(opts.role === 'imported' ? moduleNameOf(opts.path) : '__main__'));
    }
    run() {
        const top = this.src.tree.topNode;
        this.collectIdentifiers(top);
        this.execBlock(top, this.module, this.ctx);
        this.runEntries();
    }
    // Budget ------------------------------------------------------------------------------------
    step(n = 1) {
        this.steps += n;
        const shared = this.opts.steps;
        if (shared)
            shared.used += n;
        if (this.steps > MAX_STEPS || (shared && shared.used > shared.total)) {
            if (!this.stepLimitHit) {
                this.stepLimitHit = true;
                const which = this.steps > MAX_STEPS ? `${MAX_STEPS} steps for this file` : `${shared.total} steps for the sdist`;
                this.facts.limits.push(`${this.opts.path}: evaluation budget of ${which} spent at line ${this.line}; the rest was scanned without folding`);
            }
            return false;
        }
        return true;
    }
    lineOf(node) {
        return this.src.lines.lineOf(node.from);
    }
    /** Source text; names are NFKC-folded as Python folds them (`𝐞𝐱𝐞𝐜` is `exec`). */
    text(node) {
        const t = nodeText(this.src, node);
        // eslint-disable-next-line no-control-regex
        return (node.name === 'VariableName' || node.name === 'PropertyName') && /[^\x00-\x7f]/.test(t) ? t.normalize('NFKC') : t;
    }
    /** One linear pass: identifiers for the obfuscation checks. */
    collectIdentifiers(top) {
        const c = top.cursor();
        const ids = this.facts.identifiers;
        do {
            if ((c.name === 'VariableName' || c.name === 'PropertyName') && ids.size < 50_000) {
                const name = this.src.text.slice(c.from, c.to);
                if (!ids.has(name))
                    ids.set(name, this.src.lines.lineOf(c.from));
            }
        } while (c.next());
    }
    // Entries -----------------------------------------------------------------------------------
    runEntries() {
        const hookRole = this.opts.role === 'hook';
        for (const cls of this.classes) {
            if (!cls.command && !(hookRole || cls.hook))
                continue;
            const inst = { k: 'inst', cls: cls.id, t: 0 };
            const order = [...cls.methods.keys()].sort((a, b) => methodRank(a) - methodRank(b));
            for (const m of order) {
                const fn = this.fns[cls.methods.get(m)];
                const entry = cls.command ? `cmdclass:${cls.name}.${m}` : `hook:${cls.name}.${m}`;
                this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, inst, true);
            }
        }
        for (const { name, by } of this.opts.entryNames ?? []) {
            const v = this.module.vars.get(name);
            const entry = `call:${by}:${name}`;
            if (v?.k === 'fn')
                this.invoke(this.fns[v.id], [], {}, { where: { scope: this.fns[v.id].scopeName, entry } }, undefined, true);
            else if (v?.k === 'cls') {
                const inst = { k: 'inst', cls: v.id, t: 0 };
                for (const id of this.classes[v.id].methods.values())
                    this.invoke(this.fns[id], [], {}, { where: { scope: this.fns[id].scopeName, entry } }, inst, true);
            }
        }
        if (hookRole) {
            for (const fn of this.fns) {
                if (!fn.cls && !fn.lambda && fn.defScope === this.module)
                    this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry: `hook:${fn.name}` } }, undefined, true);
            }
        }
        this.drainPending();
        // in an imported module, code nothing reaches is runtime code; its facts would be dropped
        if (this.opts.role === 'imported')
            return;
        for (let i = 0; i < this.fns.length; i++) {
            const fn = this.fns[i];
            if (fn.evalCount > 0)
                continue;
            const self = fn.cls ? { k: 'inst', cls: fn.cls.id, t: 0 } : undefined;
            this.invoke(fn, [], {}, { where: { scope: fn.scopeName } }, self, true);
            this.drainPending();
        }
    }
    drainPending() {
        for (let i = 0; i < this.pending.length; i++) {
            const { fn, entry } = this.pending[i];
            if (fn.evalCount > 0)
                continue;
            const self = fn.cls ? { k: 'inst', cls: fn.cls.id, t: 0 } : undefined;
            this.invoke(fn, [], {}, { where: { scope: fn.scopeName, entry } }, self, true);
        }
        this.pending.length = 0;
    }
    /** A function value used other than by calling it (a callback, a thread target) may run later. */
    referenced(v, ctx) {
        const entry = ctx.where.entry;
        if (!entry)
            return;
        if (v.k === 'fn') {
            const fn = this.fns[v.id];
            if (fn.evalCount === 0 && !fn.pending) {
                fn.pending = true;
                this.pending.push({ fn, entry });
            }
        }
        else if (v.k === 'cls' && this.opts.role !== 'imported') {
            // a class handed to setup() or a framework runs later; in imported library code a class
            // reference is just a name, and its methods run only when called
            const cls = this.classes[v.id];
            for (const id of cls.methods.values()) {
                const fn = this.fns[id];
                if (fn.evalCount === 0 && !fn.pending) {
                    fn.pending = true;
                    this.pending.push({ fn, entry });
                }
            }
        }
    }
    // Statements --------------------------------------------------------------------------------
    execBlock(node, scope, ctx) {
        let child = node.firstChild;
        let first = true;
        while (child) {
            if (child.name === 'ExpressionStatement' && this.isPy2Exec(child)) {
                // `exec code` / `exec code in ns` (Python 2): lezer splits it at the error
                let next = child.nextSibling;
                while (next && next.type.isError)
                    next = next.nextSibling;
                if (next && next.name === 'ExpressionStatement' && next.firstChild) {
                    let arg = next.firstChild;
                    if (arg.name === 'BinaryExpression' && arg.firstChild && arg.getChild('in'))
                        arg = arg.firstChild;
                    this.line = this.lineOf(child);
                    const v = this.evalExpr(arg, scope, ctx);
                    this.recordCall('builtins.exec', [v], {}, child, ctx, undefined, NONE);
                    this.handleExec('builtins.exec', [v], {}, ctx);
                    child = next.nextSibling;
                    continue;
                }
            }
            if (first && child.name === 'ExpressionStatement' && child.firstChild && isStringNode(child.firstChild) && !child.firstChild.nextSibling) {
                const v = this.evalExpr(child.firstChild, scope, { ...ctx, meta: true });
                if (scope === this.module)
                    scope.vars.set('__doc__', v);
                child = child.nextSibling;
                first = false;
                continue;
            }
            if (!child.type.isError && child.name !== 'Comment' && child.name !== ':')
                first = false;
            this.execStmt(child, scope, ctx);
            child = child.nextSibling;
        }
    }
    isPy2Exec(stmt) {
        const c = stmt.firstChild;
        if (!c || c.name !== 'VariableName' || c.nextSibling || this.text(c) !== 'exec')
            return false;
        const next = stmt.nextSibling;
        return !!next && next.type.isError;
    }
    execStmt(node, scope, ctx) {
        if (!this.step())
            return;
        this.line = this.lineOf(node);
        switch (node.name) {
            case 'ExpressionStatement':
            case 'PrintStatement':
            case 'RaiseStatement':
            case 'AssertStatement':
            case 'DeleteStatement':
            case 'YieldStatement':
                this.evalChildren(node, scope, ctx);
                return;
            case 'StatementGroup':
                for (let c = node.firstChild; c; c = c.nextSibling)
                    this.execStmt(c, scope, ctx);
                return;
            case 'AssignStatement':
                this.execAssign(node, scope, ctx);
                return;
            case 'UpdateStatement':
                this.execUpdate(node, scope, ctx);
                return;
            case 'ReturnStatement': {
                const vals = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
                const v = vals.length === 0 ? NONE : vals.length === 1 ? vals[0] : { k: 'seq', items: vals, tuple: true, t: 0 };
                ctx.returns?.push(v);
                this.recordBuilt(v, ctx);
                return;
            }
            case 'ImportStatement':
                this.execImport(node, scope, ctx);
                return;
            case 'ScopeStatement':
                if (node.firstChild?.name === 'global') {
                    scope.globals ??= new Set();
                    for (const c of node.getChildren('VariableName'))
                        scope.globals.add(this.text(c));
                }
                return;
            case 'FunctionDefinition':
                this.defineFunction(node, scope, ctx);
                return;
            case 'ClassDefinition':
                this.defineClass(node, scope, ctx);
                return;
            case 'DecoratedStatement': {
                const decorators = node.getChildren('Decorator');
                for (const d of decorators)
                    for (const a of d.getChildren('ArgList'))
                        this.evalArgs(a, scope, ctx);
                const def = node.getChild('FunctionDefinition') ?? node.getChild('ClassDefinition');
                if (!def)
                    return;
                const v = def.name === 'FunctionDefinition' ? this.defineFunction(def, scope, ctx) : this.defineClass(def, scope, ctx);
                // a decorator may register the function to run (atexit.register, a hook decorator)
                if (v)
                    this.referenced(v, ctx);
                return;
            }
            case 'IfStatement':
                this.execIf(node, scope, ctx);
                return;
            case 'ForStatement':
                this.execFor(node, scope, ctx);
                return;
            case 'WithStatement':
                this.execWith(node, scope, ctx);
                return;
            case 'WhileStatement':
            case 'TryStatement':
            case 'MatchStatement':
            case 'MatchBody':
            case 'MatchClause':
                this.execCompound(node, scope, ctx);
                return;
            default:
                if (node.type.isError)
                    return;
                if (EXPRESSIONS.has(node.name))
                    this.evalExpr(node, scope, ctx);
        }
    }
    execCompound(node, scope, ctx) {
        let asNext = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'Body')
                this.execBlock(c, scope, ctx);
            else if (c.name === 'MatchBody' || c.name === 'MatchClause')
                this.execCompound(c, scope, ctx);
            else if (c.name === 'as' || (c.name === ',' && c.prevSibling?.name !== 'except' && node.name === 'TryStatement'))
                asNext = true;
            else if (asNext && c.name === 'VariableName') {
                this.assignName(this.text(c), unknown(), scope);
                asNext = false;
            }
            else if (EXPRESSIONS.has(c.name))
                this.evalExpr(c, scope, ctx);
        }
    }
    execIf(node, scope, ctx) {
        let skipNextBody = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'Body') {
                if (!skipNextBody)
                    this.execBlock(c, scope, ctx);
                skipNextBody = false;
            }
            else if (EXPRESSIONS.has(c.name)) {
                // an imported module's `if __name__ == "__main__":` block does not run on import
                if (this.opts.role === 'imported' && this.isMainGuard(c))
                    skipNextBody = true;
                this.evalExpr(c, scope, ctx);
            }
        }
    }
    isMainGuard(test) {
        return test.name === 'BinaryExpression' && /^__name__\s*==\s*['"]__main__['"]$|^['"]__main__['"]\s*==\s*__name__$/.test(this.text(test));
    }
    execFor(node, scope, ctx) {
        const targets = [];
        const iters = [];
        const bodies = [];
        let phase = 'targets';
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'in')
                phase = 'iters';
            else if (c.name === 'Body')
                bodies.push(c);
            else if (EXPRESSIONS.has(c.name))
                (phase === 'targets' ? targets : iters).push(c);
        }
        const iterVals = iters.map((n) => this.evalExpr(n, scope, ctx));
        const iterable = iterVals.length === 1 ? iterVals[0] : { k: 'seq', items: iterVals, tuple: true, t: 0 };
        const items = iterate(iterable, this);
        const bind = (v) => {
            if (targets.length === 1)
                this.assignTarget(targets[0], v, scope, ctx);
            else
                this.assignTargets(targets, v, scope, ctx);
        };
        if (items && items.length > 0 && items.length <= MAX_LOOP_UNROLL) {
            for (const item of items) {
                bind(item);
                if (bodies[0])
                    this.execBlock(bodies[0], scope, ctx);
            }
        }
        else {
            bind(items && items.length ? mergeValues(items) : unknown(deepTaint(iterable)));
            if (bodies[0])
                this.execBlock(bodies[0], scope, ctx);
        }
        if (bodies[1])
            this.execBlock(bodies[1], scope, ctx);
    }
    execWith(node, scope, ctx) {
        let last;
        let asNext = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'Body')
                this.execBlock(c, scope, ctx);
            else if (c.name === 'as')
                asNext = true;
            else if (asNext && c.name === 'VariableName') {
                this.assignName(this.text(c), last ?? unknown(), scope);
                asNext = false;
            }
            else if (EXPRESSIONS.has(c.name))
                last = this.evalExpr(c, scope, ctx);
        }
    }
    execAssign(node, scope, ctx) {
        const segments = [[]];
        const trailingComma = [false];
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === 'AssignOp') {
                segments.push([]);
                trailingComma.push(false);
            }
            else if (c.name === ',')
                trailingComma[trailingComma.length - 1] = true;
            else if (EXPRESSIONS.has(c.name))
                segments[segments.length - 1].push(c);
        }
        if (segments.length < 2) {
            // an annotation without a value: `x: int`
            return;
        }
        const valueNodes = segments[segments.length - 1];
        const vals = valueNodes.map((n) => this.evalExpr(n, scope, ctx));
        const value = vals.length === 1 && !trailingComma[segments.length - 1] ? vals[0] : { k: 'seq', items: vals, tuple: true, t: 0 };
        this.recordBuilt(value, ctx);
        for (let i = 0; i < segments.length - 1; i++) {
            const seg = segments[i];
            if (seg.length === 1 && !trailingComma[i])
                this.assignTarget(seg[0], value, scope, ctx);
            else
                this.assignTargets(seg, value, scope, ctx);
        }
    }
    execUpdate(node, scope, ctx) {
        const target = node.firstChild;
        const op = node.getChild('UpdateOp');
        if (!target || !op)
            return;
        const rhsNodes = this.exprChildren(node).slice(1);
        const rhs = rhsNodes.length === 1 ? this.evalExpr(rhsNodes[0], scope, ctx) : { k: 'seq', items: rhsNodes.map((n) => this.evalExpr(n, scope, ctx)), tuple: true, t: 0 };
        const cur = this.evalExpr(target, scope, ctx);
        const opText = this.text(op).slice(0, -1);
        let v;
        if (opText === '+' && cur.k === 'seq') {
            const items = iterate(rhs, this);
            if (items && cur.items.length + items.length <= MAX_ITEMS) {
                cur.items.push(...items);
                v = cur;
            }
            else
                v = unknown(deepTaint(cur) | deepTaint(rhs));
        }
        else
            v = binaryOp(opText, cur, rhs);
        this.assignTarget(target, v, scope, ctx);
    }
    assignTargets(targets, value, scope, ctx) {
        const items = value.k === 'seq' ? value.items : undefined;
        targets.forEach((t, i) => {
            const v = items && items.length === targets.length ? items[i] : unknown(deepTaint(value));
            this.assignTarget(t, v, scope, ctx);
        });
    }
    assignTarget(target, value, scope, ctx) {
        switch (target.name) {
            case 'VariableName':
                this.assignName(this.text(target), value, scope);
                return;
            case 'TupleExpression':
            case 'ArrayExpression':
            case 'ParenthesizedExpression':
                this.assignTargets(this.exprChildren(target), value, scope, ctx);
                return;
            case 'MemberExpression': {
                const obj = target.firstChild;
                if (!obj)
                    return;
                const objVal = this.evalExpr(obj, scope, ctx);
                const prop = target.getChild('PropertyName');
                if (prop) {
                    if (objVal.k === 'inst')
                        this.classes[objVal.cls].attrs.set(this.text(prop), value);
                    else if (objVal.k === 'cls')
                        this.classes[objVal.id].attrs.set(this.text(prop), value);
                    return;
                }
                const key = this.subscriptKey(target, scope, ctx);
                if (objVal.k === 'dict' && key !== undefined) {
                    const i = objVal.keys.indexOf(key);
                    if (i === -1) {
                        objVal.keys.push(key);
                        objVal.values.push(value);
                    }
                    else
                        objVal.values[i] = value;
                }
                else if (objVal.k === 'dict')
                    objVal.t |= deepTaint(value);
                return;
            }
            default:
                this.evalExpr(target, scope, ctx);
        }
    }
    assignName(name, value, scope) {
        if (scope.globals?.has(name))
            this.module.vars.set(name, value);
        else
            scope.vars.set(name, value);
    }
    execImport(node, scope, ctx) {
        const line = this.lineOf(node);
        const kids = [];
        for (let c = node.firstChild; c; c = c.nextSibling)
            kids.push(c);
        if (kids[0]?.name === 'import') {
            // import a.b.c [as x], d
            let i = 1;
            while (i < kids.length) {
                const parts = [];
                while (i < kids.length && (kids[i].name === 'VariableName' || kids[i].name === '.')) {
                    if (kids[i].name === 'VariableName')
                        parts.push(this.text(kids[i]));
                    i++;
                }
                let alias;
                if (kids[i]?.name === 'as' && kids[i + 1]) {
                    alias = this.text(kids[i + 1]);
                    i += 2;
                }
                if (parts.length) {
                    const mod = parts.join('.');
                    this.facts.imports.push({ module: mod, level: 0, line, where: ctx.where });
                    if (alias)
                        this.assignName(alias, { k: 'ref', q: mod, t: 0 }, scope);
                    else
                        this.assignName(parts[0], { k: 'ref', q: parts[0], t: 0 }, scope);
                }
                i++;
            }
            return;
        }
        // from [.]*a.b import x [as y], ...
        let i = 1;
        let level = 0;
        const modParts = [];
        while (i < kids.length && kids[i].name !== 'import') {
            const k = kids[i];
            if (k.name === '.') {
                if (modParts.length === 0)
                    level++;
            }
            else if (k.name === 'Ellipsis')
                level += 3;
            else if (k.name === 'VariableName')
                modParts.push(this.text(k));
            i++;
        }
        i++;
        const mod = modParts.join('.');
        const base = '.'.repeat(level) + mod;
        const names = [];
        while (i < kids.length) {
            const k = kids[i];
            if (k.name === '*') {
                names.push('*');
                this.starModules.push(base);
            }
            else if (k.name === 'VariableName') {
                const name = this.text(k);
                let alias = name;
                if (kids[i + 1]?.name === 'as' && kids[i + 2]) {
                    alias = this.text(kids[i + 2]);
                    i += 2;
                }
                names.push(name);
                const q = level > 0 && !mod ? '.'.repeat(level) + name : `${base}.${name}`;
                this.assignName(alias, { k: 'ref', q, t: q === 'os.environ' ? Taint.ENV_ALL : 0 }, scope);
            }
            i++;
        }
        this.facts.imports.push({ module: mod, level, line, where: ctx.where, names });
    }
    defineFunction(node, scope, ctx) {
        const nameNode = node.getChild('VariableName');
        const body = node.getChild('Body');
        const paramList = node.getChild('ParamList');
        if (!nameNode || !body)
            return undefined;
        const name = this.text(nameNode);
        const cls = scope.kind === 'class' ? this.currentClass : undefined;
        const fn = {
            id: this.fns.length,
            name,
            scopeName: cls ? `method ${cls.name}.${name}` : `function ${name}`,
            node,
            params: paramList ? this.params(paramList) : [],
            body,
            defScope: scope.kind === 'class' ? (scope.parent ?? this.module) : scope,
            cls,
            lambda: false,
            results: new Map(),
            evalCount: 0,
            active: false,
            entries: new Set(),
        };
        this.fns.push(fn);
        for (const p of fn.params)
            if (p.def)
                this.evalExpr(p.def, scope, ctx);
        const v = { k: 'fn', id: fn.id, t: 0 };
        this.assignName(name, v, scope);
        if (cls)
            cls.methods.set(name, fn.id);
        return v;
    }
    params(list) {
        const out = [];
        let star = 'pos';
        let pendingDefault = false;
        for (let c = list.firstChild; c; c = c.nextSibling) {
            if (c.name === '*')
                star = 'star';
            else if (c.name === '**')
                star = 'kw';
            else if (c.name === 'VariableName') {
                out.push({ name: this.text(c), kind: star });
                star = 'pos';
            }
            else if (c.name === 'AssignOp')
                pendingDefault = true;
            else if (pendingDefault && EXPRESSIONS.has(c.name)) {
                if (out.length)
                    out[out.length - 1].def = c;
                pendingDefault = false;
            }
        }
        return out;
    }
    currentClass;
    defineClass(node, scope, ctx) {
        const nameNode = node.getChild('VariableName');
        const body = node.getChild('Body');
        if (!nameNode || !body)
            return undefined;
        const name = this.text(nameNode);
        const argList = node.getChild('ArgList');
        const bases = argList ? this.evalArgs(argList, scope, ctx).args : [];
        const cls = {
            id: this.classes.length,
            name,
            bases,
            methods: new Map(),
            attrs: new Map(),
            command: bases.some((b) => (b.k === 'ref' && isCommandBase(b.q)) || (b.k === 'cls' && this.classes[b.id].command)),
            hook: bases.some((b) => (b.k === 'ref' && isHookBase(b.q)) || (b.k === 'cls' && this.classes[b.id].hook)),
            line: this.lineOf(node),
        };
        this.classes.push(cls);
        if (cls.command)
            this.facts.commands.push(name);
        const v = { k: 'cls', id: cls.id, t: 0 };
        this.assignName(name, v, scope);
        const classScope = new Scope(scope, 'class');
        const outer = this.currentClass;
        this.currentClass = cls;
        this.execBlock(body, classScope, { ...ctx, where: { scope: `class ${name}`, entry: ctx.where.entry } });
        this.currentClass = outer;
        for (const [k, val] of classScope.vars)
            if (val.k !== 'fn')
                cls.attrs.set(k, val);
        return v;
    }
    // Functions ---------------------------------------------------------------------------------
    invoke(fn, args, kwargs, caller, self, asEntry = false) {
        const entry = caller.where.entry;
        let argTaint = 0;
        for (const a of args)
            argTaint |= deepTaint(a);
        for (const a of Object.values(kwargs))
            argTaint |= deepTaint(a);
        if (fn.active)
            return unknown(argTaint | Taint.PARAM);
        const key = `${entry ?? ''}|${signature(args, kwargs)}`;
        const memo = fn.results.get(key);
        if (memo)
            return memo;
        if (!fn.lambda && fn.evalCount >= MAX_EVALS_PER_FN)
            return fn.last ?? unknown(argTaint);
        if (!this.step(10))
            return unknown(argTaint);
        fn.evalCount++;
        fn.entries.add(entry ?? '');
        fn.active = true;
        const scope = new Scope(fn.defScope, 'function');
        this.bindParams(fn, scope, args, kwargs, self, asEntry);
        const ctx = { where: { scope: fn.lambda ? caller.where.scope : fn.scopeName, entry }, fn, returns: [] };
        const savedLine = this.line;
        let result;
        if (fn.lambda)
            result = this.evalExpr(fn.body, scope, ctx);
        else {
            this.execBlock(fn.body, scope, ctx);
            result = ctx.returns.length ? mergeValues(ctx.returns) : NONE;
        }
        this.line = savedLine;
        fn.active = false;
        fn.last = result;
        fn.results.set(key, result);
        return result;
    }
    bindParams(fn, scope, args, kwargs, self, asEntry) {
        const positional = self ? [self, ...args] : args;
        let i = 0;
        const used = new Set();
        for (const p of fn.params) {
            let v;
            if (p.kind === 'star') {
                v = { k: 'seq', items: positional.slice(i), tuple: true, t: asEntry ? Taint.PARAM : 0 };
                i = positional.length;
            }
            else if (p.kind === 'kw') {
                const rest = Object.keys(kwargs).filter((k) => !used.has(k));
                v = { k: 'dict', keys: rest, values: rest.map((k) => kwargs[k]), t: asEntry ? Taint.PARAM : 0 };
            }
            else if (i < positional.length)
                v = positional[i++];
            else if (p.name in kwargs) {
                v = kwargs[p.name];
                used.add(p.name);
            }
            else if (p.def && !asEntry)
                v = this.evalExpr(p.def, fn.defScope, { where: { scope: fn.scopeName } });
            else
                v = unknown(Taint.PARAM);
            scope.vars.set(p.name, v);
        }
    }
    apply(f, args) {
        if (f.k === 'ref')
            return callKnown(f.q, args, {}, this) ?? unknown(args.reduce((t, a) => t | deepTaint(a), 0));
        if (f.k === 'fn')
            return this.invoke(this.fns[f.id], args, {}, this.ctx, f.self);
        return unknown(args.reduce((t, a) => t | deepTaint(a), 0));
    }
    // Expressions -------------------------------------------------------------------------------
    exprChildren(node) {
        const out = [];
        for (let c = node.firstChild; c; c = c.nextSibling)
            if (EXPRESSIONS.has(c.name))
                out.push(c);
        return out;
    }
    evalChildren(node, scope, ctx) {
        for (let c = node.firstChild; c; c = c.nextSibling)
            if (EXPRESSIONS.has(c.name))
                this.evalExpr(c, scope, ctx);
    }
    evalExpr(node, scope, ctx) {
        if (!this.step()) {
            this.scanCallsFlat(node, scope, ctx);
            return unknown();
        }
        if (this.depth >= MAX_EXPR_DEPTH + this.extraDepth) {
            if (this.inFlatScan)
                return unknown();
            if (!this.depthLimitHit) {
                this.depthLimitHit = true;
                this.facts.limits.push(`${this.opts.path}:${this.lineOf(node)}: expressions or calls nested deeper than ${MAX_EXPR_DEPTH}; their calls were scanned without folding`);
            }
            this.scanCallsFlat(node, scope, ctx);
            return unknown();
        }
        this.depth++;
        const saved = this.ctx;
        this.ctx = ctx;
        try {
            return this.evalInner(node, scope, ctx);
        }
        finally {
            this.depth--;
            this.ctx = saved;
        }
    }
    evalInner(node, scope, ctx) {
        switch (node.name) {
            case 'VariableName': {
                const v = this.lookup(this.text(node), scope);
                if (v.k === 'ref')
                    this.recordRef(v.q, node, ctx);
                else if (v.k === 'fn' || v.k === 'cls')
                    this.referenced(v, ctx);
                return v;
            }
            case 'String': {
                const lit = stringLiteral(this.text(node));
                const v = str(lit.value, 0, { b: lit.bytes || undefined, lit: true });
                this.recordLiteral(node, v, ctx);
                return v;
            }
            case 'FormatString':
                return this.evalFormatString(node, scope, ctx);
            case 'ContinuedString': {
                const parts = this.exprChildren(node).map((c) => this.evalExpr(c, scope, ctx));
                const bytes = parts.every((p) => p.k === 'str' && p.b);
                return joinPieces(parts, '', bytes);
            }
            case 'Number':
                return parseNumber(this.text(node));
            case 'Boolean':
                return { k: 'const', v: this.text(node) === 'True' ? 'True' : 'False', t: 0 };
            case 'None':
                return NONE;
            case 'Ellipsis':
                return unknown();
            case 'ParenthesizedExpression': {
                const inner = this.exprChildren(node);
                return inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
            }
            case 'TupleExpression':
            case 'ArrayExpression':
            case 'SetExpression':
                return this.evalSequence(node, scope, ctx);
            case 'DictionaryExpression':
                return this.evalDict(node, scope, ctx);
            case 'ComprehensionExpression':
            case 'ArrayComprehensionExpression':
            case 'SetComprehensionExpression':
            case 'DictionaryComprehensionExpression':
                return this.evalComprehension(node, scope, ctx);
            case 'BinaryExpression':
                return this.evalBinary(node, scope, ctx);
            case 'UnaryExpression': {
                const op = node.firstChild;
                const arg = node.lastChild;
                if (!op || !arg || op === arg)
                    return unknown();
                const v = this.evalExpr(arg, scope, ctx);
                const o = this.text(op);
                if (o === 'not') {
                    const b = truthyKnown(v);
                    return b === undefined ? unknown(v.t) : { k: 'const', v: b ? 'False' : 'True', t: 0 };
                }
                if (v.k !== 'num')
                    return unknown(v.t);
                if (o === '-')
                    return num(-v.n);
                if (o === '~')
                    return num(~v.n);
                return v;
            }
            case 'AwaitExpression':
            case 'YieldExpression': {
                const inner = this.exprChildren(node);
                for (const c of inner)
                    this.evalExpr(c, scope, ctx);
                return unknown();
            }
            case 'ConditionalExpression': {
                const parts = this.exprChildren(node);
                const vals = parts.map((p) => this.evalExpr(p, scope, ctx));
                if (vals.length < 3)
                    return unknown();
                const cond = truthyKnown(vals[1]);
                if (cond === true)
                    return vals[0];
                if (cond === false)
                    return vals[2];
                return withMoreTaint(vals[0], deepTaint(vals[2]));
            }
            case 'NamedExpression': {
                const [target, value] = this.exprChildren(node);
                if (!target || !value)
                    return unknown();
                const v = this.evalExpr(value, scope, ctx);
                this.assignTarget(target, v, scope, ctx);
                return v;
            }
            case 'LambdaExpression':
                return this.defineLambda(node, scope, ctx);
            case 'CallExpression':
                return this.evalCall(node, scope, ctx);
            case 'MemberExpression':
                return this.evalMember(node, scope, ctx);
            default:
                return unknown();
        }
    }
    evalFormatString(node, scope, ctx) {
        const text = this.text(node);
        const prefix = /^[a-zA-Z]*/.exec(text)[0];
        const raw = /r/i.test(prefix);
        const bytes = /b/i.test(prefix);
        const q = text[prefix.length];
        const quoteLen = text.startsWith(q + q + q, prefix.length) ? 3 : 1;
        let pos = node.from + prefix.length + quoteLen;
        const end = node.to - quoteLen;
        const pieces = [];
        const literal = (from, to) => {
            if (to <= from)
                return;
            let s = this.src.text.slice(from, to).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
            if (!raw)
                s = parse_unescape(s, bytes);
            pieces.push(str(s));
        };
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name !== 'FormatReplacement')
                continue;
            literal(pos, c.from);
            const inner = this.exprChildren(c);
            const v = inner.length ? this.evalExpr(inner[0], scope, ctx) : unknown();
            const conv = c.getChild('FormatConversion');
            pieces.push(conv && this.text(conv) === '!r' && v.k === 'str' && !v.partial ? str(`'${v.s}'`, v.t) : v);
            pos = c.to;
        }
        literal(pos, end);
        const out = joinPieces(pieces, '', bytes);
        if (node.getChild('FormatReplacement'))
            this.recordBuilt(out, ctx);
        else {
            if (out.k === 'str')
                out.lit = true;
            this.recordLiteral(node, out, ctx);
        }
        return out;
    }
    evalSequence(node, scope, ctx) {
        const items = [];
        let t = 0;
        let spread = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === '*') {
                spread = true;
                continue;
            }
            if (!EXPRESSIONS.has(c.name))
                continue;
            const v = this.evalExpr(c, scope, ctx);
            if (spread) {
                const inner = iterate(v, this);
                if (inner)
                    items.push(...inner);
                else
                    t |= deepTaint(v);
                spread = false;
            }
            else
                items.push(v);
            if (items.length > MAX_ITEMS)
                return unknown(t);
        }
        return { k: 'seq', items, tuple: node.name === 'TupleExpression' || undefined, t };
    }
    evalDict(node, scope, ctx) {
        const keys = [];
        const values = [];
        let t = 0;
        let pendingKey;
        let spread = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === '**') {
                spread = true;
                continue;
            }
            if (!EXPRESSIONS.has(c.name))
                continue;
            const v = this.evalExpr(c, scope, ctx);
            if (spread) {
                if (v.k === 'dict') {
                    keys.push(...v.keys);
                    values.push(...v.values);
                }
                else
                    t |= deepTaint(v);
                spread = false;
            }
            else if (pendingKey === undefined)
                pendingKey = v;
            else {
                keys.push(pendingKey.k === 'str' && !pendingKey.partial ? pendingKey.s : pendingKey.k === 'num' ? String(pendingKey.n) : undefined);
                values.push(v);
                t |= pendingKey.t;
                pendingKey = undefined;
            }
        }
        return { k: 'dict', keys, values, t };
    }
    evalComprehension(node, scope, ctx) {
        // children: open, element (or key ':' value), then clauses `for targets in iterable` / `if cond`
        const kids = [];
        for (let c = node.firstChild; c; c = c.nextSibling)
            kids.push(c);
        const firstFor = kids.findIndex((k) => k.name === 'for' || k.name === 'async');
        if (firstFor === -1)
            return unknown();
        const elements = kids.slice(0, firstFor).filter((k) => EXPRESSIONS.has(k.name));
        const clauses = [];
        let cur;
        let inIter = false;
        for (const k of kids.slice(firstFor)) {
            if (k.name === 'for') {
                cur = { kind: 'for', targets: [] };
                clauses.push(cur);
                inIter = false;
            }
            else if (k.name === 'if') {
                cur = { kind: 'if', targets: [] };
                clauses.push(cur);
                inIter = true;
            }
            else if (k.name === 'in' && cur)
                inIter = true;
            else if (cur && EXPRESSIONS.has(k.name)) {
                if (inIter)
                    cur.expr ??= k;
                else
                    cur.targets.push(k);
            }
        }
        const inner = new Scope(scope, 'function');
        const results = [];
        let taint = 0;
        let exact = true;
        const run = (ci) => {
            if (!exact && results.length > 0)
                return;
            if (ci === clauses.length) {
                const vals = elements.map((e) => this.evalExpr(e, inner, ctx));
                if (vals.length === 2)
                    results.push({ k: 'seq', items: vals, tuple: true, t: 0 });
                else if (vals[0])
                    results.push(vals[0]);
                return;
            }
            const cl = clauses[ci];
            if (cl.kind === 'if') {
                const v = cl.expr ? this.evalExpr(cl.expr, inner, ctx) : unknown();
                if (truthyKnown(v) !== false)
                    run(ci + 1);
                return;
            }
            const it = cl.expr ? this.evalExpr(cl.expr, ci === 0 ? scope : inner, ctx) : unknown();
            const items = iterate(it, this);
            if (!items || !this.step(items.length)) {
                exact = false;
                taint |= deepTaint(it);
                this.bindComp(cl.targets, unknown(deepTaint(it)), inner, ctx);
                run(ci + 1);
                return;
            }
            for (const item of items) {
                this.bindComp(cl.targets, item, inner, ctx);
                run(ci + 1);
                if (results.length > MAX_ITEMS) {
                    exact = false;
                    return;
                }
            }
        };
        run(0);
        if (!exact) {
            for (const r of results)
                taint |= deepTaint(r);
            return unknown(taint);
        }
        if (node.name === 'DictionaryComprehensionExpression') {
            return {
                k: 'dict',
                keys: results.map((r) => (r.k === 'seq' ? knownStr(r.items[0]) : undefined)),
                values: results.map((r) => (r.k === 'seq' ? r.items[1] : unknown())),
                t: 0,
            };
        }
        return { k: 'seq', items: results, t: 0 };
    }
    bindComp(targets, v, scope, ctx) {
        if (targets.length === 1)
            this.assignTarget(targets[0], v, scope, ctx);
        else
            this.assignTargets(targets, v, scope, ctx);
    }
    evalBinary(node, scope, ctx) {
        // Long left-leaning chains (`"a" + "b" + ...`) are walked iteratively.
        const chain = [];
        let left = node;
        while (left.name === 'BinaryExpression') {
            const l = left.firstChild;
            const opNode = l?.nextSibling;
            const r = left.lastChild;
            if (!l || !opNode || !r || r === opNode)
                break;
            let op = this.text(opNode);
            if (op === 'not' || op === 'is')
                op = `${op} ${this.text(opNode.nextSibling ?? opNode)}`;
            chain.push({ op, right: r });
            left = l;
            if (chain.length > 100_000)
                break;
        }
        let acc = left === node ? unknown() : this.evalExpr(left, scope, ctx);
        for (let i = chain.length - 1; i >= 0; i--) {
            const { op, right } = chain[i];
            if (op === 'and' || op === 'or') {
                const r = this.evalExpr(right, scope, ctx);
                const b = truthyKnown(acc);
                if (op === 'or')
                    acc = b === true ? acc : b === false ? r : withMoreTaint(acc, deepTaint(r));
                else
                    acc = b === false ? acc : b === true ? r : withMoreTaint(r, deepTaint(acc));
                continue;
            }
            const r = this.evalExpr(right, scope, ctx);
            if (/^(==|!=|<|>|<=|>=|<>|in|not in|is|is not)$/.test(op) || op.startsWith('not') || op.startsWith('is')) {
                acc = compare(op, acc, r);
                continue;
            }
            if (acc.k === 'obj' && acc.q === 'pathlib.Path()' && op === '/') {
                acc = { ...acc, path: callKnown('os.path.join', [acc.path ?? unknown(), r], {}, this) };
                continue;
            }
            acc = binaryOp(op, acc, r);
        }
        return acc;
    }
    defineLambda(node, scope, ctx) {
        const paramList = node.getChild('ParamList');
        const body = this.exprChildren(node).pop();
        if (!body)
            return unknown();
        const fn = {
            id: this.fns.length,
            name: '<lambda>',
            scopeName: ctx.where.scope,
            node,
            params: paramList ? this.params(paramList) : [],
            body,
            defScope: scope,
            lambda: true,
            results: new Map(),
            evalCount: 0,
            active: false,
            entries: new Set(),
        };
        this.fns.push(fn);
        const v = { k: 'fn', id: fn.id, t: 0 };
        this.referenced(v, ctx);
        return v;
    }
    // Names and attributes ----------------------------------------------------------------------
    lookup(name, scope) {
        for (let s = scope; s; s = s.parent) {
            if (s.kind === 'class' && s !== scope)
                continue;
            const v = s.vars.get(name);
            if (v)
                return v;
        }
        if (name === '__builtins__' || name === 'builtins')
            return { k: 'ref', q: 'builtins', t: 0 };
        if (BUILTINS.has(name))
            return { k: 'ref', q: `builtins.${name}`, t: 0 };
        for (const m of this.starModules) {
            if (STAR_EXPORTS[m]?.includes(name))
                return { k: 'ref', q: `${m}.${name}`, t: m === 'os' && name === 'environ' ? Taint.ENV_ALL : 0 };
        }
        return { k: 'ref', q: name, t: 0 };
    }
    global(name) {
        const v = this.module.vars.get(name);
        if (v)
            return v;
        if (name === '__builtins__')
            return { k: 'ref', q: 'builtins', t: 0 };
        if (BUILTINS.has(name))
            return { k: 'ref', q: `builtins.${name}`, t: 0 };
        return undefined;
    }
    attr(obj, name) {
        switch (obj.k) {
            case 'ref': {
                const base = obj.q === '__builtins__' ? 'builtins' : obj.q;
                const q = `${base}.${name}`;
                if (q === 'os.environ' || q === 'os.environb')
                    return { k: 'ref', q, t: Taint.ENV_ALL };
                if (q === 'builtins.__dict__' || q === 'builtins.__builtins__')
                    return { k: 'ref', q: base, t: 0 };
                if (base.endsWith('.__dict__'))
                    return { k: 'ref', q: `${base.slice(0, -9)}.${name}`, t: 0 };
                return { k: 'ref', q, t: obj.t & Taint.ENV_ALL ? 0 : obj.t };
            }
            case 'obj': {
                if (obj.q === 'pathlib.Path()') {
                    const p = obj.path ?? unknown();
                    if (name === 'parent')
                        return { ...obj, path: callKnown('os.path.dirname', [p], {}, this) };
                    if (name === 'name')
                        return callKnown('os.path.basename', [p], {}, this);
                    if (name === 'stem' || name === 'suffix')
                        return unknown(p.t);
                    return { k: 'obj', q: `pathlib.Path().${name}`, t: obj.t, path: p };
                }
                return { k: 'obj', q: `${obj.q}.${name}`, t: obj.t, path: obj.path, mode: obj.mode };
            }
            case 'inst':
            case 'cls': {
                const found = this.classAttr(obj.k === 'inst' ? obj.cls : obj.id, name, 0);
                if (found?.k === 'fn' && obj.k === 'inst')
                    return { ...found, self: obj };
                return found ?? unknown(obj.t);
            }
            case 'str':
                return { k: 'obj', q: `str.${name}`, t: obj.t };
            default:
                return { k: 'unknown', t: obj.t };
        }
    }
    classAttr(id, name, depth) {
        const cls = this.classes[id];
        const m = cls.methods.get(name);
        if (m !== undefined)
            return { k: 'fn', id: m, t: 0 };
        const a = cls.attrs.get(name);
        if (a)
            return a;
        if (depth > 20)
            return undefined;
        for (const b of cls.bases) {
            if (b.k === 'cls') {
                const found = this.classAttr(b.id, name, depth + 1);
                if (found)
                    return found;
            }
            else if (b.k === 'ref') {
                if (isCommandBase(b.q) && (name === 'spawn' || name === 'execute' || name === 'run_command' || name === 'announce'))
                    return { k: 'ref', q: `setuptools.Command.${name}`, t: 0 };
                return { k: 'ref', q: `${b.q}.${name}`, t: 0 };
            }
        }
        return undefined;
    }
    evalMember(node, scope, ctx) {
        const objNode = node.firstChild;
        if (!objNode)
            return unknown();
        const obj = this.evalExpr(objNode, scope, ctx);
        const prop = node.getChild('PropertyName');
        if (prop) {
            const v = this.attr(obj, this.text(prop));
            if (v.k === 'ref')
                this.recordRef(v.q, node, ctx);
            else if (v.k === 'fn' || v.k === 'cls')
                this.referenced(v, ctx);
            return v;
        }
        return this.evalSubscript(node, obj, scope, ctx);
    }
    subscriptParts(node) {
        const parts = [];
        let isSlice = false;
        let cur;
        let started = false;
        for (let c = node.firstChild; c; c = c.nextSibling) {
            if (c.name === '[') {
                started = true;
                continue;
            }
            if (!started)
                continue;
            if (c.name === ':') {
                isSlice = true;
                parts.push(cur);
                cur = undefined;
            }
            else if (c.name === ']') {
                parts.push(cur);
            }
            else if (EXPRESSIONS.has(c.name))
                cur = c;
        }
        return { parts, isSlice };
    }
    subscriptKey(node, scope, ctx) {
        const { parts, isSlice } = this.subscriptParts(node);
        if (isSlice || !parts[0])
            return undefined;
        const v = this.evalExpr(parts[0], scope, ctx);
        return v.k === 'str' && !v.partial ? v.s : v.k === 'num' ? String(v.n) : undefined;
    }
    evalSubscript(node, obj, scope, ctx) {
        const { parts, isSlice } = this.subscriptParts(node);
        const vals = parts.map((p) => (p ? this.evalExpr(p, scope, ctx) : undefined));
        if (isSlice) {
            const nums = vals.map((v) => (v && v.k === 'num' ? v.n : undefined));
            if (vals.some((v, i) => v !== undefined && nums[i] === undefined))
                return unknown(deepTaint(obj));
            const [a, b, s] = nums;
            if (obj.k === 'str' && !obj.partial) {
                const out = slice(obj.s, a, b, s ?? 1);
                if (out === undefined)
                    return unknown(obj.t);
                const reversed = (s ?? 1) < 0 && obj.s.length >= 8;
                if (reversed) {
                    const v = str(out, obj.t | Taint.DECODED, { b: obj.b, how: obj.how ? `${obj.how} -> reversed` : 'reversed' });
                    this.facts.decodes.push({ codec: 'reversed', line: this.lineOf(node), where: ctx.where, ok: true, output: v, inputLength: obj.s.length });
                    this.recordBuilt(v, ctx);
                    return v;
                }
                return str(out, obj.t, { b: obj.b, how: obj.how });
            }
            if (obj.k === 'seq') {
                const out = slice(obj.items, a, b, s ?? 1);
                return out ? { k: 'seq', items: out, t: obj.t } : unknown(deepTaint(obj));
            }
            return withMoreTaint(unknown(deepTaint(obj)), 0);
        }
        const key = vals[0] ?? unknown();
        const keyStr = knownStr(key);
        if (obj.k === 'ref') {
            if (obj.q === 'os.environ' || obj.q === 'os.environb')
                return envRead(key);
            if (obj.q === '<globals>' && keyStr !== undefined) {
                const v = this.global(keyStr);
                this.dynamic('globals()', key, v?.k === 'ref' ? v.q : keyStr, 'globals');
                return v ?? unknown();
            }
            if (obj.q === 'sys.modules' && keyStr !== undefined)
                return { k: 'ref', q: keyStr, t: 0 };
            if (obj.q === 'builtins' || obj.q.endsWith('.__dict__')) {
                const base = obj.q === 'builtins' ? 'builtins' : obj.q.slice(0, -9);
                this.dynamic('__dict__', key, keyStr !== undefined ? `${base}.${keyStr}` : undefined, base);
                return keyStr !== undefined ? { k: 'ref', q: `${base}.${keyStr}`, t: 0 } : unknown(key.t);
            }
            return { k: 'obj', q: `${obj.q}[]`, t: obj.t | key.t };
        }
        if (obj.k === 'str' && key.k === 'num' && !obj.partial) {
            const i = key.n < 0 ? obj.s.length + key.n : key.n;
            if (i < 0 || i >= obj.s.length)
                return unknown(obj.t);
            return obj.b ? num(obj.s.charCodeAt(i)) : str(obj.s[i], obj.t);
        }
        if (obj.k === 'seq' && key.k === 'num') {
            const i = key.n < 0 ? obj.items.length + key.n : key.n;
            return obj.items[i] ?? unknown(deepTaint(obj));
        }
        if (obj.k === 'dict') {
            if (keyStr !== undefined || key.k === 'num') {
                const i = obj.keys.indexOf(keyStr ?? String(key.n));
                if (i !== -1)
                    return obj.values[i];
            }
            return unknown(deepTaint(obj));
        }
        if (obj.k === 'obj')
            return { k: 'obj', q: `${obj.q}[]`, t: obj.t };
        return unknown(deepTaint(obj) | key.t);
    }
    // Calls -------------------------------------------------------------------------------------
    evalArgs(argList, scope, ctx, metaFor) {
        const args = [];
        const kwargs = {};
        // `f(x for x in y)`: lezer flattens the generator into the argument list
        if (argList.getChild('for'))
            return { args: [this.evalComprehension(argList, scope, ctx)], kwargs };
        let kwName;
        let star = '';
        for (let c = argList.firstChild; c; c = c.nextSibling) {
            if (c.name === '*' || c.name === '**') {
                star = c.name;
                continue;
            }
            if (c.name === 'VariableName' && c.nextSibling?.name === 'AssignOp') {
                kwName = this.text(c);
                continue;
            }
            if (c.name === 'AssignOp')
                continue;
            if (!EXPRESSIONS.has(c.name))
                continue;
            const meta = kwName !== undefined && metaFor?.(kwName);
            const v = this.evalExpr(c, scope, meta ? { ...ctx, meta: true } : ctx);
            if (kwName !== undefined) {
                kwargs[kwName] = v;
                kwName = undefined;
            }
            else if (star === '*') {
                const items = iterate(v, this);
                if (items)
                    args.push(...items);
                else
                    args.push(v);
            }
            else if (star === '**') {
                if (v.k === 'dict')
                    v.keys.forEach((k, i) => k !== undefined && (kwargs[k] = v.values[i]));
                else
                    kwargs['**'] = v;
            }
            else
                args.push(v);
            star = '';
        }
        return { args, kwargs };
    }
    evalCall(node, scope, ctx) {
        const calleeNode = node.firstChild;
        const argList = node.getChild('ArgList');
        if (!calleeNode)
            return unknown();
        let receiver;
        let method;
        let callee;
        if (calleeNode.name === 'MemberExpression' && calleeNode.getChild('PropertyName')) {
            const objNode = calleeNode.firstChild;
            receiver = this.evalExpr(objNode, scope, ctx);
            method = this.text(calleeNode.getChild('PropertyName'));
            callee = this.attr(receiver, method);
            if (callee.k === 'ref')
                this.recordRef(callee.q, calleeNode, ctx);
        }
        else if (calleeNode.name === 'VariableName') {
            callee = this.lookup(this.text(calleeNode), scope);
            if (callee.k === 'ref')
                this.recordRef(callee.q, calleeNode, ctx);
        }
        else
            callee = this.evalExpr(calleeNode, scope, ctx);
        const q = callee.k === 'ref' || (callee.k === 'obj' && !(receiver && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict'))) ? callee.q : undefined;
        const isSetup = q !== undefined && (SETUP_CALLS.has(q) || q.endsWith('.setup') && /^(setuptools|distutils)/.test(q));
        const { args, kwargs } = argList ? this.evalArgs(argList, scope, ctx, isSetup ? (k) => METADATA_KWARGS.has(k) : undefined) : { args: [], kwargs: {} };
        this.line = this.lineOf(node);
        if (receiver && method && (receiver.k === 'str' || receiver.k === 'seq' || receiver.k === 'dict')) {
            const v = methodOnValue(receiver, method, args, kwargs, this);
            return v ?? unknown(receiver.t | argsTaint(args, kwargs));
        }
        if (callee.k === 'fn') {
            const fn = this.fns[callee.id];
            return this.invoke(fn, args, kwargs, ctx, callee.self);
        }
        if (callee.k === 'cls') {
            const inst = { k: 'inst', cls: callee.id, t: 0 };
            const init = this.classAttr(callee.id, '__init__', 0);
            if (init?.k === 'fn')
                this.invoke(this.fns[init.id], args, kwargs, ctx, inst);
            return inst;
        }
        if (q === undefined) {
            const name = method ? `?.${method}` : '?';
            const t = argsTaint(args, kwargs) | callee.t;
            const result = unknown(t);
            this.recordCall(name, args, kwargs, node, ctx, receiver, result);
            return result;
        }
        let result;
        if (q === 'builtins.getattr')
            result = this.getattrCall(args);
        else if (q in EXEC_CALLS)
            result = this.handleExec(q, args, kwargs, ctx);
        else if (isSetup) {
            this.handleSetup(kwargs, node);
            result = NONE;
        }
        else if (isFileRead(q))
            result = this.fileRead(callee);
        else if (q === 'sys.path.insert' || q === 'sys.path.append') {
            const p = args[args.length - 1];
            const s = p && (p.k === 'str' ? p.s : p.k === 'obj' && p.path?.k === 'str' ? p.path.s : undefined);
            if (s !== undefined && !s.includes(HOLE)) {
                const n = normalizePath(s);
                if (n !== undefined)
                    this.facts.sysPath.push(n);
            }
            result = NONE;
        }
        else {
            result = callKnown(q, args, kwargs, this, callee) ?? genericResult(q, args, kwargs, receiver);
        }
        if (!PURE_CALLS.has(q)) {
            this.recordCall(q, args, kwargs, node, ctx, receiver, result);
            this.writtenCode(q, args, callee, ctx);
            if (q in PROCESS_CALLS) {
                const call = this.facts.calls[this.facts.calls.length - 1];
                this.processPayloads(call, ctx);
                // `whoami`, `hostname`: the output says who the host is
                const cmd = commandOf(call);
                if (cmd && IDENTITY_PROGRAMS.test(cmd.text.trim()) && result.k === 'obj')
                    result.t |= Taint.IDENTITY;
            }
        }
        return result;
    }
    getattrCall(args) {
        const [obj, name, dflt] = args;
        if (!obj || !name)
            return unknown();
        const n = knownStr(name);
        const on = obj.k === 'ref' ? obj.q : undefined;
        if (n === undefined) {
            this.dynamic('getattr', name, undefined, on);
            return unknown(name.t | (dflt?.t ?? 0));
        }
        const v = this.attr(obj, n);
        this.dynamic('getattr', name, v.k === 'ref' ? v.q : undefined, on);
        if (v.k === 'ref')
            this.facts.refs.push({ q: v.q, line: this.line, where: this.ctx.where });
        return v;
    }
    handleSetup(kwargs, node) {
        const cmdclass = kwargs.cmdclass;
        if (cmdclass?.k !== 'dict')
            return;
        cmdclass.keys.forEach((k, i) => {
            const v = cmdclass.values[i];
            if (v.k !== 'cls')
                return;
            const cls = this.classes[v.id];
            if (!cls.command) {
                cls.command = true;
                this.facts.commands.push(cls.name);
            }
            this.facts.cmdclass.push({ command: k ?? '?', cls: cls.name, line: this.lineOf(node) });
        });
    }
    fileRead(callee) {
        const p = callee.path;
        let t = Taint.FILE;
        const s = p?.k === 'str' && !p.partial ? p.s : undefined;
        if (s !== undefined && !isAbsolute(s)) {
            const rel = normalizePath(s);
            if (rel !== undefined && this.opts.fileExists(rel))
                t = Taint.LOCAL_FILE;
        }
        if (p?.k === 'str' && secretPlace(p.s))
            t |= Taint.SECRET;
        return { k: 'obj', q: `${callee.q}()`, t: t | callee.t | (p ? p.t & ~Taint.IDENTITY : 0), path: p };
    }
    handleExec(q, args, kwargs, ctx) {
        const spec = EXEC_CALLS[q];
        const code = args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined) ?? unknown();
        const line = this.line;
        const pathLike = q === 'builtins.execfile' || q === 'runpy.run_path' || q === 'imp.load_source';
        if (pathLike) {
            const s = knownStr(code.k === 'obj' && code.path ? code.path : code);
            const rel = s !== undefined ? normalizePath(s) : undefined;
            if (rel !== undefined && this.opts.fileExists(rel))
                this.facts.execFiles.push({ path: rel, line });
            return unknown(Taint.LOCAL_FILE);
        }
        if (code.k === 'obj' && code.path && code.t & Taint.LOCAL_FILE) {
            const rel = normalizePath(knownStr(code.path) ?? '');
            if (rel)
                this.facts.execFiles.push({ path: rel, line });
        }
        if (code.k === 'str' && !code.partial) {
            const text = code.b ? decodeUtf8Maybe(code.s) : code.s;
            // binary data would not compile; only text is analysed as code
            if (isText(text))
                this.addPayload(text, code.how ?? 'literal', q.replace('builtins.', ''), code.t, ctx);
        }
        if (q === 'builtins.compile')
            return code;
        return unknown(deepTaint(code));
    }
    addPayload(code, how, via, t, ctx) {
        const key = code.length > 256 ? `${code.length}:${code.slice(0, 128)}:${code.slice(-128)}` : code;
        const seen = this.seenPayloads.get(key);
        if (seen) {
            // decoded first, run afterwards: the run is what matters
            if (seen.via === 'decoded' && via !== 'decoded')
                Object.assign(seen, { via, line: this.line, where: ctx.where });
            return;
        }
        const p = { code, line: this.line, where: ctx.where, how, via, t };
        this.seenPayloads.set(key, p);
        this.facts.payloads.push(p);
    }
    /** Python source written to a `.py` file is code the build can run next; analyse it too. */
    writtenCode(q, args, callee, ctx) {
        if (!/^(builtins\.open\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_text)$/.test(q) || callee.k !== 'obj')
            return;
        const path = callee.path?.k === 'str' ? callee.path.s : '';
        const data = args[0];
        if (!/\.pyw?$/i.test(path) || data?.k !== 'str' || data.partial)
            return;
        const text = data.b ? decodeUtf8Maybe(data.s) : data.s;
        if (text.length >= 16 && isText(text))
            this.addPayload(text, data.how ?? 'literal', 'write', data.t, ctx);
    }
    /** `python -c <code>` and `powershell -EncodedCommand <base64>` carry code of their own. */
    processPayloads(call, ctx) {
        const cmd = commandOf(call);
        if (!cmd)
            return;
        const { argv } = cmd;
        for (let i = 0; i < argv.length - 1; i++) {
            const w = argv[i].toLowerCase();
            if (w === '-c' && /^python|^pythonw|^py$/.test(cmd.program)) {
                this.addPayload(argv[i + 1], cmd.t & Taint.DECODED ? 'decoded' : 'literal', 'python -c', cmd.t, ctx);
            }
            if (/^-(e|ec|enc|encodedcommand|encodedcomman|encod|encode)$/i.test(w) && /powershell|pwsh/.test(cmd.text.toLowerCase())) {
                const blob = argv[i + 1];
                if (blob.includes(HOLE))
                    continue;
                const r = base64Decode(blob, this.opts.budget);
                if (r.ok) {
                    const text = bytesToText(r.value, 'utf-16le') ?? r.value;
                    const v = str(text, Taint.DECODED, { how: 'powershell -EncodedCommand (base64 of UTF-16LE)' });
                    this.facts.decodes.push({ codec: 'powershell-encoded', line: this.line, where: ctx.where, ok: true, output: v, inputLength: blob.length });
                    this.recordBuilt(v, ctx);
                }
            }
        }
    }
    // CallHost ----------------------------------------------------------------------------------
    decode(codec, input, fn, outText = false) {
        const where = this.ctx.where;
        if (input.k !== 'str' || input.partial) {
            // decoding data that is not a constant of the sdist hides nothing in the script itself
            if (input.k === 'str')
                this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: 'input only partly known', inputLength: input.s.length });
            return unknown(deepTaint(input));
        }
        if (this.opts.budget.exhausted) {
            return unknown(input.t | Taint.DECODED);
        }
        const r = fn(input.s);
        if (!r.ok) {
            this.facts.decodes.push({ codec, line: this.line, where, ok: false, reason: r.reason, inputLength: input.s.length });
            // a payload too big to decode is one nobody read: never silent
            if (r.limit)
                this.facts.limits.push(`${this.opts.path}:${this.line}: a ${codec} payload was not analysed (${r.reason})`);
            return unknown(input.t | Taint.DECODED);
        }
        if (!this.opts.budget.charge(r.value.length)) {
            this.facts.limits.push(`${this.opts.path}:${this.line}: decode budget exhausted; later payloads were not decoded`);
            return unknown(input.t | Taint.DECODED);
        }
        const how = input.how ? `${input.how} -> ${codec}` : codec;
        const out = str(r.value, input.t | Taint.DECODED, { b: outText ? input.b : true, how });
        this.facts.decodes.push({ codec, line: this.line, where, ok: true, output: out, inputLength: input.s.length });
        this.recordBuilt(out, this.ctx);
        // decoded Python is analysed even when it is written to a file rather than exec'd here
        const text = out.b ? decodeUtf8Maybe(out.s) : out.s;
        if (text.length >= 16 && looksLikePython(text))
            this.addPayload(text, how, 'decoded', out.t, this.ctx);
        return out;
    }
    opaque(codec, input) {
        const t = deepTaint(input);
        // a constant (or data decoded from one) is a payload shipped in the script; anything else
        // is data the build reads, such as a cache file
        const constant = (input.k === 'str' && !input.partial && !(t & (Taint.PARAM | Taint.FILE | Taint.LOCAL_FILE | Taint.PROCESS))) || !!(t & Taint.DECODED);
        const evidence = input.k === 'str' ? `${codec} data, ${input.s.length} ${input.b ? 'bytes' : 'chars'}: ${show(input, 80)}` : `${codec} data from ${show(input, 80)}`;
        this.facts.opaque.push({ codec, line: this.line, where: this.ctx.where, evidence, constant });
        return unknown(constant ? t | Taint.OPAQUE | Taint.DECODED : t);
    }
    dynamic(via, name, target, on) {
        this.facts.dynamic.push({
            via,
            name: knownStr(name),
            constructed: name.k === 'str' && !name.lit,
            hidden: !!(deepTaint(name) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)),
            target,
            on,
            line: this.line,
            where: this.ctx.where,
        });
    }
    fileExists(path) {
        return this.opts.fileExists(path);
    }
    // Recording ---------------------------------------------------------------------------------
    recordCall(callee, args, kwargs, node, ctx, receiver, result) {
        let snippet = this.text(node);
        if (snippet.length > 160)
            snippet = snippet.slice(0, 157) + '...';
        this.facts.calls.push({ callee, args, kwargs, line: this.lineOf(node), where: ctx.where, snippet: snippet.replace(/\s+/g, ' '), receiver, result });
        for (const a of args)
            this.recordBuilt(a, ctx);
        for (const a of Object.values(kwargs))
            this.recordBuilt(a, ctx);
    }
    recordRef(q, node, ctx) {
        const line = this.lineOf(node);
        const key = `${q}@${line}`;
        if (this.seenRefs.has(key))
            return;
        this.seenRefs.add(key);
        this.facts.refs.push({ q, line, where: ctx.where });
    }
    recordLiteral(node, v, ctx) {
        if (v.k !== 'str')
            return;
        if (this.seenLiterals.has(node.from))
            return;
        this.seenLiterals.add(node.from);
        if (v.s.length === 0)
            return;
        this.facts.strings.push({ value: v, line: this.lineOf(node), where: ctx.where, kind: 'literal', metadata: ctx.meta || undefined });
    }
    recordBuilt(v, ctx) {
        for (const s of stringsIn(v)) {
            if (s.lit || s.s.length < 4)
                continue;
            const key = `${this.line}|${s.s.length > 300 ? s.s.slice(0, 150) + s.s.length + s.s.slice(-150) : s.s}`;
            if (this.seenBuilt.has(key))
                continue;
            this.seenBuilt.add(key);
            this.facts.strings.push({ value: s, line: this.line, where: ctx.where, kind: 'built', metadata: ctx.meta || undefined });
        }
    }
    /** When the evaluator gives up on a subtree, its calls are still found, with unresolved arguments. */
    scanCallsFlat(node, scope, ctx) {
        if (this.inFlatScan)
            return;
        this.inFlatScan = true;
        try {
            this.scanCallsFlatInner(node, scope, ctx);
        }
        finally {
            this.inFlatScan = false;
            this.extraDepth = 0;
        }
    }
    scanCallsFlatInner(node, scope, ctx) {
        const c = node.cursor();
        const end = node.to;
        let n = 0;
        do {
            if (c.from >= end)
                break;
            if (++n > 200_000)
                break;
            if (c.name === 'CallExpression') {
                const callee = c.node.firstChild;
                if (!callee)
                    continue;
                const name = this.text(callee);
                if (name.length > 120 || !/^[\w.]+$/.test(name))
                    continue;
                const [head, ...rest] = name.split('.');
                const base = this.lookupQuiet(head, scope);
                const q = base && base.k === 'ref' ? [base.q, ...rest].join('.') : name;
                // the arguments of a call found this way are usually shallow: fold them a little deeper
                const argList = c.node.getChild('ArgList');
                this.extraDepth = 30;
                const { args, kwargs } = argList && this.steps < MAX_STEPS ? this.evalArgs(argList, scope, ctx) : { args: [], kwargs: {} };
                this.extraDepth = 0;
                this.facts.calls.push({ callee: q, args, kwargs, line: this.src.lines.lineOf(c.from), where: ctx.where, snippet: name + '(...)' });
            }
            else if (c.name === 'String' && c.to - c.from < 1_000_000) {
                const lit = stringLiteral(this.src.text.slice(c.from, c.to));
                if (!this.seenLiterals.has(c.from) && lit.value.length) {
                    this.seenLiterals.add(c.from);
                    this.facts.strings.push({ value: str(lit.value, 0, { b: lit.bytes || undefined, lit: true }), line: this.src.lines.lineOf(c.from), where: ctx.where, kind: 'literal' });
                }
            }
        } while (c.next());
    }
    lookupQuiet(name, scope) {
        for (let s = scope; s; s = s.parent) {
            const v = s.vars.get(name);
            if (v)
                return v;
        }
        if (BUILTINS.has(name))
            return { k: 'ref', q: `builtins.${name}`, t: 0 };
        return undefined;
    }
}
// Helpers ---------------------------------------------------------------------------------------
function isStringNode(n) {
    return n.name === 'String' || n.name === 'ContinuedString';
}
function methodRank(name) {
    return name === '__init__' ? 0 : name === 'initialize_options' ? 1 : name === 'finalize_options' ? 2 : name === 'run' ? 3 : 4;
}
function moduleNameOf(path) {
    return path.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
}
function isFileRead(q) {
    return /^(builtins\.open\(\)|pathlib\.Path\(\))\.(read|readlines|readline|read_text|read_bytes|__iter__)$/.test(q);
}
function argsTaint(args, kwargs) {
    let t = 0;
    for (const a of args)
        t |= deepTaint(a);
    for (const a of Object.values(kwargs))
        t |= deepTaint(a);
    return t;
}
const PREDICATE = /\.(exists|isfile|isdir|islink|is_file|is_dir|startswith|endswith|match|search|fullmatch|getsize|stat|access|isabs|samefile)$/;
/** The result of an unknown function: data flows from the arguments, except into sinks. */
function genericResult(q, args, kwargs, receiver) {
    if (q in PROCESS_CALLS)
        return { k: 'obj', q: `${q}()`, t: Taint.PROCESS };
    if (isNetworkCall(q))
        return { k: 'obj', q: `${q}()`, t: Taint.NETWORK };
    if (PREDICATE.test(q))
        return unknown();
    const t = argsTaint(args, kwargs) | (receiver ? receiver.t : 0);
    return { k: 'obj', q: `${q}()`, t };
}
function withMoreTaint(v, t) {
    if (!t || (v.t & t) === t)
        return v;
    return { ...v, t: v.t | t };
}
function mergeValues(vals) {
    if (vals.length === 1)
        return vals[0];
    const firstKnown = vals.find((v) => v.k !== 'unknown' && !(v.k === 'const' && v.v === 'None')) ?? vals[0];
    let t = 0;
    for (const v of vals)
        t |= deepTaint(v);
    return withMoreTaint(firstKnown, t);
}
function signature(args, kwargs) {
    const one = (v) => {
        switch (v.k) {
            case 'str':
                return `s${v.t}:${v.s.length > 48 ? v.s.slice(0, 24) + v.s.length + v.s.slice(-24) : v.s}`;
            case 'num':
                return `n${v.n}`;
            case 'ref':
            case 'obj':
                return `${v.k}${v.t}:${v.q}`;
            case 'seq':
                return `[${v.items.slice(0, 6).map(one).join(',')}${v.items.length}]${v.t}`;
            default:
                return `${v.k}${v.t}`;
        }
    };
    return [...args.map(one), ...Object.entries(kwargs).map(([k, v]) => `${k}=${one(v)}`)].join('|');
}
function compare(op, a, b) {
    const t = deepTaint(a) | deepTaint(b);
    const as = a.k === 'str' && !a.partial ? a.s : a.k === 'num' ? a.n : undefined;
    const bs = b.k === 'str' && !b.partial ? b.s : b.k === 'num' ? b.n : undefined;
    if (as !== undefined && bs !== undefined && (op === '==' || op === '!=')) {
        const eq = as === bs;
        return { k: 'const', v: (op === '==') === eq ? 'True' : 'False', t: 0 };
    }
    void t;
    return unknown();
}
function parseNumber(text) {
    const t = text.replace(/_/g, '').replace(/[lLjJ]$/, '');
    let n;
    if (/^0[xX]/.test(t))
        n = parseInt(t.slice(2), 16);
    else if (/^0[oO]/.test(t))
        n = parseInt(t.slice(2), 8);
    else if (/^0[bB]/.test(t))
        n = parseInt(t.slice(2), 2);
    else if (/^0\d+$/.test(t))
        n = parseInt(t, 8);
    else
        n = Number(t);
    return Number.isFinite(n) ? num(n) : unknown();
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
;// CONCATENATED MODULE: ./src/analysis/files.ts
// Which files of an sdist run at build time: setup.py, in-tree PEP 517 backends, Hatch/Poetry/PDM
// build scripts, modules setuptools imports for `attr:` versions, and (followed later, from the
// facts) every local module build-time code imports or execs.


const TOML_MAX = 1024 * 1024;
function planBuild(files) {
    const plan = { initial: [], configs: [], roots: [''], limits: [] };
    const has = (p) => files.has(p);
    if (has('src') || [...files.keys()].some((k) => k.startsWith('src/')))
        plan.roots.push('src');
    const add = (f) => {
        if (!plan.initial.some((x) => x.path === f.path))
            plan.initial.push(f);
    };
    if (has('setup.py'))
        add({ path: 'setup.py', role: 'setup', reason: 'setup.py' });
    const pyproject = files.get('pyproject.toml');
    if (pyproject !== undefined)
        readPyproject(pyproject, plan, has, add);
    const cfg = files.get('setup.cfg');
    if (cfg !== undefined)
        readSetupCfg(cfg, plan, has, add);
    const pkgInfo = files.get('PKG-INFO');
    if (pkgInfo !== undefined)
        plan.configs.push({ path: 'PKG-INFO', strings: [] });
    return plan;
}
function lineOfValue(text, value) {
    const quoted = [JSON.stringify(value), `'${value}'`, value];
    for (const q of quoted) {
        const i = text.indexOf(q);
        if (i !== -1)
            return text.slice(0, i).split('\n').length;
    }
    return 1;
}
function readPyproject(text, plan, has, add) {
    const config = { path: 'pyproject.toml', strings: [] };
    plan.configs.push(config);
    if (text.length > TOML_MAX) {
        plan.limits.push(`pyproject.toml: ${text.length} bytes, more than the ${TOML_MAX} read`);
        return;
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        plan.limits.push(`pyproject.toml: not valid TOML (${e.message.split('\n')[0]}); build hooks named there were not followed`);
        return;
    }
    const bs = obj(doc['build-system']);
    for (const r of arr(bs?.requires)) {
        if (typeof r === 'string')
            config.strings.push({ value: r, line: lineOfValue(text, r), buildRequirement: true });
    }
    const backend = typeof bs?.['build-backend'] === 'string' ? bs['build-backend'] : '';
    const backendPath = arr(bs?.['backend-path']).filter((p) => typeof p === 'string');
    if (backend && backendPath.length) {
        const mod = backend.split(':')[0];
        let found = false;
        for (const dir of backendPath) {
            const root = normalizePath(dir);
            if (root === undefined)
                continue;
            plan.roots.push(root);
            for (const p of moduleFiles(mod, root, has)) {
                add({ path: p, role: 'hook', reason: `the in-tree build backend ${backend} (backend-path ${dir})` });
                found = true;
            }
        }
        if (!found)
            plan.limits.push(`pyproject.toml: build backend ${backend} not found under backend-path ${backendPath.join(', ')}`);
    }
    const tool = obj(doc.tool);
    // Hatch: custom build and metadata hooks, and `source = "code"` versions, which hatch executes
    const hatch = obj(tool?.hatch);
    const hatchHooks = [obj(obj(obj(hatch?.build)?.hooks)?.custom), obj(obj(obj(hatch?.metadata)?.hooks)?.custom)];
    for (const target of Object.values(obj(obj(hatch?.build)?.targets) ?? {}))
        hatchHooks.push(obj(obj(obj(target)?.hooks)?.custom));
    for (const h of hatchHooks) {
        if (!h)
            continue;
        const p = typeof h.path === 'string' ? h.path : 'hatch_build.py';
        const n = normalizePath(p);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'a Hatch build hook' });
    }
    const hatchVersion = obj(hatch?.version);
    if (hatchVersion?.source === 'code' && typeof hatchVersion.path === 'string') {
        const n = normalizePath(hatchVersion.path);
        if (n !== undefined && has(n))
            add({ path: n, role: 'imported', reason: 'the Hatch version source, which Hatch executes' });
    }
    // Poetry: `build = "build.py"` or `[tool.poetry.build] script = "build.py"`
    const poetry = obj(tool?.poetry);
    const pb = poetry?.build;
    const poetryScript = typeof pb === 'string' ? pb : typeof obj(pb)?.script === 'string' ? obj(pb).script : undefined;
    if (poetryScript) {
        const n = normalizePath(poetryScript);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'the Poetry build script' });
    }
    // PDM: `setup-script`, and pdm_build.py hooks that pdm-backend loads by default
    const pdmBuild = obj(obj(tool?.pdm)?.build);
    if (typeof pdmBuild?.['setup-script'] === 'string') {
        const n = normalizePath(pdmBuild['setup-script']);
        if (n !== undefined && has(n))
            add({ path: n, role: 'hook', reason: 'the PDM build script' });
    }
    if (backend.startsWith('pdm') && has('pdm_build.py'))
        add({ path: 'pdm_build.py', role: 'hook', reason: 'PDM build hooks' });
    const pdmVersion = obj(obj(tool?.pdm)?.version);
    if (pdmVersion?.source === 'call' && typeof pdmVersion.getter === 'string') {
        for (const p of moduleFiles(pdmVersion.getter.split(':')[0], plan.roots, has))
            add({ path: p, role: 'imported', reason: 'the PDM version getter' });
    }
    // setuptools: `attr:` versions and cmdclass named in pyproject
    const st = obj(tool?.setuptools);
    const dynVersion = obj(obj(st?.dynamic)?.version);
    // Only setuptools 61 and later read [tool.setuptools], and those load the named module's own
    // file (importlib's spec_from_file_location), without importing the packages around it.
    if (typeof dynVersion?.attr === 'string')
        attrModule(dynVersion.attr, plan, has, add, 'the setuptools attr: version', true);
    for (const target of Object.values(obj(st?.cmdclass) ?? {})) {
        if (typeof target === 'string')
            attrModule(target, plan, has, add, 'a setuptools cmdclass', true);
    }
    // flit imports the module for its version when it cannot read it statically
    const project = obj(doc.project);
    if (backend.startsWith('flit') && arr(project?.dynamic).includes('version') && typeof project?.name === 'string') {
        const modName = typeof obj(obj(tool?.flit)?.module)?.name === 'string' ? obj(obj(tool?.flit)?.module).name : project.name.replace(/-/g, '_');
        for (const p of moduleFiles(modName, plan.roots, has))
            add({ path: p, role: 'imported', reason: 'the module flit reads the version from' });
    }
}
/**
 * The module setuptools loads for `attr:` or a cmdclass. `alone`: only the module's own file runs
 * (setuptools 61+); otherwise an older setuptools may import it, running its packages first.
 */
function attrModule(attr, plan, has, add, reason, alone = false) {
    const parts = attr.trim().split('.');
    if (parts.length < 2)
        return;
    const mod = parts.slice(0, -1).join('.');
    let files = moduleFiles(mod, plan.roots, has);
    if (alone) {
        // a missing module fails to load; its packages are not imported on the way
        const own = mod.split('.').join('/');
        files = files.slice(-1).filter((p) => p.endsWith(`${own}.py`) || p.endsWith(`${own}/__init__.py`));
    }
    for (const p of files)
        add({ path: p, role: 'imported', reason, entryNames: [parts[parts.length - 1]] });
}
function readSetupCfg(text, plan, has, add) {
    const config = { path: 'setup.cfg', strings: [] };
    plan.configs.push(config);
    let section = '';
    let key = '';
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/\s[#;].*$/, '');
        const sec = /^\[([^\]]+)\]/.exec(line);
        if (sec) {
            section = sec[1].trim();
            key = '';
            return;
        }
        if (/^\s*[#;]/.test(raw) || line.trim() === '')
            return;
        let value;
        const kv = /^([\w.-]+)\s*[=:]\s*(.*)$/.exec(line);
        if (kv && !/^\s/.test(line)) {
            key = kv[1].toLowerCase().replace(/-/g, '_');
            value = kv[2].trim();
        }
        else
            value = line.trim();
        if (!value)
            return;
        if (section === 'options' && (key === 'setup_requires' || key === 'dependency_links')) {
            for (const v of value.split(/[;,]\s*|\s+(?=\S+\s*@)/).filter(Boolean))
                config.strings.push({ value: v, line: i + 1, buildRequirement: true });
        }
        const attr = /^attr:\s*([\w.]+)/.exec(value);
        if (attr)
            attrModule(attr[1], plan, has, add, `setup.cfg ${key} = attr:`);
        if (section === 'options' && key === 'cmdclass') {
            const m = /=\s*([\w.]+)\s*$/.exec(value);
            if (m)
                attrModule(m[1], plan, has, add, 'a setup.cfg cmdclass');
        }
    });
}
/**
 * The files importing `a.b.c` runs, parents first: `a/__init__.py`, `a/b/__init__.py`,
 * `a/b/c.py` (or `a/b/c/__init__.py`), under the first root that has `a`. `has(dir + "/")`
 * answers for directories, so namespace packages (no `__init__.py`) are followed too.
 */
function moduleFiles(module, roots, has) {
    const parts = module.split('.').filter(Boolean);
    if (parts.length === 0)
        return [];
    for (const root of Array.isArray(roots) ? roots : [roots]) {
        const out = [];
        let dir = root ? `${root}/` : '';
        for (let i = 0; i < parts.length; i++) {
            const last = i === parts.length - 1;
            const init = `${dir}${parts[i]}/__init__.py`;
            const file = `${dir}${parts[i]}.py`;
            if (has(init))
                out.push(init);
            else if (last && has(file))
                out.push(file);
            else if (!has(`${dir}${parts[i]}/`))
                break;
            dir = `${dir}${parts[i]}/`;
        }
        // parents that exist still run before a missing submodule raises ImportError
        if (out.length)
            return out;
    }
    return [];
}
/**
 * The packages a relative import in `fromPath` goes through, parents first: Python imports them
 * before the target, so a module loaded on its own (as setuptools loads an `attr:` module) still
 * runs the `__init__.py` files of its package once it imports relatively.
 */
function relativeImportPackages(fromPath, level, roots, has) {
    const dirParts = fromPath.split('/').slice(0, -1);
    const up = level - 1;
    if (level < 1 || up > dirParts.length)
        return [];
    const pkgDir = dirParts.slice(0, dirParts.length - up).join('/');
    if (!pkgDir)
        return [];
    const root = roots
        .filter((r) => r === '' || pkgDir.startsWith(`${r}/`))
        .sort((a, b) => b.length - a.length)[0];
    if (root === undefined)
        return [];
    const dotted = (root ? pkgDir.slice(root.length + 1) : pkgDir).split('/').join('.');
    return moduleFiles(dotted, root, has).filter((p) => p.endsWith('/__init__.py'));
}
/** Files a `from`/`import` statement in `fromPath` brings in, when they are local. */
function importedFiles(imp, fromPath, roots, has) {
    let bases;
    let mod = imp.module;
    if (imp.level > 0) {
        const dirParts = fromPath.split('/').slice(0, -1);
        const up = imp.level - 1;
        if (up > dirParts.length)
            return [];
        const base = dirParts.slice(0, dirParts.length - up).join('/');
        bases = [base];
    }
    else
        bases = roots;
    const out = [];
    const push = (ps) => {
        for (const p of ps)
            if (!out.includes(p))
                out.push(p);
    };
    if (mod)
        push(moduleFiles(mod, bases, has));
    else
        mod = '';
    // `from pkg import sub` imports pkg/sub.py when sub is a module
    for (const name of imp.names ?? []) {
        if (name === '*')
            continue;
        const full = mod ? `${mod}.${name}` : name;
        const files = moduleFiles(full, bases, has);
        if (files.length && (mod === '' || out.length))
            push(files.slice(-1));
    }
    return out;
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function arr(v) {
    return Array.isArray(v) ? v : [];
}

;// CONCATENATED MODULE: ./src/analysis/rules/util.ts
// Shared wording and helpers for rules: where code runs, in words a person reads without the code.

const RANK = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };
const COMMAND_WHEN = {
    install: 'when the package is installed',
    develop: 'on an editable install',
    egg_info: 'whenever pip reads the package metadata, including `pip download`',
    sdist: 'when an sdist is built',
    build_py: 'when the package is built',
    build_ext: 'when the package is built',
    build: 'when the package is built',
    bdist_egg: 'when an egg is built',
    bdist_wheel: 'when a wheel is built',
    install_lib: 'when the package is installed',
    install_scripts: 'when the package is installed',
};
/** `when setup.py runs (pip install and pip download)`, `in the install command (Install.run), when the package is installed`. */
function describeWhere(facts, where) {
    const file = facts.origin ? facts.origin.path : facts.path;
    const entry = where.entry;
    const scope = where.scope === 'top-level' ? '' : where.scope.replace(/^class /, 'class body ');
    if (!entry)
        return `in ${scope || 'code'} of ${file} that nothing at build time appears to call`;
    if (entry === 'top-level') {
        const when = facts.role === 'imported' && !facts.origin ? `when build-time code imports ${file}` : `whenever ${file} runs, including \`pip download\``;
        return scope ? `in ${scope}, reached from the top level ${when}` : `at the top level, ${when}`;
    }
    if (entry.startsWith('cmdclass:')) {
        const [cls, method] = entry.slice(9).split('.');
        const cmd = facts.cmdclass.find((c) => c.cls === cls)?.command ?? guessCommand(cls);
        const when = (cmd && COMMAND_WHEN[cmd]) ?? 'when setuptools runs that command';
        const label = cmd ? `the \`${cmd}\` command (${cls}.${method})` : `the setuptools command ${cls}.${method}`;
        return scope && scope !== `method ${cls}.${method}` ? `in ${scope}, reached from ${label}, ${when}` : `in ${label}, ${when}`;
    }
    if (entry.startsWith('hook:'))
        return `in ${scope || entry.slice(5)}, which the build backend calls`;
    if (entry.startsWith('call:')) {
        const by = entry.slice(5).split(':')[0];
        return `in ${scope || 'a function'}, which ${by} calls at build time`;
    }
    if (entry === 'config')
        return `in ${scope}`;
    return `in ${scope || entry}`;
}
function guessCommand(cls) {
    const c = cls.toLowerCase();
    for (const k of ['egg_info', 'egginfo', 'develop', 'install', 'build_py', 'build_ext', 'sdist', 'bdist_egg', 'bdist_wheel']) {
        if (c.includes(k.replace('_', '')) || c.includes(k))
            return k === 'egginfo' ? 'egg_info' : k;
    }
    return undefined;
}
function isReachable(where) {
    return where.entry !== undefined;
}
function clip(s, max = 240) {
    const one = printable(s).replaceAll(HOLE, '…');
    return one.length > max ? one.slice(0, max - 1) + '…' : one;
}
function finding(rule, severity, facts, line, message, evidence) {
    return { rule, severity, path: facts.path, line, message, evidence: clip(evidence, 400) };
}
/** Strings that are behaviour rather than package metadata or docstrings. */
function codeStrings(facts) {
    return facts.strings.filter((s) => !s.metadata);
}
/**
 * Strings that take part in behaviour. In a library module imported at build time, constants
 * merely defined at its top level are not behaviour; only strings handed to calls count.
 */
function usedStrings(facts) {
    const code = codeStrings(facts);
    if (facts.role !== 'imported' || facts.origin)
        return code;
    const used = new Set();
    for (const c of facts.calls) {
        if (!c.where.entry)
            continue;
        for (const a of c.args)
            for (const s of stringsIn(a))
                used.add(s);
        for (const a of Object.values(c.kwargs))
            for (const s of stringsIn(a))
                used.add(s);
        if (c.receiver)
            for (const s of stringsIn(c.receiver))
                used.add(s);
    }
    return code.filter((s) => used.has(s.value));
}

;// CONCATENATED MODULE: ./src/analysis/rules/build-install.ts
// Installing packages while building: `pip.main(["install", ...])` or a `pip install`
// subprocess. It pulls code past the dependency review, usually to import it right after.




const FETCH_EGGS = /^(setuptools\.dist\.Distribution\(\)\.fetch_build_eggs|setuptools\.command\.easy_install\.main|easy_install\.main)$/;
function install(words) {
    const i = words.findIndex((w) => w === 'install');
    if (i === -1)
        return undefined;
    const packages = words.slice(i + 1).filter((w) => w && !w.startsWith('-'));
    const fromUrl = words.some((w) => /^(git\+|https?:|ftp:|file:)|@\s*https?:|--(extra-)?index-url|^-i$|--find-links|^-f$|--trusted-host/.test(w));
    return { packages, fromUrl };
}
const rule = {
    id: 'build-install',
    severity: 'high',
    description: 'Installs packages with pip while the package is being built.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            let words;
            let how = '';
            if (PIP_CALLS.has(call.callee)) {
                words = stringsIn(call.args[0]).map((s) => s.s);
                how = call.callee;
            }
            else if (FETCH_EGGS.test(call.callee)) {
                words = ['install', ...stringsIn(call.args[0]).map((s) => s.s)];
                how = call.callee.replace('()', '');
            }
            else {
                const cmd = commandOf(call);
                if (!cmd)
                    continue;
                const w = cmd.argv.map((x) => x.toLowerCase());
                const pipAt = w.findIndex((x, i) => /^pip[\d.]*(\.exe)?$/.test(x.split(/[\\/]/).pop() ?? '') || (x === 'pip' && w[i - 1] === '-m') || x === 'easy_install');
                if (pipAt === -1)
                    continue;
                words = cmd.argv.slice(pipAt);
                how = `\`${cmd.text.slice(0, 80)}\``;
            }
            const inst = install(words);
            if (!inst)
                continue;
            const pkgs = inst.packages.map((p) => p.replaceAll(HOLE, '…')).join(' ') || 'packages';
            // setup_requires-style fetching and plain `pip install numpy` exist in old legitimate scripts
            const severity = inst.fromUrl && isReachable(call.where) ? 'high' : isReachable(call.where) ? 'medium' : 'low';
            const from = inst.fromUrl ? ' from a URL or extra index' : '';
            out.push(finding(rule.id, severity, facts, call.line, `Installs ${pkgs}${from} with pip ${describeWhere(facts, call.where)}, bypassing the dependencies the project declares.`, `${how}: ${words.join(' ')}`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/build-requires.ts
// Build requirements fetched from URLs, VCS or extra indexes (`setup_requires`, `dependency_links`,
// `[build-system] requires`): code that runs at build time without coming from the index.



const URL_REQ = /(?:^|\s|@\s*)(?:git\+|hg\+|svn\+|bzr\+)?(?:https?|ftp|file):\/\/\S+|^git\+\S+/;
const build_requires_rule = {
    id: 'build-requires',
    severity: 'medium',
    description: 'Declares build requirements fetched from URLs or version control instead of the package index.',
    check(facts) {
        const out = [];
        if (facts.role === 'config') {
            for (const s of facts.strings) {
                if (s.where.scope !== BUILD_REQUIRES_SCOPE)
                    continue;
                const m = URL_REQ.exec(s.value.s);
                if (m)
                    out.push(finding(build_requires_rule.id, 'medium', facts, s.line, `Declares a build requirement fetched from ${m[0].trim()} rather than the package index.`, s.value.s));
            }
            return out;
        }
        for (const c of facts.calls) {
            if (!/(^|\.)setup$/.test(c.callee))
                continue;
            for (const key of ['setup_requires', 'dependency_links']) {
                for (const s of stringsIn(c.kwargs[key])) {
                    const m = URL_REQ.exec(s.s);
                    if (m)
                        out.push(finding(build_requires_rule.id, 'medium', facts, c.line, `Declares ${key} fetched from ${m[0].trim()} rather than the package index.`, s.s));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/callback-host.ts
// Hosts that exist to collect callbacks or stolen data (webhooks, bot APIs, request bins,
// out-of-band testing domains, tunnels, paste sites, dynamic DNS) and raw IP addresses.



const CONNECT = /^socket\.(socket\(\)\.(connect|connect_ex|sendto)|create_connection)$|^(telnetlib\.Telnet|ftplib\.FTP|smtplib\.SMTP|paramiko\.SSHClient\(\)\.connect)$/;
const callback_host_rule = {
    id: 'callback-host',
    severity: 'high',
    description: 'Names a host used to collect callbacks or stolen data, or a raw IP address to connect to.',
    check(facts) {
        const out = [];
        const seen = new Set();
        const add = (severity, line, message, evidence) => {
            const key = `${line}|${evidence.slice(0, 80)}`;
            if (seen.has(key))
                return;
            seen.add(key);
            out.push(finding(callback_host_rule.id, severity, facts, line, message, evidence));
        };
        for (const s of usedStrings(facts)) {
            if (s.value.s.length > 200_000)
                continue;
            const text = s.value.s;
            const where = () => describeWhere(facts, s.where);
            const reach = isReachable(s.where) || facts.role === 'config';
            const host = callbackHost(text);
            if (host) {
                add(reach ? 'high' : 'medium', s.line, `Names ${host.what} (${clip(host.text, 80)}) ${where()}; such hosts exist to receive data from the machine.`, text);
                continue;
            }
            const ip = rawIpUrl(text);
            if (ip) {
                const severity = ip.private ? 'medium' : reach ? 'high' : 'medium';
                add(severity, s.line, `Names a URL on a raw IP address (${ip.ip}) ${where()}; legitimate downloads use host names.`, text);
                continue;
            }
            const lookup = IP_LOOKUP.exec(text);
            if (lookup)
                add('medium', s.line, `Looks up the machine's public IP address (${lookup[0]}) ${where()}.`, text);
        }
        for (const c of facts.calls) {
            if (!CONNECT.test(c.callee))
                continue;
            for (const v of c.args) {
                for (const s of stringsIn(v)) {
                    if (!isIpv4(s.s))
                        continue;
                    const priv = isPrivateIp(s.s.split('.').map(Number));
                    add(priv ? 'medium' : 'high', c.line, `Connects to the raw IP address ${s.s} ${describeWhere(facts, c.where)}.`, c.snippet);
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/download-execute.ts
// Downloading a file and running it: the dropper. Either half alone can be ordinary; together
// they install whatever the server sends.





const TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
const WRITE = /^(builtins\.open\(\)\.(write|writelines)|pathlib\.Path\(\)\.write_bytes|pathlib\.Path\(\)\.write_text|shutil\.copyfileobj)$/;
const RUNNABLE = /\.(exe|scr|bat|cmd|ps1|vbs|js|hta|msi|dll|sh|bin|elf|run|app|jar|pyw?)$/i;
function pathText(v) {
    if (!v)
        return undefined;
    const s = v.k === 'obj' && v.path ? v.path : v;
    const strs = stringsIn(s);
    return strs.length ? strs.map((x) => x.s).join('') : undefined;
}
/** Files this unit writes downloaded data to, with the line of the write. */
function downloads(calls) {
    const out = [];
    for (const c of calls) {
        if (TO_FILE.test(c.callee))
            out.push({ path: pathText(c.args[1] ?? c.kwargs.filename ?? c.kwargs.out), line: c.line, snippet: c.snippet, url: pathText(c.args[0]) });
        else if (WRITE.test(c.callee)) {
            const data = c.callee === 'shutil.copyfileobj' ? c.args[0] : c.args[0];
            if (data && deepTaint(data) & Taint.NETWORK) {
                const target = c.callee === 'shutil.copyfileobj' ? c.args[1] : c.receiver;
                out.push({ path: pathText(target), line: c.line, snippet: c.snippet });
            }
        }
    }
    return out;
}
const download_execute_rule = {
    id: 'download-execute',
    severity: 'critical',
    description: 'Downloads a file and then runs it, or makes it executable.',
    check(facts) {
        const out = [];
        const got = downloads(facts.calls);
        if (got.length === 0)
            return out;
        for (const c of facts.calls) {
            const isRun = c.callee in PROCESS_CALLS || /^os\.chmod$|^pathlib\.Path\(\)\.chmod$/.test(c.callee);
            if (!isRun)
                continue;
            const cmd = commandOf(c);
            const text = cmd?.text ?? stringsIn(c.args[0]).map((s) => s.s).join(' ');
            for (const d of got) {
                const name = d.path ? basename(d.path.replace(/\\/g, '/')).replaceAll(HOLE, '') : '';
                const sameFile = name.length > 0 && text.includes(name);
                const runsFile = RUNNABLE.test(text.trim().split(/\s+/)[0] ?? '') || (d.path !== undefined && RUNNABLE.test(d.path));
                if (sameFile || (runsFile && c.callee !== 'os.chmod')) {
                    // old bootstrap scripts fetch setuptools from PyPI and run it
                    const bootstrap = d.url !== undefined && /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io)[:/]/i.test(d.url);
                    out.push(finding(download_execute_rule.id, bootstrap ? 'medium' : 'critical', facts, c.line, `Downloads a file (line ${d.line}) and then runs it ${describeWhere(facts, c.where)}.`, `${d.snippet} ... ${c.snippet}`));
                    break;
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/dynamic-exec.ts
// exec / eval / compile at build time. Running a version file that ships in the sdist is
// ordinary; running code that was encoded, encrypted or downloaded is the payload itself.



function codeArg(args, kwargs, q) {
    const spec = EXEC_CALLS[q];
    return args[spec.code] ?? (spec.kw ? kwargs[spec.kw] : undefined);
}
const dynamic_exec_rule = {
    id: 'dynamic-exec',
    severity: 'critical',
    description: 'Runs code with exec/eval/compile; critical when that code was decoded, decrypted or downloaded.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            if (!(call.callee in EXEC_CALLS))
                continue;
            const code = codeArg(call.args, call.kwargs, call.callee);
            const name = call.callee.replace(/^builtins\./, '');
            const where = describeWhere(facts, call.where);
            if (!code)
                continue;
            const t = deepTaint(code);
            let severity;
            let message;
            if (t & Taint.NETWORK) {
                severity = 'critical';
                message = `Runs code downloaded from the network with ${name} ${where}.`;
            }
            else if (t & Taint.OPAQUE) {
                severity = 'critical';
                message = `Runs code hidden by marshal, encryption or compression that this analysis cannot undo, with ${name} ${where}.`;
            }
            else if (t & Taint.DECODED) {
                severity = 'critical';
                const how = code.k === 'str' && code.how ? ` (${code.how})` : '';
                message = `Runs code that was encoded to hide it${how} with ${name} ${where}.`;
            }
            else if (t & Taint.SECRET) {
                severity = 'high';
                message = `Runs code read from a place that holds secrets with ${name} ${where}.`;
            }
            else if (code.k === 'str' && !code.partial) {
                severity = 'low';
                message = `Runs a string of code written in the script with ${name} ${where}; the string is analysed as code too.`;
            }
            else if (t & Taint.LOCAL_FILE) {
                severity = 'info';
                message = `Runs a file that ships in the sdist with ${name} ${where} (a version file, usually); that file is analysed too.`;
            }
            else if (/^(runpy\.run_path|builtins\.execfile|imp\.load_source)$/.test(call.callee)) {
                severity = 'low';
                message = `Runs a Python file with ${name} ${where}.`;
            }
            else if (t & (Taint.FILE | Taint.PROCESS | Taint.ENV)) {
                severity = 'medium';
                message = `Runs code from ${describeTaint(t & (Taint.FILE | Taint.PROCESS | Taint.ENV))} with ${name} ${where}.`;
            }
            else {
                severity = 'medium';
                message = `Runs code this analysis could not resolve with ${name} ${where}.`;
            }
            if (!isReachable(call.where) && severity !== 'critical')
                severity = 'info';
            out.push(finding(dynamic_exec_rule.id, severity, facts, call.line, message, `${call.snippet} <- ${show(code, 160)}`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/encoded-blob.ts
// Encoded data in a build script: base64/hex blobs, and what they decode to. Build scripts have
// no reason to carry encoded Python or executables.



const BLOB_MIN = 1000;
const PROBE_MIN = 40;
const encoded_blob_rule = {
    id: 'encoded-blob',
    severity: 'critical',
    description: 'Carries encoded data; critical when it decodes to an executable, high when it decodes to code or a callback URL.',
    check(facts) {
        const out = [];
        const decodedLines = new Set();
        for (const d of facts.decodes) {
            if (!d.ok || !d.output)
                continue;
            const where = describeWhere(facts, d.where);
            const bytes = d.output.s;
            const exe = executableKind(bytes);
            const text = d.output.b ? decodeUtf8Maybe(bytes) : bytes;
            decodedLines.add(d.line);
            if (exe) {
                out.push(finding(encoded_blob_rule.id, 'critical', facts, d.line, `Decodes ${exe} embedded in the script (${d.output.how ?? d.codec}) ${where}.`, `${bytes.length} bytes starting ${JSON.stringify(bytes.slice(0, 8))}`));
            }
            else if (d.codec !== 'reversed' && text.length >= 16 && looksLikePython(text)) {
                out.push(finding(encoded_blob_rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Decodes hidden Python code (${d.output.how ?? d.codec}) ${where}.`, text));
            }
            else if (d.codec === 'reversed' && text.length >= 16 && (looksLikePython(text) || callbackHost(text) || /https?:\/\//.test(text))) {
                out.push(finding(encoded_blob_rule.id, isReachable(d.where) ? 'high' : 'medium', facts, d.line, `Reverses a string to hide code or a URL ${where}.`, text));
            }
            else if (d.inputLength >= BLOB_MIN) {
                out.push(finding(encoded_blob_rule.id, 'medium', facts, d.line, `Decodes a ${d.inputLength}-character blob (${d.output.how ?? d.codec}) ${where}.`, isText(text) ? text : `${bytes.length} binary bytes`));
            }
        }
        const budget = new DecodeBudget(4 * 1024 * 1024);
        const seen = new Set();
        for (const s of facts.strings) {
            if (s.metadata || s.kind !== 'literal' || seen.has(s.line))
                continue;
            const raw = s.value.s;
            const compact = raw.replace(/\s+/g, '');
            if (compact.length < PROBE_MIN)
                continue;
            const b64 = looksLikeBase64(compact);
            const hex = !b64 && looksLikeHex(compact, PROBE_MIN);
            if (!b64 && !hex)
                continue;
            const r = b64 ? base64Decode(compact, budget) : hexDecode(compact, budget);
            const where = describeWhere(facts, s.where);
            if (r.ok) {
                const text = decodeUtf8Maybe(r.value);
                const exe = executableKind(r.value);
                let message;
                let severity = 'high';
                if (exe) {
                    message = `Carries ${exe}, ${b64 ? 'base64' : 'hex'}-encoded, ${where}.`;
                    severity = 'critical';
                }
                else if (isText(text) && looksLikePython(text) && text.length >= 16)
                    message = `Carries ${b64 ? 'base64' : 'hex'}-encoded Python code ${where}.`;
                else if (isText(text) && (callbackHost(text) || rawIpUrl(text)))
                    message = `Carries a ${b64 ? 'base64' : 'hex'}-encoded URL of a callback host ${where}.`;
                if (message && !decodedLines.has(s.line)) {
                    seen.add(s.line);
                    out.push(finding(encoded_blob_rule.id, isReachable(s.where) ? severity : 'medium', facts, s.line, message, clip(text, 300)));
                    continue;
                }
            }
            if (compact.length >= BLOB_MIN && !decodedLines.has(s.line)) {
                seen.add(s.line);
                out.push(finding(encoded_blob_rule.id, 'medium', facts, s.line, `Carries a ${compact.length}-character ${b64 ? 'base64' : 'hex'} blob ${where}.`, raw.slice(0, 120)));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/exfiltration.ts
// Sending who or what the host is, or its secrets, over the network: the combination that turns
// "talks to the network" into theft.






const STOLEN = Taint.IDENTITY | Taint.SECRET | Taint.ENV_ALL;
const DOWNLOAD_TO_FILE = /^(urllib\.request\.urlretrieve|urllib\.urlretrieve|wget\.download)$/;
/** The arguments of a network call that leave the machine. */
function sentValues(call) {
    if (DOWNLOAD_TO_FILE.test(call.callee))
        return call.args.slice(0, 1);
    const out = [...call.args];
    for (const [k, v] of Object.entries(call.kwargs))
        if (!NETWORK_LOCAL_KWARGS.has(k))
            out.push(v);
    if (call.receiver && /\.(send|sendall|sendto|write|request|post|put|get)$/.test(call.callee))
        out.push(call.receiver);
    return out;
}
function target(call) {
    for (const v of call.args) {
        for (const s of stringsIn(v))
            if (/[./:]/.test(s.s))
                return show(s, 120);
    }
    return call.callee;
}
const SHELL_IDENTITY = /\$\((?:whoami|hostname|id|uname[^)]{0,40}|pwd|env|printenv|cat [^)]{0,200})\)|`(?:whoami|hostname|id|uname|pwd|env)`|\$(?:USER|HOSTNAME|HOME|PWD)\b|%(?:USERNAME|COMPUTERNAME|USERPROFILE)%/;
const exfiltration_rule = {
    id: 'exfiltration',
    severity: 'critical',
    description: 'Sends host identity, environment or secrets over the network at build time.',
    check(facts, ctx) {
        const out = [];
        let sendsSomething = false;
        for (const call of facts.calls) {
            if (isNetworkCall(call.callee)) {
                sendsSomething = true;
                let t = 0;
                let all = 0;
                let shown;
                for (const v of sentValues(call)) {
                    const vt = deepTaint(v);
                    all |= vt;
                    if (vt & STOLEN) {
                        t |= vt & STOLEN;
                        shown ??= v;
                    }
                }
                // a token from the environment sent to the code host it belongs to (a GitHub API call)
                const envToken = t === Taint.SECRET && all & Taint.ENV && !(all & (Taint.FILE | Taint.LOCAL_FILE));
                if (envToken && CODE_HOSTS.test(target(call).replace(/^"/, '')))
                    t = 0;
                if (t) {
                    out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Sends ${describeTaint(t)} to ${target(call)} ${describeWhere(facts, call.where)}.`, `${call.snippet} <- ${show(shown, 160)}`));
                }
            }
            const cmd = commandOf(call);
            if (cmd && /\b(curl|wget|nslookup|dig|ping|Invoke-WebRequest|iwr|Invoke-RestMethod)\b/i.test(cmd.text) && (SHELL_IDENTITY.test(cmd.text) || cmd.t & STOLEN)) {
                out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Runs a command that sends host details over the network ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        // Reading secrets in one place and talking to the network in another is theft even when
        // the data flow between them is lost (written to a temp file, passed through a library).
        if (sendsSomething && out.length === 0) {
            const secret = secretRead(ctx.units);
            if (secret) {
                const call = facts.calls.find((c) => isNetworkCall(c.callee));
                out.push(finding(exfiltration_rule.id, 'critical', facts, call.line, `Makes a network request ${describeWhere(facts, call.where)}, in a build that also reads ${secret.what} (${secret.file}:${secret.line}).`, `${call.snippet}; ${secret.evidence}`));
            }
        }
        return out;
    },
};
function secretRead(units) {
    for (const u of units) {
        for (const s of usedStrings(u)) {
            if (!s.where.entry)
                continue;
            const m = secretPlace(s.value.s);
            if (m && !SERVICE_TOKENS.has(m.what))
                return { what: m.what, file: u.origin?.path ?? u.path, line: u.origin?.line ?? s.line, evidence: m.text };
        }
        for (const c of u.calls) {
            if (c.where.entry && c.result && deepTaint(c.result) & Taint.SECRET)
                return { what: 'secrets', file: u.path, line: c.line, evidence: c.snippet };
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/analysis/rules/hidden-exec.ts
// Starting a process so that no window or console shows it: CREATE_NO_WINDOW, a hidden
// PowerShell, pythonw, `start`, detached background processes. Hiding the console of a
// compiler or `git` call is a Windows nicety (versioneer does it); hiding anything else is not.



const CREATE_NO_WINDOW = 0x08000000;
const DETACHED_PROCESS = 0x00000008;
const INTERPRETERS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'sh', 'bash', 'cmd', 'node', 'perl', 'ruby', 'java']);
const HIDDEN_FLAG_REFS = /^(?:subprocess|_winapi|win32process|win32con)\.(?:CREATE_NO_WINDOW|DETACHED_PROCESS)$/;
const HIDDEN_TEXT = [
    [/-w(?:indowstyle)?\s+h(?:idden)?\b/i, 'a hidden PowerShell window'],
    [/\s-(?:e|ec|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}/i, 'a PowerShell command encoded in base64'],
    [/(?:^|[\s\\/"'])pythonw(?:\.exe)?\b/i, 'pythonw, which runs without a console'],
    [/(?:^|[\s&|;"'])start\s+(?:\/b\s+|\/min\s+|""\s+)*[^\s]+\.(?:exe|bat|cmd|vbs|scr|pyw?|js|hta)\b/i, '`start`, which launches a program detached from the build'],
    [/(?:^|[\s&|;])start\s+\/b\b/i, '`start /b`, which runs a program in the background'],
    [/\bnohup\b[^\n]{0,300}&\s*$|\bsetsid\b|\bdisown\b/i, 'a detached background process'],
    [/-ExecutionPolicy\s+Bypass|-ep\s+bypass/i, 'PowerShell with its script policy bypassed'],
];
const hidden_exec_rule = {
    id: 'hidden-exec',
    severity: 'high',
    description: 'Starts a process hidden from the user (no window, encoded PowerShell, pythonw, start, detached).',
    check(facts) {
        const out = [];
        const flagRefs = facts.refs.filter((r) => HIDDEN_FLAG_REFS.test(r.q));
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            const where = describeWhere(facts, call.where);
            // interpreters and shells run whatever they are given, so hiding them is not a nicety
            const ordinary = BUILD_TOOLS.has(cmd.program) && !INTERPRETERS.has(cmd.program) && !(cmd.t & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE));
            const flags = call.kwargs.creationflags;
            let hiddenByFlags = false;
            if (flags?.k === 'num')
                hiddenByFlags = !!(flags.n & CREATE_NO_WINDOW || flags.n & DETACHED_PROCESS);
            else if (flags)
                hiddenByFlags = flagRefs.length > 0;
            if (hiddenByFlags) {
                const severity = ordinary ? 'low' : 'high';
                out.push(finding(hidden_exec_rule.id, severity, facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with no window (CREATE_NO_WINDOW/DETACHED_PROCESS) ${where}.`, call.snippet));
            }
            if (call.kwargs.startupinfo) {
                out.push(finding(hidden_exec_rule.id, ordinary ? 'info' : 'medium', facts, call.line, `Starts ${cmd.program ? `\`${cmd.program}\`` : 'a process'} with its console window hidden (startupinfo) ${where}.`, call.snippet));
            }
            for (const [re, what] of HIDDEN_TEXT) {
                if (re.test(cmd.text))
                    out.push(finding(hidden_exec_rule.id, 'high', facts, call.line, `Starts ${what} ${where}.`, cmd.text));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/long-line.ts
// Very long lines: packed payloads on one line, and code pushed past the edge of the screen with
// a run of whitespace so that a reviewer does not see it.

const LONG = 2000;
const HUGE = 50_000;
const HIDING_GAP = /\S[ \t]{150,}(\S.*)$/;
const long_line_rule = {
    id: 'long-line',
    severity: 'high',
    description: 'Has very long lines, or code pushed off-screen by a run of whitespace.',
    check(facts) {
        const out = [];
        if (facts.role === 'config' || facts.depth > 0)
            return out;
        const lines = facts.text.split('\n');
        let reported = 0;
        facts.lineLengths.forEach((len, i) => {
            if (len < 160 || reported >= 5)
                return;
            const text = lines[i] ?? '';
            const gap = HIDING_GAP.exec(text);
            const tail = gap ? gap[1].replace(/^;\s*/, '') : '';
            if (gap && /^(?:import\s|from\s+\S+\s+import|exec\b|eval\b|__import__|[A-Za-z_][\w.]*\s*(?:\(|=[^=]))/.test(tail) && /[)=;]\s*$|\)\S*$/.test(tail.trim())) {
                reported++;
                out.push(finding(long_line_rule.id, 'high', facts, i + 1, `Hides code after ${text.length - gap[1].length} columns of whitespace on line ${i + 1}, where an editor does not show it.`, gap[1]));
                return;
            }
            if (len >= LONG) {
                reported++;
                const severity = len >= HUGE ? 'medium' : 'low';
                out.push(finding(long_line_rule.id, severity, facts, i + 1, `Line ${i + 1} is ${len} characters long.`, clip(text, 160)));
            }
        });
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/native-code.ts
// Loading machine code into memory and running it (shellcode loaders): executable memory from
// VirtualAlloc/VirtualProtect or mmap, and threads started on it. No build does this.


const MEMORY_EXEC = /(?:^|\.)(VirtualAlloc|VirtualAllocEx|VirtualProtect|VirtualProtectEx|CreateThread|CreateRemoteThread|RtlMoveMemory|WriteProcessMemory|NtAllocateVirtualMemory|QueueUserAPC|EnumSystemLocalesA|CallWindowProcA)$/;
const native_code_rule = {
    id: 'native-code',
    severity: 'critical',
    description: 'Puts machine code into executable memory and runs it; critical when that code was decoded or downloaded.',
    check(facts) {
        const out = [];
        // py-cpuinfo runs a few literal CPUID instructions this way; a loader runs code it decoded
        // or downloaded
        const hidden = facts.calls.some((c) => (MEMORY_EXEC.test(c.callee) || /(^|\.)(memmove|RtlMoveMemory|memcpy)$/.test(c.callee)) && c.args.some((a) => deepTaint(a) & (Taint.DECODED | Taint.NETWORK | Taint.OPAQUE)));
        for (const call of facts.calls) {
            const m = MEMORY_EXEC.exec(call.callee);
            if (!m || !/^(ctypes|win32|kernel32|_ctypes)/.test(call.callee))
                continue;
            const severity = !isReachable(call.where) ? 'low' : hidden ? 'critical' : 'medium';
            out.push(finding(native_code_rule.id, severity, facts, call.line, `Calls ${m[1]} to run machine code from memory ${describeWhere(facts, call.where)}.`, call.snippet));
        }
        if (facts.refs.some((r) => r.q === 'mmap.PROT_EXEC')) {
            for (const call of facts.calls) {
                if (call.callee !== 'mmap.mmap')
                    continue;
                out.push(finding(native_code_rule.id, isReachable(call.where) ? 'medium' : 'low', facts, call.line, `Maps executable memory (mmap with PROT_EXEC) ${describeWhere(facts, call.where)}.`, call.snippet));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/network.ts
// Network access at build time. Alone it is unusual but not damning (old packages fetched
// headers or bootstrap scripts); the combination rules weigh what is sent and what is run.


const network_rule = {
    id: 'network',
    severity: 'medium',
    description: 'Opens network connections at build time.',
    check(facts) {
        const out = [];
        const seen = new Set();
        for (const call of facts.calls) {
            if (!isNetworkCall(call.callee) || seen.has(call.line))
                continue;
            seen.add(call.line);
            const severity = isReachable(call.where) ? 'medium' : 'low';
            out.push(finding(network_rule.id, severity, facts, call.line, `Makes a network request (${call.callee}) ${describeWhere(facts, call.where)}.`, call.snippet));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/obfuscated-lookup.ts
// Reaching functions by assembled names: `getattr(__builtins__, "ex" + "ec")`,
// `__import__("o" + "s")`, `globals()["..."]`. Ordinary code names what it calls.

const SENSITIVE = /^(builtins\.(exec|eval|compile|__import__|open|getattr)|os\.(system|popen|exec\w*|spawn\w*|startfile|remove|unlink)|subprocess\.\w+|socket\.\w+|urllib\.\w+|requests\.\w+|base64\.\w+|marshal\.\w+|zlib\.\w+|ctypes\.\w+|codecs\.\w+)$|^(os|subprocess|socket|base64|marshal|zlib|ctypes|urllib|urllib2|requests|http|builtins|importlib|pty|codecs|winreg|_winreg)$/;
const obfuscated_lookup_rule = {
    id: 'obfuscated-lookup',
    severity: 'high',
    description: 'Looks up modules or builtins by assembled names (getattr on builtins, __import__ of built strings).',
    check(facts) {
        const out = [];
        const tables = builtinTables(facts.dynamic);
        for (const d of facts.dynamic) {
            const where = describeWhere(facts, d.where);
            const name = d.name ?? 'a name not known until build time';
            const target = d.target ?? name;
            let severity;
            let message = '';
            const onBuiltins = d.on === 'builtins' || d.on === 'globals' || d.via === '__dict__';
            if (onBuiltins && (d.via === 'getattr' || d.via === '__dict__' || d.via === 'globals()')) {
                if (d.via === 'globals()' && !/^builtins\./.test(target) && !d.constructed)
                    continue;
                // The script's own module-level settings looked up by a key from a table it wrote
                // (`for name in dict(JPEG_ROOT=...): globals()[name]`) is configuration, not concealment:
                // only builtins, sensitive modules or names from hidden data make it a way to hide a call.
                if (d.via === 'globals()' && !d.hidden && !/^builtins\./.test(target) && !SENSITIVE.test(target))
                    continue;
                // `getattr(__builtins__, "unicode", str)` is Python 2 compatibility, not concealment
                if (!d.constructed && !d.hidden && !SENSITIVE.test(target))
                    continue;
                const table = tables.get(siteOf(d));
                if (table && !d.constructed && !d.hidden) {
                    // A namespace of allowed builtins (a template sandbox) names each one in a written list;
                    // calling one through the table is still a call to that builtin, which the other rules see.
                    severity = 'low';
                    message = `Collects ${table.size} builtins into a table by their written names, ${target} among them, ${where}.`;
                }
                else {
                    severity = 'high';
                    message = `Fetches ${target} from the builtins by name ${where}, a way to call it without writing it.`;
                }
            }
            else if (d.via === '__import__' || d.via === 'importlib.import_module') {
                if (d.hidden || (d.constructed && SENSITIVE.test(target))) {
                    severity = 'high';
                    message = `Imports ${target} by a name assembled at run time ${where}, hiding which module it uses.`;
                }
                else if (d.constructed) {
                    severity = 'low';
                    message = `Imports a module by a name built at run time (${name}) ${where}.`;
                }
                else if (SENSITIVE.test(target)) {
                    severity = 'medium';
                    message = `Imports ${name} through ${d.via} instead of an import statement ${where}.`;
                }
                else
                    continue;
            }
            else if (d.via === 'getattr') {
                if (!d.constructed && !d.hidden)
                    continue;
                if ((d.name !== undefined && SENSITIVE.test(target)) || d.hidden) {
                    severity = 'high';
                    message = `Fetches ${target} by an assembled name ${where}.`;
                }
                else if (d.on && SENSITIVE.test(d.on)) {
                    severity = 'medium';
                    message = `Fetches an attribute of ${d.on} by a name not written in the code (${name}) ${where}.`;
                }
                else
                    continue;
            }
            else
                continue;
            if (!isReachable(d.where) && severity === 'high')
                severity = 'medium';
            out.push(finding(obfuscated_lookup_rule.id, severity, facts, d.line, message, `${d.via}(${d.on ? d.on + ', ' : ''}${JSON.stringify(name)}) -> ${target}`));
        }
        return out;
    },
};
/** Distinct names one lookup site must fetch from the builtins to be a table rather than a lookup. */
const TABLE_MIN = 3;
function siteOf(d) {
    return `${d.line}|${d.where.scope}|${d.where.entry ?? ''}`;
}
/**
 * Lookup sites that fetch several builtins by written names, most of them harmless: one
 * `getattr(builtins, name)` in a loop over a list of names (`len`, `min`, `range`, ...).
 */
function builtinTables(dynamic) {
    const sites = new Map();
    for (const d of dynamic) {
        if (d.via !== 'getattr' || d.on !== 'builtins' || d.name === undefined)
            continue;
        const key = siteOf(d);
        const site = sites.get(key) ?? { names: new Set(), sensitive: new Set(), plain: true };
        sites.set(key, site);
        if (d.constructed || d.hidden)
            site.plain = false;
        site.names.add(d.name);
        if (SENSITIVE.test(d.target ?? d.name))
            site.sensitive.add(d.name);
    }
    const out = new Map();
    for (const [key, site] of sites) {
        if (site.plain && site.names.size >= TABLE_MIN && site.sensitive.size * 2 < site.names.size)
            out.set(key, site.names);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/analysis/rules/odd-identifiers.ts
// Identifiers no person would write: Unicode look-alikes that Python folds to ASCII names
// (NFKC), non-Latin names in an otherwise English script, and machine-made names (IlIlIl, O0O0).

const MEANINGLESS = [/^[Il1_]{6,}$/, /^[O0o_]{6,}$/, /^_0x[0-9a-f]{4,}$/i, /^(?:[lI][1lI]){3,}\w*$/, /^_{3,}[\w]*\d{3,}$/];
function meaningless(name) {
    return MEANINGLESS.some((re) => re.test(name)) && !/^_+$/.test(name);
}
const odd_identifiers_rule = {
    id: 'odd-identifiers',
    severity: 'high',
    description: 'Uses Unicode look-alike, non-Latin or machine-generated identifiers that hide what code does.',
    check(facts) {
        const out = [];
        if (facts.role === 'config')
            return out;
        const lookalike = [];
        const nonAscii = [];
        const machine = [];
        for (const [name, line] of facts.identifiers) {
            // eslint-disable-next-line no-control-regex
            if (/[^\x00-\x7f]/.test(name)) {
                const folded = name.normalize('NFKC');
                // eslint-disable-next-line no-control-regex
                if (folded !== name && /^[\x00-\x7f]+$/.test(folded))
                    lookalike.push([name, line]);
                else
                    nonAscii.push([name, line]);
            }
            else if (meaningless(name))
                machine.push([name, line]);
        }
        if (lookalike.length) {
            const [name, line] = lookalike[0];
            out.push(finding(odd_identifiers_rule.id, 'high', facts, line, `Writes names in Unicode look-alike letters that Python reads as plain ASCII (${name} is ${name.normalize('NFKC')}), hiding what the code calls.`, lookalike.slice(0, 8).map(([n]) => `${n}=${n.normalize('NFKC')}`).join(', ')));
        }
        if (nonAscii.length) {
            const [, line] = nonAscii[0];
            // a library's own modules may be written in its authors' language
            const severity = facts.role === 'imported' ? 'low' : nonAscii.length >= 3 ? 'high' : 'medium';
            out.push(finding(odd_identifiers_rule.id, severity, facts, line, `Uses ${nonAscii.length} non-ASCII identifier${nonAscii.length > 1 ? 's' : ''}, a common way to make build code unreadable.`, nonAscii.slice(0, 8).map(([n]) => n).join(', ')));
        }
        if (machine.length) {
            const [, line] = machine[0];
            const severity = machine.length >= 3 ? 'high' : 'medium';
            out.push(finding(odd_identifiers_rule.id, severity, facts, line, `Uses ${machine.length} machine-generated identifier${machine.length > 1 ? 's' : ''} (like ${machine[0][0]}), the mark of an obfuscator.`, machine.slice(0, 8).map(([n]) => n).join(', ')));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/opaque-payload.ts
// Data passed through a decoder this analysis cannot reproduce (marshal, pickle, Fernet or AES
// decryption, lzma, bz2): the code is hidden from review, which is evidence in itself.

const WHY = {
    marshal: 'compiled Python bytecode (marshal), which cannot be read as source',
    pickle: 'a pickle, which runs code when loaded',
    Fernet: 'data encrypted with a key that ships beside it (Fernet)',
    AES: 'data encrypted with a key that ships beside it (AES)',
    lzma: 'lzma-compressed data (could not decode lzma payload here)',
    bz2: 'bz2-compressed data (could not decode bz2 payload here)',
};
const opaque_payload_rule = {
    id: 'opaque-payload',
    severity: 'high',
    description: 'Unpacks data with marshal, pickle, decryption, lzma or bz2, hiding what it contains.',
    check(facts) {
        const out = [];
        for (const o of facts.opaque) {
            const why = WHY[o.codec] ?? `${o.codec} data`;
            if (!o.constant) {
                out.push(finding(opaque_payload_rule.id, 'low', facts, o.line, `Unpacks ${o.codec} data read at build time ${describeWhere(facts, o.where)}.`, o.evidence));
                continue;
            }
            out.push(finding(opaque_payload_rule.id, isReachable(o.where) ? 'high' : 'medium', facts, o.line, `Unpacks ${why} ${describeWhere(facts, o.where)}.`, o.evidence));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/persistence.ts
// Writing somewhere that makes code run again later: Startup folders, Run keys, crontab, shell
// startup files, services, sitecustomize and .pth files in site-packages.




const COPY_CALLS = /^(shutil\.(copy|copy2|copyfile|move|copytree)|os\.(rename|replace|symlink|link)|distutils\.file_util\.copy_file)$/;
const WRITE_METHODS = /^(builtins\.open\(\)|pathlib\.Path\(\))\.(write|writelines|write_text|write_bytes|touch|symlink_to)$/;
const SITE_PACKAGES = /^(site\.(getsitepackages|getusersitepackages|USER_SITE|ENABLE_USER_SITE)|sysconfig\.(get_paths|get_path)|distutils\.sysconfig\.get_python_lib|setuptools\.command\.easy_install)/;
function isWriteMode(call) {
    const m = call.args[1] ?? call.kwargs.mode;
    return !!m && m.k === 'str' && /[wax+]/.test(m.s);
}
/** Paths a call writes to. */
function writtenPaths(call) {
    if (/^(builtins\.open|io\.open|codecs\.open)$/.test(call.callee) && isWriteMode(call))
        return call.args.slice(0, 1);
    if (COPY_CALLS.test(call.callee))
        return call.args.slice(1, 2);
    if (WRITE_METHODS.test(call.callee) && call.receiver?.k === 'obj' && call.receiver.path)
        return [call.receiver.path];
    if (/^(_?winreg|winreg)\.(SetValue|SetValueEx|CreateKey|CreateKeyEx|OpenKey|OpenKeyEx)$/.test(call.callee))
        return call.args;
    return [];
}
const persistence_rule = {
    id: 'persistence',
    severity: 'high',
    description: 'Writes to a place that runs code later: Startup folders, Run keys, crontab, shell rc files, sitecustomize or .pth files.',
    check(facts) {
        const out = [];
        const sitePackages = facts.refs.some((r) => SITE_PACKAGES.test(r.q)) || facts.strings.some((s) => !s.metadata && /site-packages|dist-packages/.test(s.value.s));
        for (const call of facts.calls) {
            const where = () => describeWhere(facts, call.where);
            const reach = isReachable(call.where);
            for (const p of writtenPaths(call)) {
                for (const s of stringsIn(p)) {
                    const m = persistPlace(s.s);
                    if (m) {
                        out.push(finding(persistence_rule.id, reach ? 'high' : 'medium', facts, call.line, `Writes to ${m.what} ${where()}, so that code runs again later.`, `${call.snippet} -> ${show(s, 160)}`));
                        break;
                    }
                    if (isPthPath(s.s)) {
                        const severity = sitePackages && reach ? 'high' : 'medium';
                        out.push(finding(persistence_rule.id, severity, facts, call.line, `Writes a .pth file ${where()}${sitePackages ? ' into site-packages' : ''}; Python runs import lines in .pth files at every start.`, `${call.snippet} -> ${show(s, 160)}`));
                        break;
                    }
                }
            }
            const cmd = commandOf(call);
            if (cmd) {
                const m = persistPlace(cmd.text);
                if (m || /\breg(?:\.exe)?\s+add\b[^\n]{0,300}\\Run\b/i.test(cmd.text)) {
                    out.push(finding(persistence_rule.id, reach ? 'high' : 'medium', facts, call.line, `Runs a command that installs itself into ${m?.what ?? 'a Windows Run registry key'} ${where()}.`, cmd.text));
                }
            }
        }
        // registry Run keys named anywhere in a unit that uses the registry API
        if (facts.calls.some((c) => /^(_?winreg|winreg)\./.test(c.callee))) {
            for (const s of facts.strings) {
                const m = persistPlace(s.value.s);
                if (m && m.what.includes('Run registry') && !out.some((f) => f.line === s.line)) {
                    out.push(finding(persistence_rule.id, isReachable(s.where) ? 'high' : 'medium', facts, s.line, `Names ${m.what} in code that writes to the registry, ${describeWhere(facts, s.where)}.`, s.value.s));
                }
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/process-run.ts
// Running another program at build time. Ordinary for compilers and `git describe`; worth a look
// for anything else; critical when the command line comes from decoded or downloaded data.



const process_run_rule = {
    id: 'process-run',
    severity: 'critical',
    description: 'Runs another program at build time; critical when the command is hidden in encoded or downloaded data.',
    check(facts) {
        const out = [];
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            const where = describeWhere(facts, call.where);
            const shown = clip(cmd.text, 200);
            let severity;
            let message;
            if (cmd.t & (Taint.DECODED | Taint.OPAQUE | Taint.NETWORK)) {
                severity = 'critical';
                const how = cmd.t & Taint.NETWORK ? 'downloaded at build time' : 'encoded to hide it';
                message = `Runs a command that was ${how} ${where}; a reader of the script cannot see what it runs.`;
            }
            else if (BUILD_TOOLS.has(cmd.program) && cmd.program !== '') {
                severity = cmd.known ? 'info' : 'low';
                message = `Runs \`${cmd.program}\` ${where}, as build scripts commonly do.`;
            }
            else if (call.callee === 'os.startfile') {
                severity = 'high';
                message = `Opens a file with its associated program (os.startfile) ${where}; build scripts have no reason to launch programs this way.`;
            }
            else {
                severity = 'low';
                message = cmd.program
                    ? `Runs \`${cmd.program}\` ${where}.`
                    : `Runs a program whose name is not known until build time ${where}.`;
            }
            if (!isReachable(call.where) && severity !== 'critical')
                severity = 'info';
            out.push(finding(process_run_rule.id, severity, facts, call.line, message, `${call.callee}(${shown})`));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/secret-access.ts
// Reading places that hold secrets: browser profiles, Discord tokens, SSH and cloud keys,
// wallets, CI tokens, the clipboard. A build has no use for any of them.




const secret_access_rule = {
    id: 'secret-access',
    severity: 'high',
    description: 'Reads browser data, tokens, keys, wallets or the clipboard at build time.',
    check(facts) {
        const out = [];
        const seen = new Set();
        for (const s of usedStrings(facts)) {
            if (s.value.s.length > 4096)
                continue;
            const m = secretPlace(s.value.s);
            if (!m)
                continue;
            const key = `${s.line}|${m.what}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            // a GitHub token is read by builds that download release assets; sending it elsewhere is
            // the exfiltration rule's concern
            const severity = !isReachable(s.where) || SERVICE_TOKENS.has(m.what) ? 'medium' : 'high';
            out.push(finding(secret_access_rule.id, severity, facts, s.line, `Refers to ${m.what} (${clip(m.text, 60)}) ${describeWhere(facts, s.where)}; build scripts never need them.`, s.value.s));
        }
        for (const c of facts.calls) {
            if (CLIPBOARD_CALLS.has(c.callee)) {
                out.push(finding(secret_access_rule.id, isReachable(c.where) ? 'high' : 'medium', facts, c.line, `Reads the clipboard ${describeWhere(facts, c.where)}.`, c.snippet));
            }
            else if (/^os\.(getenv|environ\.get)$/.test(c.callee) && c.result && deepTaint(c.result) & Taint.SECRET) {
                out.push(finding(secret_access_rule.id, 'medium', facts, c.line, `Reads a credential from the environment ${describeWhere(facts, c.where)}.`, c.snippet));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/self-delete.ts
// Deleting its own files after running: setup.py, the package that carried the payload, or the
// whole unpacked sdist, so nothing is left to inspect.




const DELETE = /^(os\.(remove|unlink|rmdir|removedirs)|shutil\.rmtree|pathlib\.Path\(\)\.(unlink|rmdir))$/;
function targetOf(call) {
    if (call.callee.startsWith('pathlib.') && call.receiver?.k === 'obj')
        return call.receiver.path;
    return call.args[0];
}
/** What a deleted path is, when it is the build's own code. */
function ownCode(v, facts, codePaths) {
    if (!v)
        return undefined;
    if (v.k === 'obj' && /^sys\.argv/.test(v.q))
        return 'the running script (sys.argv[0])';
    if (v.k !== 'str' || v.partial)
        return undefined;
    const p = normalizePath(v.s);
    if (p === undefined)
        return undefined;
    if (p === '')
        return 'the whole unpacked sdist';
    if (p === normalizePath(facts.path))
        return `its own file ${p}`;
    if (p === 'setup.py')
        return 'setup.py';
    if (codePaths.some((c) => c.startsWith(p + '/')))
        return `${p}, which holds build-time code`;
    return undefined;
}
const self_delete_rule = {
    id: 'self-delete',
    severity: 'high',
    description: 'Deletes its own build-time files (setup.py, its package, the unpacked sdist) to remove evidence.',
    check(facts, ctx) {
        const out = [];
        const codePaths = ctx.units.filter((u) => u.depth === 0 && u.role !== 'config').map((u) => u.path);
        for (const call of facts.calls) {
            if (DELETE.test(call.callee)) {
                const what = ownCode(targetOf(call), facts, codePaths);
                if (what) {
                    out.push(finding(self_delete_rule.id, isReachable(call.where) ? 'high' : 'medium', facts, call.line, `Deletes ${what} ${describeWhere(facts, call.where)}, removing the evidence of what ran.`, `${call.snippet} <- ${show(targetOf(call), 120)}`));
                }
                continue;
            }
            const cmd = commandOf(call);
            if (cmd && /\b(rm|del|erase|Remove-Item|rmdir|rd)\b/i.test(cmd.text) && /\bsetup\.py\b/.test(cmd.text)) {
                out.push(finding(self_delete_rule.id, 'high', facts, call.line, `Runs a command that deletes setup.py ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/suspicious-command.ts
// Command lines that fetch and run code, open shells, or reach for system tools that build
// scripts never need (PowerShell, mshta, certutil, schtasks).





const MAX_COMMAND_TEXT = 8192;
/** Programs no build needs, with why they matter. */
const ODD_PROGRAMS = {
    // hidden, encoded or download-and-run PowerShell is caught by its shape; plain PowerShell
    // downloads appear in old bootstrap scripts (ez_setup.py)
    powershell: ['medium', 'PowerShell'],
    pwsh: ['medium', 'PowerShell'],
    mshta: ['critical', 'mshta, which runs HTML applications'],
    certutil: ['high', 'certutil, often used to download files'],
    bitsadmin: ['high', 'bitsadmin, often used to download files'],
    rundll32: ['high', 'rundll32'],
    regsvr32: ['high', 'regsvr32'],
    wscript: ['high', 'Windows Script Host'],
    cscript: ['high', 'Windows Script Host'],
    schtasks: ['high', 'the Windows task scheduler'],
    // vendored py-cpuinfo asks wmic for the CPU model
    wmic: ['medium', 'wmic'],
    vssadmin: ['high', 'vssadmin'],
    attrib: ['medium', 'attrib, which can hide files'],
    nc: ['high', 'netcat'],
    ncat: ['high', 'netcat'],
    netcat: ['high', 'netcat'],
    socat: ['high', 'socat'],
    telnet: ['high', 'telnet'],
    osascript: ['high', 'AppleScript'],
    crontab: ['high', 'crontab'],
    launchctl: ['high', 'launchctl'],
    curl: ['medium', 'curl'],
    wget: ['medium', 'wget'],
    pythonw: ['high', 'pythonw, which runs Python without a window'],
    xdg_open: ['medium', 'xdg-open'],
};
const suspicious_command_rule = {
    id: 'suspicious-command',
    severity: 'critical',
    description: 'Runs a command that downloads and runs code, opens a shell, or uses system tools no build needs.',
    check(facts) {
        const out = [];
        const texts = [];
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd)
                continue;
            texts.push({ text: cmd.text, line: call.line, where: () => describeWhere(facts, call.where), evidence: cmd.text });
            // `reg query` finds compilers and SDKs; `reg add` changes the machine
            if (cmd.program === 'reg' && /^(add|import|copy|load|restore|delete)$/i.test(cmd.argv[1] ?? '')) {
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Changes the Windows registry (reg ${cmd.argv[1]}) ${describeWhere(facts, call.where)}.`, cmd.text));
            }
            const odd = ODD_PROGRAMS[cmd.program.replace('-', '_')];
            if (odd) {
                out.push(finding(suspicious_command_rule.id, odd[0], facts, call.line, `Runs ${odd[1]} ${describeWhere(facts, call.where)}; ordinary builds do not.`, cmd.text));
            }
            // a program named anywhere in a shell pipeline (`x && curl ... | sh`)
            if (cmd.shell) {
                for (const seg of cmd.text.split(/&&|\|\||[;|&\n]/)) {
                    const words = shellWords(seg.trim());
                    const p = words[0] ? programName(words[0]) : '';
                    if (p && p !== cmd.program && ODD_PROGRAMS[p] && ODD_PROGRAMS[p][0] !== 'medium') {
                        out.push(finding(suspicious_command_rule.id, ODD_PROGRAMS[p][0], facts, call.line, `Runs ${ODD_PROGRAMS[p][1]} inside a shell command ${describeWhere(facts, call.where)}.`, cmd.text));
                    }
                }
            }
        }
        // a reverse shell: the process's standard streams become a socket
        const isSocket = (v) => v?.k === 'obj' && /^socket\.|\.accept\(\)/.test(v.q);
        for (const call of facts.calls) {
            const streams = call.callee in PROCESS_CALLS ? [call.kwargs.stdin, call.kwargs.stdout, call.kwargs.stderr] : [];
            if ((call.callee === 'os.dup2' && isSocket(call.args[0])) || streams.some(isSocket)) {
                out.push(finding(suspicious_command_rule.id, 'critical', facts, call.line, `Connects standard input and output to a network socket (a reverse shell) ${describeWhere(facts, call.where)}.`, call.snippet));
                break;
            }
        }
        // `curl -o x URL && x`: the downloaded file is run
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            if (!cmd || !/\b(curl|wget)\b/.test(cmd.text))
                continue;
            const out_ = /(?:-o|-O|--output(?:-document)?)[\s=]+("[^"]+"|'[^']+'|\S+)/.exec(cmd.text);
            const file = out_?.[1].replace(/^["']|["']$/g, '');
            if (!file || file === '-' || file.includes(HOLE))
                continue;
            const after = cmd.text.slice(out_.index + out_[0].length);
            const name = file.split(/[\\/]/).pop();
            const later = after.split(/&&|\|\||;|\n/).slice(1);
            if (later.some((seg) => shellWords(seg).some((w) => w === file || w.endsWith('/' + name) || w.endsWith('\\' + name) || w === name))) {
                out.push(finding(suspicious_command_rule.id, 'critical', facts, call.line, `A command downloads a file and runs it ${describeWhere(facts, call.where)}.`, cmd.text));
            }
        }
        for (const call of facts.calls) {
            const cmd = commandOf(call);
            const interactive = (cmd && /^(sh|bash|zsh|dash|ksh)$/.test(cmd.program) && cmd.argv.includes('-i')) || call.callee === 'pty.spawn';
            if (interactive)
                out.push(finding(suspicious_command_rule.id, 'high', facts, call.line, `Starts an interactive shell ${describeWhere(facts, call.where)}.`, cmd?.text ?? call.snippet));
        }
        // In decoded code every string is suspect: a command shape that downloads and runs code
        // counts wherever it is written. In plain scripts only commands actually run count, since
        // error messages legitimately say "curl https://sh.rustup.rs | sh".
        if (facts.depth > 0) {
            for (const s of facts.strings) {
                if (s.metadata || s.value.s.length > 20_000)
                    continue;
                texts.push({ text: s.value.s, line: s.line, where: () => describeWhere(facts, s.where), evidence: s.value.s });
            }
        }
        const seen = new Set();
        for (const t of texts) {
            // command shapes are short; bounding the text bounds the cost of the patterns
            const text = t.text.length > MAX_COMMAND_TEXT ? t.text.slice(0, MAX_COMMAND_TEXT) : t.text;
            for (const [re, what] of [...DOWNLOAD_RUN, ...SHELL_BACKDOOR]) {
                const m = re.exec(text);
                if (!m)
                    continue;
                const key = `${t.line}|${what}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                out.push(finding(suspicious_command_rule.id, 'critical', facts, t.line, `A command ${what} ${t.where()}.`, t.evidence));
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/analysis/rules/index.ts
// The rule registry: one rule per file, each with its id, worst severity and one-line meaning.



















const RULE_LIST = [
    download_execute_rule,
    exfiltration_rule,
    dynamic_exec_rule,
    process_run_rule,
    suspicious_command_rule,
    hidden_exec_rule,
    network_rule,
    callback_host_rule,
    secret_access_rule,
    persistence_rule,
    encoded_blob_rule,
    opaque_payload_rule,
    native_code_rule,
    obfuscated_lookup_rule,
    odd_identifiers_rule,
    long_line_rule,
    self_delete_rule,
    rule,
    build_requires_rule,
];

;// CONCATENATED MODULE: ./src/analysis/index.ts
// Static analysis of an sdist's build-time code: which files run when pip builds it, the facts
// each one yields, payloads decoded from them, and the rules that weigh those facts.








/** Bumped whenever rules or facts change, so cached verdicts are recomputed. */
const ANALYZER_VERSION = '1.0.1';
const RULES = RULE_LIST.map(({ id, severity, description }) => ({ id, severity, description }));
/** Nesting of payloads decoded from payloads. */
const MAX_PAYLOAD_DEPTH = 4;
/** Code files followed through imports and execs. */
const MAX_FILES = 64;
/** Decoded payloads larger than this are scanned for strings rather than parsed. */
const MAX_PAYLOAD_PARSE = 512 * 1024;
/** Units analysed, payloads included. */
const MAX_UNITS = 256;
/** files: path relative to the sdist root -> text (setup.py, setup.cfg, pyproject.toml, PKG-INFO, *.py ...). */
function analyzeSdist(files) {
    const rooted = stripTopDirectory(files);
    const plan = planBuild(rooted);
    return run(rooted, plan.initial, plan.roots, plan.limits, plan.configs);
}
/** One loose .py file (as `sdist-guard inspect x.py`): analyzed as if it were setup.py. */
function analyzeSource(text, path) {
    return run(new Map([[path, text]]), [{ path, role: 'setup', reason: path }], [''], [], []);
}
function run(files, initial, rootsIn, limitsIn, configs) {
    const limits = [...limitsIn];
    const roots = [...rootsIn];
    const dirs = new Set();
    for (const p of files.keys()) {
        for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1))
            dirs.add(p.slice(0, i + 1));
    }
    const has = (p) => (p.endsWith('/') ? dirs.has(p) : files.has(p));
    const budget = new DecodeBudget();
    const steps = new StepBudget();
    const units = [];
    const queue = [...initial];
    const queued = new Set(initial.map((f) => f.path));
    const analyzed = [];
    const enqueue = (f) => {
        const existing = queue.find((q) => q.path === f.path);
        if (existing && f.entryNames)
            existing.entryNames = [...(existing.entryNames ?? []), ...f.entryNames];
        if (queued.has(f.path))
            return;
        if (queued.size >= MAX_FILES) {
            if (!limits.some((l) => l.startsWith('more than')))
                limits.push(`more than ${MAX_FILES} build-time files; ${f.path} and later ones were not analysed`);
            return;
        }
        queued.add(f.path);
        queue.push(f);
    };
    while (queue.length) {
        const file = queue.shift();
        const text = files.get(file.path);
        if (text === undefined)
            continue;
        analyzed.push(file.path);
        const src = parseSource(text, file.path);
        const unit = extractFacts(src, {
            path: file.path,
            role: file.role,
            depth: 0,
            budget,
            steps,
            fileExists: (p) => files.has(p),
            entryNames: file.entryNames?.map((name) => ({ name, by: 'build-time code' })),
        });
        units.push(unit);
        for (const p of unit.sysPath)
            if (!roots.includes(p))
                roots.push(p);
        follow(unit, roots, has, enqueue);
        analyzePayloads(unit, units, budget, steps, files, limits);
    }
    if (budget.exhausted)
        limits.push(`decode budget of ${budget.total} bytes exhausted; later payloads were not decoded`);
    for (const c of configs) {
        analyzed.push(c.path);
        units.push(configUnit(c.path, c.strings));
    }
    const ctx = { units };
    const findings = [];
    for (const unit of units) {
        limits.push(...unit.limits);
        const view = unit.role === 'imported' && !unit.origin ? reachedOnly(unit) : unit;
        for (const rule of RULE_LIST) {
            for (const f of rule.check(view, ctx))
                findings.push(place(f, unit));
        }
    }
    const result = dedupe(findings).sort((a, b) => RANK[b.severity] - RANK[a.severity] || a.path.localeCompare(b.path) || a.line - b.line || a.rule.localeCompare(b.rule));
    return {
        findings: result,
        suspicious: result.some((f) => RANK[f.severity] >= RANK.high),
        analyzed,
        limits: [...new Set(limits)],
    };
}
/** Local modules and exec'd files that this unit's build-time code runs. */
function follow(unit, roots, has, enqueue) {
    for (const imp of unit.imports) {
        if (!imp.where.entry)
            continue;
        for (const p of relativeImportPackages(unit.path, imp.level, roots, has)) {
            enqueue({ path: p, role: 'imported', reason: `the package ${unit.path} imports relatively` });
        }
        const paths = importedFiles(imp, unit.path, roots, has);
        if (!paths.length)
            continue;
        const base = '.'.repeat(imp.level) + imp.module;
        const entryNames = new Set();
        for (const c of unit.calls) {
            if (!c.where.entry)
                continue;
            const rest = base && c.callee.startsWith(base + '.') ? c.callee.slice(base.length + 1) : undefined;
            if (rest && /^\w+$/.test(rest))
                entryNames.add(rest);
        }
        for (const n of imp.names ?? []) {
            if (n !== '*' && unit.calls.some((c) => c.where.entry && (c.callee === `${base}.${n}` || c.callee.startsWith(`${base}.${n}.`))))
                entryNames.add(n);
        }
        paths.forEach((p, i) => {
            const last = i === paths.length - 1;
            enqueue({ path: p, role: 'imported', reason: `imported by ${unit.path}`, entryNames: last && entryNames.size ? [...entryNames] : undefined });
        });
    }
    for (const e of unit.execFiles)
        enqueue({ path: e.path, role: 'imported', reason: `run by ${unit.path}:${e.line}` });
}
function analyzePayloads(unit, units, budget, steps, files, limits) {
    for (const p of unit.payloads) {
        const originPath = unit.origin?.path ?? unit.path;
        const originLine = unit.origin?.line ?? p.line;
        if (unit.depth + 1 > MAX_PAYLOAD_DEPTH) {
            limits.push(`${originPath}:${originLine}: payload nested deeper than ${MAX_PAYLOAD_DEPTH} decodings was not analysed`);
            continue;
        }
        if (units.length >= MAX_UNITS) {
            limits.push(`${originPath}: more than ${MAX_UNITS} files and payloads; later payloads were not analysed`);
            return;
        }
        const how = unit.origin ? `${unit.origin.how}; then ${p.how}` : p.how;
        const src = parseSource(p.code, originPath, MAX_PAYLOAD_PARSE);
        const sub = extractFacts(src, {
            path: originPath,
            role: 'setup',
            depth: unit.depth + 1,
            budget,
            steps,
            fileExists: (f) => files.has(f),
            origin: { path: originPath, line: originLine, how, via: unit.origin?.via ?? p.via, entry: p.where.entry },
            topEntry: p.where.entry ?? null,
        });
        sub.cmdclass.push(...unit.cmdclass);
        units.push(sub);
        analyzePayloads(sub, units, budget, steps, files, limits);
    }
}
/** For modules imported at build time, only code their import actually runs counts. */
function reachedOnly(unit) {
    const r = (xs) => xs.filter((x) => x.where.entry !== undefined);
    return {
        ...unit,
        calls: r(unit.calls),
        strings: r(unit.strings),
        decodes: r(unit.decodes),
        payloads: r(unit.payloads),
        opaque: r(unit.opaque),
        refs: r(unit.refs),
        dynamic: r(unit.dynamic),
    };
}
function configUnit(path, strings) {
    const unit = emptyFacts({ path, role: 'config', depth: 0, parsed: true, text: '', lineLengths: [] });
    unit.strings = strings.map((s) => ({
        value: str(s.value),
        line: s.line,
        where: { scope: s.buildRequirement ? BUILD_REQUIRES_SCOPE : path, entry: 'config' },
        kind: 'literal',
        metadata: !s.buildRequirement || undefined,
    }));
    return unit;
}
/** Findings inside payloads point at the line that decoded, wrote or ran them. */
function place(f, unit) {
    if (!unit.origin)
        return f;
    const { line, how, via } = unit.origin;
    const what = via === 'write'
        ? `In Python code that line ${line} writes to a file`
        : how === 'literal'
            ? `In code that line ${line} runs as a string`
            : `In code decoded at line ${line} (${clip(how, 80)})`;
    return { ...f, path: unit.origin.path, line, message: `${what}: ${f.message}` };
}
function dedupe(findings) {
    const seen = new Map();
    for (const f of findings) {
        const key = `${f.rule}|${f.path}|${f.line}|${f.evidence}`;
        const prev = seen.get(key);
        if (!prev || RANK[f.severity] > RANK[prev.severity])
            seen.set(key, f);
    }
    return [...seen.values()];
}
/** An sdist unpacked with its `name-version/` directory still on every path. */
function stripTopDirectory(files) {
    if (files.has('setup.py') || files.has('pyproject.toml') || files.size === 0)
        return files;
    const tops = new Set([...files.keys()].map((k) => (k.includes('/') ? k.slice(0, k.indexOf('/')) : '')));
    if (tops.size !== 1 || tops.has(''))
        return files;
    const top = [...tops][0];
    return new Map([...files].map(([k, v]) => [k.slice(top.length + 1), v]));
}


/***/ }),

/***/ 8853:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ crc32)
/* harmony export */ });
// CRC-32 (ISO 3309), the checksum zip stores for each entry; Python's zipfile refuses entries
// whose bytes do not match it, so a mismatch is worth reporting.
const TABLE = (() => {
    const t = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        t[n] = c >>> 0;
    }
    return t;
})();
function crc32(bytes) {
    let c = 0xffffffff;
    for (let i = 0; i < bytes.length; i++)
        c = TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}


/***/ }),

/***/ 3976:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ DEFAULT_LIMITS),
  E4: () => (/* reexport */ decodeSource),
  M6: () => (/* reexport */ readSdist),
  BI: () => (/* reexport */ readSdistDirectory)
});

;// CONCATENATED MODULE: ./src/archive/limits.ts
// Hard limits for reading one sdist. An sdist is hostile input: every size it declares can lie,
// so each limit is checked against bytes actually seen.
const MiB = 1024 * 1024;
const DEFAULT_LIMITS = Object.freeze({
    maxDownloadBytes: 256 * MiB,
    maxInflatedBytes: 1024 * MiB,
    maxRatio: 200,
    maxEntries: 50_000,
    maxFileBytes: 8 * MiB,
    maxKeptBytes: 64 * MiB,
});
/**
 * Small archives legitimately compress far better than any sane ratio (a tar of a few tiny files
 * is mostly zero padding), so the ratio only means "bomb" once the output is large.
 */
const RATIO_FLOOR = 16 * MiB;
/** Defaults merged with overrides; a limit that is not a positive number is a configuration error. */
function resolveLimits(overrides = {}) {
    const out = { ...DEFAULT_LIMITS };
    for (const key of Object.keys(DEFAULT_LIMITS)) {
        const value = overrides[key];
        if (value === undefined)
            continue;
        if (typeof value !== 'number' || !(value > 0) || Number.isNaN(value)) {
            throw new TypeError(`archive limit ${key} must be a positive number, got ${String(value)}`);
        }
        out[key] = value;
    }
    return out;
}
/** `8 MiB`, `64 KiB`, `1000 bytes`: limits are read by people deciding whether to raise them. */
function formatBytes(n) {
    if (n >= MiB && n % MiB === 0)
        return `${n / MiB} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/archive/decode.ts
// Source bytes to text the way Python reads a source file (PEP 263 / PEP 3120), so that analysis
// sees what the interpreter would run. Whenever the two could differ, a note says so.
const UTF8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const UTF8_FATAL = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * cp1252's 0x80-0x9f, as Python maps them; `undefined` where Python's codec has no character.
 * Decoded here rather than with TextDecoder, which in some Node 20 releases reads windows-1252 as latin-1.
 */
const CP1252_HIGH = Array.from('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ', (ch) => (['\u0081', '\u008d', '\u008f', '\u0090', '\u009d'].includes(ch) ? undefined : ch));
/** Python's codec lookup key: lower case, runs of other characters folded to `_`. */
function codecKey(name) {
    return name
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
const UTF8_NAMES = new Set(['utf_8', 'utf8', 'u8', 'utf', 'utf8_ucs2', 'utf8_ucs4', 'cp65001']);
const LATIN1_NAMES = new Set([
    'latin_1', 'latin1', 'latin', 'l1', 'iso8859_1', 'iso_8859_1', 'iso_ir_100', '8859', 'cp819',
    'csisolatin1', 'ibm819', 'iso_latin_1',
]);
const ASCII_NAMES = new Set([
    'ascii', 'us_ascii', '646', 'us', 'ansi_x3.4_1968', 'ansi_x3_4_1968', 'ansi_x3.4_1986', 'cp367',
    'csascii', 'ibm367', 'iso646_us', 'iso_646.irv_1991', 'iso_ir_6',
]);
/**
 * Legacy codecs whose WHATWG decoder matches Python's codec byte for byte on valid input. Labels
 * WHATWG reinterprets (it reads `latin1` and `ascii` as windows-1252) are handled above instead.
 */
const WHATWG = {
    koi8_r: 'koi8-r',
    koi8_u: 'koi8-u',
    cp866: 'ibm866',
    shift_jis: 'shift_jis',
    sjis: 'shift_jis',
    s_jis: 'shift_jis',
    euc_jp: 'euc-jp',
    euc_kr: 'euc-kr',
    gbk: 'gbk',
    gb2312: 'gbk',
    gb18030: 'gb18030',
    big5: 'big5',
    mac_roman: 'macintosh',
    macroman: 'macintosh',
    macintosh: 'macintosh',
};
const ISO8859_PARTS = new Set([2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16]);
function lookupCodec(name) {
    const key = codecKey(name);
    // CPython's tokenizer folds these prefixes itself before asking the codec registry
    // (get_normal_name), which is why `utf-8-unix` or `latin-1-dos` work as cookies.
    if (UTF8_NAMES.has(key) || key.startsWith('utf_8_'))
        return { kind: 'utf-8' };
    if (LATIN1_NAMES.has(key) || /^(latin_1|iso_8859_1|iso_latin_1)_/.test(key))
        return { kind: 'latin-1' };
    if (ASCII_NAMES.has(key))
        return { kind: 'ascii' };
    if (key === 'cp1252' || key === 'windows_1252' || key === '1252')
        return { kind: 'cp1252' };
    let label = WHATWG[key];
    const cp = /^(?:cp|windows_)(125[0-8])$/.exec(key);
    if (cp)
        label = `windows-${cp[1]}`;
    const iso = /^iso_?8859_(\d+)$/.exec(key);
    if (iso && ISO8859_PARTS.has(Number(iso[1])))
        label = `iso-8859-${iso[1]}`;
    if (!label)
        return undefined;
    try {
        new TextDecoder(label);
    }
    catch {
        return undefined;
    }
    return { kind: 'whatwg', label, python: key };
}
function latin1(bytes) {
    let out = '';
    for (let i = 0; i < bytes.length; i += 8192) {
        out += String.fromCharCode(...bytes.subarray(i, i + 8192));
    }
    return out;
}
/** Offset of the first byte that breaks UTF-8, or -1. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return -1;
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
/** Where the line starting at `start` ends (before its line break), and where the next one starts. */
function lineBounds(bytes, start) {
    for (let i = start; i < bytes.length; i++) {
        const b = bytes[i];
        if (b === 0x0a)
            return [i, i + 1];
        if (b === 0x0d)
            return [i, bytes[i + 1] === 0x0a ? i + 2 : i + 1];
    }
    return [bytes.length, bytes.length];
}
/**
 * The PEP 263 encoding name from the first line, or from the second when the first is blank or a
 * comment, as Python's tokenizer reads them: whole lines, however long (a cookie pushed past a
 * fixed window would otherwise go unseen), ended by LF, CR LF or CR.
 */
function codingCookie(bytes) {
    let start = 0;
    for (let line = 0; line < 2 && start < bytes.length; line++) {
        let first = start;
        while (first < bytes.length && (bytes[first] === 0x20 || bytes[first] === 0x09 || bytes[first] === 0x0c))
            first++;
        const [end, next] = lineBounds(bytes, start);
        if (first < end && bytes[first] === 0x23) {
            const m = COOKIE.exec(latin1(bytes.subarray(start, end)));
            if (m)
                return m[1];
        }
        else if (first < end) {
            return undefined;
        }
        start = next;
    }
    return undefined;
}
function decodeUtf8(bytes, notes) {
    try {
        return UTF8_FATAL.decode(bytes);
    }
    catch {
        const bad = firstInvalidUtf8(bytes);
        notes.push(`not valid UTF-8 (line ${lineAt(bytes, Math.max(bad, 0))}); decoded with replacement characters`);
        return UTF8.decode(bytes);
    }
}
function decodeWith(codec, name, bytes, notes) {
    switch (codec.kind) {
        case 'utf-8':
            return decodeUtf8(bytes, notes);
        case 'latin-1':
            return latin1(bytes);
        case 'ascii': {
            const bad = bytes.findIndex((b) => b >= 0x80);
            if (bad !== -1)
                notes.push(`coding cookie says ${name} but line ${lineAt(bytes, bad)} has a non-ASCII byte; decoded as latin-1`);
            return latin1(bytes);
        }
        case 'cp1252': {
            let out = '';
            let bad = -1;
            for (let i = 0; i < bytes.length; i++) {
                const b = bytes[i];
                if (b < 0x80 || b > 0x9f) {
                    out += String.fromCharCode(b);
                    continue;
                }
                const ch = CP1252_HIGH[b - 0x80];
                if (ch === undefined && bad === -1)
                    bad = i;
                out += ch ?? String.fromCharCode(b);
            }
            if (bad !== -1)
                notes.push(`byte 0x${bytes[bad].toString(16)} on line ${lineAt(bytes, bad)} is not ${name}; read as a control character`);
            return out;
        }
        case 'whatwg':
            try {
                return new TextDecoder(codec.label, { fatal: true }).decode(bytes);
            }
            catch {
                notes.push(`not valid ${name}; decoded with replacement characters`);
                return new TextDecoder(codec.label).decode(bytes);
            }
    }
}
/**
 * Decodes a source file as Python would: a UTF-8 or UTF-16 byte-order mark, else a PEP 263
 * coding cookie in the first two lines, else UTF-8. Line endings are left as they are.
 */
function decodeSource(bytes) {
    const notes = [];
    let text;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
        const body = bytes.subarray(3);
        const cookie = codingCookie(body);
        if (cookie !== undefined && lookupCodec(cookie)?.kind !== 'utf-8') {
            notes.push(`has a UTF-8 byte-order mark but its coding cookie names ${cookie}; Python refuses such a file`);
        }
        text = decodeUtf8(body, notes);
    }
    else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        const le = bytes[0] === 0xff;
        const body = bytes.subarray(2);
        notes.push(`UTF-16 ${le ? 'LE' : 'BE'} text (byte-order mark); Python does not run UTF-16 source`);
        try {
            text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true, ignoreBOM: true }).decode(body);
        }
        catch {
            notes.push('not valid UTF-16; decoded with replacement characters');
            text = new TextDecoder(le ? 'utf-16le' : 'utf-16be', { ignoreBOM: true }).decode(body);
        }
    }
    else {
        const cookie = codingCookie(bytes);
        if (cookie === undefined) {
            text = decodeUtf8(bytes, notes);
        }
        else {
            const codec = lookupCodec(cookie);
            if (codec) {
                text = decodeWith(codec, cookie, bytes, notes);
            }
            else {
                // Unusual codecs (`unicode_escape`, `utf-7`, codecs registered at run time) are a known way to
                // hide code from readers, so the text analysis sees may not be what Python runs.
                notes.push(`coding cookie names encoding ${JSON.stringify(cookie)}, which is not decoded here; read as latin-1`);
                text = latin1(bytes);
            }
        }
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) {
        const line = text.slice(0, nul).split('\n').length;
        notes.push(`contains NUL bytes (first on line ${line})`);
    }
    return notes.length > 0 ? { text, note: notes.join('; ') } : { text };
}

;// CONCATENATED MODULE: ./src/archive/keep.ts
// Which entries are kept as text for analysis: the files that can run, or steer what runs, when
// pip builds the sdist. Everything else is only listed.
/** Extension-less files at the top (`VERSION`) are kept only when small: setup.py reads or execs them. */
const TOP_LEVEL_PLAIN_MAX = 64 * 1024;
const KEPT_EXTENSIONS = ['.py', '.pyw', '.cfg', '.toml'];
/** Python source: decoded under PEP 263, and any doubt about its decoding is a limit note. */
function isPythonSource(path) {
    const lower = path.toLowerCase();
    return lower.endsWith('.py') || lower.endsWith('.pyw');
}
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Like Node's `extname`: `.hidden` has no extension. */
function hasExtension(base) {
    return base.lastIndexOf('.') > 0;
}
/** Kept wherever it sits in the tree. */
function isKeptAnywhere(path) {
    const base = baseName(path);
    if (base === 'PKG-INFO')
        return true;
    const lower = base.toLowerCase();
    return KEPT_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}
/** Kept only if it ends up at the sdist root and is small. */
function isTopLevelPlainCandidate(path) {
    return !hasExtension(baseName(path));
}

;// CONCATENATED MODULE: ./src/archive/notes.ts
// The `limits` list of a read: sentences naming an entry and the limit or rule it broke.
/**
 * A hostile archive can break a rule once per entry; the list stays readable and bounded, and
 * the count of what was left out is still reported so the result is never mistaken for clean.
 */
const MAX_NOTES = 200;
class Notes {
    list = [];
    dropped = 0;
    add(sentence) {
        if (this.list.length < MAX_NOTES)
            this.list.push(sentence);
        else
            this.dropped++;
    }
    get count() {
        return this.list.length + this.dropped;
    }
    toArray() {
        if (this.dropped === 0)
            return [...this.list];
        return [...this.list, `${this.dropped} more limit ${this.dropped === 1 ? 'note was' : 'notes were'} not listed`];
    }
}
/**
 * An entry name as it may appear in a log, annotation or PR comment: control characters are
 * escaped (a name can carry newlines or terminal escapes) and very long names are shortened.
 */
function describeName(name) {
    const escaped = name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
    return escaped.length > 200 ? `${escaped.slice(0, 200)}...` : escaped;
}

;// CONCATENATED MODULE: ./src/archive/paths.ts
// Entry names: which ones are refused, and where the accepted ones land once the sdist's leading
// directory is stripped the way pip does when it unpacks (pip/_internal/utils/unpacking.py).
/** Why an entry name is refused, or undefined when it stays inside the archive root. */
function refusalReason(name) {
    if (name.includes('\0'))
        return 'name contains a NUL byte';
    // On Windows a backslash is a separator, so `..\x` climbs out; on POSIX it silently changes
    // meaning. Either way the name means different things to different extractors.
    if (name.includes('\\'))
        return 'name contains a backslash';
    if (name.startsWith('/'))
        return 'absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'Windows drive path';
    if (name.split('/').includes('..'))
        return 'path leaves the archive';
    return undefined;
}
/** The member name Python's tarfile and zipfile hand to pip: directories lose trailing slashes. */
function memberName(name) {
    return name.replace(/\/+$/, '');
}
/** pip's split_leading_dir, for names that passed refusalReason (no backslashes). */
function splitLeadingDir(name) {
    const path = name.replace(/^\/+/, '');
    const slash = path.indexOf('/');
    return slash === -1 ? [path, ''] : [path.slice(0, slash), path.slice(slash + 1)];
}
/**
 * pip's has_leading_dir, fed one name at a time: pip strips the first component only when every
 * member name has one and it is the same for all.
 */
class LeadingDir {
    prefix;
    common = true;
    add(name) {
        if (!this.common)
            return;
        const [prefix] = splitLeadingDir(name);
        if (!prefix)
            this.common = false;
        else if (this.prefix === undefined)
            this.prefix = prefix;
        else if (prefix !== this.prefix)
            this.common = false;
    }
    /** Whether pip would strip; an archive with no members has nothing to strip. */
    get strips() {
        return this.common && this.prefix !== undefined;
    }
    /** Where a member lands relative to the unpack directory, `.` and empty components removed. */
    place(name) {
        const rest = this.strips ? splitLeadingDir(name)[1] : name;
        return normalizePath(rest);
    }
}
/** `a//./b/` -> `a/b`; the same file for any extractor. */
function normalizePath(name) {
    return name
        .split('/')
        .filter((part) => part !== '' && part !== '.')
        .join('/');
}

;// CONCATENATED MODULE: ./src/archive/collector.ts
// The rules every reader (tar, zip, directory) shares: which entries are refused, counted, kept
// and under what name, applied one entry header at a time as the archive streams past.





class Collector {
    limits;
    followLinksInside;
    notes = new Notes();
    /** Set once a limit that ends the read was hit; readers stop feeding entries. */
    stopped = false;
    entryCount = 0;
    keptBytes = 0;
    leading;
    /** Regular files by normalized member name, in first-seen order: the member name pip would see. */
    fileMembers = new Map();
    kept = new Map();
    pendingTopLevel = new Set();
    /** Links by normalized member name, when links are resolved. */
    links = new Map();
    /**
     * @param stripLeadingDir archives are unpacked the way pip does (one shared top directory is
     *   removed); a directory on disk is already the sdist root.
     * @param followLinksInside a tar's links that stay inside the sdist are what extraction makes
     *   of them (pip's data filter allows them): the linked content is seen under the link's name.
     *   Links that leave it, or whose target cannot be read, remain refusals.
     */
    constructor(limits, stripLeadingDir, followLinksInside = false) {
        this.limits = limits;
        this.followLinksInside = followLinksInside;
        this.leading = stripLeadingDir ? new LeadingDir() : undefined;
    }
    /** Ends the read with a limit note; only the first stop is reported. */
    stop(sentence) {
        if (this.stopped)
            return;
        this.stopped = true;
        this.notes.add(sentence);
    }
    /**
     * Records one entry header. Returns the key under which its content is to be passed to `keep`,
     * or undefined when the content is not wanted (the reader then skips past it).
     */
    admit(header) {
        if (this.stopped)
            return undefined;
        const shown = describeName(header.name);
        this.entryCount++;
        if (this.entryCount > this.limits.maxEntries) {
            this.stop(`entry ${shown}: more than ${this.limits.maxEntries} entries (maxEntries), reading stopped`);
            return undefined;
        }
        const member = memberName(header.name);
        // pip decides whether to strip from every member name, refused ones included.
        this.leading?.add(member);
        const refused = refusalReason(header.name);
        if (refused) {
            this.notes.add(`entry ${shown}: ${refused}, skipped`);
            return undefined;
        }
        const key = normalizePath(member);
        if (header.kind === 'directory')
            return undefined;
        if (key === '') {
            this.notes.add(`entry ${shown}: names the archive root itself, skipped`);
            return undefined;
        }
        if (header.kind !== 'file') {
            // Extraction would put the link or device where a same-named file was; what was kept is gone.
            this.forget(key);
            this.pendingTopLevel.delete(key);
            if (this.followLinksInside && (header.kind === 'symlink' || header.kind === 'hardlink') && header.linkname !== undefined) {
                this.fileMembers.delete(key);
                this.links.set(key, { member, kind: header.kind, linkname: header.linkname, shown });
                return undefined;
            }
            this.notes.add(`entry ${shown}: ${this.describeKind(header)}, skipped`);
            return undefined;
        }
        this.links.delete(key);
        if (this.fileMembers.has(key)) {
            this.notes.add(`entry ${shown}: appears more than once; the last copy wins, as in extraction`);
            this.forget(key);
        }
        else {
            this.fileMembers.set(key, member);
        }
        const depth = key.split('/').length;
        const anywhere = isKeptAnywhere(key);
        const topLevel = !anywhere &&
            isTopLevelPlainCandidate(key) &&
            depth <= (this.leading ? 2 : 1) &&
            header.size <= TOP_LEVEL_PLAIN_MAX;
        if (!anywhere && !topLevel)
            return undefined;
        if (header.size > this.limits.maxFileBytes) {
            this.notes.add(`entry ${shown}: ${header.size} bytes is over the ${formatBytes(this.limits.maxFileBytes)} limit for one file (maxFileBytes), not kept`);
            return undefined;
        }
        if (this.keptBytes + header.size > this.limits.maxKeptBytes) {
            this.notes.add(`entry ${shown}: kept files would pass ${formatBytes(this.limits.maxKeptBytes)} (maxKeptBytes), not kept`);
            return undefined;
        }
        if (topLevel)
            this.pendingTopLevel.add(key);
        else
            this.pendingTopLevel.delete(key);
        return key;
    }
    /** The content of an entry `admit` asked for. */
    keep(key, bytes) {
        const member = this.fileMembers.get(key);
        if (member === undefined)
            throw new Error(`no admitted entry ${key}`);
        const topLevelOnly = this.pendingTopLevel.has(key);
        const python = isPythonSource(key);
        const decoded = decodeSource(bytes);
        // A small extension-less file with NUL bytes is binary data, not something setup.py execs.
        if (topLevelOnly && decoded.text.includes('\0'))
            return;
        // macOS tar stores each file's extended attributes as a `._name` AppleDouble file beside it:
        // binary metadata that Python cannot even compile (it holds NUL bytes), not source.
        if (isAppleDouble(key, bytes))
            return;
        this.forget(key);
        this.kept.set(key, {
            member,
            text: decoded.text,
            note: python ? decoded.note : undefined,
            bytes: bytes.length,
            topLevelOnly,
        });
        this.keptBytes += bytes.length;
    }
    /** A note about one entry that does not end the read. */
    note(name, sentence) {
        this.notes.add(`entry ${describeName(name)}: ${sentence}`);
    }
    finish(error) {
        const place = (member) => (this.leading ? this.leading.place(member) : normalizePath(member));
        const files = new Map();
        for (const kept of this.kept.values()) {
            const path = place(kept.member);
            if (path === '' || (kept.topLevelOnly && path.includes('/')))
                continue;
            files.set(path, kept.text);
            if (kept.note)
                this.notes.add(`entry ${describeName(path)}: ${kept.note}`);
        }
        const entries = [];
        for (const member of this.fileMembers.values()) {
            const path = place(member);
            if (path !== '')
                entries.push(path);
        }
        if (this.links.size)
            this.resolveLinks(place, files, entries);
        const out = { files, limits: this.notes.toArray(), entries };
        if (error !== undefined)
            out.error = error;
        return out;
    }
    /**
     * Gives each link inside the sdist what extraction would put at its name: a file's content, or a
     * directory's files under the link's path. Only what the link's own name would have kept is
     * added; a link named like build-time code whose target cannot be read is a refusal, as is any
     * link that leaves the sdist (pip's data filter refuses to unpack those).
     */
    resolveLinks(place, files, entries) {
        const regular = new Set(entries);
        const dirs = new Set();
        const addParents = (path) => {
            for (let i = path.lastIndexOf('/'); i > 0; i = path.lastIndexOf('/', i - 1)) {
                if (dirs.has(path.slice(0, i)))
                    return;
                dirs.add(path.slice(0, i));
            }
        };
        for (const path of regular)
            addParents(path);
        const links = new Map();
        for (const link of this.links.values()) {
            const path = place(link.member);
            if (path === '')
                continue;
            links.set(path, link);
            addParents(path);
        }
        const realpath = (parts) => {
            const done = [];
            const todo = [...parts];
            let hops = 0;
            while (todo.length) {
                const part = todo.shift();
                if (part === '' || part === '.')
                    continue;
                if (part === '..') {
                    if (done.length === 0)
                        return undefined;
                    done.pop();
                    continue;
                }
                const link = links.get([...done, part].join('/'));
                if (!link) {
                    done.push(part);
                    continue;
                }
                // Loops and long chains fail in extraction too (ELOOP).
                if (++hops > 40)
                    return undefined;
                const to = target(link);
                if (to === undefined)
                    return undefined;
                if (link.kind === 'hardlink')
                    done.length = 0;
                todo.unshift(...to);
            }
            return done.join('/');
        };
        // A symlink's target is relative to its own directory; a hard link names an archive member.
        const target = (link) => {
            if (link.kind === 'symlink')
                return link.linkname.startsWith('/') || /^[A-Za-z]:/.test(link.linkname) || link.linkname.includes('\\') ? undefined : link.linkname.split('/');
            if (refusalReason(link.linkname) !== undefined)
                return undefined;
            const placed = place(memberName(link.linkname));
            return placed === '' ? undefined : placed.split('/');
        };
        const sorted = [...regular].sort();
        const keptAt = new Map();
        for (const [path, text] of files)
            keptAt.set(path, text);
        let aliased = 0;
        const alias = (path, text, shown) => {
            if (regular.has(path) || files.has(path))
                return;
            if (++aliased > this.limits.maxEntries) {
                if (aliased === this.limits.maxEntries + 1)
                    this.notes.add(`entry ${shown}: links add more than ${this.limits.maxEntries} entries (maxEntries), later ones skipped`);
                return;
            }
            entries.push(path);
            regular.add(path);
            if (text === undefined)
                return;
            const bytes = Buffer.byteLength(text);
            const anywhere = isKeptAnywhere(path);
            const topLevel = !anywhere && !path.includes('/') && isTopLevelPlainCandidate(path) && bytes <= TOP_LEVEL_PLAIN_MAX && !text.includes('\0');
            if (!anywhere && !topLevel)
                return;
            if (this.keptBytes + bytes > this.limits.maxKeptBytes) {
                this.notes.add(`entry ${shown}: kept files would pass ${formatBytes(this.limits.maxKeptBytes)} (maxKeptBytes), not kept`);
                return;
            }
            this.keptBytes += bytes;
            files.set(path, text);
        };
        for (const [path, link] of links) {
            const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')).split('/') : [];
            const to = target(link);
            const resolved = to === undefined ? undefined : realpath(link.kind === 'symlink' ? [...parent, ...to] : to);
            const refuse = (why = '') => {
                this.notes.add(`entry ${link.shown}: ${this.describeKind({ name: link.member, kind: link.kind, size: 0, linkname: link.linkname })}${why}, skipped`);
            };
            if (resolved === undefined) {
                refuse();
                continue;
            }
            if (regular.has(resolved)) {
                const text = keptAt.get(resolved);
                // Build-time code may import or exec this name; what it would run was not read.
                if (text === undefined && isKeptAnywhere(path))
                    refuse(', whose content was not read');
                else
                    alias(path, text, link.shown);
                continue;
            }
            if (resolved === '' || dirs.has(resolved)) {
                // One level: files reached through a linked directory, not through links inside it.
                const prefix = resolved === '' ? '' : `${resolved}/`;
                for (let i = firstAtOrAfter(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
                    alias(`${path}/${sorted[i].slice(prefix.length)}`, keptAt.get(sorted[i]), link.shown);
                }
                continue;
            }
            // Nothing is there: extraction makes a dangling link, which nothing can run.
            if (isKeptAnywhere(path))
                refuse(', which is not in the archive');
        }
    }
    forget(key) {
        const old = this.kept.get(key);
        if (!old)
            return;
        this.keptBytes -= old.bytes;
        this.kept.delete(key);
    }
    describeKind(header) {
        const target = header.linkname !== undefined ? ` to ${describeName(header.linkname)}` : '';
        switch (header.kind) {
            case 'symlink':
                return `symbolic link${target}`;
            case 'hardlink':
                return `hard link${target}`;
            case 'unsupported':
                return header.detail ?? 'unsupported entry type';
            default:
                return header.kind;
        }
    }
}
/** Index of the first string in `sorted` not less than `key`. */
function firstAtOrAfter(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** An AppleDouble sidecar: a `._`-prefixed name and the format's magic number. */
function isAppleDouble(path, bytes) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return base.startsWith('._') && bytes.length >= 4 && bytes[0] === 0x00 && bytes[1] === 0x05 && bytes[2] === 0x16 && bytes[3] === 0x07;
}

;// CONCATENATED MODULE: ./src/archive/contents.ts
// What a read of one sdist produces.
function failed(error, limits = []) {
    return { files: new Map(), limits, entries: [], error };
}

;// CONCATENATED MODULE: ./src/archive/format.ts
// Which archive format an sdist is: pip decides by file name (unpacking.py), so the name decides
// here too, and the first bytes must agree with it.
const UNSUPPORTED = ['.tar.bz2', '.tbz', '.tbz2', '.tar.xz', '.txz', '.tar.lz', '.tar.lzma', '.tlz', '.tar.zst', '.tzst', '.tar.br'];
function formatFromName(filename) {
    const lower = filename.toLowerCase();
    if (lower.endsWith('.tar.gz') || lower.endsWith('.tgz'))
        return { kind: 'tar.gz' };
    if (lower.endsWith('.tar'))
        return { kind: 'tar' };
    if (lower.endsWith('.zip'))
        return { kind: 'zip' };
    const extension = UNSUPPORTED.find((ext) => lower.endsWith(ext));
    return extension ? { kind: 'unsupported', extension } : { kind: 'unknown' };
}
function startsWith(head, magic) {
    return magic.every((b, i) => head[i] === b);
}
/** Whether a 512-byte block is a tar header: its checksum adds up (unsigned or signed, as Python accepts). */
function isTarHeader(block) {
    if (block.length < 512)
        return false;
    const field = new TextDecoder('latin1').decode(block.subarray(148, 156)).replace(/\0.*$/s, '').trim();
    if (!/^[0-7]+$/.test(field))
        return false;
    const stored = parseInt(field, 8);
    let unsigned = 8 * 0x20;
    let signed = 8 * 0x20;
    for (let i = 0; i < 512; i++) {
        if (i >= 148 && i < 156)
            continue;
        const b = block[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return stored === unsigned || stored === signed;
}
function sniff(head) {
    if (head.length === 0)
        return 'empty';
    if (startsWith(head, [0x1f, 0x8b]))
        return 'gzip';
    if (startsWith(head, [0x42, 0x5a, 0x68]))
        return 'bzip2';
    if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))
        return 'xz';
    if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd]))
        return 'zstd';
    if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]))
        return 'zip';
    if (isTarHeader(head.subarray(0, 512)))
        return 'tar';
    return 'unknown';
}
/** "it is a zip archive": for errors saying what a file is instead of what its name claims. */
function describeSniffed(kind, head) {
    switch (kind) {
        case 'empty':
            return 'it is empty';
        case 'gzip':
        case 'bzip2':
        case 'xz':
        case 'zstd':
            return `it is ${kind} data`;
        case 'zip':
            return 'it is a zip archive';
        case 'tar':
            return 'it is an uncompressed tar archive';
        case 'unknown': {
            const hex = Array.from(head.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join(' ');
            return `its first bytes are ${hex}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/archive/source.ts
// The sdist's bytes as they arrive: a whole buffer or a download stream, read in bounded chunks
// and counted against the download limit. Errors raised by the stream (a failed download, a hash
// mismatch found by the index client) are never caught here: they reject the read.
/** Pieces handed to decompressors and parsers, so every limit is checked at least this often. */
const PIECE = 64 * 1024;
/** How much of the end is kept: where Python's zipfile looks for a zip directory (64 KiB comment + record). */
const TAIL_BYTES = 0xffff + 1 + 22;
class ByteSource {
    maxBytes;
    /** Bytes handed out so far; never more than the limit. */
    bytesRead = 0;
    /** Set when the input had more bytes than the limit allows; reading then stops. */
    overLimit = false;
    ended = false;
    /** Set when the input ran to its end (not cut at the limit, not abandoned). */
    complete = false;
    pending = [];
    tailPieces = [];
    tailLength = 0;
    iterator;
    iterable;
    constructor(data, maxBytes) {
        this.maxBytes = maxBytes;
        if (data instanceof Uint8Array)
            this.pending.push(data);
        else
            this.iterable = data;
    }
    /** The next piece, or undefined at the end of the input or once the limit was passed. */
    async next() {
        if (this.overLimit)
            return undefined;
        const raw = await this.nextRaw();
        if (raw === undefined)
            return undefined;
        let piece = raw;
        if (piece.length > PIECE) {
            this.pending.unshift(piece.subarray(PIECE));
            piece = piece.subarray(0, PIECE);
        }
        const room = this.maxBytes - this.bytesRead;
        if (piece.length > room) {
            this.overLimit = true;
            piece = piece.subarray(0, room);
            this.pending.length = 0;
            await this.close();
        }
        this.bytesRead += piece.length;
        if (piece.length === 0)
            return undefined;
        this.keepTail(piece);
        return piece;
    }
    /** The last bytes handed out (up to TAIL_BYTES), once the input is complete. */
    tail() {
        const all = new Uint8Array(this.tailLength);
        let o = 0;
        for (const p of this.tailPieces) {
            all.set(p, o);
            o += p.length;
        }
        return all.subarray(Math.max(0, all.length - TAIL_BYTES));
    }
    keepTail(piece) {
        this.tailPieces.push(piece);
        this.tailLength += piece.length;
        while (this.tailLength - this.tailPieces[0].length >= TAIL_BYTES) {
            this.tailLength -= this.tailPieces.shift().length;
        }
    }
    /** Up to the first `n` bytes, without consuming them; fewer only when the input is shorter. */
    async peek(n) {
        const parts = [];
        let have = 0;
        while (have < n) {
            const raw = await this.nextRaw();
            if (raw === undefined)
                break;
            parts.push(raw);
            have += raw.length;
        }
        this.pending.unshift(...parts);
        const out = new Uint8Array(Math.min(have, n));
        let o = 0;
        for (const p of parts) {
            if (o >= out.length)
                break;
            const take = p.subarray(0, out.length - o);
            out.set(take, o);
            o += take.length;
        }
        return out;
    }
    /** The whole input in one buffer, or undefined when it passes the limit. */
    async readAll() {
        const parts = [];
        for (let p = await this.next(); p !== undefined; p = await this.next())
            parts.push(p);
        if (this.overLimit)
            return undefined;
        if (parts.length === 1)
            return parts[0];
        const out = new Uint8Array(this.bytesRead);
        let o = 0;
        for (const p of parts) {
            out.set(p, o);
            o += p.length;
        }
        return out;
    }
    /**
     * Reads the rest and throws it away: a download must run to its end for the index client to
     * verify its hash, and a mismatch found there must still fail the read. Stops at the limit.
     */
    async drain() {
        while ((await this.next()) !== undefined)
            ;
    }
    /** Stops reading; an unfinished download is cancelled. */
    async close() {
        const it = this.iterator;
        if (this.ended || !it) {
            this.ended = true;
            return;
        }
        this.ended = true;
        await it.return?.();
    }
    async nextRaw() {
        for (;;) {
            const queued = this.pending.shift();
            if (queued !== undefined) {
                if (queued.length === 0)
                    continue;
                return queued;
            }
            if (!this.iterable) {
                this.complete = true;
                return undefined;
            }
            if (this.ended)
                return undefined;
            this.iterator ??= this.iterable[Symbol.asyncIterator]();
            const step = await this.iterator.next();
            if (step.done) {
                this.ended = true;
                this.complete = true;
                return undefined;
            }
            const chunk = step.value;
            if (!(chunk instanceof Uint8Array)) {
                throw new TypeError(`sdist data must be a stream of Uint8Array chunks, got ${typeof chunk}`);
            }
            if (chunk.length > 0)
                return chunk;
        }
    }
}

;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "buffer"
const external_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
;// CONCATENATED MODULE: external "zlib"
const external_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
var external_zlib_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_zlib_namespaceObject, 2);
// EXTERNAL MODULE: external "node:assert"
var external_node_assert_ = __nccwpck_require__(4589);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./node_modules/tar/dist/esm/index.min.js
var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:!0})};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof external_node_stream_||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_.EventEmitter&&typeof s.pipe=="function"&&s.pipe!==external_node_stream_.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_.EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors)}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends external_node_events_.EventEmitter{[g]=!1;[Qt]=!1;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=!1;[nt]=!1;[De]=!1;[Ne]=!1;[qt]=null;[_]=0;[S]=!1;[Jt];[Ce]=!1;[Rt]=0;[C]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=!0,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=!1):(this[L]=!1,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new external_node_string_decoder_namespaceObject.StringDecoder(this[z]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()))}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t}[xi](){this[Ce]=!0,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason)}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return!1;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=!1,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else{let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t)}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=!0,this.writable=!1,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=!0),this[Qt]=!1,this[g]=!0,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"))}resume(){return this[Bt]()}pause(){this[g]=!1,this[Qt]=!0,this[C]=!1}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t)}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=!1){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain")}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=!1;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=!1),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=!1,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt])}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=!1)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=!1)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=!1)}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return!1;if(t==="data")return!this[L]&&!i?!1:this[Z]?(jt(()=>this[Oi](i)),!0):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=!0,!this[nt]&&!this[S])return!1;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):!1;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===!1&&this.pause();let e=this[C]?!1:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?!1:(this[nt]=!0,this.readable=!1,this[Z]?(jt(()=>this[Ti]()),!0):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e)}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length)}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[C]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:!1,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d)},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]})},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:!0,value:void 0})},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=!1;let t=!1,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=!0,{done:!0,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:!1,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=!0,this[C]=!0,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=external_fs_namespaceObject.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=!1;[m];[U];[Ci];[j]=!1;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=!0,this.writable=!1,typeof t!="string")throw new TypeError("path must be a string");this[bt]=!1,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=!1,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0,typeof this[m]=="number"?this[zt]():this[at]()}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){external_fs_namespaceObject.open(this[U],"r",(t,e)=>this[Ht](t,e))}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]())}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=!0;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));external_fs_namespaceObject.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r))}}[Ii](t,e,i){this[j]=!1,t?this[Ut](t):this[ki](e,i)&&this[zt]()}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.close(t,e=>e?this.emit("error",e):this.emit("close"))}}[Ut](t){this[j]=!0,this[H](),this.emit("error",t)}[ki](t,e){let i=!1;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=!1,this[H](),super.end()),i}emit(t,...e){switch(t){case"prefinish":case"finish":return!1;case"drain":return typeof this[m]=="number"&&this[zt](),!1;case"error":return this[bt]?!1:(this[bt]=!0,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=!0;try{this[Ht](null,external_fs_namespaceObject.openSync(this[U],"r")),t=!1}finally{t&&this[H]()}}[zt](){let t=!0;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:external_fs_namespaceObject.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1}t=!1}finally{t&&this[H]()}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.closeSync(t),this.emit("close")}}},et=class extends external_events_namespaceObject{readable=!1;writable=!0;[bt]=!1;[gt]=!1;[te]=!1;[Y]=[];[ke]=!1;[U];[ie];[ht];[m];[Me];[tt];[Ni]=!1;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]()}emit(t,...e){if(t==="error"){if(this[bt])return!1;this[bt]=!0}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=!0,this.emit("error",t)}[at](){external_fs_namespaceObject.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e))}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]())}end(t,e){return t&&this.write(t,e),this[te]=!0,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),!1):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=!0,!1):(this[gt]=!0,this[ve](t),!0)}[ve](t){external_fs_namespaceObject.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i))}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=!1,this[te]&&!this[Ni]?(this[Ni]=!0,this[H](),this.emit("finish")):this[ke]&&(this[ke]=!1,this.emit("drain"))))}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else{let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i))}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.close(t,e=>e?this.emit("error",e):this.emit("close"))}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=external_fs_namespaceObject.openSync(this[U],this[tt],this[ie])}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=external_fs_namespaceObject.openSync(this[U],this[tt],this[ie]);this[Ht](null,t)}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_namespaceObject.closeSync(t),this.emit("close")}}[ve](t){let e=!0;try{this[Pt](null,external_fs_namespaceObject.writeSync(this[m],t,0,t.length,this[ot])),e=!1}finally{if(e)try{this[H]()}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return{};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i}return t.chmod===void 0&&t.noChmod===!1&&(t.chmod=!0),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=external_zlib_namespaceObject.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=external_buffer_namespaceObject.Buffer.concat,zs=Object.getOwnPropertyDescriptor(external_buffer_namespaceObject.Buffer,"concat"),nn=s=>s,Bi=zs?.writable===!0||zs?.set!==void 0?s=>{external_buffer_namespaceObject.Buffer.concat=s?nn:rn}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor)}get name(){return"ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=!1;#i=!1;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof external_zlib_namespaceObject_0[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new external_zlib_namespaceObject_0[e](t)}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=!0,this.close(),this.emit("error",i))},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close)}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"))}reset(){if(!this.#t)return external_assert_namespaceObject(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(external_buffer_namespaceObject.Buffer.alloc(0),{[Pi]:t})))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=!0,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=external_buffer_namespaceObject.Buffer.from(t,e)),this.#t)return;external_assert_namespaceObject(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(!0);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1)}catch(l){Bi(!1),this.#o(new Gt(l,this.write))}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"))}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](external_buffer_namespaceObject.Buffer.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c])}else a=this[Tt](external_buffer_namespaceObject.Buffer.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),external_assert_namespaceObject(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.()};try{this.handle.params(t,e)}finally{this.handle.flush=i}this.handle&&(this.#t=t,this.#i=e)}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable}[Tt](t){return this.#t?(this.#t=!1,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip")}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e)}},We=class extends He{constructor(t){super(t,"BrotliCompress")}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress")}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e)}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress")}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress")}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256)},an=(s,t)=>{t[0]=255;var e=!1;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=!0,t[i-1]=Gs(r))}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=!1,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=!0,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1))}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1))}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=!1;needPax=!1;nullBlock=!1;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t)}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,!0),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path}else{let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12)}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=!0)}#i(t,e=!1){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))))}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=!0,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=external_node_path_.posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,!1];else{r=external_node_path_.posix.dirname(i),i=external_node_path_.posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,!1]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,!0]:(i=external_node_path_.posix.join(external_node_path_.posix.basename(r),i),r=external_node_path_.posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",!0])}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?!1:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),!0):(yn(s,t,e,i),!1),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?!1:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?!1:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=!1){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+(0,external_node_path_.basename)(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return"";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=!1){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case"path":case"linkpath":case"type":case"charset":case"comment":case"gname":case"uname":s[n]=o;break;case"ctime":case"atime":case"mtime":s[n]=new Date(Number(o)*1e3);break;case"size":let h=+o;h>=0&&(s[n]=h);break;case"gid":case"uid":case"dev":case"ino":case"nlink":case"mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=!1;ignore=!1;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=!1;absolute;unsupported=!1;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case"File":case"OldFile":case"Link":case"SymbolicLink":case"CharacterDevice":case"BlockDevice":case"Directory":case"FIFO":case"ContiguousFile":case"GNUDumpDir":break;case"NextFileHasLongLinkpath":case"NextFileHasLongPath":case"OldGnuLongPath":case"GlobalExtendedHeader":case"ExtendedHeader":case"OldExtendedHeader":this.meta=!0;break;default:this.ignore=!0}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,!0)}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?!0:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=!1){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))))}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==!1?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i))};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>!0,rt=class extends external_events_namespaceObject.EventEmitter{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=!0;readable=!1;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=!1;[w];[$]=!1;[It];[je]=!1;[ti]=!1;[Yt]=!1;[ae]=!1;[Yi]=!1;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===!1)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format")}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end")}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:!1;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?!0:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry)}warn(t,e,i={}){Dt(this,t,e,i)}[Vs](t,e){this[It]===void 0&&(this[It]=!1);let i;try{i=new F(t,e,this[V],this[he])}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=!0,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=!0,this[At]("nullBlock"));else if(this[je]=!1,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else{let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else{let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=!0)};n.on("end",o)}else this[It]=!0;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=!0,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())))}}}[$s](){queueMicrotask(()=>this.emit("close"))}[Zs](t){let e=!0;if(!t)this[it]=void 0,e=!1;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r)}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=!1);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"))}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return!this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i])}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case"ExtendedHeader":case"OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],!1);break;case"GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],!0);break;case"NextFileHasLongPath":case"OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case"NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>!0,e.end=()=>e,e.emit=()=>!1,e.destroy?.()}this[$]=!0,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:!1})}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),!1):!0}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),!1;if((this[w]===void 0||this.brotli===void 0&&this[w]===!1)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),!0;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=!1);let o=!1;if(this[w]===!1&&this.zstd!==!1){o=!0;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=!1;break}}let h=this.brotli===void 0&&!o;if(this[w]===!1&&h)if(t.length<512)if(this[ut])this.brotli=!0;else return this[p]=t,i?.(),!0;else try{new F(t.subarray(0,512)),this.brotli=!1}catch{this.brotli=!0}if(this[w]===void 0||this[w]===!1&&(this.brotli||o)){let a=this[ut];this[ut]=!1,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c)}),this[w].on("error",c=>{this[$]||this.abort(c)}),this[w].on("end",()=>{this[ut]=!0,this[Xe]()}),this[Yt]=!0,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=!1,i?.(),l}}this[Yt]=!0,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=!1;let n=this[st].length>0?!1:this[it]?this[it].flowing:!0;return!n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t)}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=!0;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end()}this[At](Je)}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=!0,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e)}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e)}this[ae]=!1}(!this[p]||this[ut])&&this[Qe]()}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case"begin":case"header":this[Vs](t,e),e+=512;break;case"ignore":case"body":e+=this[Ki](t,e);break;case"meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=!0,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume()}:e=>e.resume()},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),!0])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,!1),!1;let l=h||(0,external_path_namespaceObject.parse)(o).root||".",c;if(o===l)c=!1;else{let d=e.get(o);c=d!==void 0?d:n((0,external_path_namespaceObject.dirname)(o),l,a+1)}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o))},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=external_node_fs_.openSync(e,"r");let r=external_node_fs_.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=external_node_fs_.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h))}else{let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=external_node_fs_.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a))}t.end()}}finally{if(typeof i=="number")try{external_node_fs_.closeSync(i)}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),external_node_fs_.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s)});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=external_node_path_.win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s)}return[t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=!1;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=!1;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o)}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||external_path_namespaceObject.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]()}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=!0),super.emit(t,...e)}[ss](){external_fs_namespaceObject.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e)})}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]()}[tr](){switch(this.type){case"File":return this[er]();case"Directory":return this[ir]();case"SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t)}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end()}[is](){external_fs_namespaceObject.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e)})}[ns](t){this.linkpath=f(t),this[fe](),this.end()}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(external_path_namespaceObject.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end()}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute)}if(this[fe](),this.stat.size===0)return this.end();this[os]()}[os](){external_fs_namespaceObject.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e)})}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]()}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");external_fs_namespaceObject.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h)})}[pt](t=()=>{}){this.fd!==void 0&&external_fs_namespaceObject.close(this.fd,t)}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]())}[as](t){this.once("drain",t)}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]()}},ni=class extends de{sync=!0;[ss](){this[si](external_fs_namespaceObject.lstatSync(this.absolute))}[is](){this[ns](external_fs_namespaceObject.readlinkSync(this.absolute))}[os](){this[hs](external_fs_namespaceObject.openSync(this.absolute,"r"))}[ii](){let t=!0;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=external_fs_namespaceObject.readSync(e,i,r,n,o);this[rs](h),t=!1}finally{if(t)try{this[pt](()=>{})}catch{}}}[as](t){t()}[pt](t=()=>{}){this.fd!==void 0&&external_fs_namespaceObject.closeSync(this.fd),t()}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=!1;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h)}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this)}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e)}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0}};var pi=class{path;absolute;entry;stat;readdir;pending=!1;pendingLink=!1;ignore=!1;piped=!1;constructor(t,e){this.path=t||"./",this.absolute=e}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=!1;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=!1;[me]=!1;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=!0),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume())}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>!0,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=!1,this[me]=!1}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=!0,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else{let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i)}this[Ft]()}[ci](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]()}[ds](t){t.pending=!0,this[G]+=1;let e=this.follow?"stat":"lstat";external_fs_namespaceObject[e](t.absolute,(i,r)=>{t.pending=!1,this[G]-=1,i?this.emit("error",i):this[li](t,r)})}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=!0;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else{let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=!0,t.pending=!0}this[Ft]()}[us](t){t.pending=!0,this[G]+=1,external_fs_namespaceObject.readdir(t.absolute,(e,i)=>{if(t.pending=!1,this[G]-=1,e)return this.emit("error",e);this[fi](t,i)})}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]()}[Ft](){if(!this[Ee]){this[Ee]=!0;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e}this[Ee]=!1,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()))}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=!1,this[ai](n)}}this[Ft]()}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=!1,t.pendingLink=!1),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t)}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=!0;return}t===this[Et]&&!t.piped&&this[di](t)}}}[cs](t){return{onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e)}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume()}[di](t){t.piped=!0,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause()}):e.on("data",r=>{super.write(r)||e.pause()})}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i)}},kt=class extends wt{sync=!0;constructor(t){super(t),this[ui]=ni}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,external_fs_namespaceObject[e](t.absolute))}[us](t){this[fi](t,external_fs_namespaceObject.readdirSync(t.absolute))}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r)}):e.on("data",r=>{super[lr](r)})}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t)},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o)});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>{s.add(i)}}):s.add(e);s.end()},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e},Qn=K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=external_fs_namespaceObject.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||external_fs_namespaceObject.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return external_node_fs_.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{external_node_fs_.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null)})},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(external_node_path_.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=external_node_path_.resolve(s,t.name);Ei(o,e,i,r)});else{let n=external_node_path_.resolve(s,t.name);Ei(n,e,i,r)}},Es=(s,t,e,i)=>{external_node_fs_.readdir(s,{withFileTypes:!0},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a)})},so=(s,t,e,i)=>{t.isDirectory()&&ws(external_node_path_.resolve(s,t.name),e,i),ps(external_node_path_.resolve(s,t.name),e,i)},ws=(s,t,e)=>{let i;try{i=external_node_fs_.readdirSync(s,{withFileTypes:!0})}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e}get name(){return"CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e}get name(){return"SymlinkError"}};var no=(s,t)=>{external_node_fs_.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e)})},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?external_node_fs_.chmod(s,r,e):e()};if(s===d)return no(s,y);if(l)return promises_.mkdir(s,{mode:r,recursive:!0}).then(E=>y(null,E??void 0),y);let D=f(external_node_path_.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y)},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(external_node_path_.resolve(s+"/"+h));external_node_fs_.mkdir(a,e,br(a,t,e,i,r,n,o))},br=(s,t,e,i,r,n,o)=>h=>{h?external_node_fs_.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)external_node_fs_.unlink(s,c=>{if(c)return o(c);external_node_fs_.mkdir(s,e,br(s,t,e,i,r,n,o))});else{if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h)}}):(n=n||s,Ss(s,t,e,i,r,n,o))},oo=s=>{let t=!1,e;try{t=external_node_fs_.statSync(s).isDirectory()}catch(i){e=i?.code}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&external_node_fs_.chmodSync(s,i)};if(s===c)return oo(c),d();if(a)return d(external_node_fs_.mkdirSync(s,{mode:i,recursive:!0})??void 0);let T=f(external_node_path_.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(external_node_path_.resolve(x));try{external_node_fs_.mkdirSync(x,i),D=D||x}catch{let Le=external_node_fs_.lstatSync(x);if(Le.isDirectory())continue;if(l){external_node_fs_.unlinkSync(x),external_node_fs_.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=(0,external_node_path_.join)(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt((0,external_node_path_.join)(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e])}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else{let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]))}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return{paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?!1:(this.#s.add(t),t(()=>this.#e(t)),!0)}#e(t){if(!this.#s.has(t))return!1;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l)}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l)}else a.delete(t)}return this.#s.delete(t),n.forEach(o=>this.#r(o)),!0}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return external_node_fs_.unlink(s,t);let e=s+".DELETE."+(0,external_node_crypto_.randomBytes)(16).toString("hex");external_node_fs_.rename(s,e,i=>{if(i)return t(i);external_node_fs_.unlink(e,t)})},po=s=>{if(!Te)return external_node_fs_.unlinkSync(s);let t=s+".DELETE."+(0,external_node_crypto_.randomBytes)(16).toString("hex");external_node_fs_.renameSync(s,t),external_node_fs_.unlinkSync(t)},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=!1;[Oe]=!1;[Ri]=0;reservations=new yi;transform;writable=!0;readable=!1;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=!0,this[bs]()},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=!0}else this.uid=void 0,this.gid=void 0,this.setOwner=!1;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===!0,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(external_node_path_.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e))}warn(t,e,i={}){return(t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=!1),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"))}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return!0;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),!1;let a=external_node_path_.posix.dirname(t.path),l=external_node_path_.posix.normalize(external_node_path_.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),!1}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),!0}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return!1;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return!1}i.splice(0,this.strip),t.path=i.join("/")}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),!1;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return!1;if(t.absolute=external_node_path_.isAbsolute(t.path)?f(external_node_path_.resolve(t.path)):f(external_node_path_.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),!1;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return!1;if(this.win32){let{root:r}=external_node_path_.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=external_node_path_.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length))}return!0}[Dr](t){if(!this[Fr](t))return t.resume();switch(external_node_assert_.equal(typeof t.absolute,"string"),t.type){case"Directory":case"GNUDumpDir":t.mode&&(t.mode=t.mode|448);case"File":case"OldFile":case"ContiguousFile":case"Link":case"SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume())}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i)}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms(t.size),mode:i,autoClose:!1});r.on("error",a=>{r.fd&&external_node_fs_.close(r.fd,()=>{}),r.write=()=>!0,this[O](a,t),e()});let n=1,o=a=>{if(a){r.fd&&external_node_fs_.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&external_node_fs_.close(r.fd,l=>{l?this[O](l,t):this[$t](),e()})};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;external_node_fs_.futimes(l,c,d,y=>y?external_node_fs_.utimes(a,c,d,T=>o(T&&y)):o())}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&external_node_fs_.fchown(l,c,d,y=>y?external_node_fs_.chown(a,c,d,T=>o(T&&y)):o())}o()});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e()}),t.pipe(h)),h.pipe(r)}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume())};t.mtime&&!this.noMtime&&(n++,external_node_fs_.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,external_node_fs_.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o()})}[Cr](t){t.unsupported=!0,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume()}[Ar](t,e){let i=f(external_node_path_.relative(this.cwd,external_node_path_.resolve(external_node_path_.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e()})}[Ir](t,e){let i=f(external_node_path_.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e()})}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=external_node_path_.resolve(e,o);external_node_fs_.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,external_node_path_.resolve(h,i.join("/"))));this[Re](t,h,i,r,n)})}[kr](){this[Ri]++}[$t](){this[Ri]--,this[bs]()}[Ls](t){this[$t](),t.resume()}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i))}[Nr](t,e){let i=h=>{e(h)},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=!0,n()})},n=()=>{if(t.absolute!==this.cwd){let h=f(external_node_path_.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o()})}o()},o=()=>{external_node_fs_.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?external_node_fs_.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return external_node_fs_.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i))})};this[Oe]?n():r()}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case"File":case"OldFile":case"ContiguousFile":return this[Ts](e,i);case"Link":return this[Ir](e,i);case"SymbolicLink":return this[Ar](e,i);case"Directory":case"GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){external_node_fs_[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r()})}},ye=s=>{try{return[null,s()]}catch(t){return[t,null]}},xe=class extends Xt{sync=!0;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=!0}if(t.absolute!==this.cwd){let n=f(external_node_path_.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>external_node_fs_.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{external_node_fs_.chmodSync(String(t.absolute),Number(t.mode))}):[];return this[P](h,t)}let[n]=ye(()=>external_node_fs_.rmdirSync(String(t.absolute)));this[P](n,t)}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{external_node_fs_.closeSync(n)}catch(l){a=l}(h||a)&&this[O](h||a,t),e()},n;try{n=external_node_fs_.openSync(String(t.absolute),ms(t.size),i)}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{external_node_fs_.writeSync(n,h,0,h.length)}catch(a){r(a)}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{external_node_fs_.futimesSync(n,a,l)}catch(c){try{external_node_fs_.utimesSync(String(t.absolute),a,l)}catch{h=c}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{external_node_fs_.fchownSync(n,Number(a),Number(l))}catch(c){try{external_node_fs_.chownSync(String(t.absolute),Number(a),Number(l))}catch{h=h||c}}}r(h)})}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{external_node_fs_.utimesSync(String(t.absolute),t.atime||new Date,t.mtime)}catch{}if(this[ge](t))try{external_node_fs_.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)))}catch{}e(),t.resume()}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=external_node_path_.resolve(o,h);let[a,l]=ye(()=>external_node_fs_.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,external_node_path_.resolve(e,i.join("/"))))}r()}[gi](t,e,i,r){let n=`${i}Sync`;try{external_node_fs_[n](e,String(t.absolute)),r(),t.resume()}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=external_node_fs_.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t)},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),external_node_fs_.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t)});var yo=(s,t)=>{let e=new kt(s),i=!0,r,n;try{try{r=external_node_fs_.openSync(s.file,"r+")}catch(a){if(a?.code==="ENOENT")r=external_node_fs_.openSync(s.file,"w+");else throw a}let o=external_node_fs_.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=external_node_fs_.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime)}i=!1,Ro(s,e,n,r,t)}finally{if(i)try{external_node_fs_.closeSync(r)}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r)},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?external_node_fs_.close(n,E=>h(T)):h(null,D)},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return external_node_fs_.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,external_node_fs_.read(n,d,0,512,l,y)};external_node_fs_.read(n,d,0,512,l,y)};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",external_node_fs_.open(s.file,h,a);if(l||!c)return o(l);external_node_fs_.fstat(c,(d,y)=>{if(d)return external_node_fs_.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t)})})};external_node_fs_.open(s.file,h,a)})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e);s.end()},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});var Oo=K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s)}),To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0))};
//# sourceMappingURL=index.min.js.map

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./src/archive/gzip.ts
// gzip framing read here, deflate inflated by node:zlib. Node's own gunzip throws away the tail of
// the output when trailing bytes follow the last member, and those bytes are harmless to pip
// (tarfile stops at the end-of-archive marker); reading the members here keeps every byte of
// output and says precisely where and how the data went wrong.

/** A header with a file name or comment longer than this is not an sdist's. */
const MAX_HEADER = 1024 * 1024;
class GzipFormatError extends Error {
}
/** The header's length, or undefined when more bytes are needed to know. */
function headerLength(b) {
    if ((b.length >= 1 && b[0] !== 0x1f) || (b.length >= 2 && b[1] !== 0x8b))
        throw new GzipFormatError('not a gzip member header');
    if (b.length >= 3 && b[2] !== 8)
        throw new GzipFormatError(`unknown gzip compression method ${b[2]}`);
    if (b.length < 10)
        return undefined;
    const flags = b[3];
    let p = 10;
    if (flags & 0x04) {
        if (b.length < p + 2)
            return undefined;
        p += 2 + (b[p] | (b[p + 1] << 8));
    }
    for (const bit of [0x08, 0x10]) {
        if (!(flags & bit))
            continue;
        if (b.length <= p)
            return undefined;
        const nul = b.indexOf(0, p);
        if (nul === -1)
            return undefined;
        p = nul + 1;
    }
    if (flags & 0x02)
        p += 2;
    return b.length >= p ? p : undefined;
}
function join(a, b) {
    return a.length === 0 ? b : Buffer.concat([a, b]);
}
/**
 * Inflates gzip data (one member or several, zero padding between them allowed, as Python's
 * gzip module reads it) chunk by chunk. Each write is inflated before the next is accepted, so
 * nothing piles up; output goes to `sink`, which returns false to stop.
 */
class GzipStream {
    sink;
    outcome;
    state = 'header';
    pending = Buffer.alloc(0);
    inflater;
    memberIn = 0;
    members = 0;
    position = 0;
    failure;
    constructor(sink) {
        this.sink = sink;
    }
    /** Returns whether more input is wanted. */
    async write(chunk) {
        let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        while (buf.length > 0 && this.outcome === undefined) {
            switch (this.state) {
                case 'header': {
                    const start = this.position - this.pending.length;
                    this.pending = join(this.pending, buf);
                    this.position += buf.length;
                    buf = Buffer.alloc(0);
                    let size;
                    try {
                        size = headerLength(this.pending);
                    }
                    catch (err) {
                        if (!(err instanceof GzipFormatError))
                            throw err;
                        this.finish({ kind: 'corrupt', at: start, message: err.message });
                        break;
                    }
                    if (size === undefined) {
                        if (this.pending.length > MAX_HEADER)
                            this.finish({ kind: 'corrupt', at: start, message: 'gzip header is too long' });
                        break;
                    }
                    buf = this.pending.subarray(size);
                    this.position -= buf.length;
                    this.pending = Buffer.alloc(0);
                    this.startMember();
                    break;
                }
                case 'body':
                    buf = await this.inflate(buf);
                    break;
                case 'trailer': {
                    const need = 8 - this.pending.length;
                    this.pending = join(this.pending, buf.subarray(0, need));
                    this.position += Math.min(need, buf.length);
                    buf = buf.subarray(need);
                    if (this.pending.length === 8) {
                        this.pending = Buffer.alloc(0);
                        this.state = 'between';
                    }
                    break;
                }
                case 'between': {
                    let i = 0;
                    while (i < buf.length && buf[i] === 0)
                        i++;
                    this.position += i;
                    buf = buf.subarray(i);
                    if (buf.length > 0)
                        this.state = 'header';
                    break;
                }
                case 'finished':
                    return false;
            }
        }
        if (this.failure)
            throw this.failure.error;
        return this.outcome === undefined;
    }
    /** The input ended: a member left open means the data was cut short. */
    async end() {
        if (this.outcome !== undefined)
            return;
        if (this.state === 'body' && this.inflater) {
            const inflater = this.inflater;
            const error = await new Promise((resolve) => {
                if (inflater.readableEnded || inflater.destroyed) {
                    resolve(undefined);
                    return;
                }
                inflater.once('error', resolve);
                inflater.once('end', () => resolve(undefined));
                inflater.once('close', () => resolve(undefined));
                inflater.end();
            });
            if (this.failure)
                throw this.failure.error;
            if (this.outcome !== undefined)
                return;
            if (error && error.code !== 'Z_BUF_ERROR') {
                this.finish({ kind: 'corrupt', at: this.position, message: error.message });
                return;
            }
            // Whether the deflate data ended early or only the 8-byte trailer is missing, it is cut short.
            this.finish({ kind: 'truncated' });
            return;
        }
        const complete = this.state === 'between' || (this.state === 'header' && this.pending.length === 0 && this.members > 0);
        this.finish(complete ? { kind: 'complete' } : { kind: 'truncated' });
    }
    /** Stops inflating; safe to call at any time. */
    close() {
        this.inflater?.destroy();
        this.inflater = undefined;
    }
    finish(outcome) {
        this.outcome ??= outcome;
        this.state = 'finished';
        this.close();
    }
    startMember() {
        this.members++;
        this.memberIn = 0;
        this.state = 'body';
        const inflater = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 64 * 1024 });
        inflater.on('data', (out) => {
            if (this.outcome !== undefined)
                return;
            let more;
            try {
                more = this.sink(out);
            }
            catch (error) {
                this.failure = { error };
                more = false;
            }
            if (!more)
                this.finish({ kind: 'stopped' });
        });
        // Errors are read from the write that caused them; this keeps them from being thrown.
        inflater.on('error', () => undefined);
        this.inflater = inflater;
    }
    /** Inflates one piece; returns what follows the end of the member's deflate data, if it ended. */
    async inflate(buf) {
        const inflater = this.inflater;
        this.memberIn += buf.length;
        const error = await new Promise((resolve) => {
            const onError = (err) => resolve(err);
            const onClose = () => resolve(undefined);
            inflater.once('error', onError);
            inflater.once('close', onClose);
            inflater.write(buf, () => {
                inflater.off('error', onError);
                inflater.off('close', onClose);
                resolve(undefined);
            });
        });
        if (this.outcome !== undefined)
            return Buffer.alloc(0);
        if (error) {
            this.finish({ kind: 'corrupt', at: this.position, until: this.position + buf.length, message: error.message });
            return Buffer.alloc(0);
        }
        // zlib stops consuming at the end of the deflate data; what it left is trailer and beyond.
        const leftover = this.memberIn - inflater.bytesWritten;
        this.position += buf.length - leftover;
        if (leftover <= 0)
            return Buffer.alloc(0);
        inflater.destroy();
        this.inflater = undefined;
        this.state = 'trailer';
        return buf.subarray(buf.length - leftover);
    }
}

;// CONCATENATED MODULE: ./src/archive/tar.ts
// tar and tar.gz sdists, streamed: gzip is inflated here (so every inflated byte is counted
// against the limits before the tar parser sees it), and entries are read by `tar`'s Parser.





const KINDS = {
    File: 'file',
    OldFile: 'file',
    ContiguousFile: 'file',
    Directory: 'directory',
    GNUDumpDir: 'directory',
    SymbolicLink: 'symlink',
    Link: 'hardlink',
    CharacterDevice: 'character device',
    BlockDevice: 'block device',
    FIFO: 'fifo',
};
/** pax and GNU long-name headers hold names and a few fields; more than this is not a name. */
const META_MAX = 1024 * 1024;
function asBuffer(chunk) {
    return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
}
/** The uncompressed tar stream, fed piece by piece to the Parser with the limits checked first. */
class TarFeed {
    collector;
    limits;
    filename;
    compressedBytes;
    tarBytes = 0;
    /** The end-of-archive marker was read; like Python's tarfile, nothing after it is looked at. */
    sawEof = false;
    truncated = false;
    error;
    head = [];
    headBytes = 0;
    started = false;
    current = '';
    parser;
    constructor(collector, limits, filename, 
    /** Compressed bytes read so far, for the ratio; absent for an uncompressed tar. */
    compressedBytes) {
        this.collector = collector;
        this.limits = limits;
        this.filename = filename;
        this.compressedBytes = compressedBytes;
        // zstd: false, and the first block is checked before the Parser sees it, so the Parser never
        // decompresses on its own: a tar.gz holding another gzip stream is not what Python reads.
        this.parser = new rt({ zstd: false, maxMetaEntrySize: META_MAX });
        this.parser.on('entry', (entry) => this.onEntry(entry));
        this.parser.on('ignoredEntry', (entry) => this.onIgnored(entry));
        this.parser.on('warn', (code, message, data) => this.onWarn(code, message, data));
        this.parser.on('eof', () => {
            this.sawEof = true;
        });
        this.parser.on('error', (err) => {
            this.error ??= `${this.filename}: ${err.message}`;
        });
    }
    get wantsMore() {
        return !this.sawEof && this.error === undefined && !this.collector.stopped;
    }
    /** Returns whether more of the stream is wanted. */
    write(chunk) {
        if (!this.wantsMore)
            return false;
        this.tarBytes += chunk.length;
        if (!this.withinLimits())
            return false;
        if (this.started) {
            this.parser.write(asBuffer(chunk));
            return this.wantsMore;
        }
        this.head.push(asBuffer(chunk));
        this.headBytes += chunk.length;
        if (this.headBytes < 512)
            return true;
        const first = Buffer.concat(this.head);
        this.head = [];
        this.started = true;
        if (!this.acceptFirstBlock(first.subarray(0, 512)))
            return false;
        this.parser.write(first);
        return this.wantsMore;
    }
    /** The stream ended; finds out whether it ended where a tar may end. */
    end() {
        if (!this.wantsMore)
            return;
        if (!this.started) {
            const head = Buffer.concat(this.head);
            const what = this.compressedBytes ? 'the gzip data is not a tar archive' : 'not a tar archive';
            this.error =
                head.length === 0
                    ? `${this.filename}: archive is empty`
                    : `${this.filename}: ${what} (only ${head.length} bytes; ${describeSniffed(sniff(head), head)})`;
            return;
        }
        this.parser.end();
        if (!this.sawEof && this.tarBytes % 512 !== 0)
            this.truncated = true;
    }
    withinLimits() {
        const { maxInflatedBytes, maxRatio } = this.limits;
        const where = this.current ? `entry ${describeName(this.current)}` : 'archive';
        if (this.tarBytes > maxInflatedBytes) {
            this.collector.stop(`${where}: archive inflates past ${formatBytes(maxInflatedBytes)} (maxInflatedBytes), reading stopped`);
            return false;
        }
        const compressed = this.compressedBytes?.();
        if (compressed !== undefined && this.tarBytes > RATIO_FLOOR && this.tarBytes > maxRatio * compressed) {
            this.collector.stop(`${where}: archive inflates to more than ${maxRatio} times its compressed size ` +
                `(${this.tarBytes} bytes from ${compressed}; maxRatio), reading stopped`);
            return false;
        }
        return true;
    }
    acceptFirstBlock(block) {
        if (block.every((b) => b === 0)) {
            // Python's tarfile reads a leading zero block as the end of an empty archive.
            this.sawEof = true;
            return false;
        }
        const kind = sniff(block);
        if (kind !== 'tar') {
            const what = this.compressedBytes ? 'the gzip data is not a tar archive' : 'not a tar archive';
            this.error = `${this.filename}: ${what} (${describeSniffed(kind, block)})`;
            return false;
        }
        return true;
    }
    onEntry(entry) {
        const kind = KINDS[entry.type];
        if (kind === undefined || this.collector.stopped) {
            entry.resume();
            return;
        }
        this.current = entry.path;
        const key = this.collector.admit({ name: entry.path, kind, size: entry.size, linkname: entry.linkpath });
        if (key === undefined) {
            entry.resume();
            return;
        }
        const parts = [];
        let got = 0;
        entry.on('data', (c) => {
            parts.push(c);
            got += c.length;
        });
        // A body cut short by the end of the stream is not what the archive holds: the read fails instead.
        entry.on('end', () => {
            if (got === entry.size)
                this.collector.keep(key, Buffer.concat(parts));
        });
    }
    onIgnored(entry) {
        if (entry.meta) {
            this.collector.note(entry.path, `extended header of ${entry.size} bytes is over the ${formatBytes(META_MAX)} this reader accepts, skipped`);
            return;
        }
        this.current = entry.path;
        // Python's tarfile unpacks types it does not know as regular files, so skipping one is a limit.
        this.collector.admit({
            name: entry.path,
            kind: 'unsupported',
            size: entry.size,
            detail: entry.type === 'Unsupported' ? 'tar entry of an unknown type' : `unsupported tar entry type ${entry.type}`,
        });
    }
    onWarn(code, message, data) {
        if (code === 'TAR_BAD_ARCHIVE') {
            if (/truncated/i.test(message))
                this.truncated = true;
            else
                this.error ??= `${this.filename}: not a tar archive (${message})`;
            return;
        }
        const path = data?.header?.path;
        const about = path ? ` for ${describeName(path)}` : '';
        this.collector.notes.add(`tar header${about}: ${message}, skipped`);
    }
}
/** Each write to the inflater is a round trip to zlib's thread pool, so tiny chunks are merged first. */
const MIN_INFLATE_WRITE = 16 * 1024;
async function nextMerged(source) {
    const first = await source.next();
    if (first === undefined || first.length >= MIN_INFLATE_WRITE)
        return first;
    const parts = [first];
    let total = first.length;
    while (total < MIN_INFLATE_WRITE) {
        const more = await source.next();
        if (more === undefined)
            break;
        parts.push(more);
        total += more.length;
    }
    return parts.length === 1 ? first : Buffer.concat(parts);
}
/** Inflates the source into the feed until either is done. */
async function pumpGzip(source, feed) {
    const gz = new GzipStream((out) => feed.write(out));
    try {
        for (;;) {
            const chunk = await nextMerged(source);
            if (chunk === undefined) {
                // Past the download limit the stream is cut short on purpose: not a truncated gzip.
                if (!source.overLimit)
                    await gz.end();
                break;
            }
            if (!(await gz.write(chunk)))
                break;
        }
    }
    finally {
        gz.close();
    }
    return gz.outcome ?? { kind: 'stopped' };
}
/**
 * Reads a tar (gzip-compressed or not) into the collector. Returns an error sentence when the
 * archive cannot be read; limit hits are in the collector.
 */
async function readTar(source, gzip, collector, limits, filename) {
    const feed = new TarFeed(collector, limits, filename, gzip ? () => source.bytesRead : undefined);
    let outcome;
    if (gzip) {
        outcome = await pumpGzip(source, feed);
    }
    else {
        for (let chunk = await source.next(); chunk !== undefined && feed.write(chunk); chunk = await source.next())
            ;
    }
    if (collector.stopped || source.overLimit)
        return undefined;
    if (feed.error !== undefined)
        return feed.error;
    // Python's tarfile stops reading at the end-of-archive marker, so gzip damage after it is harmless.
    if (!feed.sawEof) {
        if (outcome?.kind === 'truncated')
            return `${filename}: archive is truncated at byte ${source.bytesRead} (the gzip data ends early)`;
        if (outcome?.kind === 'corrupt') {
            const where = outcome.until === undefined ? `at byte ${outcome.at}` : `between bytes ${outcome.at} and ${outcome.until}`;
            return `${filename}: gzip data is corrupt ${where} (${outcome.message})`;
        }
    }
    feed.end();
    if (feed.error !== undefined)
        return feed.error;
    if (feed.truncated) {
        return gzip
            ? `${filename}: archive is truncated at byte ${feed.tarBytes} of the tar inside its gzip data`
            : `${filename}: archive is truncated at byte ${feed.tarBytes}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fflate/esm/index.mjs

var esm_require = (0,external_module_namespaceObject.createRequire)('/');
// DEFLATE is a complex format; to read this code, you should probably check the RFC first:
// https://tools.ietf.org/html/rfc1951
// You may also wish to take a look at the guide I made about this program:
// https://gist.github.com/101arrowz/253f31eb5abc3d9275ab943003ffecad
// Some of the following code is similar to that of UZIP.js:
// https://github.com/photopea/UZIP.js
// However, the vast majority of the codebase has diverged from UZIP.js to increase performance and reduce bundle size.
// Sometimes 0 will appear where -1 would be more appropriate. This is because using a uint
// is better for memory in most engines (I *think*).
var _a;
// Mediocre shim
var Worker;
var isMarkedAsUntransferable;
var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
try {
    (_a = esm_require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);
}
catch (e) {
}
var wk = (/* unused pure expression or super */ null && (Worker ? function (c, _, msg, transfer, cb) {
    var done = false;
    var w = new Worker(c + workerAdd, { eval: true })
        .on('error', function (e) { return cb(e, null); })
        .on('message', function (m) { return cb(null, m); })
        .on('exit', function (c) {
        if (c && !done)
            cb(new Error('exited with code ' + c), null);
    });
    if (isMarkedAsUntransferable)
        transfer = transfer.filter(function (t) { return !isMarkedAsUntransferable(t); });
    w.postMessage(msg, transfer);
    w.terminate = function () {
        done = true;
        return Worker.prototype.terminate.call(w);
    };
    return w;
} : function (_, __, ___, ____, cb) {
    setImmediate(function () { return cb(new Error('async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)'), null); });
    var NOP = function () { };
    return {
        terminate: NOP,
        postMessage: NOP
    };
}));

// aliases for shorter compressed code (most minifers don't do this)
var u8 = Uint8Array, u16 = Uint16Array, i32 = Int32Array;
// fixed length extra bits
var fleb = new u8([0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0, /* unused */ 0, 0, /* impossible */ 0]);
// fixed distance extra bits
var fdeb = new u8([0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, /* unused */ 0, 0]);
// code length index map
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
// get base, reverse index map from extra bits
var freb = function (eb, start) {
    var b = new u16(31);
    for (var i = 0; i < 31; ++i) {
        b[i] = start += 1 << eb[i - 1];
    }
    // numbers here are at max 18 bits
    var r = new i32(b[30]);
    for (var i = 1; i < 30; ++i) {
        for (var j = b[i]; j < b[i + 1]; ++j) {
            r[j] = ((j - b[i]) << 5) | i;
        }
    }
    return { b: b, r: r };
};
var _a = freb(fleb, 2), fl = _a.b, revfl = _a.r;
// we can ignore the fact that the other numbers are wrong; they never happen anyway
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0), fd = _b.b, revfd = _b.r;
// map of value to reverse (assuming 16 bits)
var rev = new u16(32768);
for (var i = 0; i < 32768; ++i) {
    // reverse table algorithm from SO
    var x = ((i & 0xAAAA) >> 1) | ((i & 0x5555) << 1);
    x = ((x & 0xCCCC) >> 2) | ((x & 0x3333) << 2);
    x = ((x & 0xF0F0) >> 4) | ((x & 0x0F0F) << 4);
    rev[i] = (((x & 0xFF00) >> 8) | ((x & 0x00FF) << 8)) >> 1;
}
// create huffman tree from u8 "map": index -> code length for code index
// mb (max bits) must be at most 15
// TODO: optimize/split up?
var hMap = (function (cd, mb, r) {
    var s = cd.length;
    // index
    var i = 0;
    // u16 "map": index -> # of codes with bit length = index
    var l = new u16(mb);
    // length of cd must be 288 (total # of codes)
    for (; i < s; ++i) {
        if (cd[i])
            ++l[cd[i] - 1];
    }
    // u16 "map": index -> minimum code for bit length = index
    var le = new u16(mb);
    for (i = 1; i < mb; ++i) {
        le[i] = (le[i - 1] + l[i - 1]) << 1;
    }
    var co;
    if (r) {
        // u16 "map": index -> number of actual bits, symbol for code
        co = new u16(1 << mb);
        // bits to remove for reverser
        var rvb = 15 - mb;
        for (i = 0; i < s; ++i) {
            // ignore 0 lengths
            if (cd[i]) {
                // num encoding both symbol and bits read
                var sv = (i << 4) | cd[i];
                // free bits
                var r_1 = mb - cd[i];
                // start value
                var v = le[cd[i] - 1]++ << r_1;
                // m is end value
                for (var m = v | ((1 << r_1) - 1); v <= m; ++v) {
                    // every 16 bit value starting with the code yields the same result
                    co[rev[v] >> rvb] = sv;
                }
            }
        }
    }
    else {
        co = new u16(s);
        for (i = 0; i < s; ++i) {
            if (cd[i]) {
                co[i] = rev[le[cd[i] - 1]++] >> (15 - cd[i]);
            }
        }
    }
    return co;
});
// fixed length tree
var flt = new u8(288);
for (var i = 0; i < 144; ++i)
    flt[i] = 8;
for (var i = 144; i < 256; ++i)
    flt[i] = 9;
for (var i = 256; i < 280; ++i)
    flt[i] = 7;
for (var i = 280; i < 288; ++i)
    flt[i] = 8;
// fixed distance tree
var fdt = new u8(32);
for (var i = 0; i < 32; ++i)
    fdt[i] = 5;
// fixed length map
var flm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(flt, 9, 0))), flrm = /*#__PURE__*/ hMap(flt, 9, 1);
// fixed distance map
var fdm = /*#__PURE__*/ (/* unused pure expression or super */ null && (hMap(fdt, 5, 0))), fdrm = /*#__PURE__*/ hMap(fdt, 5, 1);
// find max of array
var max = function (a) {
    var m = a[0];
    for (var i = 1; i < a.length; ++i) {
        if (a[i] > m)
            m = a[i];
    }
    return m;
};
// read d, starting at bit p and mask with m
var bits = function (d, p, m) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8)) >> (p & 7)) & m;
};
// read d, starting at bit p continuing for at least 16 bits
var bits16 = function (d, p) {
    var o = (p / 8) | 0;
    return ((d[o] | (d[o + 1] << 8) | (d[o + 2] << 16)) >> (p & 7));
};
// get end of byte
var shft = function (p) { return ((p + 7) / 8) | 0; };
// typed array slice - allows garbage collector to free original reference,
// while being more compatible than .slice
var slc = function (v, s, e) {
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    // can't use .constructor in case user-supplied
    return new u8(v.subarray(s, e));
};
/**
 * Codes for errors generated within this library
 */
var FlateErrorCode = {
    UnexpectedEOF: 0,
    InvalidBlockType: 1,
    InvalidLengthLiteral: 2,
    InvalidDistance: 3,
    StreamFinished: 4,
    NoStreamHandler: 5,
    InvalidHeader: 6,
    NoCallback: 7,
    InvalidUTF8: 8,
    ExtraFieldTooLong: 9,
    InvalidDate: 10,
    FilenameTooLong: 11,
    StreamFinishing: 12,
    InvalidZipData: 13,
    UnknownCompressionMethod: 14
};
// error codes
var ec = [
    'unexpected EOF',
    'invalid block type',
    'invalid length/literal',
    'invalid distance',
    'stream finished',
    'no stream handler',
    , // determined by compression function
    'no callback',
    'invalid UTF-8 data',
    'extra field too long',
    'date not in range 1980-2099',
    'filename too long',
    'stream finishing',
    'invalid zip data'
    // determined by unknown compression method
];
;
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
// expands raw DEFLATE data
var inflt = function (dat, st, buf, dict) {
    // source length       dict length
    var sl = dat.length, dl = dict ? dict.length : 0;
    if (!sl || st.f && !st.l)
        return buf || new u8(0);
    var noBuf = !buf;
    // have to estimate size
    var resize = noBuf || st.i != 2;
    // no state
    var noSt = st.i;
    // Assumes roughly 33% compression ratio average
    if (noBuf)
        buf = new u8(sl * 3);
    // ensure buffer can fit at least l elements
    var cbuf = function (l) {
        var bl = buf.length;
        // need to increase size to fit
        if (l > bl) {
            // Double or set to necessary, whichever is greater
            var nbuf = new u8(Math.max(bl * 2, l));
            nbuf.set(buf);
            buf = nbuf;
        }
    };
    //  last chunk         bitpos           bytes
    var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
    // total bits
    var tbts = sl * 8;
    do {
        if (!lm) {
            // BFINAL - this is only 1 when last chunk is next
            final = bits(dat, pos, 1);
            // type: 0 = no compression, 1 = fixed huffman, 2 = dynamic huffman
            var type = bits(dat, pos + 1, 3);
            pos += 3;
            if (!type) {
                // go to end of byte boundary
                var s = shft(pos) + 4, l = dat[s - 4] | (dat[s - 3] << 8), t = s + l;
                if (t > sl) {
                    if (noSt)
                        err(0);
                    break;
                }
                // ensure size
                if (resize)
                    cbuf(bt + l);
                // Copy over uncompressed data
                buf.set(dat.subarray(s, t), bt);
                // Get new bitpos, update byte count
                st.b = bt += l, st.p = pos = t * 8, st.f = final;
                continue;
            }
            else if (type == 1)
                lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
            else if (type == 2) {
                //  literal                            lengths
                var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
                var tl = hLit + bits(dat, pos + 5, 31) + 1;
                pos += 14;
                // length+distance tree
                var ldt = new u8(tl);
                // code length tree
                var clt = new u8(19);
                for (var i = 0; i < hcLen; ++i) {
                    // use index map to get real code
                    clt[clim[i]] = bits(dat, pos + i * 3, 7);
                }
                pos += hcLen * 3;
                // code lengths bits
                var clb = max(clt), clbmsk = (1 << clb) - 1;
                // code lengths map
                var clm = hMap(clt, clb, 1);
                for (var i = 0; i < tl;) {
                    var r = clm[bits(dat, pos, clbmsk)];
                    // bits read
                    pos += r & 15;
                    // symbol
                    var s = r >> 4;
                    // code length to copy
                    if (s < 16) {
                        ldt[i++] = s;
                    }
                    else {
                        //  copy   count
                        var c = 0, n = 0;
                        if (s == 16)
                            n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i - 1];
                        else if (s == 17)
                            n = 3 + bits(dat, pos, 7), pos += 3;
                        else if (s == 18)
                            n = 11 + bits(dat, pos, 127), pos += 7;
                        while (n--)
                            ldt[i++] = c;
                    }
                }
                //    length tree                 distance tree
                var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
                // max length bits
                lbt = max(lt);
                // max dist bits
                dbt = max(dt);
                lm = hMap(lt, lbt, 1);
                dm = hMap(dt, dbt, 1);
            }
            else
                err(1);
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
        }
        // Make sure the buffer can hold this + the largest possible addition
        // Maximum chunk size (practically, theoretically infinite) is 2^17
        if (resize)
            cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (;; lpos = pos) {
            // bits read, code
            var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
            pos += c & 15;
            if (pos > tbts) {
                if (noSt)
                    err(0);
                break;
            }
            if (!c)
                err(2);
            if (sym < 256)
                buf[bt++] = sym;
            else if (sym == 256) {
                lpos = pos, lm = null;
                break;
            }
            else {
                var add = sym - 254;
                // no extra bits needed if less
                if (sym > 264) {
                    // index
                    var i = sym - 257, b = fleb[i];
                    add = bits(dat, pos, (1 << b) - 1) + fl[i];
                    pos += b;
                }
                // dist
                var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
                if (!d)
                    err(3);
                pos += d & 15;
                var dt = fd[dsym];
                if (dsym > 3) {
                    var b = fdeb[dsym];
                    dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
                }
                if (pos > tbts) {
                    if (noSt)
                        err(0);
                    break;
                }
                if (resize)
                    cbuf(bt + 131072);
                var end = bt + add;
                if (bt < dt) {
                    var shift = dl - dt, dend = Math.min(dt, end);
                    if (shift + bt < 0)
                        err(3);
                    for (; bt < dend; ++bt)
                        buf[bt] = dict[shift + bt];
                }
                for (; bt < end; ++bt)
                    buf[bt] = buf[bt - dt];
            }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
            final = 1, st.m = lbt, st.d = dm, st.n = dbt;
    } while (!final);
    // don't reallocate for streams or user buffers
    return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
// starting at p, write the minimum number of bits that can hold v to d
var wbits = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
};
// starting at p, write the minimum number of bits (>8) that can hold v to d
var wbits16 = function (d, p, v) {
    v <<= p & 7;
    var o = (p / 8) | 0;
    d[o] |= v;
    d[o + 1] |= v >> 8;
    d[o + 2] |= v >> 16;
};
// creates code lengths from a frequency table
var hTree = function (d, mb) {
    // Need extra info to make a tree
    var t = [];
    for (var i = 0; i < d.length; ++i) {
        if (d[i])
            t.push({ s: i, f: d[i] });
    }
    var s = t.length;
    var t2 = t.slice();
    if (!s)
        return { t: esm_et, l: 0 };
    if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
    }
    t.sort(function (a, b) { return a.f - b.f; });
    // after i2 reaches last ind, will be stopped
    // freq must be greater than largest possible number of symbols
    t.push({ s: -1, f: 25001 });
    var l = t[0], r = t[1], i0 = 0, i1 = 1, i2 = 2;
    t[0] = { s: -1, f: l.f + r.f, l: l, r: r };
    // efficient algorithm from UZIP.js
    // i0 is lookbehind, i2 is lookahead - after processing two low-freq
    // symbols that combined have high freq, will start processing i2 (high-freq,
    // non-composite) symbols instead
    // see https://reddit.com/r/photopea/comments/ikekht/uzipjs_questions/
    while (i1 != s - 1) {
        l = t[t[i0].f < t[i2].f ? i0++ : i2++];
        r = t[i0 != i1 && t[i0].f < t[i2].f ? i0++ : i2++];
        t[i1++] = { s: -1, f: l.f + r.f, l: l, r: r };
    }
    var maxSym = t2[0].s;
    for (var i = 1; i < s; ++i) {
        if (t2[i].s > maxSym)
            maxSym = t2[i].s;
    }
    // code lengths
    var tr = new u16(maxSym + 1);
    // max bits in tree
    var mbt = esm_ln(t[i1 - 1], tr, 0);
    if (mbt > mb) {
        // more algorithms from UZIP.js
        // TODO: find out how this code works (debt)
        //  ind    debt
        var i = 0, dt = 0;
        //    left            cost
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function (a, b) { return tr[b.s] - tr[a.s] || a.f - b.f; });
        for (; i < s; ++i) {
            var i2_1 = t2[i].s;
            if (tr[i2_1] > mb) {
                dt += cst - (1 << (mbt - tr[i2_1]));
                tr[i2_1] = mb;
            }
            else
                break;
        }
        dt >>= lft;
        while (dt > 0) {
            var i2_2 = t2[i].s;
            if (tr[i2_2] < mb)
                dt -= 1 << (mb - tr[i2_2]++ - 1);
            else
                ++i;
        }
        for (; i >= 0 && dt; --i) {
            var i2_3 = t2[i].s;
            if (tr[i2_3] == mb) {
                --tr[i2_3];
                ++dt;
            }
        }
        mbt = mb;
    }
    return { t: new u8(tr), l: mbt };
};
// get the max length and assign length codes
var esm_ln = function (n, l, d) {
    return n.s == -1
        ? Math.max(esm_ln(n.l, l, d + 1), esm_ln(n.r, l, d + 1))
        : (l[n.s] = d);
};
// length codes generation
var lc = function (c) {
    var s = c.length;
    // Note that the semicolon was intentional
    while (s && !c[--s])
        ;
    var cl = new u16(++s);
    //  ind      num         streak
    var cli = 0, cln = c[0], cls = 1;
    var w = function (v) { cl[cli++] = v; };
    for (var i = 1; i <= s; ++i) {
        if (c[i] == cln && i != s)
            ++cls;
        else {
            if (!cln && cls > 2) {
                for (; cls > 138; cls -= 138)
                    w(32754);
                if (cls > 2) {
                    w(cls > 10 ? ((cls - 11) << 5) | 28690 : ((cls - 3) << 5) | 12305);
                    cls = 0;
                }
            }
            else if (cls > 3) {
                w(cln), --cls;
                for (; cls > 6; cls -= 6)
                    w(8304);
                if (cls > 2)
                    w(((cls - 3) << 5) | 8208), cls = 0;
            }
            while (cls--)
                w(cln);
            cls = 1;
            cln = c[i];
        }
    }
    return { c: cl.subarray(0, cli), n: s };
};
// calculate the length of output from tree, code lengths
var clen = function (cf, cl) {
    var l = 0;
    for (var i = 0; i < cl.length; ++i)
        l += cf[i] * cl[i];
    return l;
};
// writes a fixed block
// returns the new bit pos
var wfblk = function (out, pos, dat) {
    // no need to write 00 as type: TypedArray defaults to 0
    var s = dat.length;
    var o = shft(pos + 2);
    out[o] = s & 255;
    out[o + 1] = s >> 8;
    out[o + 2] = out[o] ^ 255;
    out[o + 3] = out[o + 1] ^ 255;
    for (var i = 0; i < s; ++i)
        out[o + i + 4] = dat[i];
    return (o + 4 + s) * 8;
};
// writes a block
var wblk = function (dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
    wbits(out, p++, final);
    ++lf[256];
    var _a = hTree(lf, 15), dlt = _a.t, mlb = _a.l;
    var _b = hTree(df, 15), ddt = _b.t, mdb = _b.l;
    var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
    var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
    var lcfreq = new u16(19);
    for (var i = 0; i < lclt.length; ++i)
        ++lcfreq[lclt[i] & 31];
    for (var i = 0; i < lcdt.length; ++i)
        ++lcfreq[lcdt[i] & 31];
    var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
    var nlcc = 19;
    for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
    var flen = (bl + 5) << 3;
    var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
    var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
    if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
    var lm, ll, dm, dl;
    wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
    if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i = 0; i < nlcc; ++i)
            wbits(out, p + 3 * i, lct[clim[i]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
            var clct = lcts[it];
            for (var i = 0; i < clct.length; ++i) {
                var len = clct[i] & 31;
                wbits(out, p, llm[len]), p += lct[len];
                if (len > 15)
                    wbits(out, p, (clct[i] >> 5) & 127), p += clct[i] >> 12;
            }
        }
    }
    else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
    }
    for (var i = 0; i < li; ++i) {
        var sym = syms[i];
        if (sym > 255) {
            var len = (sym >> 18) & 31;
            wbits16(out, p, lm[len + 257]), p += ll[len + 257];
            if (len > 7)
                wbits(out, p, (sym >> 23) & 31), p += fleb[len];
            var dst = sym & 31;
            wbits16(out, p, dm[dst]), p += dl[dst];
            if (dst > 3)
                wbits16(out, p, (sym >> 5) & 8191), p += fdeb[dst];
        }
        else {
            wbits16(out, p, lm[sym]), p += ll[sym];
        }
    }
    wbits16(out, p, lm[256]);
    return p + ll[256];
};
// deflate options (nice << 13) | chain
var deo = /*#__PURE__*/ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
// empty
var esm_et = /*#__PURE__*/ new u8(0);
// compresses data into a raw DEFLATE buffer
var dflt = function (dat, lvl, plvl, pre, post, st) {
    var s = st.z || dat.length;
    var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7000)) + post);
    // writing to this writes to the output buffer
    var w = o.subarray(pre, o.length - post);
    var lst = st.l;
    var pos = (st.r || 0) & 7;
    if (lvl) {
        if (pos)
            w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        //    prev 2-byte val map    curr 2-byte val map
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function (i) { return (dat[i] ^ (dat[i + 1] << bs1_1) ^ (dat[i + 2] << bs2_1)) & msk_1; };
        // 24576 is an arbitrary number of maximum symbols per block
        // 424 buffer for last block
        var syms = new i32(25000);
        // length/literal freq   distance freq
        var lf = new u16(288), df = new u16(32);
        //  l/lcnt  exbits  index          l/lind  waitdx          blkpos
        var lc_1 = 0, eb = 0, i = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i + 2 < s; ++i) {
            // hash value
            var hv = hsh(i);
            // index mod 32768    previous index mod
            var imod = i & 32767, pimod = head[hv];
            prev[imod] = pimod;
            head[hv] = imod;
            // We always should modify head and prev, but only add symbols if
            // this data is not yet processed ("wait" for wait index)
            if (wi <= i) {
                // bytes remaining
                var rem = s - i;
                if ((lc_1 > 7000 || li > 24576) && (rem > 423 || !lst)) {
                    pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i - bs, pos);
                    li = lc_1 = eb = 0, bs = i;
                    for (var j = 0; j < 286; ++j)
                        lf[j] = 0;
                    for (var j = 0; j < 30; ++j)
                        df[j] = 0;
                }
                //  len    dist   chain
                var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
                if (rem > 2 && hv == hsh(i - dif)) {
                    var maxn = Math.min(n, rem) - 1;
                    var maxd = Math.min(32767, i);
                    // max possible length
                    // not capped at dif because decompressors implement "rolling" index population
                    var ml = Math.min(258, rem);
                    while (dif <= maxd && --ch_1 && imod != pimod) {
                        if (dat[i + l] == dat[i + l - dif]) {
                            var nl = 0;
                            for (; nl < ml && dat[i + nl] == dat[i + nl - dif]; ++nl)
                                ;
                            if (nl > l) {
                                l = nl, d = dif;
                                // break out early when we reach "nice" (we are satisfied enough)
                                if (nl > maxn)
                                    break;
                                // now, find the rarest 2-byte sequence within this
                                // length of literals and search for that instead.
                                // Much faster than just using the start
                                var mmd = Math.min(dif, nl - 2);
                                var md = 0;
                                for (var j = 0; j < mmd; ++j) {
                                    var ti = i - dif + j & 32767;
                                    var pti = prev[ti];
                                    var cd = ti - pti & 32767;
                                    if (cd > md)
                                        md = cd, pimod = ti;
                                }
                            }
                        }
                        // check the previous match
                        imod = pimod, pimod = prev[imod];
                        dif += imod - pimod & 32767;
                    }
                }
                // d will be nonzero only when a match was found
                if (d) {
                    // store both dist and len data in one int32
                    // Make sure this is recognized as a len/dist with 28th bit (2^28)
                    syms[li++] = 268435456 | (revfl[l] << 18) | revfd[d];
                    var lin = revfl[l] & 31, din = revfd[d] & 31;
                    eb += fleb[lin] + fdeb[din];
                    ++lf[257 + lin];
                    ++df[din];
                    wi = i + l;
                    ++lc_1;
                }
                else {
                    syms[li++] = dat[i];
                    ++lf[dat[i]];
                }
            }
        }
        for (i = Math.max(i, wi); i < s; ++i) {
            syms[li++] = dat[i];
            ++lf[dat[i]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i - bs, pos);
        if (!lst) {
            st.r = (pos & 7) | w[(pos / 8) | 0] << 3;
            // shft(pos) now 1 less if pos & 7 != 0
            pos -= 7;
            st.h = head, st.p = prev, st.i = i, st.w = wi;
        }
    }
    else {
        for (var i = st.w || 0; i < s + lst; i += 65535) {
            // end
            var e = i + 65535;
            if (e >= s) {
                // write final block
                w[(pos / 8) | 0] = lst;
                e = s;
            }
            pos = wfblk(w, pos + 1, dat.subarray(i, e));
        }
        st.i = s;
    }
    return slc(o, 0, pre + shft(pos) + post);
};
// CRC32 table
var crct = /*#__PURE__*/ (/* unused pure expression or super */ null && ((function () {
    var t = new Int32Array(256);
    for (var i = 0; i < 256; ++i) {
        var c = i, k = 9;
        while (--k)
            c = ((c & 1) && -306674912) ^ (c >>> 1);
        t[i] = c;
    }
    return t;
})()));
// CRC32
var crc = function () {
    var c = -1;
    return {
        p: function (d) {
            // closures have awful performance
            var cr = c;
            for (var i = 0; i < d.length; ++i)
                cr = crct[(cr & 255) ^ d[i]] ^ (cr >>> 8);
            c = cr;
        },
        d: function () { return ~c; }
    };
};
// Adler32
var adler = function () {
    var a = 1, b = 0;
    return {
        p: function (d) {
            // closures have awful performance
            var n = a, m = b;
            var l = d.length | 0;
            for (var i = 0; i != l;) {
                var e = Math.min(i + 2655, l);
                for (; i < e; ++i)
                    m += n += d[i];
                n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
            }
            a = n, b = m;
        },
        d: function () {
            a %= 65521, b %= 65521;
            return (a & 255) << 24 | (a & 0xFF00) << 8 | (b & 255) << 8 | (b >> 8);
        }
    };
};
;
// deflate with opts
var dopt = function (dat, opt, pre, post, st) {
    if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
            var dict = opt.dictionary.subarray(-32768);
            var newDat = new u8(dict.length + dat.length);
            newDat.set(dict);
            newDat.set(dat, dict.length);
            dat = newDat;
            st.w = dict.length;
        }
    }
    return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? (st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20) : (12 + opt.mem), pre, post, st);
};
// Walmart object spread
var mrg = function (a, b) {
    var o = {};
    for (var k in a)
        o[k] = a[k];
    for (var k in b)
        o[k] = b[k];
    return o;
};
// worker clone
// This is possibly the craziest part of the entire codebase, despite how simple it may seem.
// The only parameter to this function is a closure that returns an array of variables outside of the function scope.
// We're going to try to figure out the variable names used in the closure as strings because that is crucial for workerization.
// We will return an object mapping of true variable name to value (basically, the current scope as a JS object).
// The reason we can't just use the original variable names is minifiers mangling the toplevel scope.
// This took me three weeks to figure out how to do.
var wcln = function (fn, fnStr, td) {
    var dt = fn();
    var st = fn.toString();
    var ks = st.slice(st.indexOf('[') + 1, st.lastIndexOf(']')).replace(/\s+/g, '').split(',');
    for (var i = 0; i < dt.length; ++i) {
        var v = dt[i], k = ks[i];
        if (typeof v == 'function') {
            fnStr += ';' + k + '=';
            var st_1 = v.toString();
            if (v.prototype) {
                // for global objects
                if (st_1.indexOf('[native code]') != -1) {
                    var spInd = st_1.indexOf(' ', 8) + 1;
                    fnStr += st_1.slice(spInd, st_1.indexOf('(', spInd));
                }
                else {
                    fnStr += st_1;
                    for (var t in v.prototype)
                        fnStr += ';' + k + '.prototype.' + t + '=' + v.prototype[t].toString();
                }
            }
            else
                fnStr += st_1;
        }
        else
            td[k] = v;
    }
    return fnStr;
};
var ch = (/* unused pure expression or super */ null && ([]));
// clone bufs
var cbfs = function (v) {
    var tl = [];
    for (var k in v) {
        if (v[k].buffer) {
            tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
    }
    return tl;
};
// use a worker to execute code
var wrkr = function (fns, init, id, cb) {
    if (!ch[id]) {
        var fnStr = '', td_1 = {}, m = fns.length - 1;
        for (var i = 0; i < m; ++i)
            fnStr = wcln(fns[i], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
    }
    var td = mrg({}, ch[id].e);
    return wk(ch[id].c + ';onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=' + init.toString() + '}', id, td, cbfs(td), cb);
};
// base async inflate fn
var bInflt = function () { return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt]; };
var bDflt = function () { return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, esm_et, hMap, wbits, wbits16, hTree, esm_ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf]; };
// gzip extra
var gze = function () { return [gzh, gzhl, wbytes, crc, crct]; };
// gunzip extra
var guze = function () { return [gzs, gzl]; };
// zlib extra
var zle = function () { return [zlh, wbytes, adler]; };
// unzlib extra
var zule = function () { return [zls]; };
// post buf
var pbf = function (msg) { return postMessage(msg, [msg.buffer]); };
// get opts
var gopt = function (o) { return o && {
    out: o.size && new u8(o.size),
    dictionary: o.dictionary
}; };
// async helper
var cbify = function (dat, opts, fns, init, id, cb) {
    var w = wrkr(fns, init, id, function (err, dat) {
        w.terminate();
        cb(err, dat);
    });
    w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
    return function () { w.terminate(); };
};
// auto stream
var astrm = function (strm) {
    strm.ondata = function (dat, final) { return postMessage([dat, final], [dat.buffer]); };
    return function (ev) {
        if (ev.data[0]) {
            strm.push(ev.data[0], ev.data[1]);
            postMessage([ev.data[0].length]);
        }
        else
            strm.flush(ev.data[1]);
    };
};
// async stream attach
var astrmify = function (fns, strm, opts, init, id, flush, ext) {
    var t;
    var w = wrkr(fns, init, id, function (err, dat) {
        if (err)
            w.terminate(), strm.ondata.call(strm, err);
        else if (!Array.isArray(dat))
            ext(dat);
        else if (dat.length == 1) {
            strm.queuedSize -= dat[0];
            if (strm.ondrain)
                strm.ondrain(dat[0]);
        }
        else {
            if (dat[1])
                w.terminate();
            strm.ondata.call(strm, err, dat[0], dat[1]);
        }
    });
    w.postMessage(opts);
    strm.queuedSize = 0;
    strm.push = function (d, f) {
        if (!strm.ondata)
            err(5);
        if (t)
            strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        // can fail for cross-realm Uint8Array, but ok - only a small performance penalty
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
    };
    strm.terminate = function () { w.terminate(); };
    if (flush) {
        strm.flush = function (sync) { w.postMessage([0, sync]); };
    }
};
// read 2 bytes
var b2 = function (d, b) { return d[b] | (d[b + 1] << 8); };
// read 4 bytes
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read 8 bytes
var b8 = function (d, b) { return b4(d, b) + (b4(d, b + 4) * 4294967296); };
// write bytes
var wbytes = function (d, b, v) {
    for (; v; ++b)
        d[b] = v, v >>>= 8;
};
// gzip header
var gzh = function (c, o) {
    var fn = o.filename;
    c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3; // assume Unix
    if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1000));
    if (fn) {
        c[3] = 8;
        for (var i = 0; i <= fn.length; ++i)
            c[i + 10] = fn.charCodeAt(i);
    }
};
// gzip footer: -8 to -4 = CRC, -4 to -0 is length
// gzip start
var gzs = function (d) {
    if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, 'invalid gzip data');
    var flg = d[3];
    var st = 10;
    if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
    for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
    return st + (flg & 2);
};
// gzip length
var gzl = function (d) {
    var l = d.length;
    return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
};
// gzip header length
var gzhl = function (o) { return 10 + (o.filename ? o.filename.length + 1 : 0); };
// zlib header
var zlh = function (c, o) {
    var lv = o.level, fl = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
    c[0] = 120, c[1] = (fl << 6) | (o.dictionary && 32);
    c[1] |= 31 - ((c[0] << 8) | c[1]) % 31;
    if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
    }
};
// zlib start
var zls = function (d, dict) {
    if ((d[0] & 15) != 8 || (d[0] >> 4) > 7 || ((d[0] << 8 | d[1]) % 31))
        err(6, 'invalid zlib data');
    if ((d[1] >> 5 & 1) == +!dict)
        err(6, 'invalid zlib data: ' + (d[1] & 32 ? 'need' : 'unexpected') + ' dictionary');
    return (d[1] >> 3 & 4) + 2;
};
function StrmOpt(opts, cb) {
    if (typeof opts == 'function')
        cb = opts, opts = {};
    this.ondata = cb;
    return opts;
}
/**
 * Streaming DEFLATE compression
 */
var Deflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Deflate(opts, cb) {
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        // Buffer length must always be 0 mod 32768 for index calculations to be correct when modifying head and prev
        // 98304 = 32768 (lookback) + 65536 (common chunk size)
        this.b = new u8(98304);
        if (this.o.dictionary) {
            var dict = this.o.dictionary.subarray(-32768);
            this.b.set(dict, 32768 - dict.length);
            this.s.i = 32768 - dict.length;
        }
    }
    Deflate.prototype.p = function (c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Deflate.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
            if (endLen > 2 * this.b.length - 32768) {
                var newBuf = new u8(endLen & -32768);
                newBuf.set(this.b.subarray(0, this.s.z));
                this.b = newBuf;
            }
            var split = this.b.length - this.s.z;
            this.b.set(chunk.subarray(0, split), this.s.z);
            this.s.z = this.b.length;
            this.p(this.b, false);
            this.b.set(this.b.subarray(-32768));
            this.b.set(chunk.subarray(split), 32768);
            this.s.z = chunk.length - split + 32768;
            this.s.i = 32766, this.s.w = 32768;
        }
        else {
            this.b.set(chunk, this.s.z);
            this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
            this.p(this.b, final || false);
            this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
            // cleanup unneeded buffers/state to reduce memory usage
            this.s = this.o = {};
            this.b = esm_et;
        }
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * deflated output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible. A separate DEFLATE stream may be concatenated
     *             with the current output after a sync flush.
     */
    Deflate.prototype.flush = function (sync) {
        if (!this.ondata)
            err(5);
        if (this.s.l)
            err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        // could technically skip writing the type-0 block for (this.s.r & 7) == 0,
        // but the deterministic trailer (00 00 FF FF) is useful in some situations
        if (sync) {
            var c = new u8(6);
            c[0] = this.s.r >> 3;
            // write empty, non-final type-0 block
            var ep = wfblk(c, this.s.r, esm_et);
            this.s.r = 0;
            this.ondata(c.subarray(0, ep >> 3), false);
        }
    };
    return Deflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression
 */
var AsyncDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDeflate(opts, cb) {
        astrmify([
            bDflt,
            function () { return [astrm, Deflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Deflate(ev.data);
            onmessage = astrm(strm);
        }, 6, 1);
    }
    return AsyncDeflate;
}())));

function deflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
    ], function (ev) { return pbf(deflateSync(ev.data[0], ev.data[1])); }, 0, cb);
}
/**
 * Compresses data with DEFLATE without any wrapper
 * @param data The data to compress
 * @param opts The compression options
 * @returns The deflated version of the data
 */
function deflateSync(data, opts) {
    return dopt(data, opts || {}, 0, 0);
}
/**
 * Streaming DEFLATE decompression
 */
var Inflate = /*#__PURE__*/ (function () {
    function Inflate(opts, cb) {
        // no StrmOpt here to avoid adding to workerizer
        if (typeof opts == 'function')
            cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
            this.o.set(dict);
    }
    Inflate.prototype.e = function (c) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        if (!this.p.length)
            this.p = c;
        else if (c.length) {
            var n = new u8(this.p.length + c.length);
            n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
    };
    Inflate.prototype.c = function (final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, (this.s.p / 8) | 0), this.s.p &= 7;
    };
    /**
     * Pushes a chunk to be inflated
     * @param chunk The chunk to push
     * @param final Whether this is the final chunk
     */
    Inflate.prototype.push = function (chunk, final) {
        this.e(chunk), this.c(final);
    };
    return Inflate;
}());

/**
 * Asynchronous streaming DEFLATE decompression
 */
var AsyncInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncInflate(opts, cb) {
        astrmify([
            bInflt,
            function () { return [astrm, Inflate]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Inflate(ev.data);
            onmessage = astrm(strm);
        }, 7, 0);
    }
    return AsyncInflate;
}())));

function inflate(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt
    ], function (ev) { return pbf(inflateSync(ev.data[0], gopt(ev.data[1]))); }, 1, cb);
}
function inflateSync(data, opts) {
    return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// before you yell at me for not just using extends, my reason is that TS inheritance is hard to workerize.
/**
 * Streaming GZIP compression
 */
var Gzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gzip(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gzip.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
    };
    Gzip.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
            gzh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * GZIPped output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Gzip.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Gzip;
}())));

/**
 * Asynchronous streaming GZIP compression
 */
var AsyncGzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGzip(opts, cb) {
        astrmify([
            bDflt,
            gze,
            function () { return [astrm, Deflate, Gzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gzip(ev.data);
            onmessage = astrm(strm);
        }, 8, 1);
    }
    return AsyncGzip;
}())));

function gzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        gze,
        function () { return [gzipSync]; }
    ], function (ev) { return pbf(gzipSync(ev.data[0], ev.data[1])); }, 2, cb);
}
/**
 * Compresses data with GZIP
 * @param data The data to compress
 * @param opts The compression options
 * @returns The gzipped version of the data
 */
function gzipSync(data, opts) {
    if (!opts)
        opts = {};
    var c = crc(), l = data.length;
    c.p(data);
    var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
    return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
}
/**
 * Streaming single or multi-member GZIP decompression
 */
var Gunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Gunzip(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be GUNZIPped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Gunzip.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
            var p = this.p.subarray(this.v - 1);
            var s = p.length > 3 ? gzs(p) : 4;
            if (s > p.length) {
                if (!final)
                    return;
            }
            else if (this.v > 1 && this.onmember) {
                this.onmember(this.r - p.length);
            }
            this.p = p.subarray(s), this.v = 0;
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, 0);
        // process concatenated GZIP
        if (this.s.f && !this.s.l) {
            this.v = shft(this.s.p) + 9;
            this.s = { i: 0 };
            this.o = new u8(0);
            this.push(new u8(0), final);
        }
        else if (final) {
            Inflate.prototype.c.call(this, final);
        }
    };
    return Gunzip;
}())));

/**
 * Asynchronous streaming single or multi-member GZIP decompression
 */
var AsyncGunzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncGunzip(opts, cb) {
        var _this = this;
        astrmify([
            bInflt,
            guze,
            function () { return [astrm, Inflate, Gunzip]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Gunzip(ev.data);
            strm.onmember = function (offset) { return postMessage(offset); };
            onmessage = astrm(strm);
        }, 9, 0, function (offset) { return _this.onmember && _this.onmember(offset); });
    }
    return AsyncGunzip;
}())));

function gunzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        guze,
        function () { return [gunzipSync]; }
    ], function (ev) { return pbf(gunzipSync(ev.data[0], ev.data[1])); }, 3, cb);
}
function gunzipSync(data, opts) {
    var st = gzs(data);
    if (st + 8 > data.length)
        err(6, 'invalid gzip data');
    return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
}
/**
 * Streaming Zlib compression
 */
var Zlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Zlib(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
    }
    /**
     * Pushes a chunk to be zlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Zlib.prototype.push = function (chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
    };
    Zlib.prototype.p = function (c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
            zlh(raw, this.o), this.v = 0;
        if (f)
            wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
    };
    /**
     * Flushes buffered uncompressed data. Useful to immediately retrieve the
     * zlibbed output for small inputs.
     * @param sync Whether to flush to a byte boundary. A sync flush takes 4-5
     *             extra bytes, but guarantees all pushed data is immediately
     *             decompressible.
     */
    Zlib.prototype.flush = function (sync) {
        Deflate.prototype.flush.call(this, sync);
    };
    return Zlib;
}())));

/**
 * Asynchronous streaming Zlib compression
 */
var AsyncZlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncZlib(opts, cb) {
        astrmify([
            bDflt,
            zle,
            function () { return [astrm, Deflate, Zlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Zlib(ev.data);
            onmessage = astrm(strm);
        }, 10, 1);
    }
    return AsyncZlib;
}())));

function zlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bDflt,
        zle,
        function () { return [zlibSync]; }
    ], function (ev) { return pbf(zlibSync(ev.data[0], ev.data[1])); }, 4, cb);
}
/**
 * Compress data with Zlib
 * @param data The data to compress
 * @param opts The compression options
 * @returns The zlib-compressed version of the data
 */
function zlibSync(data, opts) {
    if (!opts)
        opts = {};
    var a = adler();
    a.p(data);
    var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
    return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
}
/**
 * Streaming Zlib decompression
 */
var Unzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Unzlib(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
    }
    /**
     * Pushes a chunk to be unzlibbed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzlib.prototype.push = function (chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
            if (this.p.length < 6 && !final)
                return;
            this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
            if (this.p.length < 4)
                err(6, 'invalid zlib data');
            this.p = this.p.subarray(0, -4);
        }
        // necessary to prevent TS from using the closure value
        // This allows for workerization to function correctly
        Inflate.prototype.c.call(this, final);
    };
    return Unzlib;
}())));

/**
 * Asynchronous streaming Zlib decompression
 */
var AsyncUnzlib = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncUnzlib(opts, cb) {
        astrmify([
            bInflt,
            zule,
            function () { return [astrm, Inflate, Unzlib]; }
        ], this, StrmOpt.call(this, opts, cb), function (ev) {
            var strm = new Unzlib(ev.data);
            onmessage = astrm(strm);
        }, 11, 0);
    }
    return AsyncUnzlib;
}())));

function unzlib(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return cbify(data, opts, [
        bInflt,
        zule,
        function () { return [unzlibSync]; }
    ], function (ev) { return pbf(unzlibSync(ev.data[0], gopt(ev.data[1]))); }, 5, cb);
}
function unzlibSync(data, opts) {
    return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
// Default algorithm for compression (used because having a known output size allows faster decompression)


/**
 * Streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function Decompress(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
    }
    // init substream
    // overriden by AsyncDecompress
    Decompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (dat, final) {
            _this.ondata(dat, final);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Decompress.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (!this.s) {
            if (this.p && this.p.length) {
                var n = new u8(this.p.length + chunk.length);
                n.set(this.p), n.set(chunk, this.p.length);
            }
            else
                this.p = chunk;
            if (this.p.length > 2) {
                this.s = (this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8)
                    ? new this.G(this.o)
                    : ((this.p[0] & 15) != 8 || (this.p[0] >> 4) > 7 || ((this.p[0] << 8 | this.p[1]) % 31))
                        ? new this.I(this.o)
                        : new this.Z(this.o);
                this.i();
                this.s.push(this.p, final);
                this.p = null;
            }
        }
        else
            this.s.push(chunk, final);
    };
    return Decompress;
}())));

/**
 * Asynchronous streaming GZIP, Zlib, or raw DEFLATE decompression
 */
var AsyncDecompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function AsyncDecompress(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
    }
    AsyncDecompress.prototype.i = function () {
        var _this = this;
        this.s.ondata = function (err, dat, final) {
            _this.ondata(err, dat, final);
        };
        this.s.ondrain = function (size) {
            _this.queuedSize -= size;
            if (_this.ondrain)
                _this.ondrain(size);
        };
    };
    /**
     * Pushes a chunk to be decompressed
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncDecompress.prototype.push = function (chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
    };
    return AsyncDecompress;
}())));

function decompress(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzip(data, opts, cb)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflate(data, opts, cb)
            : unzlib(data, opts, cb);
}
/**
 * Expands compressed GZIP, Zlib, or raw DEFLATE data, automatically detecting the format
 * @param data The data to decompress
 * @param opts The decompression options
 * @returns The decompressed version of the data
 */
function decompressSync(data, opts) {
    return (data[0] == 31 && data[1] == 139 && data[2] == 8)
        ? gunzipSync(data, opts)
        : ((data[0] & 15) != 8 || (data[0] >> 4) > 7 || ((data[0] << 8 | data[1]) % 31))
            ? inflateSync(data, opts)
            : unzlibSync(data, opts);
}
// flatten a directory structure
var fltn = function (d, p, t, o) {
    for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
            op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
            t[n] = [val, op];
        else {
            t[n += '/'] = [new u8(0), op];
            fltn(val, n, t, o);
        }
    }
};
// text encoder
var esm_te = typeof TextEncoder != 'undefined' && /*#__PURE__*/ new TextEncoder();
// text decoder
var td = typeof TextDecoder != 'undefined' && /*#__PURE__*/ new TextDecoder();
// text decoder stream
var tds = 0;
try {
    td.decode(esm_et, { stream: true });
    tds = 1;
}
catch (e) { }
// decode UTF8
var dutf8 = function (d) {
    for (var r = '', i = 0;;) {
        var c = d[i++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i + eb > d.length)
            return { s: r, r: slc(d, i - 1) };
        if (!eb)
            r += String.fromCharCode(c);
        else if (eb == 3) {
            c = ((c & 15) << 18 | (d[i++] & 63) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63)) - 65536,
                r += String.fromCharCode(55296 | (c >> 10), 56320 | (c & 1023));
        }
        else if (eb & 1)
            r += String.fromCharCode((c & 31) << 6 | (d[i++] & 63));
        else
            r += String.fromCharCode((c & 15) << 12 | (d[i++] & 63) << 6 | (d[i++] & 63));
    }
};
/**
 * Streaming UTF-8 decoding
 */
var DecodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is decoded
     */
    function DecodeUTF8(cb) {
        this.ondata = cb;
        if (tds)
            this.t = new TextDecoder();
        else
            this.p = esm_et;
    }
    /**
     * Pushes a chunk to be decoded from UTF-8 binary
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    DecodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        final = !!final;
        if (this.t) {
            this.ondata(this.t.decode(chunk, { stream: true }), final);
            if (final) {
                if (this.t.decode().length)
                    err(8);
                this.t = null;
            }
            return;
        }
        if (!this.p)
            err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (final) {
            if (r.length)
                err(8);
            this.p = null;
        }
        else
            this.p = r;
        this.ondata(s, final);
    };
    return DecodeUTF8;
}())));

/**
 * Streaming UTF-8 encoding
 */
var EncodeUTF8 = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a UTF-8 decoding stream
     * @param cb The callback to call whenever data is encoded
     */
    function EncodeUTF8(cb) {
        this.ondata = cb;
    }
    /**
     * Pushes a chunk to be encoded to UTF-8
     * @param chunk The string data to push
     * @param final Whether this is the last chunk
     */
    EncodeUTF8.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        if (this.d)
            err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
    };
    return EncodeUTF8;
}())));

/**
 * Converts a string into a Uint8Array for use with compression/decompression methods
 * @param str The string to encode
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless decoding a binary string.
 * @returns The string encoded in UTF-8/Latin-1 binary
 */
function strToU8(str, latin1) {
    if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i = 0; i < str.length; ++i)
            ar_1[i] = str.charCodeAt(i);
        return ar_1;
    }
    if (esm_te)
        return esm_te.encode(str);
    var l = str.length;
    var ar = new u8(str.length + (str.length >> 1));
    var ai = 0;
    var w = function (v) { ar[ai++] = v; };
    for (var i = 0; i < l; ++i) {
        if (ai + 5 > ar.length) {
            var n = new u8(ai + 8 + ((l - i) << 1));
            n.set(ar);
            ar = n;
        }
        var c = str.charCodeAt(i);
        if (c < 128 || latin1)
            w(c);
        else if (c < 2048)
            w(192 | (c >> 6)), w(128 | (c & 63));
        else if (c > 55295 && c < 57344)
            c = 65536 + (c & 1023 << 10) | (str.charCodeAt(++i) & 1023),
                w(240 | (c >> 18)), w(128 | ((c >> 12) & 63)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
        else
            w(224 | (c >> 12)), w(128 | ((c >> 6) & 63)), w(128 | (c & 63));
    }
    return slc(ar, 0, ai);
}
/**
 * Converts a Uint8Array to a string
 * @param dat The data to decode to string
 * @param latin1 Whether or not to interpret the data as Latin-1. This should
 *               not need to be true unless encoding to binary string.
 * @returns The original UTF-8/Latin-1 string
 */
function strFromU8(dat, latin1) {
    if (latin1) {
        var r = '';
        for (var i = 0; i < dat.length; i += 16384)
            r += String.fromCharCode.apply(null, dat.subarray(i, i + 16384));
        return r;
    }
    else if (td) {
        return td.decode(dat);
    }
    else {
        var _a = dutf8(dat), s = _a.s, r = _a.r;
        if (r.length)
            err(8);
        return s;
    }
}
;
// deflate bit flag
var dbf = function (l) { return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0; };
// skip local zip header
var slzh = function (d, b) { return b + 30 + b2(d, b + 26) + b2(d, b + 28); };
// read zip header
var zh = function (d, b, z) {
    var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
    var _a = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a[0], su = _a[1], off = _a[2];
    return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
// read zip64 header sizes
var z64hs = function (d, b, l, z, sc, su, off) {
    var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
    var nf = nsc + nsu + noff;
    if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
            if (b2(d, b) == 1) {
                return [
                    nsc ? b8(d, b + 4 + 8 * nsu) : sc,
                    nsu ? b8(d, b + 4) : su,
                    noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
                    1
                ];
            }
        }
        // z == 2 for unknown whether or not zip64
        if (z < 2)
            err(13);
    }
    return [sc, su, off, 0];
};
// extra field length
var exfl = function (ex) {
    var le = 0;
    if (ex) {
        for (var k in ex) {
            var l = ex[k].length;
            if (l > 65535)
                err(9);
            le += l + 4;
        }
    }
    return le;
};
// write zip header
var wzh = function (d, b, f, fn, u, c, ce, co) {
    var fl = fn.length, ex = f.extra, col = co && co.length;
    var exl = exfl(ex);
    wbytes(d, b, ce != null ? 0x2014B50 : 0x4034B50), b += 4;
    if (ce != null)
        d[b++] = 20, d[b++] = f.os;
    d[b] = 20, b += 2; // spec compliance? what's that?
    d[b++] = (f.flag << 1) | (c < 0 && 8), d[b++] = u && 8;
    d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
    var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
    if (y < 0 || y > 119)
        err(10);
    wbytes(d, b, (y << 25) | ((dt.getMonth() + 1) << 21) | (dt.getDate() << 16) | (dt.getHours() << 11) | (dt.getMinutes() << 5) | (dt.getSeconds() >> 1)), b += 4;
    if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
    }
    wbytes(d, b + 12, fl);
    wbytes(d, b + 14, exl), b += 16;
    if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
    }
    d.set(fn, b);
    b += fl;
    if (exl) {
        for (var k in ex) {
            var exf = ex[k], l = exf.length;
            wbytes(d, b, +k);
            wbytes(d, b + 2, l);
            d.set(exf, b + 4), b += 4 + l;
        }
    }
    if (col)
        d.set(co, b), b += col;
    return b;
};
// write zip footer (end of central directory)
var wzf = function (o, b, c, d, e) {
    wbytes(o, b, 0x6054B50); // skip disk
    wbytes(o, b + 8, c);
    wbytes(o, b + 10, c);
    wbytes(o, b + 12, d);
    wbytes(o, b + 16, e);
};
/**
 * A pass-through stream to keep data uncompressed in a ZIP archive.
 */
var ZipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a pass-through stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     */
    function ZipPassThrough(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
    }
    /**
     * Processes a chunk and pushes to the output stream. You can override this
     * method in a subclass for custom behavior, but by default this passes
     * the data through. You must call this.ondata(err, chunk, final) at some
     * point in this method.
     * @param chunk The chunk to process
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.process = function (chunk, final) {
        this.ondata(null, chunk, final);
    };
    /**
     * Pushes a chunk to be added. If you are subclassing this with a custom
     * compression algorithm, note that you must push data from the source
     * file only, pre-compression.
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipPassThrough.prototype.push = function (chunk, final) {
        if (!this.ondata)
            err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
            this.crc = this.c.d();
        // we shouldn't really do this cast, but properly handling ArrayBufferLike
        // makes the API unergonomic with Buffer
        this.process(chunk, final || false);
    };
    return ZipPassThrough;
}())));

// I don't extend because TypeScript extension adds 1kB of runtime bloat
/**
 * Streaming DEFLATE compression for ZIP archives. Prefer using AsyncZipDeflate
 * for better performance
 */
var ZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function ZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function (dat, final) {
            _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
    }
    ZipDeflate.prototype.process = function (chunk, final) {
        try {
            this.d.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    ZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return ZipDeflate;
}())));

/**
 * Asynchronous streaming DEFLATE compression for ZIP archives
 */
var AsyncZipDeflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an asynchronous DEFLATE stream that can be added to ZIP archives
     * @param filename The filename to associate with this data stream
     * @param opts The compression options
     */
    function AsyncZipDeflate(filename, opts) {
        var _this = this;
        if (!opts)
            opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function (err, dat, final) {
            _this.ondata(err, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
    }
    AsyncZipDeflate.prototype.process = function (chunk, final) {
        this.d.push(chunk, final);
    };
    /**
     * Pushes a chunk to be deflated
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    AsyncZipDeflate.prototype.push = function (chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
    };
    return AsyncZipDeflate;
}())));

// TODO: Better tree shaking
/**
 * A zippable archive to which files can incrementally be added
 */
var Zip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates an empty ZIP archive to which files can be added
     * @param cb The callback to call whenever data for the generated ZIP archive
     *           is available
     */
    function Zip(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
    }
    /**
     * Adds a file to the ZIP archive
     * @param file The file stream to add
     */
    Zip.prototype.add = function (file) {
        var _this = this;
        if (!this.ondata)
            err(5);
        // finishing or finished
        if (this.d & 2)
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
            var f = strToU8(file.filename), fl_1 = f.length;
            var com = file.comment, o = com && strToU8(com);
            var u = fl_1 != file.filename.length || (o && (com.length != o.length));
            var hl_1 = fl_1 + exfl(file.extra) + 30;
            if (fl_1 > 65535)
                this.ondata(err(11, 0, 1), null, false);
            var header = new u8(hl_1);
            wzh(header, 0, file, f, u, -1);
            var chks_1 = [header];
            var pAll_1 = function () {
                for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
                    var chk = chks_2[_i];
                    _this.ondata(null, chk, false);
                }
                chks_1 = [];
            };
            var tr_1 = this.d;
            this.d = 0;
            var ind_1 = this.u.length;
            var uf_1 = mrg(file, {
                f: f,
                u: u,
                o: o,
                t: function () {
                    if (file.terminate)
                        file.terminate();
                },
                r: function () {
                    pAll_1();
                    if (tr_1) {
                        var nxt = _this.u[ind_1 + 1];
                        if (nxt)
                            nxt.r();
                        else
                            _this.d = 1;
                    }
                    tr_1 = 1;
                }
            });
            var cl_1 = 0;
            file.ondata = function (err, dat, final) {
                if (err) {
                    _this.ondata(err, dat, final);
                    _this.terminate();
                }
                else {
                    cl_1 += dat.length;
                    chks_1.push(dat);
                    if (final) {
                        var dd = new u8(16);
                        wbytes(dd, 0, 0x8074B50);
                        wbytes(dd, 4, file.crc);
                        wbytes(dd, 8, cl_1);
                        wbytes(dd, 12, file.size);
                        chks_1.push(dd);
                        uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                        if (tr_1)
                            uf_1.r();
                        tr_1 = 1;
                    }
                    else if (tr_1)
                        pAll_1();
                }
            };
            this.u.push(uf_1);
        }
    };
    /**
     * Ends the process of adding files and prepares to emit the final chunks.
     * This *must* be called after adding all desired files for the resulting
     * ZIP file to work properly.
     */
    Zip.prototype.end = function () {
        var _this = this;
        if (this.d & 2) {
            this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
            return;
        }
        if (this.d)
            this.e();
        else
            this.u.push({
                r: function () {
                    if (!(_this.d & 1))
                        return;
                    _this.u.splice(-1, 1);
                    _this.e();
                },
                t: function () { }
            });
        this.d = 3;
    };
    Zip.prototype.e = function () {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b = 0, _c = this.u; _b < _c.length; _b++) {
            var f = _c[_b];
            wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
            bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
    };
    /**
     * A method to terminate any internal workers used by the stream. Subsequent
     * calls to add() will fail.
     */
    Zip.prototype.terminate = function () {
        for (var _i = 0, _a = this.u; _i < _a.length; _i++) {
            var f = _a[_i];
            f.t();
        }
        this.d = 2;
    };
    return Zip;
}())));

function zip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var r = {};
    fltn(data, '', r, opts);
    var k = Object.keys(r);
    var lft = k.length, o = 0, tot = 0;
    var slft = lft, files = new Array(lft);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var cbd = function (a, b) {
        esm_mt(function () { cb(a, b); });
    };
    esm_mt(function () { cbd = cb; });
    var cbf = function () {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i = 0; i < slft; ++i) {
            var f = files[i];
            try {
                var l = f.c.length;
                wzh(out, tot, f, f.f, f.u, l);
                var badd = 30 + f.f.length + exfl(f.extra);
                var loc = tot + badd;
                out.set(f.c, loc);
                wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
            }
            catch (e) {
                return cbd(e, null);
            }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
    };
    if (!lft)
        cbf();
    var _loop_1 = function (i) {
        var fn = k[i];
        var _a = r[fn], file = _a[0], p = _a[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function (e, d) {
            if (e) {
                tAll();
                cbd(e, null);
            }
            else {
                var l = d.length;
                files[i] = mrg(p, {
                    size: size,
                    crc: c.d(),
                    c: d,
                    f: f,
                    m: m,
                    u: s != fn.length || (m && (com.length != ms)),
                    compression: compression
                });
                o += 30 + s + exl + l;
                tot += 76 + 2 * (s + exl) + (ms || 0) + l;
                if (!--lft)
                    cbf();
            }
        };
        if (s > 65535)
            cbl(err(11, 0, 1), null);
        if (!compression)
            cbl(null, file);
        else if (size < 160000) {
            try {
                cbl(null, deflateSync(file, p));
            }
            catch (e) {
                cbl(e, null);
            }
        }
        else
            term.push(deflate(file, p, cbl));
    };
    // Cannot use lft because it can decrease
    for (var i = 0; i < slft; ++i) {
        _loop_1(i);
    }
    return tAll;
}
/**
 * Synchronously creates a ZIP file. Prefer using `zip` for better performance
 * with more than one file.
 * @param data The directory structure for the ZIP archive
 * @param opts The main options, merged with per-file options
 * @returns The generated ZIP archive
 */
function zipSync(data, opts) {
    if (!opts)
        opts = {};
    var r = {};
    var files = [];
    fltn(data, '', r, opts);
    var o = 0;
    var tot = 0;
    for (var fn in r) {
        var _a = r[fn], file = _a[0], p = _a[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
            err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
            size: file.length,
            crc: c.d(),
            c: d,
            f: f,
            m: m,
            u: s != fn.length || (m && (com.length != ms)),
            o: o,
            compression: compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
    }
    var out = new u8(tot + 22), oe = o, cdl = tot - o;
    for (var i = 0; i < files.length; ++i) {
        var f = files[i];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
    }
    wzf(out, o, files.length, cdl, oe);
    return out;
}
/**
 * Streaming pass-through decompression for ZIP archives
 */
var UnzipPassThrough = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    function UnzipPassThrough() {
    }
    UnzipPassThrough.prototype.push = function (chunk, final) {
        // same as ZipPassThrough: cast to retain Buffer ergonomics
        this.ondata(null, chunk, final);
    };
    UnzipPassThrough.compression = 0;
    return UnzipPassThrough;
}())));

/**
 * Streaming DEFLATE decompression for ZIP archives. Prefer AsyncZipInflate for
 * better performance.
 */
var UnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function UnzipInflate() {
        var _this = this;
        this.i = new Inflate(function (dat, final) {
            _this.ondata(null, dat, final);
        });
    }
    UnzipInflate.prototype.push = function (chunk, final) {
        try {
            this.i.push(chunk, final);
        }
        catch (e) {
            this.ondata(e, null, final);
        }
    };
    UnzipInflate.compression = 8;
    return UnzipInflate;
}())));

/**
 * Asynchronous streaming DEFLATE decompression for ZIP archives
 */
var AsyncUnzipInflate = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a DEFLATE decompression that can be used in ZIP archives
     */
    function AsyncUnzipInflate(_, sz) {
        var _this = this;
        if (sz < 320000) {
            this.i = new Inflate(function (dat, final) {
                _this.ondata(null, dat, final);
            });
        }
        else {
            this.i = new AsyncInflate(function (err, dat, final) {
                _this.ondata(err, dat, final);
            });
            this.terminate = this.i.terminate;
        }
    }
    AsyncUnzipInflate.prototype.push = function (chunk, final) {
        if (this.i.terminate)
            chunk = slc(chunk, 0);
        this.i.push(chunk, final);
    };
    AsyncUnzipInflate.compression = 8;
    return AsyncUnzipInflate;
}())));

/**
 * A ZIP archive decompression stream that emits files as they are discovered
 */
var Unzip = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a ZIP decompression stream
     * @param cb The callback to call whenever a file in the ZIP archive is found
     */
    function Unzip(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
            0: UnzipPassThrough
        };
        this.p = esm_et;
    }
    /**
     * Pushes a chunk to be unzipped
     * @param chunk The chunk to push
     * @param final Whether this is the last chunk
     */
    Unzip.prototype.push = function (chunk, final) {
        var _this = this;
        if (!this.onfile)
            err(5);
        if (!this.p)
            err(4);
        if (this.c > 0) {
            var len = Math.min(this.c, chunk.length);
            var toAdd = chunk.subarray(0, len);
            this.c -= len;
            if (this.d)
                this.d.push(toAdd, !this.c);
            else
                this.k[0].push(toAdd);
            chunk = chunk.subarray(len);
            if (chunk.length)
                return this.push(chunk, final);
        }
        else {
            var f = 0, i = 0, is = void 0, buf = void 0;
            if (!this.p.length)
                buf = chunk;
            else if (!chunk.length)
                buf = this.p;
            else {
                buf = new u8(this.p.length + chunk.length);
                buf.set(this.p), buf.set(chunk, this.p.length);
            }
            var l = buf.length, oc = this.c, add = oc && this.d;
            var _loop_2 = function () {
                var sig = b4(buf, i);
                if (sig == 0x4034B50) {
                    f = 1, is = i;
                    this_1.d = null;
                    this_1.c = 0;
                    var bf = b2(buf, i + 6), cmp_1 = b2(buf, i + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i + 26), es = b2(buf, i + 28);
                    if (l > i + 30 + fnl + es) {
                        var chks_3 = [];
                        this_1.k.unshift(chks_3);
                        f = 2;
                        var lsc = b4(buf, i + 18), lsu = b4(buf, i + 22);
                        var fn_1 = strFromU8(buf.subarray(i + 30, i += 30 + fnl), !u);
                        var _a = z64hs(buf, i, es, 2, lsc, lsu, 0), sc_1 = _a[0], su_1 = _a[1], z64 = _a[3];
                        if (dd)
                            sc_1 = -1 - z64;
                        i += es;
                        this_1.c = sc_1;
                        var d_1;
                        var file_1 = {
                            name: fn_1,
                            compression: cmp_1,
                            start: function () {
                                if (!file_1.ondata)
                                    err(5);
                                if (!sc_1)
                                    file_1.ondata(null, esm_et, true);
                                else {
                                    var ctr = _this.o[cmp_1];
                                    if (!ctr)
                                        file_1.ondata(err(14, 'unknown compression type ' + cmp_1, 1), null, false);
                                    d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                                    d_1.ondata = function (err, dat, final) { file_1.ondata(err, dat, final); };
                                    for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                                        var dat = chks_4[_i];
                                        d_1.push(dat, false);
                                    }
                                    if (_this.k[0] == chks_3 && _this.c)
                                        _this.d = d_1;
                                    else
                                        d_1.push(esm_et, true);
                                }
                            },
                            terminate: function () {
                                if (d_1 && d_1.terminate)
                                    d_1.terminate();
                            }
                        };
                        if (sc_1 >= 0)
                            file_1.size = sc_1, file_1.originalSize = su_1;
                        this_1.onfile(file_1);
                    }
                    return "break";
                }
                else if (oc) {
                    if (sig == 0x8074B50) {
                        is = i += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                        return "break";
                    }
                    else if (sig == 0x2014B50) {
                        is = i -= 4, f = 3, this_1.c = 0;
                        return "break";
                    }
                }
            };
            var this_1 = this;
            for (; i < l - 4; ++i) {
                var state_1 = _loop_2();
                if (state_1 === "break")
                    break;
            }
            this.p = esm_et;
            if (oc < 0) {
                var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 0x8074B50 && 4)) : buf.subarray(0, i);
                if (add)
                    add.push(dat, !!f);
                else
                    this.k[+(f == 2)].push(dat);
            }
            if (f & 2)
                return this.push(buf.subarray(i), final);
            this.p = buf.subarray(i);
        }
        if (final) {
            if (this.c)
                err(13);
            this.p = null;
        }
    };
    /**
     * Registers a decoder with the stream, allowing for files compressed with
     * the compression type provided to be expanded correctly
     * @param decoder The decoder constructor
     */
    Unzip.prototype.register = function (decoder) {
        this.o[decoder.compression] = decoder;
    };
    return Unzip;
}())));

var esm_mt = typeof queueMicrotask == 'function' ? queueMicrotask : typeof setTimeout == 'function' ? setTimeout : function (fn) { fn(); };
function unzip(data, opts, cb) {
    if (!cb)
        cb = opts, opts = {};
    if (typeof cb != 'function')
        err(7);
    var term = [];
    var tAll = function () {
        for (var i = 0; i < term.length; ++i)
            term[i]();
    };
    var files = {};
    var cbd = function (a, b) {
        esm_mt(function () { cb(a, b); });
    };
    esm_mt(function () { cbd = cb; });
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558) {
            cbd(err(13, 0, 1), null);
            return tAll;
        }
    }
    ;
    var lft = b2(data, e + 8);
    if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 0x7064B50;
        if (z) {
            var ze = b4(data, e - 12);
            z = b4(data, ze) == 0x6064B50;
            if (z) {
                c = lft = b4(data, ze + 32);
                o = b4(data, ze + 48);
            }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function (i) {
            var _a = zh(data, o, z), c_1 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
            o = no;
            var cbl = function (e, d) {
                if (e) {
                    tAll();
                    cbd(e, null);
                }
                else {
                    if (d)
                        files[fn] = d;
                    if (!--lft)
                        cbd(null, files);
                }
            };
            if (!fltr || fltr({
                name: fn,
                size: sc,
                originalSize: su,
                compression: c_1
            })) {
                if (!c_1)
                    cbl(null, slc(data, b, b + sc));
                else if (c_1 == 8) {
                    var infl = data.subarray(b, b + sc);
                    // Synchronously decompress under 512KB, or barely-compressed data
                    if (su < 524288 || sc > 0.8 * su) {
                        try {
                            cbl(null, inflateSync(infl, { out: new u8(su) }));
                        }
                        catch (e) {
                            cbl(e, null);
                        }
                    }
                    else
                        term.push(inflate(infl, { size: su }, cbl));
                }
                else
                    cbl(err(14, 'unknown compression type ' + c_1, 1), null);
            }
            else
                cbl(null, null);
        };
        for (var i = 0; i < c; ++i) {
            _loop_3(i);
        }
    }
    else
        cbd(null, {});
    return tAll;
}
/**
 * Synchronously decompresses a ZIP archive. Prefer using `unzip` for better
 * performance with more than one file.
 * @param data The raw compressed ZIP file
 * @param opts The ZIP extraction options
 * @returns The decompressed files
 */
function unzipSync(data, opts) {
    var files = {};
    var e = data.length - 22;
    for (; b4(data, e) != 0x6054B50; --e) {
        if (!e || data.length - e > 65558)
            err(13);
    }
    ;
    var c = b2(data, e + 8);
    if (!c)
        return {};
    var o = b4(data, e + 16);
    var z = b4(data, e - 20) == 0x7064B50;
    if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 0x6064B50;
        if (z) {
            c = b4(data, ze + 32);
            o = b4(data, ze + 48);
        }
    }
    var fltr = opts && opts.filter;
    for (var i = 0; i < c; ++i) {
        var _a = zh(data, o, z), c_2 = _a[0], sc = _a[1], su = _a[2], fn = _a[3], no = _a[4], off = _a[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_2
        })) {
            if (!c_2)
                files[fn] = slc(data, b, b + sc);
            else if (c_2 == 8)
                files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
            else
                err(14, 'unknown compression type ' + c_2);
        }
    }
    return files;
}

// EXTERNAL MODULE: ./src/archive/crc32.ts
var crc32 = __nccwpck_require__(8853);
// EXTERNAL MODULE: ./src/archive/zip-layout.ts
var zip_layout = __nccwpck_require__(7224);
;// CONCATENATED MODULE: ./src/archive/zip.ts
// zip sdists, read the way Python's zipfile (and so pip) reads them: the central directory at the
// end decides what the entries are, and only entries worth keeping are ever inflated, each with its
// output capped, because the sizes a zip declares can lie.






/** Input handed to the inflater at once: bounds the output of one step to about 4 MiB. */
const INFLATE_STEP = 4096;
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const METHODS = { 9: 'deflate64', 12: 'bzip2', 14: 'lzma', 93: 'zstd', 95: 'xz', 98: 'ppmd' };
const zip_UTF8_FATAL = new TextDecoder('utf-8', { fatal: true });
class ZipError extends Error {
}
function safe(value, at) {
    if (!Number.isSafeInteger(value))
        throw new ZipError(`64-bit field at byte ${at} is too large`);
    return value;
}
function cp437(bytes) {
    let out = '';
    for (const b of bytes)
        out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
    return out;
}
/**
 * Whether Python's `zipfile.is_zipfile` could take data ending in these bytes for a zip: it only
 * looks for an end-of-central-directory record near the end. pip asks it before trusting a
 * `.tar.gz` name, so a tar with a zip appended is unpacked by pip as that zip.
 */
function endsLikeZip(tail) {
    return (0,zip_layout/* findEndRecord */.i7)(tail) !== -1;
}
function readDirectory(buf, eocd) {
    const record = (0,zip_layout/* readEndRecord */.lB)(buf, eocd);
    if (record.disk !== 0 || record.directoryDisk !== 0)
        throw new ZipError('spans several disks, which is not supported');
    let size = record.directorySize;
    let offset = record.directoryOffset;
    let recordStart = eocd;
    // zipfile trusts the locator's signature alone and looks for the zip64 record right before it.
    const locator = eocd - zip_layout/* ZIP64_LOCATOR_SIZE */.zV;
    if (locator >= 0 && (0,zip_layout/* readZip64Locator */.wH)(buf, locator) !== undefined) {
        const at = locator - zip_layout/* ZIP64_END_RECORD_SIZE */.wd;
        const zip64 = at < 0 ? undefined : (0,zip_layout/* readZip64EndRecord */.ab)(buf, at);
        if (zip64 === undefined)
            throw new ZipError('zip64 end of central directory record is missing');
        size = safe(zip64.directorySize, at + 40);
        offset = safe(zip64.directoryOffset, at + 48);
        recordStart = at;
    }
    const prefix = recordStart - size - offset;
    if (prefix < 0)
        throw new ZipError('central directory lies outside the archive');
    return { prefix, start: offset + prefix, end: offset + prefix + size };
}
function decodeName(rawName, flags, at) {
    let name;
    if (flags & 0x800) {
        try {
            name = zip_UTF8_FATAL.decode(rawName);
        }
        catch {
            throw new ZipError(`the entry name at byte ${at} is marked UTF-8 but is not`);
        }
    }
    else {
        name = cp437(rawName);
    }
    // zipfile cuts names at a NUL byte, so that is the name pip extracts to.
    const nul = name.indexOf('\0');
    return nul === -1 ? name : name.slice(0, nul);
}
function centralEntries(buf, dir) {
    return (0,zip_layout/* centralEntries */.W5)(buf, {
        from: dir.start,
        until: dir.end,
        decodeName,
        damaged: (problem, at) => new ZipError(problem === 'signature' ? `bad central directory entry at byte ${at}` : `central directory is truncated at byte ${at}`),
        zip64TooShort: (name) => new ZipError(`zip64 extra field of ${describeName(name)} is too short`),
        strictZip64: true,
        checkWide: safe,
    });
}
function kindOf(entry) {
    // pip's unzip_file makes a directory of a name ending in a slash, and writes everything else.
    if (entry.name.endsWith('/'))
        return 'directory';
    switch ((entry.externalAttributes >>> 16) & 0o170000) {
        case 0o120000:
            return 'symlink';
        case 0o020000:
            return 'character device';
        case 0o060000:
            return 'block device';
        case 0o010000:
            return 'fifo';
        case 0o140000:
            return 'socket';
        default:
            return 'file';
    }
}
/** Inflates raw deflate data, stopping once the output passes `cap` bytes. */
function inflateCapped(data, cap) {
    const parts = [];
    let total = 0;
    const inflater = new Inflate((chunk) => {
        if (total >= cap)
            return;
        const take = chunk.length > cap - total ? chunk.subarray(0, cap - total) : chunk;
        parts.push(take);
        total += take.length;
    });
    for (let i = 0; i < data.length && total < cap; i += INFLATE_STEP) {
        inflater.push(data.subarray(i, i + INFLATE_STEP), false);
    }
    if (total < cap)
        inflater.push(new Uint8Array(0), true);
    const out = new Uint8Array(total);
    let o = 0;
    for (const p of parts) {
        out.set(p, o);
        o += p.length;
    }
    return out;
}
function extract(buf, dir, entry, collector) {
    const refuse = (why) => {
        collector.note(entry.name, why);
        return undefined;
    };
    if (entry.flags & 0x1)
        return refuse('encrypted, skipped');
    const local = dir.prefix + entry.localOffset;
    const header = (0,zip_layout/* readLocalHeader */.Ld)(buf, local);
    if (header === undefined) {
        return refuse(`no local header at byte ${local}; pip would refuse the archive, skipped`);
    }
    const localName = buf.subarray(local + 30, local + 30 + header.nameLength);
    if (localName.length !== entry.rawName.length || !localName.every((b, i) => b === entry.rawName[i])) {
        return refuse(`local header names ${describeName(cp437(localName))}; pip would refuse the archive, skipped`);
    }
    const start = header.dataOffset;
    const end = start + entry.compressedSize;
    if (end > buf.length)
        return refuse('data runs past the end of the archive; pip would refuse the archive, skipped');
    const data = buf.subarray(start, end);
    let bytes;
    let produced;
    if (entry.method === 0) {
        bytes = data.subarray(0, Math.min(data.length, entry.size));
        produced = bytes.length;
    }
    else if (entry.method === 8) {
        let out;
        try {
            out = inflateCapped(data, entry.size + 1);
        }
        catch (err) {
            return refuse(`deflate data is corrupt (${err.message}), skipped`);
        }
        produced = out.length;
        bytes = out;
        if (out.length > entry.size) {
            // zipfile stops reading at the declared size, so that prefix is what pip would write.
            collector.note(entry.name, `inflates to more than the ${entry.size} bytes it declares; kept the first ${entry.size}, as Python's zipfile reads it`);
            bytes = out.subarray(0, entry.size);
        }
    }
    else {
        const known = METHODS[entry.method];
        return refuse(`compression method ${entry.method}${known ? ` (${known})` : ''} is not supported here, skipped`);
    }
    if (bytes.length < entry.size) {
        collector.note(entry.name, `holds ${bytes.length} bytes, less than the ${entry.size} it declares; pip would refuse the archive`);
    }
    else if ((0,crc32/* crc32 */.Q)(bytes) !== entry.crc) {
        collector.note(entry.name, 'CRC-32 does not match its content; pip would refuse the archive');
    }
    return { bytes, produced };
}
/**
 * Reads a zip into the collector. The whole archive is needed (the directory is at its end), so
 * it is held in memory, within the download limit. Returns an error sentence when unreadable.
 */
async function readZip(source, collector, limits, filename) {
    const buf = await source.readAll();
    if (buf === undefined)
        return undefined;
    const eocd = (0,zip_layout/* findEndRecord */.i7)(buf);
    if (eocd === -1) {
        const head = buf.subarray(0, 512);
        const kind = sniff(head);
        return kind === 'zip'
            ? `${filename}: archive is truncated or damaged (no end of central directory record in its ${buf.length} bytes)`
            : `${filename}: not a zip archive (${describeSniffed(kind, head)})`;
    }
    let inflated = 0;
    try {
        const dir = readDirectory(buf, eocd);
        if (dir.prefix > 0) {
            collector.notes.add(`archive: ${dir.prefix} bytes come before the zip data; read as Python's zipfile reads it`);
        }
        for (const entry of centralEntries(buf, dir)) {
            const key = collector.admit({ name: entry.name, kind: kindOf(entry), size: entry.size });
            if (collector.stopped)
                break;
            if (key === undefined)
                continue;
            const got = extract(buf, dir, entry, collector);
            if (got === undefined)
                continue;
            inflated += got.produced;
            collector.keep(key, got.bytes);
            const where = `entry ${describeName(entry.name)}`;
            if (inflated > limits.maxInflatedBytes) {
                collector.stop(`${where}: archive inflates past ${formatBytes(limits.maxInflatedBytes)} (maxInflatedBytes), reading stopped`);
                break;
            }
            if (inflated > RATIO_FLOOR && inflated > limits.maxRatio * buf.length) {
                collector.stop(`${where}: archive inflates to more than ${limits.maxRatio} times its compressed size ` +
                    `(${inflated} bytes from ${buf.length}; maxRatio), reading stopped`);
                break;
            }
        }
    }
    catch (err) {
        if (err instanceof ZipError)
            return `${filename}: ${err.message}`;
        throw err;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/archive/sdist.ts
// One sdist archive, by file name and bytes, to the files that matter at build time.







/** A stream that will not be read is closed, so a download in flight is cancelled. */
async function abandon(data) {
    if (data instanceof Uint8Array)
        return;
    await data[Symbol.asyncIterator]().return?.();
}
/**
 * pip picks the unpacker by file name and fails when the bytes disagree, so a mismatch is an
 * error too. The one exception is a `.tar` that is gzip data: pip opens `.tar` files with
 * tarfile's transparent compression, so that one is read (with a note).
 */
function mismatch(filename, named, kind, head) {
    if (kind === 'empty')
        return `${filename}: archive is empty`;
    const what = describeSniffed(kind, head);
    switch (named) {
        case 'tar.gz':
            return kind === 'gzip' ? undefined : `${filename}: not gzip data (${what})`;
        case 'tar':
            if (kind === 'tar' || kind === 'gzip')
                return undefined;
            if (kind === 'bzip2' || kind === 'xz' || kind === 'zstd')
                return `not analyzed: ${filename} is ${kind}-compressed, an unsupported archive format`;
            return `${filename}: not a tar archive (${what})`;
        case 'zip':
            // Anything else may still end in a zip directory (a self-extractor): readZip decides.
            return kind === 'zip' || kind === 'unknown' ? undefined : `${filename}: not a zip archive (${what})`;
        default:
            return `not analyzed: ${filename} is not an sdist archive`;
    }
}
/**
 * Reads an sdist (`.tar.gz`, `.tgz`, `.tar`, `.zip`) without writing or running anything. A
 * stream is read incrementally (a zip is held whole, within maxDownloadBytes) and, unless a limit
 * stops the read, to its end; errors the stream raises reject the returned promise.
 */
async function readSdist(filename, data, overrides) {
    const limits = resolveLimits(overrides);
    const named = formatFromName(filename);
    if (named.kind === 'unsupported' || named.kind === 'unknown') {
        await abandon(data);
        return failed(named.kind === 'unsupported'
            ? `not analyzed: unsupported archive format ${named.extension}`
            : `not analyzed: ${filename} is not named like an sdist (.tar.gz, .tgz, .tar or .zip)`);
    }
    const source = new ByteSource(data, limits.maxDownloadBytes);
    const collector = new Collector(limits, true, true);
    let error;
    try {
        const head = await source.peek(512);
        const kind = sniff(head);
        error = mismatch(filename, named.kind, kind, head);
        if (error === undefined) {
            if (named.kind === 'zip') {
                error = await readZip(source, collector, limits, filename);
            }
            else {
                if (named.kind === 'tar' && kind === 'gzip') {
                    collector.notes.add(`archive: ${filename} is gzip data although its name says plain tar; read as gzip, as pip does`);
                }
                error = await readTar(source, kind === 'gzip', collector, limits, filename);
            }
        }
        // Unless a limit ended the read, the stream runs to its end so its producer can verify it.
        if (!collector.stopped)
            await source.drain();
        if (named.kind !== 'zip' && error === undefined && source.complete && endsLikeZip(source.tail())) {
            collector.notes.add(`archive: ${filename} ends with a zip directory; pip checks for one before reading a tar and would unpack the zip instead of the tar read here`);
        }
    }
    finally {
        await source.close();
    }
    if (source.overLimit) {
        collector.notes.add(`archive: more than ${formatBytes(limits.maxDownloadBytes)} to download (maxDownloadBytes), reading stopped`);
    }
    return collector.finish(error);
}

;// CONCATENATED MODULE: ./src/archive/directory.ts
// An sdist already unpacked on disk (a local path dependency, or `inspect` on a directory): the
// same rules as for an archive, reading without following any symbolic link.







function directory_kindOf(d) {
    if (d.isFile())
        return 'file';
    if (d.isDirectory())
        return 'directory';
    if (d.isSymbolicLink())
        return 'symlink';
    if (d.isCharacterDevice())
        return 'character device';
    if (d.isBlockDevice())
        return 'block device';
    if (d.isFIFO())
        return 'fifo';
    if (d.isSocket())
        return 'socket';
    return 'unsupported';
}
function reason(err) {
    const e = err;
    return e.code ?? e.message;
}
/**
 * Reads at most `cap + 1` bytes of a regular file, refusing to open it through a symbolic link
 * (the entry may have been swapped for one since it was listed).
 */
async function readCapped(path, cap) {
    const handle = await (0,promises_.open)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'ENOTFILE' });
        const buf = new Uint8Array(Math.min(info.size, cap) + 1);
        let got = 0;
        while (got < buf.length) {
            const { bytesRead } = await handle.read(buf, got, buf.length - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return buf.subarray(0, got);
    }
    finally {
        await handle.close();
    }
}
/** Reads an unpacked sdist whose root is `dir`; no leading directory is stripped. */
async function readSdistDirectory(dir, overrides) {
    const limits = resolveLimits(overrides);
    try {
        if (!(await (0,promises_.stat)(dir)).isDirectory())
            return failed(`${dir}: not a directory`);
    }
    catch (err) {
        return failed(`${dir}: cannot be read (${reason(err)})`);
    }
    const collector = new Collector(limits, false);
    const pending = [''];
    while (pending.length > 0 && !collector.stopped) {
        const rel = pending.pop();
        let listing;
        try {
            listing = await (0,promises_.readdir)((0,external_node_path_.join)(dir, rel), { withFileTypes: true });
        }
        catch (err) {
            collector.note(rel || '.', `directory cannot be read (${reason(err)}), skipped`);
            continue;
        }
        listing.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subdirs = [];
        for (const d of listing) {
            const relPath = rel ? `${rel}/${d.name}` : d.name;
            const abs = (0,external_node_path_.join)(dir, relPath);
            const kind = directory_kindOf(d);
            let size = 0;
            let linkname;
            try {
                if (kind === 'file')
                    size = (await (0,promises_.lstat)(abs)).size;
                if (kind === 'symlink')
                    linkname = await (0,promises_.readlink)(abs);
            }
            catch (err) {
                collector.note(relPath, `cannot be read (${reason(err)}), skipped`);
                continue;
            }
            const key = collector.admit({ name: kind === 'directory' ? `${relPath}/` : relPath, kind, size, linkname });
            if (collector.stopped)
                break;
            if (kind === 'directory' && refusalReason(relPath) === undefined)
                subdirs.push(relPath);
            if (key === undefined)
                continue;
            let bytes;
            try {
                bytes = await readCapped(abs, limits.maxFileBytes);
            }
            catch (err) {
                collector.note(relPath, `cannot be read (${reason(err)}), skipped`);
                continue;
            }
            if (bytes.length > limits.maxFileBytes) {
                collector.note(relPath, 'grew past the limit for one file (maxFileBytes) while being read, not kept');
                continue;
            }
            collector.keep(key, bytes);
        }
        // Depth-first in name order, so the entry order is stable from run to run.
        pending.push(...subdirs.reverse());
    }
    return collector.finish();
}

;// CONCATENATED MODULE: ./src/archive/index.ts
// The archive room: sdist bytes to named text files, within hard limits. Nothing is written to
// disk and nothing is executed.






/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ld: () => (/* binding */ readLocalHeader),
/* harmony export */   W5: () => (/* binding */ centralEntries),
/* harmony export */   _0: () => (/* binding */ LOCAL_HEADER_SIZE),
/* harmony export */   ab: () => (/* binding */ readZip64EndRecord),
/* harmony export */   i7: () => (/* binding */ findEndRecord),
/* harmony export */   lB: () => (/* binding */ readEndRecord),
/* harmony export */   wH: () => (/* binding */ readZip64Locator),
/* harmony export */   wd: () => (/* binding */ ZIP64_END_RECORD_SIZE),
/* harmony export */   zV: () => (/* binding */ ZIP64_LOCATOR_SIZE)
/* harmony export */ });
// The zip layout, read from bytes already at hand: the end records, the central directory and the
// local headers. Pure, so that a whole sdist in memory and a wheel read by HTTP ranges share one
// reading of the format, while each keeps its own leniency and its own error sentences.
const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const END_RECORD_SIZE = 22;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_END_RECORD_SIZE = 56;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
function view(b) {
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
}
/** Values past 2^53 come back rounded, as `Number` of the 64-bit value would; callers decide whether to refuse them. */
function u64(dv, at) {
    return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
}
/**
 * Offset of the last end-of-central-directory record in `buf`, or -1, searched only where a
 * record followed by the largest comment could begin. With `commentReachesEnd`, a record counts
 * only when its comment ends exactly at the end of `buf`; without it, any signature does, as in
 * Python's zipfile.
 */
function findEndRecord(buf, commentReachesEnd = false) {
    const dv = view(buf);
    const lowest = Math.max(0, buf.length - END_RECORD_SIZE - MAX_COMMENT - 1);
    for (let i = buf.length - END_RECORD_SIZE; i >= lowest; i--) {
        if (buf[i] !== 0x50 || dv.getUint32(i, true) !== EOCD_SIG)
            continue;
        if (!commentReachesEnd || i + END_RECORD_SIZE + dv.getUint16(i + 20, true) === buf.length)
            return i;
    }
    return -1;
}
function readEndRecord(buf, at) {
    const dv = view(buf);
    return {
        disk: dv.getUint16(at + 4, true),
        directoryDisk: dv.getUint16(at + 6, true),
        entries: dv.getUint16(at + 10, true),
        directorySize: dv.getUint32(at + 12, true),
        directoryOffset: dv.getUint32(at + 16, true),
    };
}
/** The offset of the zip64 end record a locator at `at` points to, or undefined when none is there. */
function readZip64Locator(buf, at) {
    const dv = view(buf);
    if (dv.getUint32(at, true) !== ZIP64_LOCATOR_SIG)
        return undefined;
    return u64(dv, at + 8);
}
/** The zip64 end record at `at`, or undefined when its signature is not there. */
function readZip64EndRecord(buf, at) {
    const dv = view(buf);
    if (dv.getUint32(at, true) !== ZIP64_EOCD_SIG)
        return undefined;
    return { entries: u64(dv, at + 32), directorySize: u64(dv, at + 40), directoryOffset: u64(dv, at + 48) };
}
/** The central directory entries in `buf`, one at a time, so a caller that stops early reads no further. */
function* centralEntries(buf, reading) {
    const dv = view(buf);
    let p = reading.from;
    for (let n = 0; reading.count !== undefined ? n < reading.count : p < (reading.until ?? buf.length); n++) {
        if (p + CENTRAL_HEADER_SIZE > buf.length)
            throw reading.damaged('short', p, n);
        if (dv.getUint32(p, true) !== CENTRAL_SIG)
            throw reading.damaged('signature', p, n);
        const flags = dv.getUint16(p + 8, true);
        const nameLen = dv.getUint16(p + 28, true);
        const extraLen = dv.getUint16(p + 30, true);
        const commentLen = dv.getUint16(p + 32, true);
        const next = p + CENTRAL_HEADER_SIZE + nameLen + extraLen + commentLen;
        if (next > buf.length)
            throw reading.damaged('overrun', p, n);
        const rawName = buf.subarray(p + CENTRAL_HEADER_SIZE, p + CENTRAL_HEADER_SIZE + nameLen);
        const entry = {
            name: reading.decodeName(rawName, flags, p),
            rawName,
            flags,
            method: dv.getUint16(p + 10, true),
            crc: dv.getUint32(p + 16, true),
            compressedSize: dv.getUint32(p + 20, true),
            size: dv.getUint32(p + 24, true),
            localOffset: dv.getUint32(p + 42, true),
            externalAttributes: dv.getUint32(p + 38, true),
        };
        const extraAt = p + CENTRAL_HEADER_SIZE + nameLen;
        applyZip64Extra(dv, extraAt, extraAt + extraLen, entry, reading);
        yield entry;
        p = next;
    }
}
/** Puts the 64-bit values of a zip64 extra field, in order, in place of each 32-bit field that is all ones. */
function applyZip64Extra(dv, start, end, entry, reading) {
    for (let e = start; e + 4 <= end;) {
        const id = dv.getUint16(e, true);
        const len = dv.getUint16(e + 2, true);
        if (id === 0x0001) {
            let q = e + 4;
            const take = () => {
                if (q + 8 > e + 4 + len || (reading.strictZip64 && q + 8 > end))
                    throw reading.zip64TooShort(entry.name);
                const v = u64(dv, q);
                reading.checkWide?.(v, q - start);
                q += 8;
                return v;
            };
            if (entry.size === 0xffffffff)
                entry.size = take();
            if (entry.compressedSize === 0xffffffff)
                entry.compressedSize = take();
            if (entry.localOffset === 0xffffffff)
                entry.localOffset = take();
            if (reading.strictZip64)
                return;
        }
        e += 4 + len;
    }
}
/** The local header at `at`, or undefined when it does not fit in `buf` or lacks its signature. */
function readLocalHeader(buf, at) {
    if (at < 0 || at + LOCAL_HEADER_SIZE > buf.length)
        return undefined;
    const dv = view(buf);
    if (dv.getUint32(at, true) !== LOCAL_SIG)
        return undefined;
    const nameLength = dv.getUint16(at + 26, true);
    const extraLength = dv.getUint16(at + 28, true);
    return { nameLength, extraLength, dataOffset: at + LOCAL_HEADER_SIZE + nameLength + extraLength };
}


/***/ }),

/***/ 9505:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ readAndAnalyze)
/* harmony export */ });
/* harmony import */ var _archive_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3976);
/* harmony import */ var _analysis_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(328);
// extract -> analyze for one sdist stream: the work a check does once the bytes arrive, the same
// whether it runs on the main thread or on the analysis worker.


/** Rejects with the stream's own error (a failed download, a hash mismatch). */
async function readAndAnalyze(filename, data, limits) {
    const contents = await (0,_archive_index_js__WEBPACK_IMPORTED_MODULE_0__/* .readSdist */ .M6)(filename, data, limits);
    const analysis = contents.error ? undefined : (0,_analysis_index_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeSdist */ .GG)(contents.files);
    const check = {
        findings: analysis?.findings ?? [],
        suspicious: analysis?.suspicious ?? false,
        limits: [...contents.limits, ...(analysis?.limits ?? [])],
    };
    if (contents.error !== undefined)
        check.error = contents.error;
    else
        check.pkgInfo = contents.files.get('PKG-INFO') ?? null;
    return check;
}


/***/ }),

/***/ 4253:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ WORKER_ROLE)
/* harmony export */ });
// Messages between the scan and the analysis worker. An sdist streams to the worker chunk by
// chunk; the worker grants one credit per chunk it has taken, so no more than a window of chunks
// is ever queued, and it asks to cancel when the reader stops early.
/** workerData key that makes an entry file serve checks instead of running its program. */
const WORKER_ROLE = 'sdist-guard-analysis-worker';


/***/ }),

/***/ 6234:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ serveChecks)
/* harmony export */ });
/* harmony import */ var _check_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9505);
// The worker side: reads and analyzes the sdists the scan streams to it, several at once.

/** The chunks of one sdist as they arrive, read once by the archive reader. */
class Inbox {
    taken;
    cancel;
    queue = [];
    ended = false;
    failure;
    closed = false;
    wake;
    constructor(taken, cancel) {
        this.taken = taken;
        this.cancel = cancel;
    }
    push(chunk) {
        if (this.closed)
            return;
        this.queue.push(chunk);
        this.notify();
    }
    end() {
        this.ended = true;
        this.notify();
    }
    fail(message) {
        this.failure = message;
        this.notify();
    }
    notify() {
        const wake = this.wake;
        this.wake = undefined;
        wake?.();
    }
    [Symbol.asyncIterator]() {
        return {
            next: async () => {
                for (;;) {
                    if (this.closed)
                        return { done: true, value: undefined };
                    const chunk = this.queue.shift();
                    if (chunk) {
                        this.taken();
                        return { done: false, value: chunk };
                    }
                    if (this.failure !== undefined)
                        throw new Error(this.failure);
                    if (this.ended)
                        return { done: true, value: undefined };
                    await new Promise((resolve) => (this.wake = resolve));
                }
            },
            return: async () => {
                if (!this.closed && !this.ended && this.failure === undefined)
                    this.cancel();
                this.closed = true;
                this.queue.length = 0;
                return { done: true, value: undefined };
            },
        };
    }
}
function serveChecks(port, check = _check_js__WEBPACK_IMPORTED_MODULE_0__/* .readAndAnalyze */ .u) {
    const inboxes = new Map();
    const post = (m) => port.postMessage(m);
    port.on('message', (raw) => {
        const m = raw;
        switch (m.t) {
            case 'start': {
                const id = m.id;
                const inbox = new Inbox(() => post({ t: 'credit', id }), () => post({ t: 'cancel', id }));
                inboxes.set(id, inbox);
                check(m.filename, inbox, m.limits).then((result) => post({ t: 'result', id, check: result }), (err) => post({ t: 'error', id, message: err instanceof Error ? err.message : String(err) })).finally(() => inboxes.delete(id));
                break;
            }
            case 'chunk':
                inboxes.get(m.id)?.push(m.data);
                break;
            case 'end':
                inboxes.get(m.id)?.end();
                break;
            case 'fail':
                inboxes.get(m.id)?.fail(m.message);
                break;
        }
    });
    post({ t: 'ready' });
}


/***/ }),

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runAnalysisWorker)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4253);
/* harmony import */ var _server_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6234);
// The analysis worker's side of the program's entry: the same file runs as a worker when started
// with WORKER_ROLE, so a bundled program needs no second file.



/** Serves checks and returns true when this thread is the analysis worker. */
function runAnalysisWorker() {
    if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread || !node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort || node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.[_protocol_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_ROLE */ .M] !== true)
        return false;
    (0,_server_js__WEBPACK_IMPORTED_MODULE_1__/* .serveChecks */ .D)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort);
    return true;
}


/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 8500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  PJ: () => (/* reexport */ TomlDate),
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: default, stringify

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};
/* harmony import */ var _offload_worker_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(975);
// The sdist-guard program: everything but starting it lives in command.ts. The same file is the
// analysis worker when the scan starts it as one (src/offload/); the program itself is loaded only
// on the main thread, so a worker loads no more than reading and analyzing needs.

if (!(0,_offload_worker_js__WEBPACK_IMPORTED_MODULE_0__/* .runAnalysisWorker */ .K)()) {
    Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(207), __nccwpck_require__.e(931)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2931)), __nccwpck_require__.e(/* import() */ 39).then(__nccwpck_require__.bind(__nccwpck_require__, 9039))])
        .then(([{ main }, { useWorkerEntry }]) => {
        useWorkerEntry(new URL(import.meta.url));
        return main(process.argv.slice(2));
    })
        .then((code) => {
        process.exitCode = code;
    }, (err) => {
        process.stderr.write(`sdist-guard: internal error: ${err?.stack ?? String(err)}\n`);
        process.exitCode = 2;
    });
}

