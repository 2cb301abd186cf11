// Gemini function calls usually carry no id, but every other format needs one that stays the same
// when the same call is converted again. The id is a hash of what identifies the call, never random.

const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

/** `scope` names the turn or response the call belongs to; `position` its place within it. */
export const synthesizeCallId = (scope: string, position: number, name: string, args: string): string =>
  `call_${fnv1a(`${scope}\u0000${position}\u0000${name}\u0000${args}`)}${position.toString(36)}`;
