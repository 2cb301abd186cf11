import { describe, expect, it } from 'vitest';
import { defaultBodyTemplate, renderTemplate, type TemplateValues } from './render-template.ts';

const values: TemplateValues = {
  event: 'spend_alert',
  title: 'He said "stop" \\ now',
  text: 'line 1\nline 2\t</script>',
  provider: 'p',
  user: 'ü 用户',
  time: '2026-11-22T09:00:00.000Z',
};

describe('custom webhook template', () => {
  it('escapes values inside JSON strings so they cannot break out', () => {
    const rendered = renderTemplate('{"msg":"[{{event}}] {{title}}","body":"{{text}}","who":"{{user}}"}', values);
    expect(rendered.ok).toBe(true);
    if (!rendered.ok) return;
    expect(JSON.parse(rendered.body)).toEqual({ msg: '[spend_alert] He said "stop" \\ now', body: 'line 1\nline 2\t</script>', who: 'ü 用户' });
  });

  it('turns a placeholder standing alone into a JSON string', () => {
    const rendered = renderTemplate('{"title": {{title}}, "list": [{{provider}}, {{ time }}]}', values);
    expect(rendered.ok && JSON.parse(rendered.body)).toEqual({ title: values.title, list: ['p', values.time] });
  });

  it('keeps escaped quotes of the template itself', () => {
    const rendered = renderTemplate('{"a":"x \\"{{event}}\\" y"}', values);
    expect(rendered.ok && JSON.parse(rendered.body)).toEqual({ a: 'x "spend_alert" y' });
  });

  it('renders the default template with every field', () => {
    const rendered = renderTemplate(defaultBodyTemplate, values);
    expect(rendered.ok && JSON.parse(rendered.body)).toEqual(values);
  });

  it('refuses unknown placeholders and templates that are not JSON', () => {
    expect(renderTemplate('{"a":"{{nope}}"}', values)).toMatchObject({ ok: false, error: expect.stringContaining('Unknown placeholder {{nope}}') });
    expect(renderTemplate('{"a": {{title}', values)).toMatchObject({ ok: false, error: expect.stringContaining('not give valid JSON') });
  });
});
