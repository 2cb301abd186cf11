// Typed calls to every /api/admin endpoint the SPA uses (SPEC §7.2); pages import only from here.
import { ApiError, request } from './http-client.ts';
import type {
  ClientKey,
  CreatedKey,
  Leaderboard,
  LeaderboardDimension,
  LeaderboardPeriod,
  Limits,
  LogPage,
  LogRow,
  Overview,
  OverviewRange,
  Provider,
  ProviderHealth,
  User,
} from './wire-types.ts';

/** What a provider write may send: any field of §4.2, apiKey write-only. */
export type ProviderInput = Partial<Omit<Provider, 'id' | 'hasApiKey'>> & { apiKey?: string };
export type UserInput = Partial<Omit<User, 'id' | 'createdAt' | 'updatedAt'>>;
export type KeyInput = Partial<Pick<ClientKey, 'name' | 'enabled' | 'expiresAt'> & Limits>;

/** POST /users/:id/limits/reset and /keys/:id/limits/reset: the spend windows start again from now. */
export interface LimitsReset {
  id: number;
  reset: true;
  resetAt: string;
}

export interface LogFilters {
  userId?: number | undefined;
  keyId?: number | undefined;
  providerId?: number | undefined;
  model?: string | undefined;
  status?: number | undefined;
  sessionId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export const session = {
  login: (token: string) => request<{ authenticated: true }>('/login', { method: 'POST', body: { token } }),
  logout: () => request<{ authenticated: false }>('/logout', { method: 'POST' }),
  me: () => request<{ authenticated: true; via: string }>('/me'),
};

export const providers = {
  list: async () => (await request<{ providers: Provider[] }>('/providers')).providers,
  get: (id: number) => request<Provider>(`/providers/${id}`),
  create: (input: ProviderInput) => request<Provider>('/providers', { method: 'POST', body: input }),
  update: (id: number, input: ProviderInput) => request<Provider>(`/providers/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/providers/${id}`, { method: 'DELETE' }),
  /** Undefined when the gateway has no health endpoint yet (404), so the list still renders. */
  health: async (): Promise<ProviderHealth[] | undefined> => {
    try {
      return (await request<{ providers: ProviderHealth[] }>('/providers/health')).providers;
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  },
  resetCircuit: (id: number) => request<{ id: number; status: string }>(`/providers/${id}/circuit/reset`, { method: 'POST' }),
};

export const users = {
  list: async () => (await request<{ users: User[] }>('/users')).users,
  get: (id: number) => request<User>(`/users/${id}`),
  create: (input: UserInput) => request<User>('/users', { method: 'POST', body: input }),
  update: (id: number, input: UserInput) => request<User>(`/users/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/users/${id}`, { method: 'DELETE' }),
  resetLimits: (id: number) => request<LimitsReset>(`/users/${id}/limits/reset`, { method: 'POST' }),
};

export const keys = {
  listOfUser: async (userId: number) => (await request<{ keys: ClientKey[] }>(`/users/${userId}/keys`)).keys,
  create: (userId: number, input: KeyInput) => request<CreatedKey>(`/users/${userId}/keys`, { method: 'POST', body: input }),
  update: (id: number, input: KeyInput) => request<ClientKey>(`/keys/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/keys/${id}`, { method: 'DELETE' }),
  resetLimits: (id: number) => request<LimitsReset>(`/keys/${id}/limits/reset`, { method: 'POST' }),
};

/** Rows per page of the log list; the API allows up to 200. */
export const logPageSize = 50;

export const logs = {
  list: (filters: LogFilters, cursor?: string, limit = logPageSize) =>
    request<LogPage>('/logs', { query: { ...filters, cursor, limit } }),
  get: (id: number) => request<LogRow>(`/logs/${id}`),
};

export const stats = {
  overview: (range: OverviewRange) => request<Overview>('/stats/overview', { query: { range } }),
  leaderboard: (period: LeaderboardPeriod, by: LeaderboardDimension) =>
    request<Leaderboard>('/stats/leaderboard', { query: { period, by } }),
};
