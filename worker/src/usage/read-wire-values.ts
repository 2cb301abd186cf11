// Careful narrowing of untrusted, JSON-parsed wire values: usage parsing must never throw on odd input.

export type WireRecord = Record<string, unknown>;

export function asRecord(value: unknown): WireRecord | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as WireRecord) : undefined;
}

/** A token count: a non-negative safe integer. Anything else (null, strings, NaN, negatives) counts as absent. */
export function readCount(record: WireRecord | undefined, key: string): number | undefined {
  const value = record?.[key];
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

export function readString(record: WireRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** True when at least one of the keys holds a valid token count. */
export function hasAnyCount(record: WireRecord | undefined, keys: readonly string[]): boolean {
  return keys.some((key) => readCount(record, key) !== undefined);
}
