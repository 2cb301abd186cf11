// The price table in the admin API: shipped prices, edits on top, and sync from a URL.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { adminCall, type ErrorBody } from './admin-helpers.ts';

interface Price {
  id: number | null;
  model: string;
  inputPerMTok: number;
  source: string;
}

const model = () => `test-model-${crypto.randomUUID().slice(0, 8)}`;

describe('admin prices', () => {
  it('lists the shipped prices, and an edit replaces the shipped entry until it is deleted', async () => {
    const shipped = await adminCall<{ prices: Price[] }>('GET', '/prices');
    const sonnet = shipped.body.prices.find((p) => p.model === 'claude-sonnet-4-5');
    expect(sonnet).toMatchObject({ id: null, source: 'shipped', inputPerMTok: 3 });

    const created = await adminCall<Price>('POST', '/prices', { model: 'claude-sonnet-4-5', inputPerMTok: 2.5, outputPerMTok: 12 });
    expect(created.status).toBe(201);
    const edited = await adminCall<{ prices: Price[] }>('GET', '/prices');
    expect(edited.body.prices.filter((p) => p.model === 'claude-sonnet-4-5')).toEqual([expect.objectContaining({ inputPerMTok: 2.5, source: 'manual' })]);

    expect((await adminCall('DELETE', `/prices/${created.body.id}`)).status).toBe(200);
    const back = await adminCall<{ prices: Price[] }>('GET', '/prices');
    expect(back.body.prices.find((p) => p.model === 'claude-sonnet-4-5')).toMatchObject({ source: 'shipped', inputPerMTok: 3 });
  });

  it('rejects prices that are not numbers with the failing fields', async () => {
    const bad = await adminCall<ErrorBody>('POST', '/prices', { model: model(), inputPerMTok: -1, outputPerMTok: 'cheap' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.details?.fields ?? {}).sort()).toEqual(['inputPerMTok', 'outputPerMTok']);
  });

  it('syncs a price document from a URL, leaving hand-edited prices alone', async () => {
    const synced = model();
    const manual = model();
    await adminCall('POST', '/prices', { model: manual, inputPerMTok: 1, outputPerMTok: 2 });
    const document = {
      prices: [
        { model: synced, vendor: 'openai', inputPerMTok: 0.5, outputPerMTok: 1.5, cacheReadPerMTok: 0.05, note: 'extra fields are ignored' },
        { model: manual, inputPerMTok: 99, outputPerMTok: 99 },
      ],
    };
    const url = `${env.TEST_CONTROL_URL}/echo?body=${encodeURIComponent(JSON.stringify(document))}`;
    const outcome = await adminCall<{ ok: boolean; updated: number }>('POST', '/prices/sync', { url });
    expect(outcome.body).toEqual({ ok: true, updated: 1 });
    const prices = (await adminCall<{ prices: Price[] }>('GET', '/prices')).body.prices;
    expect(prices.find((p) => p.model === synced)).toMatchObject({ source: 'sync', inputPerMTok: 0.5 });
    expect(prices.find((p) => p.model === manual)).toMatchObject({ source: 'manual', inputPerMTok: 1 });
  });

  it('names the problem when the price URL does not answer with a price document', async () => {
    const notFound = await adminCall<ErrorBody>('POST', '/prices/sync', { url: `${env.TEST_CONTROL_URL}/nothing` });
    expect(notFound.status).toBe(502);
    expect(notFound.body.error.message).toMatch(/^Price sync failed: price URL answered 404/);
    const wrong = await adminCall<ErrorBody>('POST', '/prices/sync', { url: `${env.TEST_CONTROL_URL}/echo?body=${encodeURIComponent('{"prices":[{"model":""}]}')}` });
    expect(wrong.body.error.message).toMatch(/^Price sync failed: price document is not valid/);
  });
});
