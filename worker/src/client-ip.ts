// The client's address, for throttling and the request log. On Cloudflare the edge always sets
// cf-connecting-ip, so a forged x-forwarded-for only counts in local runs.

/** The client's address for throttling: Cloudflare's header, else the first forwarded hop. */
export function clientIpOf(headers: Headers): string {
  const direct = headers.get('cf-connecting-ip')?.trim();
  if (direct) return direct;
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || 'unknown';
}
