// Typed calls to /api/admin/notifications (SPEC §7.2, §8.3): targets (secrets never come back, only
// hints), the test button, and event → targets bindings.
import { request } from './http-client.ts';

export const targetTypes = ['wecom', 'feishu', 'dingtalk', 'telegram', 'webhook'] as const;
export type TargetType = (typeof targetTypes)[number];
export const notificationEvents = ['circuit_breaker_open', 'daily_leaderboard', 'spend_alert'] as const;
export type NotificationEvent = (typeof notificationEvents)[number];

export interface TargetView {
  urlHint?: string | null;
  hasSecret?: boolean;
  chatId?: string | null;
  apiBase?: string | null;
  hasBotToken?: boolean;
  headerNames?: string[];
  bodyTemplate?: string | null;
}

export interface NotificationTarget {
  id: number;
  name: string;
  type: TargetType;
  enabled: boolean;
  config: TargetView;
  createdAt: string;
  updatedAt: string;
}

export interface TargetInput {
  type?: TargetType;
  name?: string;
  enabled?: boolean;
  config?: Record<string, unknown>;
}

export interface TestResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error?: string;
}

export interface Binding {
  event: NotificationEvent;
  targetIds: number[];
  enabled: boolean;
  options: { time?: string };
}

export const notifications = {
  targets: async () => (await request<{ targets: NotificationTarget[] }>('/notifications/targets')).targets,
  create: (input: TargetInput) => request<NotificationTarget>('/notifications/targets', { method: 'POST', body: input }),
  update: (id: number, input: TargetInput) => request<NotificationTarget>(`/notifications/targets/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/notifications/targets/${id}`, { method: 'DELETE' }),
  test: (id: number) => request<TestResult>(`/notifications/targets/${id}/test`, { method: 'POST' }),
  bindings: async () => (await request<{ bindings: Binding[] }>('/notifications/bindings')).bindings,
  saveBindings: async (bindings: Binding[]) => (await request<{ bindings: Binding[] }>('/notifications/bindings', { method: 'PUT', body: { bindings } })).bindings,
};
