// The forms an allowedModels entry may take (SPEC §4.2): an exact name, a prefix `claude-*`, or a
// regular expression written `/…/` that must compile.

/** Why the entry is not a valid pattern, or undefined when it is. */
export function modelPatternProblem(pattern: string): string | undefined {
  if (pattern.startsWith('/')) {
    if (pattern.length < 3 || !pattern.endsWith('/')) return 'A regular expression is written /…/, e.g. /^claude-(opus|sonnet)/';
    try {
      new RegExp(pattern.slice(1, -1));
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
