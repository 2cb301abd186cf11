// The admin audit trail: one row per admin write, secrets already removed by the caller.
import { auditLog } from '../schema/audit-log.ts';
import type { Queryable } from './queryable.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  actor: 'token' | 'session';
  action: 'create' | 'update' | 'delete';
  resourceType:
    | 'user' | 'key' | 'provider' | 'price' | 'sensitive_word' | 'settings'
    | 'notification_target' | 'notification_bindings';
  resourceId: string;
  detail: Record<string, unknown>;
  ip: string | null;
}

export async function appendAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}
