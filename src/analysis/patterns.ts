// Text patterns for hosts, secret locations and persistence points, shared by the rules.

export interface Match {
  what: string;
  text: string;
}

function first(s: string, table: [RegExp, string][]): Match | undefined {
  for (const [re, what] of table) {
    const m = re.exec(s);
    if (m) return { what, text: m[0] };
  }
  return undefined;
}

/** Hosts that exist to receive callbacks or stolen data. */
const CALLBACK_HOSTS: [RegExp, string][] = [
  [/(?:discord(?:app)?\.com|discordapp\.net|discord\.gg)\/api\/(?:v\d+\/)?webhooks\/[\w/-]*/i, 'a Discord webhook'],
  [/api\.telegram\.org\/bot[\w:/.-]*/i, 'the Telegram bot API'],
  [/\b(?:webhook\.site|pipedream\.net|requestbin\.(?:com|net|io)|requestcatcher\.com|hookbin\.com|beeceptor\.com|webhook\.cool|requestinspector\.com|mockbin\.(?:org|io)|putsreq\.com|postb\.in|ptsv[23]\.com|requestrepo\.com|webhookrelay\.com|hooks\.zapier\.com|hook\.integromat\.com|ntfy\.sh)\b/i, 'a request-collection service'],
  [/\b(?:burpcollaborator\.net|oastify\.com|interact\.sh|interactsh\.com|oast\.(?:fun|pro|live|site|online|me)|dnslog\.(?:cn|link)|ceye\.io|canarytokens\.(?:com|org)|bxss\.me|xss\.ht|pingb\.in|eyes\.sh|dnsbin\.zhack\.ca|requestbin\.cn)\b/i, 'an out-of-band testing service'],
  [/\b(?:ngrok\.io|ngrok-free\.app|ngrok\.app|ngrok\.dev|ngrok-free\.dev|trycloudflare\.com|loca\.lt|localtunnel\.me|serveo\.net|localhost\.run|pagekite\.me|bore\.pub|portmap\.(?:io|host)|tunnelto\.dev|playit\.gg|pinggy\.(?:io|link)|lhr\.life)\b/i, 'a tunnelling service'],
  [/\b(?:pastebin\.com|paste\.ee|hastebin\.com|ghostbin\.\w+|rentry\.(?:co|org)|pastie\.org|dpaste\.(?:com|org)|paste\.rs|controlc\.com|privatebin\.\w+|termbin\.com|transfer\.sh|0x0\.st|anonfiles\.com|file\.io|gofile\.io|catbox\.moe|litterbox\.catbox\.moe|bashupload\.com|temp\.sh|filebin\.net|justpaste\.it|textbin\.net|ix\.io|sprunge\.us|paste\.c-net\.org|pastebin\.pl|hst\.sh)\b/i, 'a paste or anonymous file host'],
  [/\b(?:iplogger\.(?:org|com|ru|co|info)|grabify\.link|2no\.co|yip\.su|blasze\.com|ps3cfw\.com|iplis\.ru|02ip\.ru|ezstat\.ru)\b/i, 'an IP-logging service'],
  [/(?<=[\w-])\.(?:duckdns\.org|no-ip\.(?:com|org|biz|info)|noip\.me|ddns\.net|hopto\.org|zapto\.org|sytes\.net|servehttp\.com|serveftp\.com|myftp\.(?:biz|org)|redirectme\.net|dynu\.(?:com|net)|freedns\.afraid\.org|mooo\.com|dyndns\.(?:org|info|biz|tv)|dynv6\.net|3utilities\.com|bounceme\.net|ddnsking\.com|gotdns\.ch|myvnc\.com|servebeer\.com|serveblog\.net|linkpc\.net|publicvm\.com|kozow\.com|giize\.com|casacam\.net|ooguy\.com|chickenkiller\.com|strangled\.net|crabdance\.com|twilightparadox\.com|jumpingcrab\.com|us\.to|ddns\.me|dns-dynamic\.net|ydns\.eu|dynalias\.\w+|homeip\.net|onthewifi\.com|webhop\.me)\b/i, 'a dynamic DNS name'],
];

/** Services that tell a caller its public IP address. */
export const IP_LOOKUP = /\b(?:api\.ipify\.org|api64\.ipify\.org|ipinfo\.io|ifconfig\.me|ifconfig\.co|icanhazip\.com|checkip\.amazonaws\.com|ip-api\.com|ipapi\.co|myexternalip\.com|wtfismyip\.com|ident\.me|ipecho\.net|httpbin\.org\/ip|geolocation-db\.com|ip\.sb|myip\.com)\b/i;

