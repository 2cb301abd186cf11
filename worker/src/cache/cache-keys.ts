// Names of shared cache entries, in one place so writers can invalidate what readers cache.

/** The enabled providers, as the proxy selects from them (v2: with the gate's breaker and limit fields). */
export const providersSnapshotKey = 'cch:providers:v2';

/** A client key's record with its user, by the key's SHA-256 hash. */
export const keyLookupKey = (keyHash: string) => `cch:key:${keyHash}`;

/** The provider a conversation is bound to (SPEC §3.4), per key so ids cannot collide across users. */
export const sessionBindingKey = (keyId: number, sessionId: string) => `cch:session:${keyId}:${sessionId}`;

/** Every provider whose circuit breaker is not closed, written by the ProviderGate objects. */
export const breakerSnapshotKey = 'cch:breakers:v1';

/** The price table in force: shipped prices with the database's rows on top. */
export const pricesSnapshotKey = 'cch:prices:v1';

/** The enabled sensitive-word rules (SPEC §8.1), with a version the compiled matcher is kept by. */
export const sensitiveWordsKey = 'cch:sensitive-words:v1';

/** The system settings the proxy acts on: time zone, billing model source, spend alert share. */
export const runtimeSettingsKey = 'cch:settings:v1';
