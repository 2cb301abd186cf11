import { describe, expect, it } from 'vitest';
import { databaseFailureReason, describeDatabaseFailure } from './describe-db-error.ts';

const url = 'postgres://app:hunter2-secret@db.example.com:6543/gateway';

function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('describeDatabaseFailure', () => {
  it('names refused connections with host and port', () => {
    expect(databaseFailureReason(pgError('connect ECONNREFUSED 10.0.0.1:6543', '08001'), url)).toBe(
      'connection refused by db.example.com:6543',
    );
  });

  it('names bad credentials from the server error code', () => {
    expect(databaseFailureReason(pgError('password authentication failed for user "app"', '28P01'), url)).toBe(
      'bad credentials: password authentication failed for user "app"',
    );
  });

  it('names unknown hosts from DNS failures', () => {
    expect(databaseFailureReason(pgError('getaddrinfo ENOTFOUND db.example.com', '08001'), url)).toBe(
      'unknown host db.example.com',
    );
  });

  it('names a missing database and timeouts', () => {
    expect(databaseFailureReason(pgError('database "gateway" does not exist', '3D000'), url)).toBe(
      'database "gateway" does not exist',
    );
    expect(databaseFailureReason(new Error('Connection terminated due to connection timeout'), url)).toBe(
      'timed out connecting to db.example.com:6543',
    );
  });

  it('adds the URL hint and never the password, even from an unknown error that quotes the URL', () => {
    const message = describeDatabaseFailure(new Error(`weird failure for ${url}`), url);
    expect(message).toMatch(/^Database connection failed: weird failure for <DATABASE_URL> \(check DATABASE_URL/);
    expect(message).toContain('postgres://user:password@host:port/database');
    expect(message).not.toContain('hunter2');
    const other = describeDatabaseFailure(new Error('bad postgres://x:topsecret@h/db'), url);
    expect(other).not.toContain('topsecret');
  });
});
