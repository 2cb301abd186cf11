// Reading a robot's answer: an HTTP error, or a 200 whose JSON reports a vendor error code.

export type ReplyVerdict = { ok: true } | { ok: false; error: string };

const excerpt = (body: string) => (body.length > 300 ? `${body.slice(0, 300)}…` : body);

function parseObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function readHttpReply(status: number, body: string): ReplyVerdict {
  if (status >= 200 && status < 300) return { ok: true };
  return { ok: false, error: `HTTP ${status}${body.trim() === '' ? '' : `: ${excerpt(body.trim())}`}` };
}

/** WeCom and DingTalk: `{ errcode, errmsg }`, errcode 0 = delivered. */
export function readErrcodeReply(status: number, body: string): ReplyVerdict {
  const http = readHttpReply(status, body);
  if (!http.ok) return http;
  const reply = parseObject(body);
  const code = reply?.['errcode'];
  if (code === 0) return { ok: true };
  if (code === undefined) return { ok: false, error: `Unexpected reply: ${excerpt(body)}` };
  return { ok: false, error: `errcode ${String(code)}: ${String(reply?.['errmsg'] ?? '')}` };
}

/** Feishu: `{ code, msg }` (older robots `{ StatusCode, StatusMessage }`), 0 = delivered. */
export function readFeishuReply(status: number, body: string): ReplyVerdict {
  const http = readHttpReply(status, body);
  if (!http.ok) return http;
  const reply = parseObject(body);
  const code = reply?.['code'] ?? reply?.['StatusCode'];
  if (code === 0) return { ok: true };
  if (code === undefined) return { ok: false, error: `Unexpected reply: ${excerpt(body)}` };
  return { ok: false, error: `code ${String(code)}: ${String(reply?.['msg'] ?? reply?.['StatusMessage'] ?? '')}` };
}

/** Telegram Bot API: `{ ok, description }`. */
export function readTelegramReply(status: number, body: string): ReplyVerdict {
  const reply = parseObject(body);
  if (status >= 200 && status < 300 && reply?.['ok'] === true) return { ok: true };
  const description = reply?.['description'];
  if (typeof description === 'string') return { ok: false, error: `HTTP ${status}: ${description}` };
  const http = readHttpReply(status, body);
  return http.ok ? { ok: false, error: `Unexpected reply: ${excerpt(body)}` } : http;
}
