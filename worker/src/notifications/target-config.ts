// The settings of each kind of notification target once its secrets are decrypted: what senders use.

export interface WecomConfig {
  /** The robot's webhook URL; its `key` parameter is the secret. */
  url: string;
}

export interface FeishuConfig {
  url: string;
  /** The robot's signing secret, when its security setting asks for one. */
  secret?: string;
}

export interface DingtalkConfig {
  url: string;
  secret?: string;
}

export interface TelegramConfig {
  botToken: string;
  chatId: string;
  /** Defaults to https://api.telegram.org (a Bot API server of one's own can be used instead). */
  apiBase?: string;
}

export interface WebhookConfig {
  url: string;
  headers: Record<string, string>;
  /** JSON with placeholders; the default template when absent. */
  bodyTemplate?: string;
}

export type TargetConfig =
  | { type: 'wecom'; config: WecomConfig }
  | { type: 'feishu'; config: FeishuConfig }
  | { type: 'dingtalk'; config: DingtalkConfig }
  | { type: 'telegram'; config: TelegramConfig }
  | { type: 'webhook'; config: WebhookConfig };

export const defaultTelegramApiBase = 'https://api.telegram.org';

/** Every secret in a config, so error texts can be scrubbed of them. */
export function secretsOf(target: TargetConfig): string[] {
  switch (target.type) {
    case 'wecom':
      return [target.config.url];
    case 'feishu':
    case 'dingtalk':
      return [target.config.url, target.config.secret ?? ''].filter((s) => s !== '');
    case 'telegram':
      return [target.config.botToken];
    case 'webhook':
      return [target.config.url, ...Object.values(target.config.headers)];
  }
}
