// Which user-authored text of a request breaks a sensitive-word rule (SPEC §8.1): the system prompt,
// system turns and the text parts of user turns. Assistant turns and tool results are not the user's
// words (a model may quote anything back), so they are never checked.
import type { IrRequest } from '../formats/ir/request.ts';
import type { WordMatcher, WordRule } from './compile-word-rules.ts';

/** Each block of text the user wrote, in request order; a block is one unit for `exact` rules. */
export function userAuthoredText(request: IrRequest): string[] {
  const texts = request.system.map((block) => block.text);
  for (const message of request.messages) {
    if (message.role === 'assistant') continue;
    for (const block of message.content) if (block.type === 'text') texts.push(block.text);
  }
  return texts;
}

export function findSensitiveText(request: IrRequest, matcher: WordMatcher): WordRule | undefined {
  for (const text of userAuthoredText(request)) {
    const rule = matcher.match(text);
    if (rule !== undefined) return rule;
  }
  return undefined;
}
