// A provider's allowedModels (SPEC §4.2): empty allows all; each entry is an exact name, a prefix
// written `name*`, or a regular expression written `/pattern/flags`.

const compiled = new Map<string, RegExp | null>();

function regexOf(entry: string): RegExp | null {
  let regex = compiled.get(entry);
  if (regex === undefined) {
    const match = entry.match(/^\/(.+)\/([a-z]*)$/);
    try {
      regex = match?.[1] ? new RegExp(match[1], match[2]) : null;
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
