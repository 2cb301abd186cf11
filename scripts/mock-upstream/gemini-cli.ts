// Gemini CLI's code assist endpoints (cloudcode-pa /v1internal): generation wraps the Gemini request in
// `{model, project, request}` and the response in `{response, traceId}`; the setup calls answer as a
// free-tier individual account would.
import { isRecord, stringField } from './conversation.ts';
import { geminiFormat } from './gemini.ts';
import type { MockCall } from './generation-format.ts';

const PROJECT = 'mock-project-123456';

export const geminiCodeAssist = geminiFormat({
  model: (call) => stringField(call.body, 'model') ?? '',
  request: (call) => (isRecord(call.body) ? call.body.request : undefined),
  wrap: (response) => ({ response, traceId: `mock-trace-${String(response.responseId ?? '')}` }),
});

const FREE_TIER = {
  id: 'free-tier',
  name: 'Gemini Code Assist for individuals',
  description: 'Free tier for individual developers.',
  userDefinedCloudaicompanionProject: false,
};

const STANDARD_TIER = {
  id: 'standard-tier',
  name: 'Gemini Code Assist',
  description: 'Paid tier bound to a Google Cloud project.',
  userDefinedCloudaicompanionProject: true,
};

function projectOf(call: MockCall): string {
  return stringField(call.body, 'cloudaicompanionProject') ?? stringField(call.body, 'project') ?? PROJECT;
}

/** Answers for the non-generation methods, keyed by the method after `/v1internal:`. */
export const codeAssistSetup: Record<string, (call: MockCall) => unknown> = {
  loadCodeAssist: (call) => ({
    currentTier: FREE_TIER,
    allowedTiers: [{ ...FREE_TIER, isDefault: true }, STANDARD_TIER],
    cloudaicompanionProject: projectOf(call),
    gcpManaged: false,
  }),
  onboardUser: (call) => ({
    name: `operations/onboard-${projectOf(call)}`,
    done: true,
    response: {
      '@type': 'type.googleapis.com/google.internal.cloud.code.v1internal.OnboardUserResponse',
      cloudaicompanionProject: { id: projectOf(call), name: 'Mock project' },
    },
  }),
  retrieveUserQuota: (call) => ({
    buckets: ['gemini-2.5-pro', 'gemini-2.5-flash'].map((modelId) => ({
      remainingAmount: '1000',
      remainingFraction: 1,
      resetTime: new Date(call.now + 24 * 3600 * 1000).toISOString(),
      tokenType: 'REQUESTS',
      modelId,
    })),
  }),
  listExperiments: () => ({
    experimentIds: [45_700_001, 45_700_002],
    flags: [
      { flagId: 45_700_001, boolValue: true },
      { flagId: 45_700_002, intValue: '8' },
    ],
  }),
};
