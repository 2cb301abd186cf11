// /api/admin/sensitive-words (SPEC §7.2, §8.1): the rules the proxy checks user-authored text against.
// Every write drops the cached rule list, so the next proxied request is checked against the new rules.
import { Hono } from 'hono';
import type { AppEnv } from '../../app-env.ts';
import { sensitiveWordsKey } from '../../cache/cache-keys.ts';
import {
  deleteSensitiveWord,
  findSensitiveWord,
  insertSensitiveWord,
  listSensitiveWords,
  updateSensitiveWord,
} from '../../db/queries/sensitive-words.ts';
import { requestDb } from '../../db/request-database.ts';
import { parseBody } from './parse-body.ts';
import { idParam, invalidateCache, notFound, recordAudit } from './route-helpers.ts';
import { assertRuleCompiles, createSensitiveWordSchema, patchSensitiveWordSchema } from './sensitive-word-schema.ts';

const resource = 'Sensitive word';

export const sensitiveWordRoutes = new Hono<AppEnv>()
  .get('/sensitive-words', async (c) => c.json({ sensitiveWords: await listSensitiveWords(requestDb(c)) }))
  .post('/sensitive-words', async (c) => {
    const input = await parseBody(c, createSensitiveWordSchema);
    assertRuleCompiles({ pattern: input.pattern, matchType: input.matchType ?? 'contains' });
    const row = await requestDb(c).transaction(async (tx) => {
      const word = await insertSensitiveWord(tx, input);
      await recordAudit(tx, c, { action: 'create', resourceType: 'sensitive_word', resourceId: word.id, detail: { fields: input } });
      return word;
    });
    await invalidateCache(c, [sensitiveWordsKey]);
    return c.json(row, 201);
  })
  .patch('/sensitive-words/:id{[0-9]+}', async (c) => {
    const id = idParam(c, resource);
    const input = await parseBody(c, patchSensitiveWordSchema);
    const row = await requestDb(c).transaction(async (tx) => {
      const existing = await findSensitiveWord(tx, id);
      if (existing === undefined) return undefined;
      assertRuleCompiles({ pattern: input.pattern ?? existing.pattern, matchType: input.matchType ?? existing.matchType });
      const word = await updateSensitiveWord(tx, id, input);
      await recordAudit(tx, c, { action: 'update', resourceType: 'sensitive_word', resourceId: id, detail: { fields: input } });
      return word;
    });
    if (row === undefined) throw notFound(resource, id);
    await invalidateCache(c, [sensitiveWordsKey]);
    return c.json(row);
  })
  .delete('/sensitive-words/:id{[0-9]+}', async (c) => {
    const id = idParam(c, resource);
    const row = await requestDb(c).transaction(async (tx) => {
      const word = await deleteSensitiveWord(tx, id);
      if (word !== undefined) await recordAudit(tx, c, { action: 'delete', resourceType: 'sensitive_word', resourceId: id, detail: { pattern: word.pattern } });
      return word;
    });
    if (row === undefined) throw notFound(resource, id);
    await invalidateCache(c, [sensitiveWordsKey]);
    return c.json({ deleted: true });
  });
