// Notification targets and bindings in the admin API (SPEC §7.2, §8.3): CRUD with field-level 400s per
// type, secrets encrypted and never returned, audit rows, and the test button delivering a sample to
// a local recorder for every target type (bodies and signatures checked) or reporting a failure cleanly.
import { createHmac } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { notificationTargets } from '../worker/src/db/schema/notifications.ts';
import { adminCall, withDatabase, type ErrorBody } from './admin-helpers.ts';
import { hookChannel } from './support/webhook-channel.ts';

interface Target {
  id: number;
  name: string;
  type: string;
  enabled: boolean;
  config: Record<string, unknown>;
}

interface TestResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  error?: string;
}

interface Binding {
  event: string;
  targetIds: number[];
  enabled: boolean;
  options: Record<string, unknown>;
}

const created: number[] = [];
afterAll(async () => {
  for (const id of created) await adminCall('DELETE', `/notifications/targets/${id}`);
});

async function create(body: Record<string, unknown>): Promise<Target> {
  const answer = await adminCall<Target>('POST', '/notifications/targets', body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  created.push(answer.body.id);
  return answer.body;
}

const test = (id: number) => adminCall<TestResult>('POST', `/notifications/targets/${id}/test`);
const fieldsOf = (body: unknown) => (body as ErrorBody).error.details?.fields ?? {};

describe('notification targets', () => {
  it('creates, lists, edits and deletes a target, auditing each write without secrets', async () => {
    const hook = hookChannel('crud');
    const target = await create({ type: 'wecom', name: 'ops room', config: { url: `${hook.url}?key=wecom-secret-key` } });
    expect(target).toMatchObject({ type: 'wecom', name: 'ops room', enabled: true, config: { urlHint: new URL(hook.url).origin + '/…' } });
    expect(JSON.stringify(target)).not.toContain('wecom-secret-key');

    const listed = await adminCall<{ targets: Target[] }>('GET', '/notifications/targets');
    expect(listed.body.targets).toContainEqual(expect.objectContaining({ id: target.id, name: 'ops room' }));
    expect(JSON.stringify(listed.body)).not.toContain('wecom-secret-key');

    const edited = await adminCall<Target>('PATCH', `/notifications/targets/${target.id}`, { name: 'ops', enabled: false });
    expect(edited.body).toMatchObject({ id: target.id, name: 'ops', enabled: false });

    const stored = await withDatabase(({ db }) => db.select().from(notificationTargets).where(eq(notificationTargets.id, target.id)));
    expect(JSON.stringify(stored)).not.toContain('wecom-secret-key');
    expect(stored[0]?.config['urlEncrypted']).toMatch(/^v1\./);

    expect((await adminCall('DELETE', `/notifications/targets/${target.id}`)).body).toEqual({ deleted: true, id: target.id });
    expect((await adminCall('DELETE', `/notifications/targets/${target.id}`)).status).toBe(404);
    expect((await adminCall('PATCH', `/notifications/targets/${target.id}`, { enabled: true })).status).toBe(404);

    const audit = await withDatabase(({ db }) =>
      db.select().from(auditLog).where(eq(auditLog.resourceId, String(target.id))).orderBy(desc(auditLog.id)),
    );
    const own = audit.filter((row) => row.resourceType === 'notification_target');
    expect(own.map((row) => row.action)).toEqual(['delete', 'update', 'create']);
    expect(JSON.stringify(own)).not.toContain('wecom-secret-key');
  });

  it('refuses bad fields per type with a 400 naming them', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ type: 'pager', name: 'x', config: {} }, ['type']],
      [{ type: 'wecom', name: '', config: { url: 'not a url' } }, ['name', 'config.url']],
      [{ type: 'feishu', name: 'f', config: { url: 'ftp://x', secret: '' } }, ['config.url', 'config.secret']],
      [{ type: 'telegram', name: 't', config: { botToken: 'nope', chatId: 'chat' } }, ['config.botToken', 'config.chatId']],
      [{ type: 'telegram', name: 't', config: { chatId: 5 } }, ['config.botToken']],
      [{ type: 'webhook', name: 'w', config: { url: 'https://example.com', bodyTemplate: '{"a":"{{nope}}"}', headers: { 'bad header': 'x' } } }, ['config.headers.bad header', 'config.bodyTemplate']],
      [{ type: 'webhook', name: 'w', config: { url: 'https://example.com', bodyTemplate: '{"a": {{title}' } }, ['config.bodyTemplate']],
      [{ type: 'dingtalk', name: 'd', config: { url: 'https://example.com', extra: 1 } }, ['config.extra']],
    ];
    for (const [body, fields] of cases) {
      const answer = await adminCall('POST', '/notifications/targets', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(fieldsOf(answer.body)).sort(), JSON.stringify(answer.body)).toEqual([...fields].sort());
    }
    const target = await create({ type: 'telegram', name: 'tg', config: { botToken: '1:abc', chatId: '42' } });
    const patched = await adminCall('PATCH', `/notifications/targets/${target.id}`, { config: { chatId: 'no way' } });
    expect(patched.status).toBe(400);
    expect(Object.keys(fieldsOf(patched.body))).toEqual(['config.chatId']);
  });

  it('keeps secrets left out of a PATCH, replaces given ones and removes a secret set to null', async () => {
    const hook = hookChannel('patch');
    const target = await create({ type: 'dingtalk', name: 'dt', config: { url: `${hook.url}?access_token=tok`, secret: 'SEC-one' } });
    expect(target.config).toEqual({ urlHint: new URL(hook.url).origin + '/…', hasSecret: true });
    await adminCall('PATCH', `/notifications/targets/${target.id}`, { name: 'dt2' });
    expect((await test(target.id)).body.ok).toBe(true);
    expect(new URL((await hook.recorded())[0]?.path ?? '', 'http://x').pathname).toContain(hook.name);
    const cleared = await adminCall<Target>('PATCH', `/notifications/targets/${target.id}`, { config: { secret: null } });
    expect(cleared.body.config).toMatchObject({ hasSecret: false });
    expect((await test(target.id)).body.ok).toBe(true);
    const [signed, unsigned] = await hook.recorded();
    expect(signed?.query).toHaveProperty('sign');
    expect(unsigned?.query).toEqual({ access_token: 'tok' });
  });
});

