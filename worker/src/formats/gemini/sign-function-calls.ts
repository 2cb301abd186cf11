// Gemini 3 rejects a history whose model turn calls functions without a thought signature (400
// "Function call is missing a thought_signature"). Calls converted from another vendor never have
// one, so the first call of such a turn gets the sentinel Google documents for replayed histories
// (ai.google.dev/gemini-api/docs/thought-signatures). Real signatures are never replaced.

type Rendered = Record<string, unknown>;

export const skipSignatureSentinel = 'skip_thought_signature_validator';

const needsSignatures = (model: string): boolean => /gemini-3/i.test(model);

export const signFunctionCalls = (parts: Rendered[], model: string): Rendered[] => {
  const first = parts.findIndex((part) => part.functionCall !== undefined);
  const firstCall = parts[first];
  if (!needsSignatures(model) || firstCall === undefined || firstCall.thoughtSignature !== undefined) return parts;
  return parts.map((part, i) => (i === first ? { ...part, thoughtSignature: skipSignatureSentinel } : part));
};
