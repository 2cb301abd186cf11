// The model list a key holder sees (GET /v1/models, /v1beta/models), in the client's own shape: the
// models their providers serve — exact allowed names and redirect sources, or, for a provider that
// allows every model, the known models of its vendor.
import type { PriceVendor } from '../billing/model-price.ts';
import { seedPrices } from '../billing/seed-prices.ts';
import type { WireFormat } from '../formats/format.ts';
import type { SelectableProvider } from './select-provider.ts';

const vendorOf: Record<WireFormat, PriceVendor> = {
  anthropic: 'anthropic',
  'openai-chat': 'openai',
  'openai-responses': 'openai',
  gemini: 'google',
  'gemini-cli': 'google',
};

const isPattern = (name: string) => name.endsWith('*') || name.startsWith('/');

/** The provider formats whose models a list in this client format shows: one list per API family. */
const familyOf: Record<WireFormat, WireFormat[]> = {
  anthropic: ['anthropic'],
  'openai-chat': ['openai-chat', 'openai-responses'],
  'openai-responses': ['openai-chat', 'openai-responses'],
  gemini: ['gemini', 'gemini-cli'],
  'gemini-cli': ['gemini', 'gemini-cli'],
};

export function modelNames(
  providers: readonly (SelectableProvider & { modelRedirects: { from: string }[] })[],
  format: WireFormat,
  groups: string[],
): string[] {
  const names = new Set<string>();
  for (const p of providers) {
    if (!p.enabled || p.weight <= 0 || !familyOf[format].includes(p.format)) continue;
    const tags = (p.groupTag ?? '').split(',').map((t) => t.trim());
    if (groups.length > 0 && !tags.some((t) => groups.includes(t))) continue;
    if (p.allowedModels.length === 0) {
      for (const price of seedPrices) if (price.vendor === vendorOf[format]) names.add(price.model);
    }
    for (const name of [...p.allowedModels, ...p.modelRedirects.map((r) => r.from)]) {
      if (!isPattern(name)) names.add(name);
    }
  }
  return [...names].sort();
}

export function renderModelList(format: WireFormat, names: string[]): unknown {
  switch (format) {
    case 'anthropic':
      return {
        data: names.map((id) => ({ type: 'model', id, display_name: id, created_at: '1970-01-01T00:00:00Z' })),
        has_more: false,
        first_id: names[0] ?? null,
        last_id: names.at(-1) ?? null,
      };
    case 'gemini':
    case 'gemini-cli':
      return {
        models: names.map((id) => ({
          name: `models/${id}`,
          displayName: id,
          supportedGenerationMethods: ['generateContent', 'streamGenerateContent', 'countTokens'],
        })),
      };
    case 'openai-chat':
    case 'openai-responses':
      return { object: 'list', data: names.map((id) => ({ id, object: 'model', created: 0, owned_by: 'cch-edge' })) };
  }
}
