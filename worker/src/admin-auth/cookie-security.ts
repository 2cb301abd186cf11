// Where the admin session cookie may be sent: the Secure decision and the CSRF origin check.

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalHost(hostname: string): boolean {
  return localHosts.has(hostname) || hostname.endsWith('.localhost');
}

/**
 * Secure whenever the request came over https (it costs nothing there). Over plain http it follows
 * ENABLE_SECURE_COOKIES, except on localhost: Safari drops Secure cookies set over http even on
 * localhost, while every browser accepts a plain cookie there, so local logins work everywhere
 * without turning the setting off.
 */
export function cookieShouldBeSecure(url: URL, enableSecureCookies: boolean): boolean {
  if (url.protocol === 'https:') return true;
  return enableSecureCookies && !isLocalHost(url.hostname);
}

/**
 * CSRF check for cookie-authenticated writes: the browser's Origin (or, when a privacy setting
 * strips it, the Referer) must name this host. A request that names neither is refused, since a
 * browser always sends one of them on a cross-site POST it could be tricked into.
 */
export function isSameHostRequest(headers: Headers, url: URL): boolean {
  const source = headers.get('origin') ?? headers.get('referer');
  if (source === null || source === 'null') return false;
  try {
    return new URL(source).host === url.host;
  } catch {
    return false;
  }
}
