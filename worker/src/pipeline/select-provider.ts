// Chooses the provider for one attempt (SPEC §4.3): the eligible ones by group, enabled, weight, model
// and availability; the session's bound provider while eligible; else the lowest priority number, and
// weighted random within it. Pure: randomness and availability are passed in.
import type { WireFormat } from '../formats/format.ts';
import { modelAllowed } from './model-allowed.ts';

export interface SelectableProvider {
  id: number;
  name: string;
  format: WireFormat;
  enabled: boolean;
  weight: number;
  priority: number;
  groupTag: string | null;
  allowedModels: string[];
}

export interface SelectionInput {
  format: WireFormat;
  /** The request can be converted, so providers of any format may serve it (SPEC §3.3). */
  convertible: boolean;
  model: string | undefined;
  /** The user's providerGroup: comma-separated tags, empty for every provider. */
  userGroup: string | null;
  /** Providers already tried or refused in this request. */
  exclude: ReadonlyMap<number, string>;
  /** Providers unavailable for this request (breaker open, limits), with why. */
  unavailable: ReadonlyMap<number, string>;
  boundProviderId: number | undefined;
  random: () => number;
}

export type SelectionReason = 'session_reuse' | 'weighted_random';

export type Selection<P extends SelectableProvider> =
  | { provider: P; reason: SelectionReason }
  | { provider: undefined; filtered: { providerId: number; name: string; reason: string }[] };

function tags(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

function whyIneligible<P extends SelectableProvider>(p: P, input: SelectionInput, groups: string[]): string | undefined {
  if (input.exclude.has(p.id)) return input.exclude.get(p.id);
  if (!p.enabled) return 'disabled';
  if (p.weight <= 0) return 'weight is 0';
  if (!input.convertible && p.format !== input.format) return `speaks ${p.format}, the request is ${input.format}`;
  if (groups.length > 0 && !tags(p.groupTag).some((t) => groups.includes(t))) return `not in group ${groups.join(',')}`;
  if (!modelAllowed(p.allowedModels, input.model)) return `model ${input.model ?? '(none)'} not allowed`;
  return input.unavailable.get(p.id);
}

function weightedPick<P extends SelectableProvider>(pool: P[], random: () => number): P {
  const total = pool.reduce((sum, p) => sum + p.weight, 0);
  let point = random() * total;
  for (const p of pool) {
    point -= p.weight;
    if (point < 0) return p;
  }
  return pool[pool.length - 1] as P;
}

export function selectProvider<P extends SelectableProvider>(providers: readonly P[], input: SelectionInput): Selection<P> {
  const groups = tags(input.userGroup);
  const eligible: P[] = [];
  const filtered: { providerId: number; name: string; reason: string }[] = [];
  for (const p of providers) {
    const reason = whyIneligible(p, input, groups);
    if (reason === undefined) eligible.push(p);
    else filtered.push({ providerId: p.id, name: p.name, reason });
  }
  if (eligible.length === 0) return { provider: undefined, filtered };
  const bound = eligible.find((p) => p.id === input.boundProviderId);
  if (bound !== undefined) return { provider: bound, reason: 'session_reuse' };
  const best = Math.min(...eligible.map((p) => p.priority));
  return { provider: weightedPick(eligible.filter((p) => p.priority === best), input.random), reason: 'weighted_random' };
}
