// A provider's allowedModels (SPEC §4.2): empty allows all; each entry is an exact name, a prefix
// written `name*`, or a regular expression written `/pattern/flags`.

const compiled = new Map<string, RegExp | null>();

/** The regular expression an entry written `/pattern/flags` stands for; throws when it does not compile. */
export function compileModelRegex(entry: string): RegExp | undefined {
  const match = entry.match(/^\/(.+)\/([a-z]*)$/);
  return match?.[1] === undefined ? undefined : new RegExp(match[1], match[2]);
}

function regexOf(entry: string): RegExp | null {
  let regex = compiled.get(entry);
  if (regex === undefined) {
    try {
      regex = compileModelRegex(entry) ?? null;
    } catch {
      regex = null;
    }
    compiled.set(entry, regex);
  }
  return regex;
}

export function modelMatches(entry: string, model: string): boolean {
  if (entry.startsWith('/') && entry.length > 2) return regexOf(entry)?.test(model) ?? false;
  if (entry.endsWith('*')) return model.startsWith(entry.slice(0, -1));
  return entry === model;
}

export function modelAllowed(allowedModels: readonly string[], model: string | undefined): boolean {
  if (allowedModels.length === 0) return true;
  if (model === undefined) return false;
  return allowedModels.some((entry) => modelMatches(entry, model));
}

/** Model redirect (SPEC §4.4): the first `from` that matches decides the name sent upstream. */
export function redirectModel(redirects: readonly { from: string; to: string }[], model: string): string {
  return redirects.find((r) => modelMatches(r.from, model))?.to ?? model;
}
