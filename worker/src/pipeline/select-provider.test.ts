import { describe, expect, it } from 'vitest';
import { modelAllowed, redirectModel } from './model-allowed.ts';
import { selectProvider, type SelectableProvider, type SelectionInput } from './select-provider.ts';

const provider = (id: number, over: Partial<SelectableProvider> = {}): SelectableProvider => ({
  id,
  name: `p${id}`,
  format: 'anthropic',
  enabled: true,
  weight: 1,
  priority: 0,
  groupTag: null,
  allowedModels: [],
  ...over,
});

const input = (over: Partial<SelectionInput> = {}): SelectionInput => ({
  format: 'anthropic',
  convertible: false,
  model: 'claude-sonnet-4-5',
  userGroup: null,
  exclude: new Map(),
  unavailable: new Map(),
  boundProviderId: undefined,
  random: () => 0,
  ...over,
});

describe('selectProvider', () => {
  it('prefers the lowest priority number, then picks by weight', () => {
    const providers = [provider(1, { priority: 1, weight: 100 }), provider(2, { weight: 1 }), provider(3, { weight: 3 })];
    expect(selectProvider(providers, input({ random: () => 0.1 })).provider?.id).toBe(2);
    expect(selectProvider(providers, input({ random: () => 0.5 })).provider?.id).toBe(3);
    const counts = new Map<number, number>();
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 4000; i++) {
      const id = selectProvider(providers, input({ random })).provider?.id ?? 0;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(counts.get(1)).toBeUndefined();
    expect((counts.get(3) ?? 0) / 4000).toBeCloseTo(0.75, 1);
  });

  it('keeps a session on its bound provider while that provider is eligible', () => {
    const providers = [provider(1), provider(2, { priority: 5 })];
    expect(selectProvider(providers, input({ boundProviderId: 2 }))).toEqual({ provider: providers[1], reason: 'session_reuse' });
    const excluded = selectProvider(providers, input({ boundProviderId: 2, exclude: new Map([[2, 'failed']]) }));
    expect(excluded).toEqual({ provider: providers[0], reason: 'weighted_random' });
  });

  it('says why each provider was filtered out when none is eligible', () => {
    const providers = [
      provider(1, { enabled: false }),
      provider(2, { weight: 0 }),
      provider(3, { format: 'openai-chat' }),
      provider(4, { groupTag: 'team-b' }),
      provider(5, { allowedModels: ['gpt-*'] }),
      provider(6),
      provider(7),
    ];
    const result = selectProvider(
      providers,
      input({ userGroup: 'team-a, vip', unavailable: new Map([[6, 'circuit breaker open']]), exclude: new Map([[7, 'upstream returned 529']]) }),
    );
    expect(result).toEqual({
      provider: undefined,
      filtered: [
        { providerId: 1, name: 'p1', reason: 'disabled' },
        { providerId: 2, name: 'p2', reason: 'weight is 0' },
        { providerId: 3, name: 'p3', reason: 'speaks openai-chat, the request is anthropic' },
        { providerId: 4, name: 'p4', reason: 'not in group team-a,vip' },
        { providerId: 5, name: 'p5', reason: 'not in group team-a,vip' },
        { providerId: 6, name: 'p6', reason: 'not in group team-a,vip' },
        { providerId: 7, name: 'p7', reason: 'upstream returned 529' },
      ],
    });
  });

  it('lets providers of another format serve a request that can be converted', () => {
    const providers = [provider(1, { format: 'openai-chat' }), provider(2, { format: 'gemini', priority: 1 })];
    expect(selectProvider(providers, input({ convertible: true })).provider?.id).toBe(1);
    expect(selectProvider(providers, input({ convertible: false })).provider).toBeUndefined();
  });

  it('matches the user group against any of the provider tags', () => {
    const providers = [provider(1, { groupTag: 'a,b' }), provider(2, { groupTag: 'c' })];
    expect(selectProvider(providers, input({ userGroup: 'b' })).provider?.id).toBe(1);
  });
});

describe('allowed models and redirects', () => {
  it('accepts exact names, prefixes and regular expressions', () => {
    expect(modelAllowed([], 'anything')).toBe(true);
    expect(modelAllowed(['claude-sonnet-4-5'], 'claude-sonnet-4-5')).toBe(true);
    expect(modelAllowed(['claude-sonnet-4-5'], 'claude-sonnet-4-5-20250929')).toBe(false);
    expect(modelAllowed(['claude-*'], 'claude-opus-4-1')).toBe(true);
    expect(modelAllowed(['/^gpt-5(\\.\\d)?-codex$/'], 'gpt-5.1-codex')).toBe(true);
    expect(modelAllowed(['/^gpt-5(\\.\\d)?-codex$/'], 'gpt-5-mini')).toBe(false);
    expect(modelAllowed(['/[unclosed/'], 'x')).toBe(false);
    expect(modelAllowed(['x'], undefined)).toBe(false);
  });

  it('redirects with the first matching rule', () => {
    const rules = [
      { from: 'claude-sonnet-4-5', to: 'vendor/sonnet' },
      { from: 'claude-*', to: 'vendor/default' },
    ];
    expect(redirectModel(rules, 'claude-sonnet-4-5')).toBe('vendor/sonnet');
    expect(redirectModel(rules, 'claude-haiku-4-5')).toBe('vendor/default');
    expect(redirectModel(rules, 'gpt-5')).toBe('gpt-5');
  });
});
