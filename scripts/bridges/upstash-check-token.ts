// Decides whether a request to the local Upstash bridge carries its token, given either as
// `Authorization: Bearer <token>` or as the `_token` query parameter (both documented by Upstash).
import { createHash, timingSafeEqual } from 'node:crypto';

export interface PresentedCredentials {
  authorization: string | undefined;
  queryToken: string | null;
}

export function checkUpstashToken(presented: PresentedCredentials, token: string): boolean {
  const candidate = bearerToken(presented.authorization) ?? presented.queryToken;
  if (candidate === null || candidate === '') return false;
  // Digests give equal lengths, so the comparison time does not reveal how much of the token matched.
  return timingSafeEqual(digest(candidate), digest(token));
}

function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
