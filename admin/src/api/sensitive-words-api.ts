// Typed calls to /api/admin/sensitive-words (SPEC §7.2, §8.1): the rules user-authored text is checked against.
import { request } from './http-client.ts';

export const matchTypes = ['exact', 'contains', 'regex'] as const;
export type MatchType = (typeof matchTypes)[number];

export interface SensitiveWord {
  id: number;
  pattern: string;
  matchType: MatchType;
  description: string | null;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export type SensitiveWordInput = Partial<Pick<SensitiveWord, 'pattern' | 'matchType' | 'description' | 'enabled'>>;

export const sensitiveWords = {
  list: async () => (await request<{ sensitiveWords: SensitiveWord[] }>('/sensitive-words')).sensitiveWords,
  create: (input: SensitiveWordInput) => request<SensitiveWord>('/sensitive-words', { method: 'POST', body: input }),
  update: (id: number, input: SensitiveWordInput) => request<SensitiveWord>(`/sensitive-words/${id}`, { method: 'PATCH', body: input }),
  remove: (id: number) => request<{ deleted: true }>(`/sensitive-words/${id}`, { method: 'DELETE' }),
};
