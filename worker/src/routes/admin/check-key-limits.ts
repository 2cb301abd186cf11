// A key cannot exceed its user (SPEC §7.2): where the user has a limit, the key's may only be lower
// or equal. A key with no limit of its own (0 or null) is fine, since the stricter user limit applies.
import { boundedLimitNames, type BoundedLimitName } from './field-schemas.ts';

export type Limits = Partial<Record<BoundedLimitName, number | null | undefined>>;

/** Field-level messages for the limits the key sets above its user's; empty when none. */
export function keyLimitsAboveUser(key: Limits, user: Limits): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const name of boundedLimitNames) {
    const ceiling = user[name];
    const wanted = key[name];
    if (ceiling === null || ceiling === undefined || ceiling <= 0) continue;
    if (wanted === null || wanted === undefined || wanted <= 0) continue;
    if (wanted > ceiling) fields[name] = [`Must not exceed the user's ${name} of ${ceiling}`];
  }
  return fields;
}
