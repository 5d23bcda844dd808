// Host patterns the callback rules share: what they name, and what they leave alone (a blob
// without a dot or a scheme is not searched at all, which must never hide a host).

import { IP_LOOKUP, callbackHost, rawIpUrl } from '../src/analysis/patterns.js';

describe('callbackHost', () => {
  it.each([
    ['https://discord.com/api/webhooks/1/abc', 'a Discord webhook'],
    ['https://api.telegram.org/bot123:abc/sendMessage', 'the Telegram bot API'],
    ['http://x.webhook.site/abc', 'a request-collection service'],
    ['abc.oastify.com', 'an out-of-band testing service'],
    ['tcp://0.tcp.ngrok.io:1234', 'a tunnelling service'],
    ['https://pastebin.com/raw/abc', 'a paste or anonymous file host'],
    ['https://iplogger.org/abc', 'an IP-logging service'],
    ['evil.duckdns.org', 'a dynamic DNS name'],
  ])('names %s', (text, what) => {
    expect(callbackHost(text)?.what).toBe(what);
    // the same text inside a long blob is still found
    expect(callbackHost('QUJD'.repeat(10_000) + ' ' + text)?.what).toBe(what);
  });

  it.each([
    ['a dotless base64 blob', 'QUJD'.repeat(50_000)],
    ['host names without their dots', 'pastebincom webhooksite duckdnsorg discordcom/api/webhooks/1'],
    ['an ordinary URL', 'https://github.com/org/repo'],
    ['a dynamic DNS suffix with nothing in front', '.duckdns.org'],
  ])('leaves %s alone', (_name, text) => {
    expect(callbackHost(text)).toBeUndefined();
  });
});

describe('rawIpUrl and IP_LOOKUP', () => {
  it('finds URLs on raw IP addresses, private or not', () => {
    expect(rawIpUrl('curl http://203.0.113.7:8080/x')).toMatchObject({ ip: '203.0.113.7', private: false });
    expect(rawIpUrl('socks5://10.0.0.1')).toMatchObject({ ip: '10.0.0.1', private: true });
    expect(rawIpUrl('QUJD'.repeat(10_000) + ' http://203.0.113.7/')).toMatchObject({ ip: '203.0.113.7' });
  });

  it('leaves addresses without a scheme, impossible addresses and blobs alone', () => {
    expect(rawIpUrl('203.0.113.7')).toBeUndefined();
    expect(rawIpUrl('http://999.0.0.1/')).toBeUndefined();
    expect(rawIpUrl('QUJD'.repeat(50_000))).toBeUndefined();
  });

  it('names the services that tell a caller its IP', () => {
    expect(IP_LOOKUP.exec('https://api.ipify.org?format=json')?.[0]).toBe('api.ipify.org');
    expect(IP_LOOKUP.exec('apiipifyorg')).toBeNull();
  });
});