describe('the test button', () => {
  it('sends a WeCom markdown sample', async () => {
    const hook = hookChannel('wecom');
    const target = await create({ type: 'wecom', name: 'w', config: { url: `${hook.url}?key=k1` } });
    const result = await test(target.id);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ ok: true, status: 200, latencyMs: expect.any(Number) });
    const [request] = await hook.recorded();
    expect(request?.query).toEqual({ key: 'k1' });
    expect(JSON.parse(request?.body ?? '')).toEqual({
      msgtype: 'markdown',
      markdown: { content: '**Test notification**\n> This is a test message from the gateway.\n> If you can read it, the target works.' },
    });
  });

  it('sends a signed Feishu card', async () => {
    const hook = hookChannel('feishu');
    const target = await create({ type: 'feishu', name: 'f', config: { url: hook.url, secret: 'feishu-secret' } });
    expect((await test(target.id)).body).toMatchObject({ ok: true });
    const [request] = await hook.recorded();
    const body = JSON.parse(request?.body ?? '') as Record<string, unknown>;
    expect(body['msg_type']).toBe('interactive');
    expect(body['card']).toMatchObject({ header: { title: { tag: 'plain_text', content: 'Test notification' } } });
    const timestamp = String(body['timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(3600);
    expect(body['sign']).toBe(createHmac('sha256', `${timestamp}\nfeishu-secret`).update('').digest('base64'));
  });

  it('sends a signed DingTalk markdown message', async () => {
    const hook = hookChannel('dingtalk');
    const target = await create({ type: 'dingtalk', name: 'd', config: { url: `${hook.url}?access_token=abc`, secret: 'SECdingtalk' } });
    expect((await test(target.id)).body).toMatchObject({ ok: true });
    const [request] = await hook.recorded();
    const { timestamp, sign, access_token } = request?.query ?? {};
    expect(access_token).toBe('abc');
    expect(sign).toBe(createHmac('sha256', 'SECdingtalk').update(`${timestamp}\nSECdingtalk`).digest('base64'));
    expect(JSON.parse(request?.body ?? '')).toEqual({
      msgtype: 'markdown',
      markdown: { title: 'Test notification', text: '### Test notification\n\n- This is a test message from the gateway.\n- If you can read it, the target works.' },
    });
  });

  it('sends a Telegram message through the configured API base', async () => {
    const hook = hookChannel('telegram');
    const target = await create({ type: 'telegram', name: 't', config: { botToken: '123456:secret-token', chatId: -1001, apiBase: hook.url } });
    expect(target.config).toEqual({ chatId: '-1001', apiBase: hook.url, hasBotToken: true });
    expect((await test(target.id)).body).toMatchObject({ ok: true });
    const [request] = await hook.recorded();
    expect(request?.path).toBe(`/hook/${hook.name}/bot123456:secret-token/sendMessage`);
    expect(JSON.parse(request?.body ?? '')).toEqual({
      chat_id: '-1001',
      text: '<b>Test notification</b>\nThis is a test message from the gateway.\nIf you can read it, the target works.',
      parse_mode: 'HTML',
      disable_web_page_preview: true,
    });
  });

  it('sends a custom webhook body from its template with its headers', async () => {
    const hook = hookChannel('webhook');
    const target = await create({
      type: 'webhook',
      name: 'c',
      config: { url: hook.url, headers: { 'x-hook-token': 'hook-secret' }, bodyTemplate: '{"kind":"{{event}}","msg":"{{title}}: {{text}}","user":{{user}}}' },
    });
    expect(target.config).toEqual({ urlHint: new URL(hook.url).origin + '/…', headerNames: ['x-hook-token'], bodyTemplate: '{"kind":"{{event}}","msg":"{{title}}: {{text}}","user":{{user}}}' });
    expect(JSON.stringify(target)).not.toContain('hook-secret');
    expect((await test(target.id)).body).toMatchObject({ ok: true });
    const [request] = await hook.recorded();
    expect(request?.headers['x-hook-token']).toBe('hook-secret');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      kind: 'test',
      msg: 'Test notification: This is a test message from the gateway.\nIf you can read it, the target works.',
      user: 'example-user',
    });
  });

  it('reports a vendor error code and an HTTP error as failures, with the vendor text and no secret', async () => {
    const wecom = hookChannel('wecom-err');
    await wecom.reply(200, { errcode: 93000, errmsg: 'invalid webhook url' });
    const failing = await create({ type: 'wecom', name: 'bad', config: { url: `${wecom.url}?key=very-secret-key` } });
    const answer = await test(failing.id);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, status: 200, error: 'errcode 93000: invalid webhook url' });

    const webhook = hookChannel('webhook-err');
    await webhook.reply(500, `upstream broke for ${webhook.url}`);
    const broken = await create({ type: 'webhook', name: 'broken', config: { url: webhook.url } });
    const result = (await test(broken.id)).body;
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(result.error).toMatch(/^HTTP 500: upstream broke for \*\*\*\*$/);

    const unreachable = await create({ type: 'webhook', name: 'gone', config: { url: 'http://127.0.0.1:1/hook' } });
    expect((await test(unreachable.id)).body).toMatchObject({ ok: false, status: null, error: expect.any(String) });
    expect((await adminCall('POST', '/notifications/targets/999999/test')).status).toBe(404);
  });
});

