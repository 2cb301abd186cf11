// A target's config as stored in its jsonb column: secrets (webhook URLs, which carry the robot's key,
// signing secrets, bot tokens, custom header values) encrypted with ENCRYPTION_KEY like provider API
// keys; the admin API shows only hints (URL origin, whether a secret is set).
import { decryptSecret, encryptSecret } from '../crypto/encrypt-secret.ts';
import type { NotificationTargetType } from './notification-message.ts';
import type { TargetConfig } from './target-config.ts';

export type StoredConfig = Record<string, unknown>;

/** What an admin enters (secrets in the clear); null for a secret means "remove it". */
export interface ConfigInput {
  url?: string;
  secret?: string | null;
  botToken?: string;
  chatId?: string;
  apiBase?: string | null;
  headers?: Record<string, string>;
  bodyTemplate?: string | null;
}

const secretFields = { url: 'urlEncrypted', secret: 'secretEncrypted', botToken: 'botTokenEncrypted' } as const;

/** The URL's origin and an ellipsis: enough to recognise the vendor, nothing of the key. */
export function urlHint(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return '…';
  }
}

/** Applies an admin's input over the stored config (empty for a new target), encrypting secrets. */
export async function sealConfig(stored: StoredConfig, input: ConfigInput, encryptionKey: string): Promise<StoredConfig> {
  const next: StoredConfig = { ...stored };
  for (const [field, column] of Object.entries(secretFields) as [keyof typeof secretFields, string][]) {
    const value = input[field];
    if (value === undefined) continue;
    if (value === null) delete next[column];
    else next[column] = await encryptSecret(value, encryptionKey);
  }
  if (input.url !== undefined) next['urlHint'] = urlHint(input.url);
  if (input.chatId !== undefined) next['chatId'] = input.chatId;
  if (input.apiBase !== undefined) {
    if (input.apiBase === null) delete next['apiBase'];
    else next['apiBase'] = input.apiBase;
  }
  if (input.headers !== undefined) {
    next['headersEncrypted'] = await encryptSecret(JSON.stringify(input.headers), encryptionKey);
    next['headerNames'] = Object.keys(input.headers);
  }
  if (input.bodyTemplate !== undefined) {
    if (input.bodyTemplate === null) delete next['bodyTemplate'];
    else next['bodyTemplate'] = input.bodyTemplate;
  }
  return next;
}

const text = (stored: StoredConfig, field: string): string | undefined => {
  const value = stored[field];
  return typeof value === 'string' ? value : undefined;
};

async function open(stored: StoredConfig, field: string, encryptionKey: string): Promise<string | undefined> {
  const sealed = text(stored, field);
  return sealed === undefined ? undefined : decryptSecret(sealed, encryptionKey);
}

async function required(stored: StoredConfig, field: string, encryptionKey: string): Promise<string> {
  const value = await open(stored, field, encryptionKey);
  if (value === undefined) throw new Error(`The target has no ${field.replace('Encrypted', '')}`);
  return value;
}

const withSecret = <T extends object>(config: T, secret: string | undefined): T & { secret?: string } =>
  secret === undefined ? config : { ...config, secret };

/** The config senders use; throws DecryptError when ENCRYPTION_KEY differs from the one it was sealed with. */
export async function openConfig(type: NotificationTargetType, stored: StoredConfig, encryptionKey: string): Promise<TargetConfig> {
  switch (type) {
    case 'wecom':
      return { type, config: { url: await required(stored, 'urlEncrypted', encryptionKey) } };
    case 'feishu':
    case 'dingtalk': {
      const url = await required(stored, 'urlEncrypted', encryptionKey);
      const config = withSecret({ url }, await open(stored, 'secretEncrypted', encryptionKey));
      return type === 'feishu' ? { type, config } : { type, config };
    }
    case 'telegram': {
      const apiBase = text(stored, 'apiBase');
      const base = { botToken: await required(stored, 'botTokenEncrypted', encryptionKey), chatId: text(stored, 'chatId') ?? '' };
      return { type, config: apiBase === undefined ? base : { ...base, apiBase } };
    }
    case 'webhook': {
      const headers = JSON.parse((await open(stored, 'headersEncrypted', encryptionKey)) ?? '{}') as Record<string, string>;
      const template = text(stored, 'bodyTemplate');
      const base = { url: await required(stored, 'urlEncrypted', encryptionKey), headers };
      return { type, config: template === undefined ? base : { ...base, bodyTemplate: template } };
    }
  }
}

/** The config as the admin API shows it: hints and flags instead of secrets. */
export function presentConfig(type: NotificationTargetType, stored: StoredConfig): Record<string, unknown> {
  switch (type) {
    case 'wecom':
      return { urlHint: text(stored, 'urlHint') ?? null };
    case 'feishu':
    case 'dingtalk':
      return { urlHint: text(stored, 'urlHint') ?? null, hasSecret: text(stored, 'secretEncrypted') !== undefined };
    case 'telegram':
      return { chatId: text(stored, 'chatId') ?? null, apiBase: text(stored, 'apiBase') ?? null, hasBotToken: text(stored, 'botTokenEncrypted') !== undefined };
    case 'webhook': {
      const names = stored['headerNames'];
      return {
        urlHint: text(stored, 'urlHint') ?? null,
        headerNames: Array.isArray(names) ? names.filter((n): n is string => typeof n === 'string') : [],
        bodyTemplate: text(stored, 'bodyTemplate') ?? null,
      };
    }
  }
}
