// Holds scripted scenarios and hands the first matching one to each incoming request.
import type { Scenario } from './scenario.ts';

/** What a scenario can match on, read once per request. */
export interface MatchTarget {
  path: string;
  model: string | undefined;
  headers: Record<string, string>;
  query: Record<string, string>;
}

interface QueuedScenario {
  scenario: Scenario;
  remaining: number;
}

export class ScenarioQueue {
  #queue: QueuedScenario[] = [];

  add(scenarios: Scenario[]): void {
    for (const scenario of scenarios) this.#queue.push({ scenario, remaining: scenario.times ?? 1 });
  }

  clear(): void {
    this.#queue = [];
  }

  list(): Array<Scenario & { remaining: number | 'always' }> {
    return this.#queue.map(({ scenario, remaining }) => ({ ...scenario, remaining: scenario.always ? 'always' : remaining }));
  }

  /** The first queued scenario matching `target`, consuming one of its uses. */
  take(target: MatchTarget): Scenario | undefined {
    const index = this.#queue.findIndex((entry) => matches(entry.scenario, target));
    const entry = this.#queue[index];
    if (entry === undefined) return undefined;
    if (!entry.scenario.always) {
      entry.remaining -= 1;
      if (entry.remaining <= 0) this.#queue.splice(index, 1);
    }
    return entry.scenario;
  }
}

export function matches(scenario: Scenario, target: MatchTarget): boolean {
  const match = scenario.match;
  if (match === undefined) return true;
  if (match.path !== undefined && !target.path.includes(match.path)) return false;
  if (match.model !== undefined && target.model !== match.model) return false;
  if (match.header !== undefined && !headerEquals(target.headers[match.header.name.toLowerCase()], match.header.value)) {
    return false;
  }
  if (match.apiKey !== undefined && !carriesKey(target, match.apiKey)) return false;
  return true;
}

function headerEquals(actual: string | undefined, expected: string): boolean {
  return actual === expected || actual === `Bearer ${expected}`;
}

/** Whether the request carries `key` wherever a vendor puts its API key. */
export function carriesKey(target: Pick<MatchTarget, 'headers' | 'query'>, key: string): boolean {
  return (
    target.headers['x-api-key'] === key ||
    target.headers['x-goog-api-key'] === key ||
    target.headers.authorization === `Bearer ${key}` ||
    target.query.key === key
  );
}