describe('notification bindings', () => {
  it('binds events to targets with the leaderboard time, and refuses unknown targets and bad times', async () => {
    const hook = hookChannel('bind');
    const a = await create({ type: 'wecom', name: 'a', config: { url: hook.url } });
    const b = await create({ type: 'webhook', name: 'b', config: { url: hook.url } });
    const saved = await adminCall<{ bindings: Binding[] }>('PUT', '/notifications/bindings', {
      bindings: [
        { event: 'daily_leaderboard', targetIds: [a.id, b.id], options: { time: '18:30' } },
        { event: 'spend_alert', targetIds: [b.id], enabled: false },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.bindings).toContainEqual({ event: 'daily_leaderboard', targetIds: [a.id, b.id], enabled: true, options: { time: '18:30' } });
    expect(saved.body.bindings).toContainEqual({ event: 'spend_alert', targetIds: [b.id], enabled: false, options: {} });
    const read = await adminCall<{ bindings: Binding[] }>('GET', '/notifications/bindings');
    expect(read.body.bindings.map((x) => x.event)).toEqual(['circuit_breaker_open', 'daily_leaderboard', 'spend_alert']);
    expect(read.body.bindings).toEqual(saved.body.bindings);

    const unknown = await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'spend_alert', targetIds: [b.id, 999999] }] });
    expect(unknown.status).toBe(400);
    expect(Object.keys(fieldsOf(unknown.body))).toEqual(['bindings.0.targetIds.1']);
    const badTime = await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'daily_leaderboard', targetIds: [], options: { time: '25:00' } }] });
    expect(Object.keys(fieldsOf(badTime.body))).toEqual(['bindings.0.options.time']);
    const badEvent = await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'nope', targetIds: [] }] });
    expect(Object.keys(fieldsOf(badEvent.body))).toEqual(['bindings.0.event']);

    await adminCall('DELETE', `/notifications/targets/${b.id}`);
    const after = await adminCall<{ bindings: Binding[] }>('GET', '/notifications/bindings');
    expect(after.body.bindings.find((x) => x.event === 'daily_leaderboard')?.targetIds).toEqual([a.id]);
    await adminCall('PUT', '/notifications/bindings', { bindings: [{ event: 'daily_leaderboard', targetIds: [] }, { event: 'spend_alert', targetIds: [] }] });
  });
});
