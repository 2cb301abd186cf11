// DingTalk (钉钉) custom robot: POST a `markdown` message to the robot's webhook URL; with a signing
// secret the URL also carries `timestamp` (ms) and `sign` (open.dingtalk.com, "自定义机器人安全设置").
// It answers 200 with `errcode` 0 on success.
import type { NotificationMessage, OutboundRequest } from '../notification-message.ts';
import { dingtalkSignature } from '../sign-robot.ts';
import type { DingtalkConfig } from '../target-config.ts';

export function dingtalkText(message: NotificationMessage): string {
  return [`### ${message.title}`, '', ...message.lines.map((line) => `- ${line}`)].join('\n');
}

export async function buildDingtalkRequest(message: NotificationMessage, config: DingtalkConfig, now: number): Promise<OutboundRequest> {
  const url = new URL(config.url);
  if (config.secret !== undefined) {
    url.searchParams.set('timestamp', String(now));
    // URLSearchParams percent-encodes the base64 (`+`, `/`, `=`) as DingTalk asks.
    url.searchParams.set('sign', await dingtalkSignature(config.secret, now));
  }
  return {
    url: url.toString(),
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text: dingtalkText(message) } }),
  };
}
