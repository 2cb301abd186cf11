// Custom webhook: POST the admin's JSON body template, placeholders filled in, with the admin's
// headers. Any 2xx answer counts as delivered.
import { textOf, type NotificationMessage, type OutboundRequest } from '../notification-message.ts';
import { defaultBodyTemplate, renderTemplate, type TemplateValues } from '../render-template.ts';
import type { WebhookConfig } from '../target-config.ts';

export function templateValuesOf(message: NotificationMessage): TemplateValues {
  return {
    event: message.event,
    title: message.title,
    text: textOf(message),
    provider: message.provider ?? '',
    user: message.user ?? '',
    time: new Date(message.time).toISOString(),
  };
}

/** Throws when the template does not render (templates are checked when saved, so only a stored bad one). */
export function buildWebhookRequest(message: NotificationMessage, config: WebhookConfig): OutboundRequest {
  const rendered = renderTemplate(config.bodyTemplate ?? defaultBodyTemplate, templateValuesOf(message));
  if (!rendered.ok) throw new Error(rendered.error);
  return { url: config.url, headers: { 'content-type': 'application/json', ...config.headers }, body: rendered.body };
}
