// Sensitive-word rules in the admin API (SPEC §7.2, §8.1): create, list, edit, delete, each write
// audited, and field-level 400s — a regex that does not compile names `pattern`.
import { desc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '../worker/src/db/schema/audit-log.ts';
import { adminCall, withDatabase, type ErrorBody } from './admin-helpers.ts';

interface Rule {
  id: number;
  pattern: string;
  matchType: string;
  description: string | null;
  enabled: boolean;
}

// Never seen in a proxied request: these rules share the database with every other test file.
const pattern = () => `admin-word-${crypto.randomUUID().slice(0, 8)}`;
const created: number[] = [];

afterAll(async () => {
  for (const id of created) await adminCall('DELETE', `/sensitive-words/${id}`);
});

async function create(body: Record<string, unknown>): Promise<Rule> {
  const answer = await adminCall<Rule>('POST', '/sensitive-words', body);
  expect(answer.status).toBe(201);
  created.push(answer.body.id);
  return answer.body;
}

const auditOf = (id: number) =>
  withDatabase(({ db }) =>
    db.select().from(auditLog).where(eq(auditLog.resourceId, String(id))).orderBy(desc(auditLog.id)),
  ).then((rows) => rows.filter((row) => row.resourceType === 'sensitive_word').map((row) => row.action));

describe('admin sensitive words', () => {
  it('creates a rule as contains and enabled by default, lists, edits and deletes it, auditing each write', async () => {
    const rule = await create({ pattern: pattern(), description: 'test rule' });
    expect(rule).toMatchObject({ matchType: 'contains', enabled: true, description: 'test rule' });
    const listed = await adminCall<{ sensitiveWords: Rule[] }>('GET', '/sensitive-words');
    expect(listed.body.sensitiveWords).toContainEqual(expect.objectContaining({ id: rule.id, pattern: rule.pattern }));

    const edited = await adminCall<Rule>('PATCH', `/sensitive-words/${rule.id}`, { matchType: 'exact', enabled: false });
    expect(edited.body).toMatchObject({ id: rule.id, matchType: 'exact', enabled: false, pattern: rule.pattern });

    expect((await adminCall('DELETE', `/sensitive-words/${rule.id}`)).body).toEqual({ deleted: true });
    expect((await adminCall('DELETE', `/sensitive-words/${rule.id}`)).status).toBe(404);
    expect((await adminCall('PATCH', `/sensitive-words/${rule.id}`, { enabled: true })).status).toBe(404);
    expect(await auditOf(rule.id)).toEqual(['delete', 'update', 'create']);
  });

  it('accepts a regex with /…/flags and refuses one that does not compile, naming pattern', async () => {
    expect(await create({ pattern: `/${pattern()}-\\d+/i`, matchType: 'regex' })).toMatchObject({ matchType: 'regex' });
    const broken = await adminCall<ErrorBody>('POST', '/sensitive-words', { pattern: '(unclosed', matchType: 'regex' });
    expect(broken.status).toBe(400);
    expect(Object.keys(broken.body.error.details?.fields ?? {})).toEqual(['pattern']);
    expect(broken.body.error.details?.fields['pattern']?.[0]).toMatch(/^Not a valid regular expression/);
  });

  it('checks the stored pattern when a PATCH turns a rule into a regex', async () => {
    const rule = await create({ pattern: `[${pattern()}` });
    const turned = await adminCall<ErrorBody>('PATCH', `/sensitive-words/${rule.id}`, { matchType: 'regex' });
    expect(turned.status).toBe(400);
    expect(Object.keys(turned.body.error.details?.fields ?? {})).toEqual(['pattern']);
    const fixed = await adminCall<Rule>('PATCH', `/sensitive-words/${rule.id}`, { matchType: 'regex', pattern: `\\[${pattern()}` });
    expect(fixed.status).toBe(200);
  });

  it('lists every failing field of an invalid body', async () => {
    const bad = await adminCall<ErrorBody>('POST', '/sensitive-words', { pattern: '   ', matchType: 'fuzzy', enabled: 'yes', colour: 'red' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details?.fields ?? {}).sort()).toEqual(['colour', 'enabled', 'matchType', 'pattern']);
    const missing = await adminCall<ErrorBody>('POST', '/sensitive-words', { matchType: 'exact' });
    expect(missing.body.error.details?.fields).toEqual({ pattern: ['Required'] });
  });
});
