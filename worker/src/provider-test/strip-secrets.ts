// Removes credentials from upstream text shown to an admin (SPEC §4.9, §11): vendors sometimes echo the
// key they were given ("Incorrect API key provided: sk-…"), and relays echo headers.

const secretPatterns: RegExp[] = [
  /\bBearer\s+[^\s"',;]+/gi,
  /\bsk-[A-Za-z0-9_-]{6,}/g,
  /\bAIza[0-9A-Za-z_-]{10,}/g,
  /\bcch_[A-Za-z0-9]{8,}/g,
  /\bya29\.[0-9A-Za-z_.-]+/g,
];

const replacement = '[redacted]';

/** `text` without the given secrets (the provider's own key) or anything shaped like a vendor key. */
export function stripSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join(replacement);
  }
  for (const pattern of secretPatterns) result = result.replace(pattern, (match) => (/^bearer/i.test(match) ? `Bearer ${replacement}` : replacement));
  return result;
}

/** At most `max` characters, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
