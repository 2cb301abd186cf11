// Reading the sensitive-word form into the API body.
import { describe, expect, it } from 'vitest';
import { readSensitiveWordForm, sensitiveWordValues } from './sensitive-word-form-values.ts';

describe('readSensitiveWordForm', () => {
  it('defaults to an enabled contains rule and keeps the pattern as typed', () => {
    const { input, errors } = readSensitiveWordForm({ ...sensitiveWordValues(undefined), pattern: ' secret plan' });
    expect(errors).toEqual({});
    expect(input).toEqual({ pattern: ' secret plan', matchType: 'contains', description: null, enabled: true });
  });

  it('requires a pattern and a known match type', () => {
    const { errors } = readSensitiveWordForm({ pattern: '   ', matchType: 'fuzzy', description: '', enabled: true });
    expect(Object.keys(errors).sort()).toEqual(['matchType', 'pattern']);
  });

  it('round-trips a stored regex rule', () => {
    const stored = { id: 3, pattern: 'sk-[a-z]+', matchType: 'regex' as const, description: 'keys', enabled: false, createdAt: '', updatedAt: '' };
    expect(readSensitiveWordForm(sensitiveWordValues(stored)).input).toEqual({ pattern: 'sk-[a-z]+', matchType: 'regex', description: 'keys', enabled: false });
  });
});
