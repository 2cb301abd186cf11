// Names why the database could not be reached (SPEC §10): refused, bad credentials, unknown host…,
// each with a hint about the URL form. Never includes the password.

export const databaseUrlHint = 'check DATABASE_URL, expected postgres://user:password@host:port/database';

interface Target {
  host: string;
  port: string;
  user: string;
  database: string;
}

function targetOf(url: string): Target {
  try {
    const parsed = new URL(url);
    return {
      host: parsed.hostname,
      port: parsed.port || '5432',
      user: decodeURIComponent(parsed.username),
      database: parsed.pathname.replace(/^\//, '') || 'postgres',
    };
  } catch {
    return { host: 'unknown', port: '5432', user: '', database: '' };
  }
}

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  const own = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` ${error.cause.message}` : '';
  return `${own}${cause}`;
}

/** The reason alone, e.g. `connection refused by 127.0.0.1:5432`. */
export function databaseFailureReason(error: unknown, url: string): string {
  const t = targetOf(url);
  const code = codeOf(error);
  const message = messageOf(error);
  if (code === '28P01' || code === '28000' || /password authentication failed/i.test(message)) {
    return `bad credentials: password authentication failed for user "${t.user}"`;
  }
  if (code === '3D000') return `database "${t.database}" does not exist`;
  if (/ENOTFOUND|EAI_AGAIN|getaddrinfo|unknown host|name not resolved|DNS/i.test(message)) {
    return `unknown host ${t.host}`;
  }
  if (/ECONNREFUSED|connection refused/i.test(message)) return `connection refused by ${t.host}:${t.port}`;
  if (/timeout|timed out|ETIMEDOUT/i.test(message)) return `timed out connecting to ${t.host}:${t.port}`;
  if (/terminated|closed|ECONNRESET|socket hang up/i.test(message)) {
    return `connection to ${t.host}:${t.port} closed unexpectedly`;
  }
  return redact(message, url);
}

/** `Database connection failed: <reason> (<hint>)`. */
export function describeDatabaseFailure(error: unknown, url: string): string {
  return `Database connection failed: ${databaseFailureReason(error, url)} (${databaseUrlHint})`;
}

function redact(message: string, url: string): string {
  const withoutUrl = message.split(url).join('<DATABASE_URL>');
  return withoutUrl.replace(/(postgres(?:ql)?:\/\/[^:\s/]+:)[^@\s]+@/gi, '$1***@');
}
