// `.dev.vars` holds the local secrets wrangler dev reads. The launcher generates the admin token and
// the encryption key once and keeps them, so they survive restarts.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function parseDevVars(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = line.match(/^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (!match?.[1]) continue;
    vars.set(match[1], (match[2] ?? '').replace(/^"(.*)"$/, '$1'));
  }
  return vars;
}

export function randomSecret(length = 48): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(length)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Reads `.dev.vars`, adds any missing generated secret, writes it back, and returns the values. */
export function ensureDevVars(path: string): Map<string, string> {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const vars = parseDevVars(text);
  const added: string[] = [];
  for (const name of ['ADMIN_TOKEN', 'ENCRYPTION_KEY']) {
    if (vars.get(name)) continue;
    const value = randomSecret();
    vars.set(name, value);
    added.push(`${name}="${value}"`);
  }
  if (added.length > 0) {
    const prefix = text === '' || text.endsWith('\n') ? text : `${text}\n`;
    writeFileSync(path, `${prefix}${added.join('\n')}\n`, { mode: 0o600 });
  }
  return vars;
}
