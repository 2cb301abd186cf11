// The wire format each provider type speaks (SPEC §4.1).
import type { ProviderType } from '../db/schema/providers.ts';
import type { WireFormat } from '../formats/format.ts';

export const providerFormats: Record<ProviderType, WireFormat> = {
  claude: 'anthropic',
  'claude-auth': 'anthropic',
  codex: 'openai-responses',
  'openai-compatible': 'openai-chat',
  gemini: 'gemini',
  'gemini-cli': 'gemini-cli',
};
