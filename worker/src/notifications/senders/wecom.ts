// WeCom (企业微信) group robot: POST a `markdown` message to the robot's webhook URL
// (developer.work.weixin.qq.com, "群机器人配置说明"). It answers 200 with `errcode` 0 on success.
import type { NotificationMessage, OutboundRequest } from '../notification-message.ts';
import type { WecomConfig } from '../target-config.ts';
import { readErrcodeReply, type ReplyVerdict } from './read-reply.ts';

export function wecomContent(message: NotificationMessage): string {
  return [`**${message.title}**`, ...message.lines.map((line) => `> ${line}`)].join('\n');
}

export function buildWecomRequest(message: NotificationMessage, config: WecomConfig): OutboundRequest {
  return {
    url: config.url,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ msgtype: 'markdown', markdown: { content: wecomContent(message) } }),
  };
}

export const readWecomReply = (status: number, body: string): ReplyVerdict => readErrcodeReply(status, body);
