// Translates between reasoning effort levels (OpenAI) and thinking token budgets (Anthropic, Gemini).
// The budgets follow the tiers vendors document for low/medium/high; they are a convention, not a law.
import type { ReasoningEffort } from './request.ts';

const budgets: Record<ReasoningEffort, number> = { minimal: 1024, low: 2048, medium: 8192, high: 24576 };

export const budgetForEffort = (effort: ReasoningEffort): number => budgets[effort];

export const effortForBudget = (budget: number): ReasoningEffort => {
  if (budget <= budgets.minimal) return 'minimal';
  if (budget <= budgets.low) return 'low';
  if (budget <= budgets.medium) return 'medium';
  return 'high';
};

export const reasoningEfforts: readonly string[] = ['minimal', 'low', 'medium', 'high'];

export const isReasoningEffort = (value: unknown): value is ReasoningEffort =>
  typeof value === 'string' && reasoningEfforts.includes(value);
