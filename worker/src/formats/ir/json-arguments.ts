// Tool arguments are JSON text in the neutral form; some formats carry them as objects.

/** Parses tool arguments into an object; anything that is not a JSON object becomes `{}`. */
export const argumentsObject = (text: string): Record<string, unknown> => {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

export const argumentsText = (value: unknown): string => JSON.stringify(value ?? {});
