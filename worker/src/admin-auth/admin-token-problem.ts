// Whether ADMIN_TOKEN is fit to guard the admin (SPEC §7.1). A weak token is refused only in
// production, so local runs and tests keep working with short ones; a missing token is refused
// everywhere, since nobody could log in anyway.
import type { Config } from '../config.ts';

export const minimumAdminTokenLength = 32;
const defaultToken = 'change-me';
const howToSet =
  'Set a random secret of at least 32 characters with `wrangler secret put ADMIN_TOKEN` (locally: ADMIN_TOKEN in .dev.vars).';

/** The message to answer every admin route with, or undefined when the token is fine. */
export function adminTokenProblem(config: Pick<Config, 'ADMIN_TOKEN' | 'ENVIRONMENT'>): string | undefined {
  const token = config.ADMIN_TOKEN;
  if (token === undefined) return `Admin is disabled: ADMIN_TOKEN is not set. ${howToSet}`;
  if (config.ENVIRONMENT !== 'production') return undefined;
  if (token === defaultToken) return `Admin is disabled: ADMIN_TOKEN is still the default "change-me". ${howToSet}`;
  if (token.length < minimumAdminTokenLength) {
    return `Admin is disabled: ADMIN_TOKEN is shorter than ${minimumAdminTokenLength} characters. ${howToSet}`;
  }
  return undefined;
}
