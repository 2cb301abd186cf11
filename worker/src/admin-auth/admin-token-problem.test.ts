import { describe, expect, it } from 'vitest';
import { adminTokenProblem } from './admin-token-problem.ts';

const strong = 'a'.repeat(32);

describe('adminTokenProblem', () => {
  it('refuses a missing token in every environment', () => {
    for (const ENVIRONMENT of ['production', 'development', 'test'] as const) {
      expect(adminTokenProblem({ ADMIN_TOKEN: undefined, ENVIRONMENT })).toMatch(/ADMIN_TOKEN is not set.*wrangler secret put ADMIN_TOKEN/);
    }
  });

  it('refuses the default and short tokens in production only', () => {
    expect(adminTokenProblem({ ADMIN_TOKEN: 'change-me', ENVIRONMENT: 'production' })).toMatch(/default "change-me"/);
    expect(adminTokenProblem({ ADMIN_TOKEN: strong.slice(1), ENVIRONMENT: 'production' })).toMatch(/shorter than 32/);
    expect(adminTokenProblem({ ADMIN_TOKEN: 'change-me', ENVIRONMENT: 'development' })).toBeUndefined();
  });

  it('accepts a token of 32 characters or more in production', () => {
    expect(adminTokenProblem({ ADMIN_TOKEN: strong, ENVIRONMENT: 'production' })).toBeUndefined();
  });
});
