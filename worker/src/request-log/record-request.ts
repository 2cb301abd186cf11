// Hands a finished request's log row to the outbox. Rows finishing within a few milliseconds of each
// other in one isolate go together in one append, so the outbox takes one call per batch rather than
// one per request; each caller still waits until its own row is stored in the outbox. If the batch's
// shard cannot be reached, another shard is tried; if that fails too, every row of the batch goes to
// the error log so it can still be recovered.
import type { Env } from '../env.ts';
import type { Logger } from '../log.ts';
import { outboxStub, outboxStubFor, outboxShards } from '../../../durable-objects/log-outbox/stub.ts';
import type { LogRow } from './log-row.ts';

/** How long a batch stays open for more rows: the most a row waits before its append starts. */
const gatherMs = 10;
/** A batch this large is sent without waiting for more rows. */
const maxBatchRows = 100;

interface Batch {
  env: Env;
  rows: LogRow[];
  /** The first caller's logger reports a batch that could not be queued. */
  log: Logger;
  /** Closes the batch and starts its append now. */
  send: () => void;
  stored: Promise<void>;
}

let open: Batch | undefined;

async function append(batch: Batch): Promise<void> {
  const { env, rows, log } = batch;
  const first = rows[0];
  if (first === undefined) return;
  try {
    await outboxStubFor(env, first.requestId).append(rows);
    return;
  } catch (firstError) {
    try {
      await outboxStub(env, Math.floor(Math.random() * outboxShards)).append(rows);
      return;
    } catch (second) {
      for (const row of rows) {
        log.error('Request log row not queued', { row, error: second instanceof Error ? second.message : String(second), firstError: String(firstError) });
      }
    }
  }
}

function openBatch(env: Env, log: Logger): Batch {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  const timer = setTimeout(release, gatherMs);
  const batch: Batch = { env, rows: [], log, send: () => (clearTimeout(timer), release()), stored: ready };
  batch.stored = ready.then(() => {
    if (open === batch) open = undefined;
    return append(batch);
  });
  return batch;
}

/** Resolves once the row is stored in an outbox shard (or, failing that, written to the error log). */
export function recordRequest(env: Env, row: LogRow, log: Logger): Promise<void> {
  if (open === undefined || open.env !== env) open = openBatch(env, log);
  const batch = open;
  batch.rows.push(row);
  if (batch.rows.length >= maxBatchRows) {
    open = undefined;
    batch.send();
  }
  return batch.stored;
}
