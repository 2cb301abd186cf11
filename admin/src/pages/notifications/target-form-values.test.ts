import { describe, expect, it } from 'vitest';
import type { NotificationTarget } from '../../api/notifications-api.ts';
import { parseHeaderLines, readTargetForm, targetValues } from './target-form-values.ts';

const stored: NotificationTarget = {
  id: 3,
  name: 'robot',
  type: 'dingtalk',
  enabled: true,
  config: { urlHint: 'https://oapi.dingtalk.com/…', hasSecret: true },
  createdAt: '',
  updatedAt: '',
};

describe('notification target form', () => {
  it('builds a create body with the type’s fields and requires its secrets', () => {
    const values = { ...targetValues(undefined), type: 'telegram', name: ' tg ', botToken: '1:abc', chatId: '-100' };
    expect(readTargetForm(values, undefined)).toEqual({ input: { type: 'telegram', name: 'tg', enabled: true, config: { botToken: '1:abc', chatId: '-100' } }, errors: {} });
    expect(readTargetForm({ ...values, botToken: '' }, undefined).errors).toEqual({ botToken: [expect.any(String)] });
  });

  it('keeps stored secrets on an edit when left empty, and removes the signing secret on request', () => {
    const values = targetValues(stored);
    expect(readTargetForm(values, stored)).toEqual({ input: { name: 'robot', enabled: true, config: {} }, errors: {} });
    expect(readTargetForm({ ...values, removeSecret: true }, stored).input.config).toEqual({ secret: null });
  });

  it('reads header lines and reports a line without a colon', () => {
    expect(parseHeaderLines('X-Token: a:b\n\nX-Other:c')).toEqual({ headers: { 'X-Token': 'a:b', 'X-Other': 'c' } });
    expect(parseHeaderLines('broken').problem).toBeDefined();
  });
});
