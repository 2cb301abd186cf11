// The request each kind of target gets for a message, and how its answer is read.
import type { NotificationMessage, NotificationTargetType, OutboundRequest } from './notification-message.ts';
import { buildDingtalkRequest } from './senders/dingtalk.ts';
import { buildFeishuRequest } from './senders/feishu.ts';
import { readErrcodeReply, readFeishuReply, readHttpReply, readTelegramReply, type ReplyVerdict } from './senders/read-reply.ts';
import { buildTelegramRequest } from './senders/telegram.ts';
import { buildWebhookRequest } from './senders/webhook.ts';
import { buildWecomRequest } from './senders/wecom.ts';
import type { TargetConfig } from './target-config.ts';

export async function buildRequest(target: TargetConfig, message: NotificationMessage, now: number): Promise<OutboundRequest> {
  switch (target.type) {
    case 'wecom':
      return buildWecomRequest(message, target.config);
    case 'feishu':
      return buildFeishuRequest(message, target.config, now);
    case 'dingtalk':
      return buildDingtalkRequest(message, target.config, now);
    case 'telegram':
      return buildTelegramRequest(message, target.config);
    case 'webhook':
      return buildWebhookRequest(message, target.config);
  }
}

const readers: Record<NotificationTargetType, (status: number, body: string) => ReplyVerdict> = {
  wecom: readErrcodeReply,
  dingtalk: readErrcodeReply,
  feishu: readFeishuReply,
  telegram: readTelegramReply,
  webhook: readHttpReply,
};

export const readReply = (type: NotificationTargetType, status: number, body: string): ReplyVerdict => readers[type](status, body);
