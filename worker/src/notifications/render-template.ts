// The custom webhook's JSON body template (SPEC §8.3): `{{event}}`, `{{title}}`, `{{text}}`,
// `{{provider}}`, `{{user}}`, `{{time}}`. Inside a JSON string a placeholder becomes the value's
// escaped characters; standing alone as a JSON value it becomes a whole JSON string. The result must
// parse as JSON, so a value can never break out of its string.

export const templatePlaceholders = ['event', 'title', 'text', 'provider', 'user', 'time'] as const;
export type TemplatePlaceholder = (typeof templatePlaceholders)[number];
export type TemplateValues = Record<TemplatePlaceholder, string>;

export const defaultBodyTemplate =
  '{"event":"{{event}}","title":"{{title}}","text":"{{text}}","provider":"{{provider}}","user":"{{user}}","time":"{{time}}"}';

export type RenderResult = { ok: true; body: string } | { ok: false; error: string };

const placeholderPattern = /^\{\{\s*([a-zA-Z]+)\s*\}\}/;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (templatePlaceholders as readonly string[]).includes(name);
}

/** Replaces the placeholders, tracking whether each one sits inside a JSON string literal. */
export function renderTemplate(template: string, values: TemplateValues): RenderResult {
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; ) {
    const char = template[i] as string;
    const placeholder = char === '{' ? placeholderPattern.exec(template.slice(i)) : null;
    if (placeholder !== null) {
      const name = placeholder[1] as string;
      if (!isPlaceholder(name)) return { ok: false, error: `Unknown placeholder {{${name}}}; use ${templatePlaceholders.map((p) => `{{${p}}}`).join(', ')}` };
      const json = JSON.stringify(values[name]);
      out += inString ? json.slice(1, -1) : json;
      i += placeholder[0].length;
      continue;
    }
    if (inString && char === '\\') {
      out += template.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (char === '"') inString = !inString;
    out += char;
    i += 1;
  }
  try {
    JSON.parse(out);
  } catch (error) {
    return { ok: false, error: `The template does not give valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: true, body: out };
}

/** Sample values for checking a template when it is saved. */
export const sampleTemplateValues: TemplateValues = {
  event: 'test',
  title: 'Sample "title"',
  text: 'line one\nline two',
  provider: 'provider',
  user: 'user',
  time: '2026-01-01T00:00:00.000Z',
};
