// /notifications/targets, /notifications/targets/{id}, /notifications/targets/{id}/test and
// /notifications/bindings (SPEC §8.3). Target secrets are write-only: answers show hints and flags.
import { z } from 'zod';
import { notificationEvents, notificationTargetTypes } from '../../../db/schema/notifications.ts';
import { bindingsSchema, createTargetSchema, patchTargetSchema, targetConfigSchemas } from '../notification-schema.ts';
import { timestamp } from './common-schemas.ts';
import { authErrors, errorResponses, idParameter, jsonBody, jsonResponse, listOf, type ApiSection } from './openapi-parts.ts';

const urlHint = z.string().nullable().describe('Enough of the URL to recognise it; the URL itself is never returned');

/** A target's config as answered: one shape per type, secrets replaced by hints and `has…` flags. */
const presentedConfig = z.union([
  z.object({ urlHint }).describe('wecom'),
  z.object({ urlHint, hasSecret: z.boolean() }).describe('feishu, dingtalk'),
  z.object({ chatId: z.string().nullable(), apiBase: z.string().nullable(), hasBotToken: z.boolean() }).describe('telegram'),
  z.object({ urlHint, headerNames: z.array(z.string()), bodyTemplate: z.string().nullable() }).describe('webhook'),
]);

export const notificationTargetSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.enum(notificationTargetTypes),
  enabled: z.boolean(),
  config: presentedConfig,
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const notificationBindingsSchema = z.object({
  bindings: z.array(
    z.object({
      event: z.enum(notificationEvents),
      targetIds: z.array(z.number().int()),
      enabled: z.boolean(),
      options: z.object({ time: z.string().optional().describe('HH:mm, daily_leaderboard only') }),
    }),
  ),
});

export const deliveryResultSchema = z.object({
  ok: z.boolean(),
  status: z.number().int().nullable().describe("HTTP status of the vendor's answer; null when none arrived"),
  latencyMs: z.number(),
  error: z.string().optional(),
});

const tags = ['notifications'];
const target = idParameter('notification target');
const needsKey = 'Needs ENCRYPTION_KEY (503 encryption_key_missing without it), which encrypts URLs, tokens and secrets at rest.';

/** The per-type config a PATCH may change, each field optional; secrets left out keep their value. */
const patchConfigs = Object.fromEntries(
  Object.entries(targetConfigSchemas).map(([type, schema]) => [`NotificationConfigPatch_${type}`, schema.partial()]),
);

export const notificationSection: ApiSection = {
  tag: { name: 'notifications', description: 'Where alerts and reports go, and which events go where' },
  schemas: {
    NotificationTarget: notificationTargetSchema,
    NotificationTargetCreate: createTargetSchema,
    NotificationTargetPatch: patchTargetSchema.describe(
      '`config` is checked against the schema of the stored type: NotificationConfigPatch_<type>',
    ),
    ...patchConfigs,
    NotificationBindings: notificationBindingsSchema,
    NotificationBindingsUpdate: bindingsSchema,
    NotificationDelivery: deliveryResultSchema,
  },
  paths: {
    '/notifications/targets': {
      get: {
        summary: 'List notification targets',
        operationId: 'listNotificationTargets',
        tags,
        responses: { '200': jsonResponse('All targets', listOf('targets', 'NotificationTarget')), ...errorResponses(...authErrors) },
      },
      post: {
        summary: 'Add a target (WeCom, Feishu, DingTalk, Telegram or a webhook)',
        description: needsKey,
        operationId: 'createNotificationTarget',
        tags,
        requestBody: jsonBody('NotificationTargetCreate'),
        responses: { '201': jsonResponse('Created', 'NotificationTarget'), ...errorResponses(400, ...authErrors) },
      },
    },
    '/notifications/targets/{id}': {
      patch: {
        summary: 'Change a target; its type stays',
        description: needsKey,
        operationId: 'updateNotificationTarget',
        tags,
        parameters: [target],
        requestBody: jsonBody('NotificationTargetPatch'),
        responses: { '200': jsonResponse('The changed target', 'NotificationTarget'), ...errorResponses(400, 404, ...authErrors) },
      },
      delete: {
        summary: 'Delete a target and its bindings',
        operationId: 'deleteNotificationTarget',
        tags,
        parameters: [target],
        responses: { '200': jsonResponse('Deleted', 'Deleted'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/notifications/targets/{id}/test': {
      post: {
        summary: 'Send a sample message to the target',
        description: `A failed delivery is a 200 with \`ok: false\`. ${needsKey}`,
        operationId: 'testNotificationTarget',
        tags,
        parameters: [target],
        responses: { '200': jsonResponse('The delivery outcome', 'NotificationDelivery'), ...errorResponses(404, ...authErrors) },
      },
    },
    '/notifications/bindings': {
      get: {
        summary: 'Which targets each event goes to',
        operationId: 'getNotificationBindings',
        tags,
        responses: { '200': jsonResponse('One entry per event', 'NotificationBindings'), ...errorResponses(...authErrors) },
      },
      put: {
        summary: 'Replace the bindings of the events listed',
        operationId: 'updateNotificationBindings',
        tags,
        requestBody: jsonBody('NotificationBindingsUpdate'),
        responses: { '200': jsonResponse('Every event after the change', 'NotificationBindings'), ...errorResponses(400, ...authErrors) },
      },
    },
  },
};
