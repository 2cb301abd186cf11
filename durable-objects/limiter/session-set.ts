// Sessions seen recently, for the concurrent-session limits of users, keys and providers: a session is
// active while its last activity is younger than the TTL. Kept as a list (not an object keyed by id)
// so that no client-chosen id can collide with an object property.

export interface SessionEntry {
  id: string;
  lastSeen: number;
}

export const isActive = (entry: SessionEntry, ttlMs: number, now: number): boolean => now - entry.lastSeen < ttlMs;

export function activeSessions(sessions: readonly SessionEntry[], ttlMs: number, now: number): SessionEntry[] {
  return sessions.filter((entry) => isActive(entry, ttlMs, now));
}

export function hasActiveSession(sessions: readonly SessionEntry[], id: string, ttlMs: number, now: number): boolean {
  return sessions.some((entry) => entry.id === id && isActive(entry, ttlMs, now));
}

/** When the first active session expires, freeing a place; null when none is active. */
export function firstExpiry(sessions: readonly SessionEntry[], ttlMs: number, now: number): number | null {
  const active = activeSessions(sessions, ttlMs, now);
  if (active.length === 0) return null;
  return Math.min(...active.map((entry) => entry.lastSeen)) + ttlMs;
}

/** Marks a session active at `now` and drops the expired ones. */
export function touchSession(
  sessions: readonly SessionEntry[],
  id: string,
  ttlMs: number,
  now: number,
): SessionEntry[] {
  const others = activeSessions(sessions, ttlMs, now).filter((entry) => entry.id !== id);
  const previous = sessions.find((entry) => entry.id === id);
  // Never move lastSeen backwards when another isolate reports with an older clock.
  const lastSeen = previous && isActive(previous, ttlMs, now) ? Math.max(previous.lastSeen, now) : now;
  return [...others, { id, lastSeen }];
}

export function dropSession(sessions: readonly SessionEntry[], id: string): SessionEntry[] {
  return sessions.filter((entry) => entry.id !== id);
}
