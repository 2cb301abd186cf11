// The provider form's values as the API body: SPEC §4.2 defaults, required fields and the API's bounds.
import { describe, expect, it } from 'vitest';
import { newProviderValues, parseRedirects, readProviderForm } from './provider-form-values.ts';

const filled = () => ({ ...newProviderValues(), name: 'anthropic-main', baseUrl: 'https://api.anthropic.com', apiKey: 'sk-ant-1' });

describe('readProviderForm', () => {
  it('sends the SPEC §4.2 defaults for a new provider with only the required fields filled', () => {
    const { input, errors } = readProviderForm(filled(), true);
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      name: 'anthropic-main',
      type: 'claude',
      apiKey: 'sk-ant-1',
      enabled: true,
      weight: 1,
      priority: 0,
      costMultiplier: 1,
      circuitBreakerFailureThreshold: 5,
      circuitBreakerOpenDuration: 1_800_000,
      circuitBreakerHalfOpenSuccessThreshold: 2,
      firstByteTimeout: 30_000,
      idleTimeout: 60_000,
      requestTimeout: 120_000,
      maxRetryAttempts: null,
      limit5hUsd: null,
      groupTag: null,
      allowedModels: [],
      modelRedirects: [],
      proxyUrl: null,
    });
  });

  it('requires name, base URL and API key on create, but keeps the stored key on edit when left empty', () => {
    const empty = { ...newProviderValues() };
    expect(Object.keys(readProviderForm(empty, true).errors).sort()).toEqual(['apiKey', 'baseUrl', 'name']);
    const edit = readProviderForm({ ...filled(), apiKey: '' }, false);
    expect(edit.errors).toEqual({});
    expect('apiKey' in edit.input).toBe(false);
  });

  it('names each field whose value is outside the API bounds', () => {
    const { errors } = readProviderForm({ ...filled(), weight: '0', priority: '1.5', baseUrl: 'ftp://x', proxyUrl: 'socks4://p:1', requestTimeout: 'soon' }, true);
    expect(Object.keys(errors).sort()).toEqual(['baseUrl', 'priority', 'proxyUrl', 'requestTimeout', 'weight']);
  });

  it('reads allowed models and redirects one per line', () => {
    const { input } = readProviderForm({ ...filled(), allowedModels: 'claude-*\n\n /^gpt-5/ ', modelRedirects: 'claude-sonnet-4-5 => vendor/sonnet' }, true);
    expect(input.allowedModels).toEqual(['claude-*', '/^gpt-5/']);
    expect(input.modelRedirects).toEqual([{ from: 'claude-sonnet-4-5', to: 'vendor/sonnet' }]);
  });
});

describe('parseRedirects', () => {
  it('refuses a line without exactly one arrow between two names', () => {
    expect(parseRedirects('a => b\nc')).toBeUndefined();
    expect(parseRedirects('a => b => c')).toBeUndefined();
    expect(parseRedirects(' => b')).toBeUndefined();
  });
});
