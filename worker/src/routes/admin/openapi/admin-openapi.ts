// The admin API's OpenAPI 3.1 document (SPEC §7.2): one section per resource, each naming the routes'
// own zod schemas, so the document cannot drift from what the routes validate;
// test/admin-openapi.test.ts checks that every route the admin app registers is described here.
import { buildOpenApi } from './build-openapi.ts';
import { keySection } from './key-paths.ts';
import { logSection } from './log-paths.ts';
import { notificationSection } from './notification-paths.ts';
import type { ApiSection, JsonSchema } from './openapi-parts.ts';
import { openapiSection } from './openapi-paths.ts';
import { priceSection } from './price-paths.ts';
import { providerSection } from './provider-paths.ts';
import { providerTestSection } from './provider-test-paths.ts';
import { rateLimitStatsSection } from './rate-limit-stats-paths.ts';
import { sensitiveWordSection } from './sensitive-word-paths.ts';
import { sessionListSection } from './session-list-paths.ts';
import { sessionSection } from './session-paths.ts';
import { settingsSection } from './settings-paths.ts';
import { statsSection } from './stats-paths.ts';
import { usageSection } from './usage-paths.ts';
import { userSection } from './user-paths.ts';

export const adminApiSections: readonly ApiSection[] = [
  sessionSection,
  userSection,
  keySection,
  providerSection,
  providerTestSection,
  usageSection,
  logSection,
  statsSection,
  rateLimitStatsSection,
  sessionListSection,
  priceSection,
  sensitiveWordSection,
  notificationSection,
  settingsSection,
  openapiSection,
];

let built: JsonSchema | undefined;

/** The document, built once per isolate. */
export function adminOpenApi(): JsonSchema {
  built ??= buildOpenApi(adminApiSections);
  return built;
}
