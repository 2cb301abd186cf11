// Bodies of POST /sensitive-words and PATCH /sensitive-words/:id (SPEC §8.1), and the check that a
// regex rule compiles, run on the rule as it will be stored (a PATCH may change only one half of it).
import { z } from 'zod';
import { matchTypes } from '../../db/schema/sensitive-words.ts';
import { parseRegexRule, type MatchType } from '../../guards/compile-word-rules.ts';
import { validationError } from './parse-body.ts';

export const patchSensitiveWordSchema = z
  .strictObject({
    pattern: z
      .string('A word or a regular expression')
      .max(500, 'At most 500 characters')
      .refine((text) => text.trim() !== '', 'Must not be empty'),
    matchType: z.enum(matchTypes, 'One of exact, contains, regex'),
    description: z.string().trim().max(500, 'At most 500 characters').nullable(),
    enabled: z.boolean('true or false'),
  })
  .partial();

export const createSensitiveWordSchema = patchSensitiveWordSchema.required({ pattern: true });

/** A 400 on `pattern` when a regex rule would not compile; what the matcher would skip is refused here. */
export function assertRuleCompiles(rule: { pattern: string; matchType: MatchType }): void {
  if (rule.matchType !== 'regex') return;
  const parsed = parseRegexRule(rule.pattern);
  if (!parsed.ok) throw validationError({ pattern: [parsed.error] });
}
