// Qualified names of the Python APIs the rules care about, in one place so that the fact
// extractor and the rules agree on them.

/** Functions that start a process; `cmd` is the index of the argument naming the command. */
export const PROCESS_CALLS: Record<string, { cmd: number; shell?: boolean; kw?: string }> = {
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
export const EXEC_CALLS: Record<string, { code: number; kw?: string }> = {
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
export const NETWORK_PREFIXES = [
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

export const SOCKET_CONNECT = new Set([
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

export function isNetworkCall(q: string): boolean {
  if (q.startsWith('socket.socket().') && /\.(connect|connect_ex|sendto|send|sendall)$/.test(q)) return true;
  // a TLS socket: `ssl.SSLContext().wrap_socket(s).connect(...)`, `ssl.wrap_socket(s).send(...)`
  if (/\bwrap_socket\(\)\.(connect|connect_ex|send|sendall|sendto|write)$/.test(q)) return true;
  if (/^socket\.(create_connection|socketpair|fromfd)\(\)\.(send|sendall|sendto|sendmsg)$/.test(q)) return true;
  if (SOCKET_CONNECT.has(q)) return true;
  if (!NETWORK_PREFIXES.some((p) => q === p || q.startsWith(p))) return false;
  if (q.includes('().') && !NETWORK_METHODS.test(q)) return false;
  return !NETWORK_NOT_REQUESTS.some((re) => re.test(q));
}

/** Calls that tell who or where the host is. */
export const IDENTITY_CALLS = new Set([
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
export const IDENTITY_ENV = /^(USER|USERNAME|LOGNAME|COMPUTERNAME|HOSTNAME|USERDOMAIN|USERPROFILE|HOME|PWD)$/i;
/** Environment variables that hold credentials. */
export const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH|PRIVATE_?KEY|SESSION)/i;

/** Calls that read the clipboard. */
export const CLIPBOARD_CALLS = new Set([
  'pyperclip.paste',
  'win32clipboard.GetClipboardData',
  'clipboard.paste',
  'tkinter.Tk().clipboard_get',
  'Tkinter.Tk().clipboard_get',
]);

/** Decoders this analysis cannot reproduce: their output is opaque evidence in itself. */
export const OPAQUE_DECODERS: Record<string, string> = {
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
export const PIP_CALLS = new Set(['pip.main', 'pip._internal.main', 'pip._internal.cli.main.main', 'pip._internal.main.main']);

/** Well-known names a star import can bring in, by module. */
export const STAR_EXPORTS: Record<string, string[]> = {
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
export function isCommandBase(q: string): boolean {
  return (
    q.startsWith('setuptools.command.') ||
    q.startsWith('distutils.command.') ||
    q.startsWith('numpy.distutils.command.') ||
    q.startsWith('wheel.bdist_wheel.') ||
    q.startsWith('Cython.Distutils.') ||
    q === 'setuptools.Command' ||
    q === 'distutils.core.Command' ||
    q === 'distutils.cmd.Command' ||
    q === 'setuptools.Command' ||
    q === 'Cython.Build.build_ext'
  );
}

/** Base classes of build hooks whose methods the build backend calls. */
export function isHookBase(q: string): boolean {
  return q.startsWith('hatchling.') || q.startsWith('pdm.backend.') || q.startsWith('poetry.core.') || q.startsWith('scikit_build_core.');
}

/** Builtins the evaluator resolves as `builtins.<name>` when no local binding shadows them. */
export const BUILTINS = new Set([
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
