// How one limit's usage is drawn (SPEC §5): the share of the bar, its level, and "used / max" text.
import type { LimitUsage } from '../../api/limit-usage-api.ts';

export type UsageLevel = 'off' | 'ok' | 'warn' | 'full';

export interface UsageBar {
  /** 0–100, or null when the limit is off (nothing to fill). */
  percent: number | null;
  level: UsageLevel;
  /** "3 / 50", "$1.25 / $10.00", or just the value when there is no limit. */
  amount: string;
}

/** Share of a limit from which its bar warns, matching the default spend alert threshold. */
export const warnShare = 0.8;

export function formatUsageValue(value: number, unit: LimitUsage['unit']): string {
  if (unit !== 'usd') return String(Math.round(value));
  if (value !== 0 && Math.abs(value) < 0.01) return `$${value.toFixed(4)}`;
  return `$${value.toFixed(2)}`;
}

export function describeLimitUsage(usage: Pick<LimitUsage, 'unit' | 'current' | 'max'>): UsageBar {
  const used = formatUsageValue(usage.current, usage.unit);
  if (usage.max === null || usage.max <= 0) return { percent: null, level: 'off', amount: used };
  const share = usage.current / usage.max;
  const level: UsageLevel = share >= 1 ? 'full' : share >= warnShare ? 'warn' : 'ok';
  return { percent: Math.min(100, Math.max(0, share * 100)), level, amount: `${used} / ${formatUsageValue(usage.max, usage.unit)}` };
}
