// The forms an allowedModels entry may take (SPEC §4.2): an exact name, a prefix `claude-*`, or a
// regular expression written `/…/` (flags allowed) that must compile, read as the proxy reads it.
import { compileModelRegex } from '../../pipeline/model-allowed.ts';

/** Why the entry is not a valid pattern, or undefined when it is. */
export function modelPatternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/')) {
    try {
      if (compileModelRegex(pattern) === undefined) return 'A regular expression is written /…/, e.g. /^claude-(opus|sonnet)/i';
      return undefined;
    } catch (error) {
      return `Not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  const star = pattern.indexOf('*');
  if (star !== -1 && star !== pattern.length - 1) {
    return 'Use * only at the end for a prefix (claude-*), or write a regular expression as /…/';
  }
  return undefined;
}
