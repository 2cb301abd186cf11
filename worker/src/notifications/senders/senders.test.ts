import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { NotificationMessage } from '../notification-message.ts';
import { buildDingtalkRequest } from './dingtalk.ts';
import { buildFeishuRequest } from './feishu.ts';
import { readErrcodeReply, readFeishuReply, readHttpReply, readTelegramReply } from './read-reply.ts';
import { buildTelegramRequest } from './telegram.ts';
import { buildWebhookRequest } from './webhook.ts';
import { buildWecomRequest } from './wecom.ts';

const message: NotificationMessage = {
  event: 'circuit_breaker_open',
  title: 'Breaker <open>',
  lines: ['first & line', 'second line'],
  provider: 'prov',
  time: Date.parse('2026-11-22T09:00:00Z'),
};
const now = 1_763_802_000_123;

describe('notification senders', () => {
  it('builds a WeCom markdown message', () => {
    const request = buildWecomRequest(message, { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k' });
    expect(request.url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k');
    expect(JSON.parse(request.body)).toEqual({ msgtype: 'markdown', markdown: { content: '**Breaker <open>**\n> first & line\n> second line' } });
  });

  it('builds a Feishu card, signed when a secret is set', async () => {
    const plain = JSON.parse((await buildFeishuRequest(message, { url: 'https://open.feishu.cn/hook/x' }, now)).body);
    expect(plain).toEqual({
      msg_type: 'interactive',
      card: {
        config: { wide_screen_mode: true },
        header: { title: { tag: 'plain_text', content: 'Breaker <open>' }, template: 'red' },
        elements: [{ tag: 'div', text: { tag: 'lark_md', content: 'first & line\nsecond line' } }],
      },
    });
    const signed = JSON.parse((await buildFeishuRequest(message, { url: 'https://open.feishu.cn/hook/x', secret: 's3' }, now)).body);
    expect(signed.timestamp).toBe('1763802000');
    expect(signed.sign).toBe(createHmac('sha256', '1763802000\ns3').update('').digest('base64'));
  });

  it('builds a DingTalk markdown message with timestamp and URL-encoded sign', async () => {
    const request = await buildDingtalkRequest(message, { url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: 'SECx' }, now);
    const url = new URL(request.url);
    expect(url.searchParams.get('access_token')).toBe('t');
    expect(url.searchParams.get('timestamp')).toBe(String(now));
    const sign = createHmac('sha256', 'SECx').update(`${now}\nSECx`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(sign);
    expect(request.url).toContain(`sign=${encodeURIComponent(sign)}`);
    expect(JSON.parse(request.body)).toEqual({ msgtype: 'markdown', markdown: { title: 'Breaker <open>', text: '### Breaker <open>\n\n- first & line\n- second line' } });
  });

  it('builds a Telegram sendMessage with HTML escaped', () => {
    const request = buildTelegramRequest(message, { botToken: '123:abc', chatId: '-100', apiBase: 'http://127.0.0.1:9/' });
    expect(request.url).toBe('http://127.0.0.1:9/bot123:abc/sendMessage');
    expect(JSON.parse(request.body)).toEqual({ chat_id: '-100', text: '<b>Breaker &lt;open&gt;</b>\nfirst &amp; line\nsecond line', parse_mode: 'HTML', disable_web_page_preview: true });
    expect(buildTelegramRequest(message, { botToken: '1:a', chatId: '@chan' }).url).toBe('https://api.telegram.org/bot1:a/sendMessage');
  });

  it('builds a custom webhook from its template and headers', () => {
    const request = buildWebhookRequest(message, { url: 'https://example.com/h', headers: { 'x-token': 't' }, bodyTemplate: '{"t":"{{title}}","p":{{provider}},"u":"{{user}}","at":"{{time}}"}' });
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'x-token': 't' });
    expect(JSON.parse(request.body)).toEqual({ t: 'Breaker <open>', p: 'prov', u: '', at: '2026-11-22T09:00:00.000Z' });
  });

  it('reads vendor errors out of 200 answers', () => {
    expect(readErrcodeReply(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(readErrcodeReply(200, '{"errcode":310000,"errmsg":"sign not match"}')).toEqual({ ok: false, error: 'errcode 310000: sign not match' });
    expect(readFeishuReply(200, '{"code":19021,"msg":"sign match fail"}')).toEqual({ ok: false, error: 'code 19021: sign match fail' });
    expect(readFeishuReply(200, '{"StatusCode":0,"StatusMessage":"success"}')).toEqual({ ok: true });
    expect(readTelegramReply(400, '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}')).toEqual({ ok: false, error: 'HTTP 400: Bad Request: chat not found' });
    expect(readHttpReply(500, 'boom')).toEqual({ ok: false, error: 'HTTP 500: boom' });
    expect(readHttpReply(204, '')).toEqual({ ok: true });
  });
});
