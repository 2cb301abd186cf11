// What every notification carries, before a sender renders it for its robot, bot or webhook (SPEC §8.3).
import type { notificationEvents, notificationTargetTypes } from '../db/schema/notifications.ts';

export type NotificationEvent = (typeof notificationEvents)[number];
export type NotificationTargetType = (typeof notificationTargetTypes)[number];

export interface NotificationMessage {
  /** The event, or `test` for the sample the admin's test button sends. */
  event: NotificationEvent | 'test';
  title: string;
  /** Plain-text lines; each sender turns them into its own markup. */
  lines: string[];
  /** The provider the event is about, if any (custom webhook placeholder `{{provider}}`). */
  provider?: string;
  /** The user or key the event is about, if any (placeholder `{{user}}`). */
  user?: string;
  /** Epoch ms when the event happened. */
  time: number;
}

/** The message as one plain-text block (the `{{text}}` placeholder). */
export const textOf = (message: NotificationMessage): string => message.lines.join('\n');

/** An HTTP request a sender wants made; always a POST. */
export interface OutboundRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** How a delivery went, as the test button reports it; `error` is the vendor's text, secrets removed. */
export interface DeliveryResult {
  ok: boolean;
  /** HTTP status of the vendor's answer; null when none arrived. */
  status: number | null;
  latencyMs: number;
  error?: string;
}
