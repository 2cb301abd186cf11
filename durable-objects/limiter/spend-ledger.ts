// Spend of one principal over the §5 windows, kept small enough for one storage put. Amounts are integer
// nano-USD so sums are exact and independent of order. Rolling windows use one-minute buckets: a spend
// stays counted for at least the whole window and at most one minute longer (it leaves the window when
// its bucket's end is a full window old). Fixed windows (daily, weekly, monthly) keep one exact tally
// each, keyed by the window's start; total is one counter.
import { dailyWindow, monthlyWindow, weeklyWindow, type WindowBounds } from './window-bounds.ts';

export type SpendWindow = 'spend5h' | 'daily' | 'weekly' | 'monthly' | 'total';

export interface SpendCalendar {
  timeZone: string;
  dailyResetMode: 'fixed' | 'rolling';
  dailyResetTime: string | null;
}

/** Spend inside one fixed calendar window, keyed by that window's start. */
export interface FixedTally {
  start: number;
  nanos: number;
}

export interface SpendLedger {
  /** [minute index (epoch ms / 60 000), nano-USD], ascending by minute. */
  minutes: Array<[number, number]>;
  daily: FixedTally | null;
  weekly: FixedTally | null;
  monthly: FixedTally | null;
  totalNanos: number;
}

export interface SpendMeasure {
  nanos: number;
  /** When the value next drops: the fixed window's end, the oldest counted bucket's expiry, or never. */
  resetAt: number | null;
}

export const MINUTE_MS = 60_000;
export const FIVE_HOURS_MS = 5 * 3_600_000;
export const DAY_MS = 24 * 3_600_000;

export function toNanoUsd(usd: number | null | undefined): number {
  if (usd === null || usd === undefined || !Number.isFinite(usd) || usd <= 0) return 0;
  return Math.round(usd * 1e9);
}

export function fromNanoUsd(nanos: number): number {
  return nanos / 1e9;
}

export function emptyLedger(): SpendLedger {
  return { minutes: [], daily: null, weekly: null, monthly: null, totalNanos: 0 };
}

const bucketExpiry = (minute: number, windowMs: number): number => (minute + 1) * MINUTE_MS + windowMs;

function tallyIn(tally: FixedTally | null, bounds: WindowBounds): number {
  // A tally that started inside the current window still counts: moving TZ or the reset time to an
  // earlier instant keeps today's spend (moving it later starts the window afresh).
  if (!tally || tally.start < bounds.start || tally.start >= bounds.resetAt) return 0;
  return tally.nanos;
}

type FixedWindow = 'daily' | 'weekly' | 'monthly';

function fixedBounds(window: FixedWindow, calendar: SpendCalendar, now: number): WindowBounds {
  if (window === 'daily') return dailyWindow(now, calendar.timeZone, calendar.dailyResetTime);
  return window === 'weekly' ? weeklyWindow(now, calendar.timeZone) : monthlyWindow(now, calendar.timeZone);
}

/** How long minute buckets are needed: the rolling day only when a rolling daily limit can use it. */
function retentionMs(calendar: SpendCalendar): number {
  return calendar.dailyResetMode === 'rolling' ? DAY_MS : FIVE_HOURS_MS;
}

function rollingMeasure(ledger: SpendLedger, windowMs: number, now: number): SpendMeasure {
  let nanos = 0;
  let resetAt: number | null = null;
  for (const [minute, amount] of ledger.minutes) {
    const expiry = bucketExpiry(minute, windowMs);
    if (expiry <= now) continue;
    nanos += amount;
    resetAt ??= expiry;
  }
  return { nanos, resetAt };
}

