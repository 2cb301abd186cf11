import { describe, expect, it } from 'vitest';
import { parseProxyUrl } from './parse-proxy-url.ts';
import { TunnelError } from './tunnel-error.ts';

describe('parseProxyUrl', () => {
  it('reads an HTTP CONNECT proxy with credentials', () => {
    expect(parseProxyUrl('http://user:p%40ss@proxy.internal:8080')).toEqual({
      protocol: 'http-connect',
      tls: false,
      hostname: 'proxy.internal',
      port: 8080,
      credentials: { username: 'user', password: 'p@ss' },
      label: 'proxy.internal:8080',
    });
  });

  it('reads a SOCKS5 proxy and defaults its port to 1080', () => {
    expect(parseProxyUrl('socks5://10.0.0.2')).toEqual({ protocol: 'socks5', tls: false, hostname: '10.0.0.2', port: 1080, label: '10.0.0.2:1080' });
  });

  it('reads an https proxy as CONNECT over TLS, with default port 443', () => {
    expect(parseProxyUrl('https://proxy.example')).toMatchObject({ protocol: 'http-connect', tls: true, port: 443 });
  });

  it('takes IPv6 literals without brackets for the socket, with them in the label', () => {
    expect(parseProxyUrl('socks5://[::1]:9050')).toMatchObject({ hostname: '::1', port: 9050, label: '[::1]:9050' });
  });

  it('keeps a username without a password', () => {
    expect(parseProxyUrl('socks5://only@h:1')).toMatchObject({ credentials: { username: 'only', password: '' } });
  });

  it('never echoes a bad URL, which may hold a password', () => {
    for (const bad of ['not a url with secret', 'ftp://user:secret@h:21']) {
      try {
        parseProxyUrl(bad);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(TunnelError);
        expect(String(error)).not.toContain('secret');
      }
    }
  });
});
