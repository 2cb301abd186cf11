import { describe, expect, it } from 'vitest';
import { parseProxyUrl } from './parse-proxy-url.ts';
import { maskProxyUrl, openProxyUrl, proxyPasswordMask, splitProxyPassword } from './proxy-password.ts';

describe('proxy passwords', () => {
  it('splits the password off and puts it back, special characters included', async () => {
    const split = splitProxyPassword('socks5://alice:p%40ss%3Aw0rd@10.0.0.2:1080');
    expect(split).toEqual({ url: 'socks5://alice@10.0.0.2:1080', password: 'p@ss:w0rd' });
    const joined = await openProxyUrl(split.url, 'sealed', async (sealed) => (sealed === 'sealed' ? (split.password ?? '') : 'wrong'));
    expect(parseProxyUrl(joined).credentials).toEqual({ username: 'alice', password: 'p@ss:w0rd' });
  });

  it('leaves a URL without a password as it is, minus a trailing slash', () => {
    expect(splitProxyPassword('http://proxy.internal:8080/')).toEqual({ url: 'http://proxy.internal:8080', password: undefined });
    expect(splitProxyPassword('http://bob@[::1]:3128')).toEqual({ url: 'http://bob@[::1]:3128', password: undefined });
  });

  it('masks a stored password, or one still inside the URL, and nothing else', () => {
    expect(maskProxyUrl('socks5://alice@10.0.0.2:1080', true)).toBe(`socks5://alice:${proxyPasswordMask}@10.0.0.2:1080`);
    expect(maskProxyUrl('http://alice:secret@proxy:8080', false)).toBe(`http://alice:${proxyPasswordMask}@proxy:8080`);
    expect(maskProxyUrl('http://proxy:8080', false)).toBe('http://proxy:8080');
    expect(splitProxyPassword(maskProxyUrl('http://proxy:8080', true)).password).toBe(proxyPasswordMask);
  });
});
