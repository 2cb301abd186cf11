import { describe, expect, it } from 'vitest';
import { clientIpOf } from '../client-ip.ts';
import { cookieShouldBeSecure, isSameHostRequest } from './cookie-security.ts';

describe('cookieShouldBeSecure', () => {
  it('is Secure over https whatever the setting', () => {
    expect(cookieShouldBeSecure(new URL('https://gw.example.com/'), false)).toBe(true);
    expect(cookieShouldBeSecure(new URL('https://localhost/'), false)).toBe(true);
  });

  it('follows ENABLE_SECURE_COOKIES over http on other hosts', () => {
    expect(cookieShouldBeSecure(new URL('http://gw.example.com/'), true)).toBe(true);
    expect(cookieShouldBeSecure(new URL('http://gw.example.com/'), false)).toBe(false);
  });

  it('is never Secure over http on localhost, so local logins work in every browser', () => {
    for (const url of ['http://localhost:8787/', 'http://127.0.0.1:8787/', 'http://[::1]/', 'http://admin.localhost/']) {
      expect(cookieShouldBeSecure(new URL(url), true)).toBe(false);
    }
  });
});

describe('isSameHostRequest', () => {
  const url = new URL('https://gw.example.com/api/admin/users');

  it('accepts an Origin or Referer of the same host', () => {
    expect(isSameHostRequest(new Headers({ origin: 'https://gw.example.com' }), url)).toBe(true);
    expect(isSameHostRequest(new Headers({ referer: 'https://gw.example.com/users?x=1' }), url)).toBe(true);
  });

  it('refuses another host, a null origin, garbage or no header at all', () => {
    expect(isSameHostRequest(new Headers({ origin: 'https://evil.example' }), url)).toBe(false);
    expect(isSameHostRequest(new Headers({ origin: 'https://gw.example.com.evil.example' }), url)).toBe(false);
    expect(isSameHostRequest(new Headers({ origin: 'null', referer: 'https://gw.example.com/' }), url)).toBe(false);
    expect(isSameHostRequest(new Headers({ referer: 'not a url' }), url)).toBe(false);
    expect(isSameHostRequest(new Headers(), url)).toBe(false);
  });
});

describe('clientIpOf', () => {
  it('prefers cf-connecting-ip, then the first x-forwarded-for hop', () => {
    expect(clientIpOf(new Headers({ 'cf-connecting-ip': '203.0.113.9', 'x-forwarded-for': '1.1.1.1' }))).toBe('203.0.113.9');
    expect(clientIpOf(new Headers({ 'x-forwarded-for': ' 198.51.100.2 , 10.0.0.1' }))).toBe('198.51.100.2');
    expect(clientIpOf(new Headers())).toBe('unknown');
  });
});
