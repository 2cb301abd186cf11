// The providers the proxy selects from: read from the cache, from Postgres only when the cache is
// cold. API keys stay encrypted in the snapshot and are decrypted once per isolate when first used.
import { isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { providersSnapshotKey } from '../cache/cache-keys.ts';
import type { Cache } from '../cache/shared-cache.ts';
import { decryptSecret } from '../crypto/encrypt-secret.ts';
import { openProxyUrl } from '../upstream/outbound-proxy/proxy-password.ts';
import { requestDb } from '../db/request-database.ts';
import { providers, type ModelRedirect, type ProviderType } from '../db/schema/providers.ts';
import { ProxyError } from '../errors.ts';
import { providerFormats } from '../upstream/provider-format.ts';
import type { SelectableProvider } from './select-provider.ts';

const snapshotTtlSeconds = 30;

export interface ProviderRuntime extends SelectableProvider {
  type: ProviderType;
  baseUrl: string;
  apiKeyEncrypted: string;
  modelRedirects: ModelRedirect[];
  customHeaders: Record<string, string>;
  costMultiplier: number;
  firstByteTimeout: number;
  idleTimeout: number;
  requestTimeout: number;
  maxRetryAttempts: number | null;
  /** What the provider's gate enforces (§4.2, §4.6); 0 or null = no limit. */
  limitConcurrentSessions: number;
  limit5hUsd: number | null;
  dailyLimitUsd: number | null;
  limitWeeklyUsd: number | null;
  limitMonthlyUsd: number | null;
  circuitBreakerFailureThreshold: number;
  circuitBreakerOpenDuration: number;
  circuitBreakerHalfOpenSuccessThreshold: number;
  /** Outbound proxy (§4.8); absent in snapshots cached before the field existed. */
  proxyUrl?: string | null;
  proxyPasswordEncrypted?: string | null;
  proxyFallbackToDirect?: boolean;
}

export async function loadProviders(c: Context<AppEnv>, cache: Cache): Promise<ProviderRuntime[]> {
  const cached = await cache.get<ProviderRuntime[]>(providersSnapshotKey);
  if (cached !== undefined) return cached;
  const rows = await requestDb(c).select().from(providers).where(isNull(providers.deletedAt));
  const snapshot: ProviderRuntime[] = rows.map((p) => ({
    id: p.id,
    name: p.name,
    type: p.type,
    format: providerFormats[p.type],
    enabled: p.enabled,
    weight: p.weight,
    priority: p.priority,
    groupTag: p.groupTag,
    allowedModels: p.allowedModels,
    baseUrl: p.baseUrl,
    apiKeyEncrypted: p.apiKeyEncrypted,
    modelRedirects: p.modelRedirects,
    customHeaders: p.customHeaders,
    costMultiplier: p.costMultiplier,
    firstByteTimeout: p.firstByteTimeout,
    idleTimeout: p.idleTimeout,
    requestTimeout: p.requestTimeout,
    maxRetryAttempts: p.maxRetryAttempts,
    limitConcurrentSessions: p.limitConcurrentSessions,
    limit5hUsd: p.limit5hUsd,
    dailyLimitUsd: p.dailyLimitUsd,
    limitWeeklyUsd: p.limitWeeklyUsd,
    limitMonthlyUsd: p.limitMonthlyUsd,
    circuitBreakerFailureThreshold: p.circuitBreakerFailureThreshold,
    circuitBreakerOpenDuration: p.circuitBreakerOpenDuration,
    circuitBreakerHalfOpenSuccessThreshold: p.circuitBreakerHalfOpenSuccessThreshold,
    proxyUrl: p.proxyUrl,
    proxyPasswordEncrypted: p.proxyPasswordEncrypted,
    proxyFallbackToDirect: p.proxyFallbackToDirect,
  }));
  await cache.set(providersSnapshotKey, snapshot, snapshotTtlSeconds);
  return snapshot;
}

const decrypted = new Map<string, Promise<string>>();

/** Decrypts a provider secret once per isolate; a failure is not remembered. */
function decryptOnce(ciphertext: string, encryptionKey: string | undefined): Promise<string> {
  if (encryptionKey === undefined) {
    throw new ProxyError('internal', 'ENCRYPTION_KEY is not set, so provider secrets cannot be decrypted', {
      code: 'encryption_key_missing',
    });
  }
  let plain = decrypted.get(ciphertext);
  if (plain === undefined) {
    plain = decryptSecret(ciphertext, encryptionKey);
    plain.catch(() => decrypted.delete(ciphertext));
    decrypted.set(ciphertext, plain);
  }
  return plain;
}

export function providerApiKey(provider: ProviderRuntime, encryptionKey: string | undefined): Promise<string> {
  return decryptOnce(provider.apiKeyEncrypted, encryptionKey);
}

/** The provider's outbound proxy URL with its stored password put back; undefined without a proxy. */
export async function providerProxyUrl(
  provider: Pick<ProviderRuntime, 'proxyUrl' | 'proxyPasswordEncrypted'>,
  encryptionKey: string | undefined,
): Promise<string | undefined> {
  if (!provider.proxyUrl) return undefined;
  return openProxyUrl(provider.proxyUrl, provider.proxyPasswordEncrypted, (ciphertext) => decryptOnce(ciphertext, encryptionKey));
}
