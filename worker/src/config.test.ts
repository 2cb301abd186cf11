import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig, type Config } from './config.ts';

function parsed(env: Record<string, unknown>): Config {
  const result = parseConfig(env);
  if (result instanceof ConfigError) throw result;
  return result;
}

describe('parseConfig', () => {
  it('applies the defaults of SPEC §10 to an empty environment', () => {
    expect(parsed({})).toMatchObject({
      AUTO_MIGRATE: true,
      ENABLE_SECURE_COOKIES: true,
      ENABLE_RATE_LIMIT: true,
      SESSION_TTL: 300,
      STORE_SESSION_MESSAGES: false,
      ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS: false,
      ENABLE_SMART_PROBING: false,
      PROBE_INTERVAL_MS: 30_000,
      PROBE_TIMEOUT_MS: 5_000,
      API_TEST_TIMEOUT_MS: 15_000,
      MAX_RETRY_ATTEMPTS_DEFAULT: 2,
      LOG_LEVEL: 'info',
      TZ: 'UTC',
      ENVIRONMENT: 'production',
      DATABASE_URL: undefined,
    });
  });

  it('accepts booleans bare, quoted, in any case, and as JSON booleans', () => {
    expect(parsed({ ENABLE_RATE_LIMIT: '"false"' }).ENABLE_RATE_LIMIT).toBe(false);
    expect(parsed({ ENABLE_RATE_LIMIT: "'FALSE'" }).ENABLE_RATE_LIMIT).toBe(false);
    expect(parsed({ STORE_SESSION_MESSAGES: 'True' }).STORE_SESSION_MESSAGES).toBe(true);
    expect(parsed({ AUTO_MIGRATE: false }).AUTO_MIGRATE).toBe(false);
  });

  it('takes DSN as an alias of DATABASE_URL, DATABASE_URL first', () => {
    expect(parsed({ DSN: 'postgres://a@h/db' }).DATABASE_URL).toBe('postgres://a@h/db');
    expect(parsed({ DSN: 'postgres://a@h/db', DATABASE_URL: 'postgresql://b@h/db' }).DATABASE_URL).toBe(
      'postgresql://b@h/db',
    );
  });

  it('names every bad variable and its accepted form without echoing the value', () => {
    const result = parseConfig({
      SESSION_TTL: 'abc',
      ENABLE_RATE_LIMIT: 'sometimes',
      API_TEST_TIMEOUT_MS: '999',
      TZ: 'Mars/Olympus',
      LOG_LEVEL: 'chatty',
      DATABASE_URL: 'mysql://secret-password@host/db',
      ENCRYPTION_KEY: 'short-secret',
    });
    expect(result).toBeInstanceOf(ConfigError);
    const message = (result as ConfigError).message;
    expect(message).toContain('SESSION_TTL must be a whole number of seconds from 1 to 2592000');
    expect(message).toContain('ENABLE_RATE_LIMIT must be true or false');
    expect(message).toContain('API_TEST_TIMEOUT_MS must be a whole number of milliseconds from 5000 to 120000');
    expect(message).toContain('TZ must be an IANA time zone name');
    expect(message).toContain('LOG_LEVEL must be one of trace, debug, info, warn, error, fatal');
    expect(message).toContain('DATABASE_URL must be a URL of the form postgres://user:password@host:port/database');
    expect(message).toContain('ENCRYPTION_KEY must be a secret of at least 32 characters');
    for (const value of ['abc', 'sometimes', '999', 'Mars', 'chatty', 'secret-password', 'short-secret']) {
      expect(message).not.toContain(value);
    }
  });

  it('parses an env object once and returns the same result afterwards', () => {
    const env = { SESSION_TTL: '120' };
    const first = loadConfig(env);
    env.SESSION_TTL = 'changed later';
    expect(loadConfig(env)).toBe(first);
    expect(first.SESSION_TTL).toBe(120);
  });

  it('keeps throwing the same error for a bad env object', () => {
    const env = { SESSION_TTL: '-5' };
    expect(() => loadConfig(env)).toThrow(/SESSION_TTL/);
    expect(() => loadConfig(env)).toThrow(/SESSION_TTL/);
  });
});
