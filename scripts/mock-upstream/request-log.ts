// Every request the mock served, with what happened to its connection, for tests to inspect.
import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedRequest {
  id: number;
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Parsed JSON; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
  receivedAt: number;
  /** Status sent, once headers went out. */
  status?: number;
  /** When the response was fully written. */
  finishedAt?: number;
  /** The client went away before the response finished (includes the mock shutting down). */
  disconnected: boolean;
  disconnectedAt?: number;
  /** The mock itself reset the connection, as a scenario asked. */
  reset: boolean;
  /** Label of the scenario applied (`unlabelled` when it had none); absent when none applied. */
  scenario?: string;
}

export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

export function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/** Keeps the newest `limit` records, so a long benchmark run does not hold every body in memory. */
export class RequestLog {
  #records: RecordedRequest[] = [];
  #nextId = 1;
  readonly #limit: number;

  constructor(limit = 1000) {
    this.#limit = limit;
  }

  add(record: Omit<RecordedRequest, 'id' | 'disconnected' | 'reset'>): RecordedRequest {
    const stored: RecordedRequest = { id: this.#nextId++, disconnected: false, reset: false, ...record };
    this.#records.push(stored);
    if (this.#records.length > this.#limit) this.#records.splice(0, this.#records.length - this.#limit);
    return stored;
  }

  /** Copies, so tests cannot change what later requests see. */
  list(): RecordedRequest[] {
    return this.#records.map((record) => structuredClone(record));
  }

  /** Forgets everything; ids start again at 1. */
  clear(): void {
    this.#records = [];
    this.#nextId = 1;
  }
}
