// Feishu (飞书) custom robot: POST an `interactive` card to the robot's webhook URL; with a signing
// secret the body also carries `timestamp` (seconds) and `sign` (open.feishu.cn, "自定义机器人使用指南").
import type { NotificationMessage, OutboundRequest } from '../notification-message.ts';
import { feishuSignature } from '../sign-robot.ts';
import type { FeishuConfig } from '../target-config.ts';

export function feishuCard(message: NotificationMessage): Record<string, unknown> {
  const alarming = message.event === 'circuit_breaker_open' || message.event === 'spend_alert';
  return {
    config: { wide_screen_mode: true },
    header: { title: { tag: 'plain_text', content: message.title }, template: alarming ? 'red' : 'blue' },
    elements: [{ tag: 'div', text: { tag: 'lark_md', content: message.lines.join('\n') } }],
  };
}

export async function buildFeishuRequest(message: NotificationMessage, config: FeishuConfig, now: number): Promise<OutboundRequest> {
  const card = { msg_type: 'interactive', card: feishuCard(message) };
  let body: Record<string, unknown> = card;
  if (config.secret !== undefined) {
    const timestamp = Math.floor(now / 1000);
    body = { timestamp: String(timestamp), sign: await feishuSignature(config.secret, timestamp), ...card };
  }
  return { url: config.url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
