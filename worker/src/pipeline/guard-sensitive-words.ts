// The sensitive-word step (SPEC §8.1): a model call whose user-authored text breaks a rule is refused
// with 400 `Sensitive content detected`. The compiled matcher is kept per isolate until the rule list's
// version changes; with no rules the request is not even parsed.
import { ProxyError } from '../errors.ts';
import { compileWordRules, type WordMatcher } from '../guards/compile-word-rules.ts';
import { findSensitiveText } from '../guards/find-sensitive-text.ts';
import type { Logger } from '../log.ts';
import type { ClientRequest } from './client-request.ts';
import { irOf, isGeneration } from './convert.ts';
import type { WordSnapshot } from './load-word-rules.ts';

let compiled: { version: string; matcher: WordMatcher } | undefined;

function matcherFor(snapshot: WordSnapshot, log: Logger): WordMatcher {
  if (compiled?.version === snapshot.version) return compiled.matcher;
  const { matcher, invalid } = compileWordRules(snapshot.rules);
  for (const { rule, error } of invalid) log.warn('Sensitive word rule skipped', { ruleId: rule.id, error });
  compiled = { version: snapshot.version, matcher };
  return matcher;
}

/**
 * Throws the 400 when a rule matches. Requests that are not model calls (count_tokens, model lists)
 * are not checked; a body its codec cannot read is refused as invalid, since it cannot be checked.
 */
export async function guardSensitiveWords(request: ClientRequest, rules: () => Promise<WordSnapshot>, log: Logger): Promise<void> {
  if (!isGeneration(request)) return;
  const snapshot = await rules();
  if (snapshot.rules.length === 0) return;
  const rule = findSensitiveText(irOf(request), matcherFor(snapshot, log));
  if (rule === undefined) return;
  log.info('Sensitive content detected', { ruleId: rule.id, matchType: rule.matchType });
  throw new ProxyError('bad_request', 'Sensitive content detected', { code: 'sensitive_content' });
}
