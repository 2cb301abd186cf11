// Custom headers a provider adds upstream (SPEC §4.1). They are stored and shown in the clear, so
// credentials are refused here (they belong in the encrypted apiKey), as are headers the runtime
// manages itself.

const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const credentialHeaders = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'x-goog-api-key',
  'api-key',
  'cookie',
]);
const managedHeaders = new Set([
  'host',
  'content-length',
  'connection',
  'transfer-encoding',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
]);

/** Why the header may not be set, or undefined when it may. */
export function customHeaderProblem(name: string, value: string): string | undefined {
  if (!tokenPattern.test(name)) return 'Not a valid header name';
  const lower = name.toLowerCase();
  if (credentialHeaders.has(lower)) {
    return 'Credential headers cannot be custom headers: put the secret in apiKey, which is stored encrypted';
  }
  if (managedHeaders.has(lower)) return 'This header is set by the runtime and cannot be overridden';
  if (/[\r\n\0]/.test(value)) return 'Header values cannot contain line breaks';
  if (value.length > 4_096) return 'At most 4096 characters';
  return undefined;
}