export function callbackHost(s: string): Match | undefined {
  // every pattern names a domain, dot included: a blob without one (base64, hex) is not searched
  if (!s.includes('.')) return undefined;
  for (const [re, what] of CALLBACK_HOSTS) {
    const m = re.exec(s);
    if (!m) continue;
    // the patterns match the service's own domain; show the subdomain in front of it too
    let start = m.index;
    while (start > 0 && m.index - start < 100 && /[\w.-]/.test(s[start - 1])) start--;
    return { what, text: s.slice(start, m.index + m[0].length).replace(/^[.-]+/, '') };
  }
  return undefined;
}

const IPV4 = /\b(?:https?|ftp|tcp|udp|wss?|socks5?):\/\/\[?(\d{1,3}(?:\.\d{1,3}){3})\]?(?::\d+)?(?:[/?#][^\s'"]*)?/i;

/** A URL whose host is a raw IPv4 address; `private` for loopback and private ranges. */
export function rawIpUrl(s: string): { ip: string; url: string; private: boolean } | undefined {
  if (!s.includes('://')) return undefined;
  const m = IPV4.exec(s);
  if (!m) return undefined;
  const ip = m[1];
  const parts = ip.split('.').map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return { ip, url: m[0], private: isPrivateIp(parts) };
}

export function isIpv4(s: string): boolean {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  return !!m && m.slice(1).every((p) => Number(p) <= 255);
}

export function isPrivateIp(parts: number[]): boolean {
  const [a, b] = parts;
  return a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254) || a >= 224;
}

/** Places that hold credentials, tokens, wallets and browser data. */
const SECRET_PLACES: [RegExp, string][] = [
  [/\b(?:Login Data|Local State|Web Data|logins\.json|key[34]\.db|cookies\.sqlite|signons\.sqlite)\b|[\\/](?:Network[\\/])?Cookies\b|User Data[\\/]+Default|Google[\\/]+Chrome[\\/]+User Data|BraveSoftware[\\/]+Brave-Browser|Microsoft[\\/]+Edge[\\/]+User Data|Opera Software[\\/]+Opera|Yandex[\\/]+YandexBrowser|Mozilla[\\/]+Firefox[\\/]+Profiles|Vivaldi[\\/]+User Data|browser_cookie3|\bbrowser_cookie\b/i, 'browser passwords and cookies'],
  [/(?:AppData|Roaming|APPDATA%|LOCALAPPDATA%|\.config|Application Support)[\\/]+(?:[\w ]+[\\/]+)?discord(?:canary|ptb|development)?\b|\bdiscord(?:canary|ptb)\b|Local Storage[\\/]+leveldb|\b[MN][\w-]{23}\.[\w-]{6}\.[\w-]{27}\b|\bmfa\.[\w-]{84}\b|dQw4w9WgXcQ:/i, 'Discord tokens'],
  [/(?:^|[\\/~%])\.ssh(?:[\\/]|$)|\bid_(?:rsa|dsa|ecdsa|ed25519)\b|\bauthorized_keys\b/i, 'SSH keys'],
  [/(?:^|[\\/~%])\.aws(?:[\\/]|$)|\bAWS_SECRET_ACCESS_KEY\b|\bAWS_SESSION_TOKEN\b|169\.254\.169\.254\/latest\/meta-data/i, 'cloud credentials'],
  [/(?:^|[\\/~])\.(?:azure|kube|docker|gnupg|git-credentials|netrc|npmrc|pypirc|password-store|vault-token)(?:[\\/]|\b|$)|gcloud[\\/]+(?:credentials|application_default|access_tokens)|\.config[\\/]+gh[\\/]+hosts\.yml|\/etc\/shadow\b|login\.keychain|\.bash_history\b|\.zsh_history\b|Keychains[\\/]/i, 'credentials and keys'],
  [/\bwallet\.dat\b|\bExodus[\\/]|exodus\.wallet|\bElectrum[\\/]+wallets|Ethereum[\\/]+keystore|\bMetaMask\b|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|\bAtomic[\\/]+Local Storage|\bCoinomi\b|\bGuarda[\\/]|\bJaxx\b|\bArmory[\\/]|Bitcoin[\\/]+wallets|Monero[\\/]+wallets|\bZcash[\\/]|\bTrust Wallet\b|\bBinance[\\/]/i, 'cryptocurrency wallets'],
  [/\b(?:ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|NPM_TOKEN|PYPI_TOKEN|TWINE_PASSWORD|CI_JOB_TOKEN|GITLAB_TOKEN|CIRCLE_TOKEN|TRAVIS_TOKEN|SLACK_TOKEN|OPENAI_API_KEY|AZURE_CLIENT_SECRET|GOOGLE_APPLICATION_CREDENTIALS)\b/, 'CI and service tokens'],
  [/\bGITHUB_TOKEN\b/, 'a GitHub token'],
  [/^\/etc\/(?:passwd|group|sudoers)$|^\/(?:root\/)?flag(?:\.txt)?$/, 'the account list or a flag file of the machine'],
  [/\/etc\/chef\/|\bvalidation\.pem\b|\bknife\.rb\b|\/etc\/puppetlabs\/puppet\/ssl\b|\/var\/lib\/puppet\/ssl\b|\/etc\/salt\/pki\b|\.vault_pass(?:word)?\b|\.ansible\/vault/i, 'configuration-management keys'],
  [/\btelegram desktop[\\/]+tdata\b|[\\/]tdata(?:[\\/]|$)|\bFileZilla[\\/]+(?:recentservers|sitemanager)|\bSteam[\\/]+config\b|\bNordVPN\b|\bOpenVPN Connect[\\/]+profiles/i, 'application credentials'],
];

/** Secrets a build may legitimately hand to the service they belong to. */
export const SERVICE_TOKENS = new Set(['a GitHub token']);

/** Hosts that serve packages and source code, where build scripts legitimately fetch from. */
export const CODE_HOSTS = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:pypi\.org|pypi\.python\.org|files\.pythonhosted\.org|bootstrap\.pypa\.io|github\.com|api\.github\.com|gitlab\.com)(?:[:/]|$)/i;

