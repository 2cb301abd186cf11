// Typed call to GET /api/admin/sessions (SPEC §3.4, §7.2): sessions with a request within SESSION_TTL.
import { request } from './http-client.ts';

export interface NamedRef {
  id: number;
  name: string | null;
}

export interface ActiveSession {
  sessionId: string;
  user: NamedRef | null;
  key: NamedRef | null;
  provider: NamedRef | null;
  model: string | null;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  costUsd: number;
  firstSeen: string;
  lastSeen: string;
}

export interface ActiveSessions {
  ttlSeconds: number;
  sessions: ActiveSession[];
}

export const activeSessions = {
  list: (userId?: number) => request<ActiveSessions>('/sessions', { query: { userId } }),
};