/** Current spend in one window and when it next goes down. */
export function measureSpend(
  ledger: SpendLedger,
  window: SpendWindow,
  calendar: SpendCalendar,
  now: number,
): SpendMeasure {
  switch (window) {
    case 'total':
      return { nanos: ledger.totalNanos, resetAt: null };
    case 'spend5h':
      return rollingMeasure(ledger, FIVE_HOURS_MS, now);
    case 'daily':
      if (calendar.dailyResetMode === 'rolling') return rollingMeasure(ledger, DAY_MS, now);
      return fixedMeasure(ledger, 'daily', calendar, now);
    case 'weekly':
    case 'monthly':
      return fixedMeasure(ledger, window, calendar, now);
  }
}

function fixedMeasure(ledger: SpendLedger, window: FixedWindow, calendar: SpendCalendar, now: number): SpendMeasure {
  const bounds = fixedBounds(window, calendar, now);
  return { nanos: tallyIn(ledger[window], bounds), resetAt: bounds.resetAt };
}

/**
 * The earliest instant at which at least `excessNanos` of the counted spend has left the window: when a
 * request refused for spend can succeed again. Null when waiting never helps (total spend).
 */
export function releaseAt(
  ledger: SpendLedger,
  query: { window: SpendWindow; calendar: SpendCalendar; excessNanos: number },
  now: number,
): number | null {
  const { window, calendar, excessNanos } = query;
  const rollingMs =
    window === 'spend5h' ? FIVE_HOURS_MS : window === 'daily' && calendar.dailyResetMode === 'rolling' ? DAY_MS : null;
  if (rollingMs === null) return measureSpend(ledger, window, calendar, now).resetAt;
  let released = 0;
  for (const [minute, amount] of ledger.minutes) {
    const expiry = bucketExpiry(minute, rollingMs);
    if (expiry <= now) continue;
    released += amount;
    if (released >= excessNanos) return expiry;
  }
  return null;
}

/**
 * Drops buckets no window can count any more. Without a rolling daily limit only five hours are kept,
 * so switching a principal to rolling mode sees the last five hours of spend, not the whole day.
 */
export function pruneLedger(ledger: SpendLedger, calendar: SpendCalendar, now: number): SpendLedger {
  const keepMs = retentionMs(calendar);
  const firstKept = ledger.minutes.findIndex(([minute]) => bucketExpiry(minute, keepMs) > now);
  if (firstKept === 0) return ledger;
  return { ...ledger, minutes: firstKept === -1 ? [] : ledger.minutes.slice(firstKept) };
}

function addToMinutes(minutes: Array<[number, number]>, minute: number, nanos: number): Array<[number, number]> {
  const last = minutes.at(-1);
  if (last && last[0] === minute) return [...minutes.slice(0, -1), [minute, last[1] + nanos]];
  if (!last || last[0] < minute) return [...minutes, [minute, nanos]];
  // A clock that stepped back still lands the spend in its sorted position.
  const merged = minutes.map(([m, n]): [number, number] => (m === minute ? [m, n + nanos] : [m, n]));
  if (!merged.some(([m]) => m === minute)) merged.push([minute, nanos]);
  return merged.sort((a, b) => a[0] - b[0]);
}

function addToTally(tally: FixedTally | null, bounds: WindowBounds, nanos: number): FixedTally {
  return { start: bounds.start, nanos: tallyIn(tally, bounds) + nanos };
}

/** Records a settled spend at `now` in every window. */
export function recordSpend(ledger: SpendLedger, nanos: number, calendar: SpendCalendar, now: number): SpendLedger {
  const pruned = pruneLedger(ledger, calendar, now);
  if (nanos <= 0) return pruned;
  return {
    minutes: addToMinutes(pruned.minutes, Math.floor(now / MINUTE_MS), nanos),
    daily: addToTally(pruned.daily, fixedBounds('daily', calendar, now), nanos),
    weekly: addToTally(pruned.weekly, fixedBounds('weekly', calendar, now), nanos),
    monthly: addToTally(pruned.monthly, fixedBounds('monthly', calendar, now), nanos),
    totalNanos: pruned.totalNanos + nanos,
  };
}
