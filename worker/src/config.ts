// Vars and secrets (SPEC §10), validated once per env object. A bad value names the variable and the
// accepted form, never the value itself.
import { z } from 'zod';

const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type LogLevelName = (typeof levels)[number];

/** `true`/`false`, also quoted (`"true"`), as the seeds' operators write them. */
const bool = (fallback: boolean) =>
  z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      if (typeof value === 'boolean') return value;
      const bare = value.trim().replace(/^(["'])(.*)\1$/, '$2').toLowerCase();
      if (bare === 'true') return true;
      if (bare === 'false') return false;
      ctx.addIssue({ code: 'custom', message: 'true or false' });
      return z.NEVER;
    });

const integer = (fallback: number, min: number, max: number, unit: string) =>
  z
    .union([z.number(), z.string()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === '') return fallback;
      const n = typeof value === 'number' ? value : /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
      if (Number.isInteger(n) && n >= min && n <= max) return n;
      ctx.addIssue({ code: 'custom', message: `a whole number of ${unit} from ${min} to ${max}` });
      return z.NEVER;
    });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const postgresUrl = optionalText.refine(
  (v) => v === undefined || /^postgres(ql)?:\/\/[^/\s]+/.test(v),
  { message: 'a URL of the form postgres://user:password@host:port/database' },
);

const httpUrl = optionalText.refine((v) => v === undefined || /^https?:\/\/\S+$/.test(v), {
  message: 'an http:// or https:// URL',
});

const timeZone = optionalText.transform((v, ctx) => {
  const zone = v ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'an IANA time zone name such as UTC or Asia/Shanghai' });
    return z.NEVER;
  }
});

const logLevel = optionalText.transform((v, ctx) => {
  const level = (v ?? 'info').toLowerCase();
  if ((levels as readonly string[]).includes(level)) return level as LogLevelName;
  ctx.addIssue({ code: 'custom', message: `one of ${levels.join(', ')}` });
  return z.NEVER;
});

const configSchema = z.object({
  DATABASE_URL: postgresUrl,
  DSN: postgresUrl,
  ADMIN_TOKEN: optionalText,
  UPSTASH_REDIS_REST_URL: httpUrl,
  UPSTASH_REDIS_REST_TOKEN: optionalText,
  /** Prefix of the shared cache's keys, for several deployments on one Upstash database. */
  CACHE_NAMESPACE: optionalText,
  AUTO_MIGRATE: bool(true),
  ENABLE_SECURE_COOKIES: bool(true),
  ENABLE_RATE_LIMIT: bool(true),
  SESSION_TTL: integer(300, 1, 86_400 * 30, 'seconds'),
  STORE_SESSION_MESSAGES: bool(false),
  ENABLE_CIRCUIT_BREAKER_ON_NETWORK_ERRORS: bool(false),
  ENABLE_SMART_PROBING: bool(false),
  PROBE_INTERVAL_MS: integer(30_000, 1_000, 86_400_000, 'milliseconds'),
  PROBE_TIMEOUT_MS: integer(5_000, 100, 120_000, 'milliseconds'),
  API_TEST_TIMEOUT_MS: integer(15_000, 5_000, 120_000, 'milliseconds'),
  MAX_RETRY_ATTEMPTS_DEFAULT: integer(2, 0, 10, 'attempts'),
  LOG_LEVEL: logLevel,
  TZ: timeZone,
  ENCRYPTION_KEY: optionalText.refine((v) => v === undefined || v.length >= 32, {
    message: 'a secret of at least 32 characters',
  }),
  ENVIRONMENT: z
    .enum(['production', 'development', 'test'])
    .optional()
    .transform((v) => v ?? 'production'),
  /** Local development only: the WebSocket-to-TCP bridge the Neon driver goes through. */
  NEON_WS_PROXY: optionalText,
});

export type RawConfig = z.output<typeof configSchema>;

export interface Config extends Omit<RawConfig, 'DSN'> {
  /** DATABASE_URL, or its alias DSN. */
  DATABASE_URL: string | undefined;
}

export class ConfigError extends Error {
  readonly problems: { variable: string; expected: string }[];

  constructor(problems: { variable: string; expected: string }[]) {
    super(
      `Invalid configuration: ${problems.map((p) => `${p.variable} must be ${p.expected}`).join('; ')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const parsed = new WeakMap<object, Config | ConfigError>();

/** Parses `env` once; later calls with the same env object return the same result or error. */
export function loadConfig(env: object): Config {
  let result = parsed.get(env);
  if (result === undefined) {
    result = parseConfig(env as Record<string, unknown>);
    parsed.set(env, result);
  }
  if (result instanceof ConfigError) throw result;
  return result;
}

export function parseConfig(env: Record<string, unknown>): Config | ConfigError {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(configSchema.shape)) input[key] = env[key];
  const result = configSchema.safeParse(input);
  if (!result.success) {
    // Only the variable name and the accepted form: zod's own text could echo the value.
    const problems = result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? 'configuration'),
      expected: issue.code === 'custom' ? issue.message : acceptedForm(String(issue.path[0])),
    }));
    return new ConfigError(problems);
  }
  const { DSN, ...rest } = result.data;
  return { ...rest, DATABASE_URL: rest.DATABASE_URL ?? DSN };
}

function acceptedForm(variable: string): string {
  if (variable === 'ENVIRONMENT') return 'one of production, development, test';
  if (variable === 'DATABASE_URL' || variable === 'DSN') {
    return 'a URL of the form postgres://user:password@host:port/database';
  }
  return 'a text value';
}
