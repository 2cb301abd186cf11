import { describe, expect, it } from 'vitest';
import { customHeaderProblem } from './custom-header.ts';
import { modelPatternProblem } from './model-pattern.ts';
import { proxyUrlProblem } from './proxy-url.ts';

describe('modelPatternProblem', () => {
  it('accepts exact names, trailing-star prefixes and compiling /regex/', () => {
    for (const pattern of ['claude-sonnet-4-5', 'claude-*', '*', '/^gpt-5(\\.\\d)?$/']) {
      expect(modelPatternProblem(pattern)).toBeUndefined();
    }
  });

  it('rejects a regex that does not compile, naming the reason', () => {
    expect(modelPatternProblem('/claude-(opus/')).toMatch(/^Not a valid regular expression: /);
  });

  it('rejects a star that is not at the end and an unterminated regex', () => {
    expect(modelPatternProblem('claude-*-latest')).toMatch(/only at the end/);
    expect(modelPatternProblem('/^claude')).toMatch(/written \/…\//);
    expect(modelPatternProblem('//')).toMatch(/written \/…\//);
  });
});

describe('proxyUrlProblem', () => {
  it('accepts http, https and socks5 with optional credentials and port', () => {
    for (const url of ['http://proxy:8080', 'https://proxy.example.com', 'socks5://user:p%40ss@10.0.0.2:1080', 'socks5://h:1080/']) {
      expect(proxyUrlProblem(url)).toBeUndefined();
    }
  });

  it('rejects other schemes, paths and non-URLs', () => {
    expect(proxyUrlProblem('ftp://proxy:21')).toMatch(/http:\/\/, https:\/\/ or socks5:\/\//);
    expect(proxyUrlProblem('socks4://proxy:1080')).toMatch(/scheme/);
    expect(proxyUrlProblem('http://proxy:8080/some/path')).toMatch(/Only scheme/);
    expect(proxyUrlProblem('proxy:8080')).toBeDefined();
    expect(proxyUrlProblem('not a url')).toMatch(/^Not a URL/);
  });
});

describe('customHeaderProblem', () => {
  it('accepts ordinary headers', () => {
    expect(customHeaderProblem('anthropic-beta', 'prompt-caching-2024-07-31')).toBeUndefined();
    expect(customHeaderProblem('X-Org', 'acme')).toBeUndefined();
  });

  it('refuses credential headers in any case', () => {
    for (const name of ['Authorization', 'x-api-key', 'X-Goog-Api-Key', 'proxy-authorization', 'cookie']) {
      expect(customHeaderProblem(name, 'secret')).toMatch(/apiKey/);
    }
  });

  it('refuses runtime-managed headers, bad names and header injection', () => {
    expect(customHeaderProblem('Host', 'x')).toMatch(/runtime/);
    expect(customHeaderProblem('bad name', 'x')).toBe('Not a valid header name');
    expect(customHeaderProblem('x-a', 'v\r\nx-b: y')).toMatch(/line breaks/);
  });
});
