// Typed calls to GET /api/admin/users/:id/usage and /keys/:id/usage (SPEC §5): where a user or key
// stands against each of its limits.
import { request } from './http-client.ts';

export type LimitName = 'rpm' | 'spend5h' | 'daily' | 'weekly' | 'monthly' | 'total' | 'concurrentSessions';
export type LimitUnit = 'requests' | 'usd' | 'sessions';

export interface LimitUsage {
  limit: LimitName;
  unit: LimitUnit;
  /** Requests in the last minute, USD spent (with reservations) or active sessions. */
  current: number;
  /** Null when the limit is off. */
  max: number | null;
  remaining: number | null;
  /** When the value next drops, ISO; null = never. */
  resetAt: string | null;
}

export interface PrincipalUsage {
  limits: LimitUsage[];
  /** False when the gateway runs with ENABLE_RATE_LIMIT off: values are shown but nothing is refused. */
  enforced: boolean;
}

export const limitUsage = {
  ofUser: (id: number) => request<PrincipalUsage>(`/users/${id}/usage`),
  ofKey: (id: number) => request<PrincipalUsage>(`/keys/${id}/usage`),
};
