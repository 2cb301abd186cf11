// Bodies of the notification routes (SPEC §7.2, §8.3): targets per type (errors land on
// `config.<field>`), the PATCH of a target (its type stays), and PUT /notifications/bindings.
import { z } from 'zod';
import { notificationEvents } from '../../db/schema/notifications.ts';
import { renderTemplate, sampleTemplateValues } from '../../notifications/render-template.ts';

const httpUrl = z.url({ protocol: /^https?$/, error: 'An http(s) URL' }).max(2_000, 'At most 2000 characters');
const secret = z.string('A text').trim().min(1, 'Must not be empty').max(500, 'At most 500 characters');
const name = z.string('A name').trim().min(1, 'Must not be empty').max(100, 'At most 100 characters');

const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const managedHeaders = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'content-type']);
const headers = z.record(z.string(), z.string('A text')).superRefine((value, ctx) => {
  for (const [key, text] of Object.entries(value)) {
    if (!headerName.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: 'Not a valid header name' });
    else if (managedHeaders.has(key.toLowerCase())) ctx.addIssue({ code: 'custom', path: [key], message: 'This header is set by the gateway' });
    else if (/[\r\n\0]/.test(text)) ctx.addIssue({ code: 'custom', path: [key], message: 'Header values cannot contain line breaks' });
  }
  if (Object.keys(value).length > 20) ctx.addIssue({ code: 'custom', message: 'At most 20 headers' });
});

const bodyTemplate = z
  .string('JSON with placeholders')
  .max(10_000, 'At most 10000 characters')
  .superRefine((template, ctx) => {
    const rendered = renderTemplate(template, sampleTemplateValues);
    if (!rendered.ok) ctx.addIssue({ code: 'custom', message: rendered.error });
  });

const botToken = z.string('A bot token').trim().regex(/^\d+:[A-Za-z0-9_-]+$/, 'A bot token like 123456:ABC-DEF…');
const chatId = z
  .union([z.string(), z.number().int()], 'A chat id: a number or @channelname')
  .transform((value) => String(value).trim())
  .refine((value) => /^-?\d+$/.test(value) || /^@[A-Za-z0-9_]{4,}$/.test(value), 'A chat id: a number or @channelname');

export const targetConfigSchemas = {
  wecom: z.strictObject({ url: httpUrl }),
  feishu: z.strictObject({ url: httpUrl, secret: secret.nullable().optional() }),
  dingtalk: z.strictObject({ url: httpUrl, secret: secret.nullable().optional() }),
  telegram: z.strictObject({ botToken, chatId, apiBase: httpUrl.nullable().optional() }),
  webhook: z.strictObject({ url: httpUrl, headers: headers.optional(), bodyTemplate: bodyTemplate.nullable().optional() }),
};

export type TargetConfigInput = { [T in keyof typeof targetConfigSchemas]: { type: T; config: z.output<(typeof targetConfigSchemas)[T]> } }[keyof typeof targetConfigSchemas];
export type TargetConfigPatch = { [T in keyof typeof targetConfigSchemas]: { type: T; config: Partial<z.output<(typeof targetConfigSchemas)[T]>> } }[keyof typeof targetConfigSchemas];

const common = { name, enabled: z.boolean('true or false').optional() };

export const createTargetSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('wecom'), ...common, config: targetConfigSchemas.wecom }),
    z.strictObject({ type: z.literal('feishu'), ...common, config: targetConfigSchemas.feishu }),
    z.strictObject({ type: z.literal('dingtalk'), ...common, config: targetConfigSchemas.dingtalk }),
    z.strictObject({ type: z.literal('telegram'), ...common, config: targetConfigSchemas.telegram }),
    z.strictObject({ type: z.literal('webhook'), ...common, config: targetConfigSchemas.webhook }),
  ],
  { error: 'One of wecom, feishu, dingtalk, telegram, webhook' },
);

/** The target's own fields; `config` is checked against the stored type's schema by the route. */
export const patchTargetSchema = z
  .strictObject({ name, enabled: z.boolean('true or false'), config: z.record(z.string(), z.unknown(), 'An object') })
  .partial();

/** The config of a PATCH: the type's fields, each optional (secrets left out keep their value). */
export function patchConfigSchema(type: keyof typeof targetConfigSchemas) {
  return targetConfigSchemas[type].partial();
}

const timeOfDay = z.string('A time of day as HH:mm').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day as HH:mm, e.g. 09:00');

export const bindingsSchema = z.strictObject({
  bindings: z
    .array(
      z.strictObject({
        event: z.enum(notificationEvents, `One of ${notificationEvents.join(', ')}`),
        targetIds: z.array(z.number('A target id').int('A target id').positive('A target id')).max(50, 'At most 50 targets'),
        enabled: z.boolean('true or false').optional(),
        options: z.strictObject({ time: timeOfDay.optional() }).optional(),
      }),
    )
    .max(notificationEvents.length, `At most ${notificationEvents.length} events`)
    .refine((list) => new Set(list.map((b) => b.event)).size === list.length, 'Each event at most once'),
});

export type BindingsInput = z.output<typeof bindingsSchema>;