export function secretPlace(s: string): Match | undefined {
  return first(s, SECRET_PLACES);
}

/** Places that make code run again later: startup folders, Run keys, cron, shell rc files. */
const PERSIST_PLACES: [RegExp, string][] = [
  [/Start Menu[\\/]+Programs[\\/]+Startup|Microsoft[\\/]+Windows[\\/]+Start Menu[\\/]+Programs[\\/]+Startup|shell:startup|[\\/]Startup[\\/]+[^\\/]+\.(?:exe|bat|cmd|vbs|lnk|py|pyw|js)\b/i, 'a Windows Startup folder'],
  [/CurrentVersion[\\/]+(?:Run|RunOnce|RunServices|RunServicesOnce|Policies[\\/]+Explorer[\\/]+Run)\b|\\Winlogon\b|Image File Execution Options/i, 'a Windows Run registry key'],
  [/\bcrontab\b|\/etc\/cron|\/var\/spool\/cron|@reboot\b/, 'crontab'],
  [/(?:^|[\\/~])\.(?:bashrc|bash_profile|bash_login|zshrc|zprofile|zshenv|profile|cshrc|tcshrc|kshrc)\b|\.config[\\/]+fish[\\/]+config\.fish|\/etc\/profile(?:\.d)?\b|\/etc\/bash\.bashrc/, 'a shell startup file'],
  [/systemd[\\/]+user|\/etc\/systemd\/system|LaunchAgents|LaunchDaemons|\/etc\/init\.d|\/etc\/rc\.local|\.config[\\/]+autostart|\bschtasks\b[^\n]{0,300}\/create|\bRegister-ScheduledTask\b/i, 'a system service or scheduled task'],
  [/\b(?:sitecustomize|usercustomize)\.py\b/, 'Python startup hooks (sitecustomize)'],
];

export function persistPlace(s: string): Match | undefined {
  return first(s, PERSIST_PLACES);
}

export function isPthPath(s: string): boolean {
  return /\.pth$/i.test(s.trim());
}

