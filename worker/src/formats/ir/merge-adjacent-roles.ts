// Merges consecutive messages of the same role: Anthropic, Gemini and Chat tool calls need one turn per
// role. A message carrying extensions of the target format stays apart so those fields keep their place.
import type { WireFormat } from '../format.ts';
import type { Message } from './request.ts';

export const mergeAdjacentRoles = (messages: readonly Message[], format: WireFormat): Message[] => {
  const merged: Message[] = [];
  for (const message of messages) {
    const last = merged.at(-1);
    const mergeable = last !== undefined && last.role === message.role && !last.extensions?.[format] && !message.extensions?.[format];
    if (mergeable) merged[merged.length - 1] = { ...last, content: [...last.content, ...message.content] };
    else merged.push({ ...message, content: [...message.content] });
  }
  return merged;
};
