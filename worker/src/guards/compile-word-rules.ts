// Sensitive-word rules (SPEC §8.1) compiled once into a matcher. `contains` and `exact` ignore case:
// the admin types a word, and "Secret" should catch "SECRET". `exact` is a whole text block, trimmed
// (a prompt that is nothing but the word). `regex` is taken as written: a plain pattern is
// case-sensitive, `/pattern/flags` carries its own flags (`/…/i` to ignore case).
import type { matchTypes } from '../db/schema/sensitive-words.ts';

export type MatchType = (typeof matchTypes)[number];

export interface WordRule {
  id: number;
  pattern: string;
  matchType: MatchType;
}

export interface WordMatcher {
  /** The first rule the text breaks, or undefined. */
  match(text: string): WordRule | undefined;
}

export interface CompiledRules {
  matcher: WordMatcher;
  /** Regex rules that do not compile (only possible for rows written around the admin API). */
  invalid: { rule: WordRule; error: string }[];
}

const slashForm = /^\/(.*)\/([a-z]*)$/s;

/**
 * A regex rule's pattern as a RegExp, or the reason it is not one. `g` and `y` are dropped: they make
 * `test` remember where it stopped, and one matcher serves many requests.
 */
export function parseRegexRule(pattern: string): { ok: true; regex: RegExp } | { ok: false; error: string } {
  const slashed = slashForm.exec(pattern);
  const source = slashed?.[1] ?? pattern;
  const flags = (slashed?.[2] ?? '').replace(/[gy]/g, '');
  if (source === '') return { ok: false, error: 'Must not be empty' };
  try {
    return { ok: true, regex: new RegExp(source, flags) };
  } catch (error) {
    return { ok: false, error: `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function compileWordRules(rules: readonly WordRule[]): CompiledRules {
  const exact = new Map<string, WordRule>();
  const contains: { needle: string; rule: WordRule }[] = [];
  const regexes: { regex: RegExp; rule: WordRule }[] = [];
  const invalid: CompiledRules['invalid'] = [];
  for (const rule of rules) {
    if (rule.matchType === 'regex') {
      const parsed = parseRegexRule(rule.pattern);
      if (parsed.ok) regexes.push({ regex: parsed.regex, rule });
      else invalid.push({ rule, error: parsed.error });
      continue;
    }
    const needle = rule.pattern.trim().toLowerCase();
    if (needle === '') continue;
    if (rule.matchType === 'exact') {
      if (!exact.has(needle)) exact.set(needle, rule);
    } else contains.push({ needle, rule });
  }
  const match = (text: string): WordRule | undefined => {
    if (exact.size > 0 || contains.length > 0) {
      const lower = text.toLowerCase();
      const whole = exact.get(lower.trim());
      if (whole !== undefined) return whole;
      const found = contains.find((entry) => lower.includes(entry.needle));
      if (found !== undefined) return found.rule;
    }
    return regexes.find((entry) => entry.regex.test(text))?.rule;
  };
  return { matcher: { match }, invalid };
}
