// An HTTP/1.1 response head (RFC 9112 §4, §5): the status line and the header fields, from the bytes
// up to and including the blank line. Shared by the CONNECT handshake and the upstream response.
import { latin1Text } from './bytes.ts';

export interface ResponseHead {
  status: number;
  statusText: string;
  /** In arrival order; names lower-cased, values with surrounding whitespace removed. */
  headers: [string, string][];
}

const statusLine = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?$/;
const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Field values: visible octets, spaces and tabs (RFC 9110 §5.5); no control characters.
const fieldValue = /^[\t\x20-\x7e\x80-\xff]*$/;

export function parseResponseHead(bytes: Uint8Array): ResponseHead {
  const lines = latin1Text(bytes).split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  const [first = '', ...fields] = lines;
  const status = statusLine.exec(first);
  if (status === null) throw new Error(`malformed status line ${JSON.stringify(first.slice(0, 80))}`);
  const code = Number(status[1]);
  if (code < 100 || code > 599) throw new Error(`status ${code} is out of range`);
  const headers: [string, string][] = [];
  for (const line of fields) {
    if (line.startsWith(' ') || line.startsWith('\t')) throw new Error('obsolete line folding in a response header');
    const colon = line.indexOf(':');
    const name = colon === -1 ? '' : line.slice(0, colon);
    if (!token.test(name)) throw new Error(`malformed response header line ${JSON.stringify(line.slice(0, 80))}`);
    const value = line.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '');
    if (!fieldValue.test(value)) throw new Error(`response header ${name} has a control character in its value`);
    headers.push([name.toLowerCase(), value]);
  }
  return { status: code, statusText: status[2] ?? '', headers };
}

/** All values of a header, comma lists split (RFC 9110 §5.3). */
export function headerValues(head: ResponseHead, name: string): string[] {
  return head.headers
    .filter(([n]) => n === name)
    .flatMap(([, v]) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}
