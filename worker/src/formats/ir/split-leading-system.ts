// OpenAI formats carry the system prompt as messages. The leading system (or developer) messages become
// the neutral system prompt, each text block keeping its message's extensions (such as the role).
import type { TextBlock } from './content.ts';
import type { Message } from './request.ts';

const systemText = (message: Message): TextBlock[] =>
  message.content.flatMap((block) => {
    if (block.type !== 'text') return [];
    return [message.extensions === undefined ? block : { ...block, extensions: message.extensions }];
  });

export const splitLeadingSystem = (messages: readonly Message[]): { system: TextBlock[]; rest: Message[] } => {
  const firstOther = messages.findIndex((message) => message.role !== 'system');
  const leading = firstOther === -1 ? messages : messages.slice(0, firstOther);
  return { system: leading.flatMap(systemText), rest: firstOther === -1 ? [] : messages.slice(firstOther) };
};

/** For formats without a system turn inside the conversation: later instructions become user text. */
export const systemTurnsAsUser = (messages: readonly Message[]): Message[] =>
  messages.map((message) => (message.role === 'system' ? { ...message, role: 'user' } : message));
