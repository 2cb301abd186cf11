// Typed call to POST /api/admin/providers/:id/test (SPEC §4.9): a minimal real request to the provider.
import { request } from './http-client.ts';

export interface ProviderTestResult {
  providerId: number;
  ok: boolean;
  /** The upstream's HTTP status; null when it never answered (timeout, network error). */
  status: number | null;
  latencyMs: number;
  model: string;
  /** The start of the reply text. */
  text: string | null;
  /** The upstream's error text, without secrets. */
  error: string | null;
  /** How the provider's outbound proxy was used; null without one. Never carries its credentials. */
  proxy: { address: string; outcome: 'tunnelled' | 'failed' | 'fell_back_to_direct'; error?: string } | null;
}

export const providerTest = {
  run: (id: number, model?: string) =>
    request<ProviderTestResult>(`/providers/${id}/test`, { method: 'POST', body: model === undefined ? {} : { model } }),
};
