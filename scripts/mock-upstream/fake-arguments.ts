// Builds deterministic tool-call arguments that satisfy a tool's JSON schema well enough for clients.
import { arrayField, isRecord, stringField } from './conversation.ts';

export function fakeArguments(schema: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = isRecord(schema) && isRecord(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    result[name] = fakeValue(name, property);
  }
  return result;
}

function fakeValue(name: string, schema: unknown): unknown {
  const choices = arrayField(schema, 'enum');
  if (choices.length > 0) return choices[0];
  const type = typeOf(schema);
  switch (type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
      return fakeArguments(schema);
    default:
      return `mock ${name}`;
  }
}

/** Gemini spells types in upper case (`STRING`); JSON Schema allows a list of types. */
function typeOf(schema: unknown): string {
  const single = stringField(schema, 'type');
  if (single !== undefined) return single.toLowerCase();
  const first = arrayField(schema, 'type').find((entry) => entry !== 'null');
  return typeof first === 'string' ? first.toLowerCase() : 'string';
}
