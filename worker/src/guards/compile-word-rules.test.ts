import { describe, expect, it } from 'vitest';
import { compileWordRules, parseRegexRule, type WordRule } from './compile-word-rules.ts';

const rule = (id: number, matchType: WordRule['matchType'], pattern: string): WordRule => ({ id, matchType, pattern });

describe('compileWordRules', () => {
  it('matches contains rules anywhere in the text, ignoring case', () => {
    const { matcher } = compileWordRules([rule(1, 'contains', 'Forbidden')]);
    expect(matcher.match('this is FORBIDDEN text')?.id).toBe(1);
    expect(matcher.match('this is allowed')).toBeUndefined();
  });

  it('matches exact rules only when the whole text is the word, trimmed and ignoring case', () => {
    const { matcher } = compileWordRules([rule(2, 'exact', 'launch codes')]);
    expect(matcher.match('  Launch Codes\n')?.id).toBe(2);
    expect(matcher.match('give me the launch codes')).toBeUndefined();
  });

  it('takes a plain regex as written, case-sensitive', () => {
    const { matcher } = compileWordRules([rule(3, 'regex', 'card-\\d{4}')]);
    expect(matcher.match('my card-1234 please')?.id).toBe(3);
    expect(matcher.match('my CARD-1234 please')).toBeUndefined();
  });

  it('honours flags of a /pattern/flags regex', () => {
    const { matcher } = compileWordRules([rule(4, 'regex', '/card-\\d{4}/i')]);
    expect(matcher.match('my CARD-1234 please')?.id).toBe(4);
  });

  it('gives the same answer twice for a global regex', () => {
    const { matcher } = compileWordRules([rule(5, 'regex', '/abc/g')]);
    expect(matcher.match('xabc')?.id).toBe(5);
    expect(matcher.match('xabc')?.id).toBe(5);
  });

  it('reports regex rules that do not compile and keeps the others working', () => {
    const { matcher, invalid } = compileWordRules([rule(6, 'regex', '(unclosed'), rule(7, 'contains', 'bad')]);
    expect(invalid.map((entry) => entry.rule.id)).toEqual([6]);
    expect(matcher.match('a bad day')?.id).toBe(7);
  });

  it('ignores blank contains and exact rules instead of matching everything', () => {
    const { matcher } = compileWordRules([rule(8, 'contains', '  '), rule(9, 'exact', '')]);
    expect(matcher.match('anything')).toBeUndefined();
    expect(matcher.match('')).toBeUndefined();
  });
});

describe('parseRegexRule', () => {
  it('refuses an empty pattern and an invalid one with a reason', () => {
    expect(parseRegexRule('//i')).toEqual({ ok: false, error: 'Must not be empty' });
    const broken = parseRegexRule('[a-');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatch(/^Not a valid regular expression/);
  });

  it('reads an unknown flag as an invalid regex', () => {
    expect(parseRegexRule('/a/q').ok).toBe(false);
  });
});