/** Shell command shapes that fetch and run code, or hide what they run. */
export const DOWNLOAD_RUN: [RegExp, string][] = [
  [/\b(?:curl|wget|fetch)\b[^|;&\n]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\b[^|;&\n]{0,300}\|\s*python[\d.]*\b|\b(?:ba)?sh\s+-c\s+["']?\$\((?:curl|wget)/i, 'downloads a script and pipes it to a shell'],
  [/\b(?:curl|wget)\b[^\n]{0,300}(?:-o|-O|--output)\s*\S+[^\n]{0,300}(?:&&|;|\|\|)[^\n]{0,300}(?:chmod\s+\+?[0-7]*x|\.\/|\bstart\b|\bsh\b|\bbash\b|python)/i, 'downloads a file and runs it'],
  [/\b(?:IEX|Invoke-Expression)\b[^\n]{0,300}(?:DownloadString|Invoke-WebRequest|iwr|irm|Invoke-RestMethod|Net\.WebClient)|(?:DownloadString|DownloadFile|Invoke-WebRequest|iwr|irm)\b[^\n]{0,300}(?:\|\s*iex|Start-Process|;\s*&|\biex\b|Invoke-Expression|Invoke-Item|\bsaps\b)/i, 'downloads and runs a PowerShell script'],
  [/\bbase64\s+(?:-d|-D|--decode)\b[^|\n]{0,100}\|\s*(?:sudo\s+)?(?:(?:ba|z|da|k)?sh|python[\d.]*|perl)\b/i, 'decodes base64 text and pipes it to an interpreter'],
  [/\bgit\s+clone\b[^\n]{0,300}(?:&&|;|\n)[^\n]{0,300}(?:\bpython[\d.]*w?\s+(?!setup\.py\b)[\w./\\-]+\.pyw?\b|\b(?:ba)?sh\s+[\w./-]+\.sh\b|\bstart\s+\S+\.(?:exe|bat|cmd)\b)/i, 'clones a repository and runs a script from it'],
  [/\bcd\s+(?:\/tmp|\/var\/tmp|\/dev\/shm)\/?\s*(?:&&|;)\s*chmod\s+(?:[+ugoa]*[rw]*x[rw]*|[0-7]{3,4})\s+([\w.-]+)\s*(?:&&|;)\s*(?:nohup\s+)?\.\/\1\b|\bchmod\s+(?:[+ugoa]*[rw]*x[rw]*|[0-7]{3,4})\s+((?:\/tmp|\/var\/tmp|\/dev\/shm)\/[\w.\/-]+)\s*(?:&&|;)\s*(?:nohup\s+)?\2\b/, 'makes a file in a temporary folder executable and starts it'],
  [/\bmshta(?:\.exe)?\s+(?:https?:|vbscript:|javascript:)/i, 'runs a remote HTML application with mshta'],
  [/\bcertutil(?:\.exe)?\b[^\n]{0,300}-urlcache|\bbitsadmin(?:\.exe)?\b[^\n]{0,300}\/transfer/i, 'downloads a file with a Windows system tool'],
  [/\bregsvr32\b[^\n]{0,300}\/i:https?:|\brundll32\b[^\n]{0,300}(?:javascript:|https?:)/i, 'loads remote code through a Windows system binary'],
];

export const SHELL_BACKDOOR: [RegExp, string][] = [
  [/\/dev\/tcp\/|\bnc(?:at)?\b[^\n]{0,300}\s-e\s|\bsocat\b[^\n]{0,300}exec:|\bbash\s+-i\b[^\n]{0,300}>&|\bmkfifo\b[^\n]{0,300}\bnc\b/i, 'opens a reverse shell'],
  [/Net\.Sockets\.TCPClient\b[^\n]{0,600}\bGetStream\b/i, 'opens a reverse shell in PowerShell'],
];

/**
 * Addresses of cloud instance metadata services and cluster credentials: what a build reads
 * there is the machine's cloud identity. The path is optional: the bare address is enough.
 */
const CLOUD_METADATA: [RegExp, string][] = [
  [/\b169\.254\.169\.254\b|\bfd00:ec2::254\b|\bmetadata\.google\.internal\b|\b100\.100\.100\.200\b|\b169\.254\.170\.2\b/i, 'the cloud instance metadata service'],
  [/\/var\/run\/secrets\/kubernetes\.io\b|\/run\/secrets\/kubernetes\.io\b|%KUBERNETES_(?:SERVICE_HOST|SERVICE_PORT|PORT)\w*%/i, 'the Kubernetes service-account credentials or API'],
  [/%\w+_SERVICE_HOST%|%\w+_PORT_\d+_TCP_ADDR%/, "a cluster service found through Kubernetes' service variables"],
];

export function cloudMetadata(s: string): Match | undefined {
  return first(s, CLOUD_METADATA);
}

/** Commands that change the machine's accounts or power state: nothing a build does. */
export const MACHINE_TAMPERING: [RegExp, string][] = [
  [/\bnet(?:\.exe)?\s+(?:user|localgroup)\b[^\n]{0,200}\/add\b|\b(?:useradd|adduser|usermod|chpasswd|visudo)\b|\/etc\/sudoers\b|\bAdd-LocalGroupMember\b|\bNew-LocalUser\b/i, 'adds or changes a user account'],
  [/^\s*(?:sudo\s+)?(?:shutdown|poweroff|halt|reboot)\b|[;&|]\s*(?:sudo\s+)?(?:shutdown|poweroff|halt|reboot)\b|\bStop-Computer\b|\bRestart-Computer\b|^\s*init\s+[06]\s*$/i, 'shuts down or restarts the machine'],
];

/** Cryptocurrency miners, their pools and protocol, and the settings of their configuration. */
export const MINER =
  /\b(?:xmrig|xmr-stak|cpuminer|ccminer|cgminer|bfgminer|ethminer|nbminer|lolminer|phoenixminer|t-rex-miner)\b|\bstratum\+(?:tcp|ssl|tls):\/\/|\b(?:supportxmr\.com|minexmr\.com|nanopool\.org|moneroocean\.stream|2miners\.com|hashvault\.pro|c3pool\.com|herominers\.com|unmineable\.com)\b|"nicehash"\s*:\s*true|"donate-level"\s*:/i;
