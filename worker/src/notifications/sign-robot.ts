// Signatures of the Feishu and DingTalk custom robots' "signing secret" security setting.
// Feishu (open.feishu.cn, custom bot guide): sign = base64(HMAC-SHA256(key = timestamp + "\n" + secret,
// message = "")), timestamp in seconds, both sent in the JSON body.
// DingTalk (open.dingtalk.com, custom robot security settings): sign = base64(HMAC-SHA256(key = secret,
// message = timestamp + "\n" + secret)), timestamp in milliseconds, both sent as query parameters.

async function hmacBase64(key: string, message: string): Promise<string> {
  const encoder = new TextEncoder();
  const cryptoKey = await crypto.subtle.importKey('raw', encoder.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)));
  let binary = '';
  for (const byte of mac) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function feishuSignature(secret: string, timestampSeconds: number): Promise<string> {
  return hmacBase64(`${timestampSeconds}\n${secret}`, '');
}

export function dingtalkSignature(secret: string, timestampMs: number): Promise<string> {
  return hmacBase64(secret, `${timestampMs}\n${secret}`);
}
