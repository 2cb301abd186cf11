import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dingtalkSignature, feishuSignature } from './sign-robot.ts';

describe('robot signatures', () => {
  it('signs DingTalk as HMAC-SHA256(secret, timestamp\\nsecret) in base64', async () => {
    const secret = 'SEC0123456789abcdef';
    const timestamp = 1_763_802_000_123;
    const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
    expect(await dingtalkSignature(secret, timestamp)).toBe(expected);
  });

  it('signs Feishu as HMAC-SHA256 keyed by timestamp\\nsecret over an empty message', async () => {
    const secret = 'feishu-secret';
    const timestamp = 1_763_802_000;
    const expected = createHmac('sha256', `${timestamp}\n${secret}`).update('').digest('base64');
    expect(await feishuSignature(secret, timestamp)).toBe(expected);
  });
});
