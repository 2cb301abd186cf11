// Structured JSON-line logging (SPEC §12): numeric levels, `time`, `msg`, and context fields.
import type { LogLevelName } from './config.ts';

export const logLevels: Record<LogLevelName, number> = {
  trace: 10,
  debug: 20,
  info: 30,
  warn: 40,
  error: 50,
  fatal: 60,
};

export type LogFields = Record<string, unknown>;

export interface Logger {
  trace(msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  fatal(msg: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
  enabled(level: LogLevelName): boolean;
}

export function createLogger(level: LogLevelName, base: LogFields = {}): Logger {
  const threshold = logLevels[level];
  const write = (name: LogLevelName, msg: string, fields?: LogFields) => {
    const numeric = logLevels[name];
    if (numeric < threshold) return;
    const line = JSON.stringify({ level: numeric, time: Date.now(), msg, ...base, ...fields }, errorReplacer);
    if (numeric >= logLevels.error) console.error(line);
    else if (numeric >= logLevels.warn) console.warn(line);
    else console.log(line);
  };
  return {
    trace: (msg, fields) => write('trace', msg, fields),
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    fatal: (msg, fields) => write('fatal', msg, fields),
    child: (fields) => createLogger(level, { ...base, ...fields }),
    enabled: (name) => logLevels[name] >= threshold,
  };
}

/** Errors serialise as their name and message; stacks stay out of the log lines. */
function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  return value;
}
