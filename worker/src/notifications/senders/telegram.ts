// Telegram bot: POST {apiBase}/bot<token>/sendMessage with chat_id, text and parse_mode HTML
// (core.telegram.org/bots/api#sendmessage). It answers `{ ok: true, result }` on success.
import type { NotificationMessage, OutboundRequest } from '../notification-message.ts';
import { defaultTelegramApiBase, type TelegramConfig } from '../target-config.ts';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function telegramText(message: NotificationMessage): string {
  return [`<b>${escapeHtml(message.title)}</b>`, ...message.lines.map(escapeHtml)].join('\n');
}

export function buildTelegramRequest(message: NotificationMessage, config: TelegramConfig): OutboundRequest {
  const base = (config.apiBase ?? defaultTelegramApiBase).replace(/\/+$/, '');
  return {
    url: `${base}/bot${config.botToken}/sendMessage`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: config.chatId, text: telegramText(message), parse_mode: 'HTML', disable_web_page_preview: true }),
  };
}
