// Gemini's `parameters` use the OpenAPI 3.0 schema subset with upper-case type names (Type.OBJECT);
// other vendors expect JSON Schema, so types are lower-cased and `nullable` becomes a type union.

const convert = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(convert);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'type' && typeof inner === 'string') out.type = inner.toLowerCase();
    else if (key !== 'nullable') out[key] = convert(inner);
  }
  if ((value as Record<string, unknown>).nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
};

export const toJsonSchema = (schema: Record<string, unknown>): Record<string, unknown> =>
  convert(schema) as Record<string, unknown>;
