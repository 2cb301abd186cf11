// Joins a provider's base URL and a request path without doubling segments:
// `https://x/v1` + `/v1/messages` → `https://x/v1/messages` (SPEC §4.1).

export function joinUrl(baseUrl: string, path: string, search = ''): string {
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const requestPath = path.startsWith('/') ? path : `/${path}`;
  const baseSegments = basePath.split('/').filter(Boolean);
  const pathSegments = requestPath.split('/').filter(Boolean);
  // Drop the longest tail of the base path that the request path starts with.
  let overlap = 0;
  for (let n = Math.min(baseSegments.length, pathSegments.length); n > 0; n--) {
    const tail = baseSegments.slice(baseSegments.length - n).join('/');
    const head = pathSegments.slice(0, n).join('/');
    if (tail === head) {
      overlap = n;
      break;
    }
  }
  const joined = [...baseSegments, ...pathSegments.slice(overlap)].join('/');
  const trailing = requestPath.endsWith('/') && joined !== '' ? '/' : '';
  return `${base.origin}/${joined}${trailing}${search}`;
}
