// Why a model stopped, in neutral form. Every format maps its own stop reasons onto this closed set.

export const finishReasons = [
  'stop',
  'stop-sequence',
  'length',
  'tool-calls',
  'content-filter',
  'refusal',
  'pause',
  'error',
  'other',
] as const;

export type FinishReason = (typeof finishReasons)[number];
