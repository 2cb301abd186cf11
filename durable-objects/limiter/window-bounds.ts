// Start and next reset instant of the calendar spend windows (daily at HH:mm, weekly on Monday, monthly
// on the 1st) in an IANA time zone, using only Intl.DateTimeFormat so it runs unchanged in Workers.

export interface WindowBounds {
  start: number;
  resetAt: number;
}

interface LocalDateTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();
// The window containing an instant is unique, so the last one computed per kind and zone answers
// every call until it ends; this keeps Intl off the hot path of a busy Durable Object.
const lastWindows = new Map<string, WindowBounds>();

function remembered(key: string, now: number, compute: () => WindowBounds): WindowBounds {
  const cached = lastWindows.get(key);
  if (cached && cached.start <= now && now < cached.resetAt) return cached;
  const bounds = compute();
  if (lastWindows.size > 256) lastWindows.clear();
  lastWindows.set(key, bounds);
  return bounds;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAsUtc(epochMs: number, timeZone: string): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const f = (name: string): number => fields[name] ?? 0;
  return Date.UTC(f('year'), f('month') - 1, f('day'), f('hour'), f('minute'), f('second'));
}

/** Offset of the zone from UTC at an instant, in ms (Asia/Shanghai → +8 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  return wallClockAsUtc(wholeSecond, timeZone) - wholeSecond;
}

/** The local calendar fields of an instant in a zone. */
export function toLocal(epochMs: number, timeZone: string): LocalDateTime {
  const wall = new Date(epochMs + zoneOffsetMs(epochMs, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
  };
}

/**
 * The instant a local wall-clock time occurs in a zone. Out-of-range fields roll over (day 32 is the
 * next month). A time skipped by a DST jump moves forward by the jump; a time that occurs twice takes
 * the earlier occurrence (the same choice as Temporal's "compatible").
 */
export function fromLocal(local: LocalDateTime, timeZone: string): number {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsetBefore = zoneOffsetMs(wall - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(wall + DAY_MS, timeZone);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter(
    (t) => t + zoneOffsetMs(t, timeZone) === wall,
  );
  if (candidates.length === 0) return wall - offsetBefore;
  return Math.min(...candidates);
}

/** Parses "HH:mm"; anything else reads as midnight, since the admin API validates the field. */
export function parseResetTime(value: string | null | undefined): { hour: number; minute: number } {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value ?? '');
  if (!match) return { hour: 0, minute: 0 };
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/** The fixed daily window that contains `now`, starting at `resetTime` local time. */
export function dailyWindow(now: number, timeZone: string, resetTime: string | null): WindowBounds {
  const { hour, minute } = parseResetTime(resetTime);
  return remembered(`d|${timeZone}|${hour}:${minute}`, now, () => computeDaily(now, timeZone, hour, minute));
}

function computeDaily(now: number, timeZone: string, hour: number, minute: number): WindowBounds {
  const today = toLocal(now, timeZone);
  const at = (dayShift: number): number =>
    fromLocal({ ...today, day: today.day + dayShift, hour, minute }, timeZone);
  const todayReset = at(0);
  return todayReset <= now
    ? { start: todayReset, resetAt: at(1) }
    : { start: at(-1), resetAt: todayReset };
}

/** The week that contains `now`, from Monday 00:00 local time. */
export function weeklyWindow(now: number, timeZone: string): WindowBounds {
  return remembered(`w|${timeZone}`, now, () => computeWeekly(now, timeZone));
}

function computeWeekly(now: number, timeZone: string): WindowBounds {
  const today = toLocal(now, timeZone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const mondayDay = today.day - ((weekday + 6) % 7);
  const midnight = (day: number): number =>
    fromLocal({ year: today.year, month: today.month, day, hour: 0, minute: 0 }, timeZone);
  return { start: midnight(mondayDay), resetAt: midnight(mondayDay + 7) };
}

/** The calendar month that contains `now`, from the 1st at 00:00 local time. */
export function monthlyWindow(now: number, timeZone: string): WindowBounds {
  return remembered(`m|${timeZone}`, now, () => computeMonthly(now, timeZone));
}

function computeMonthly(now: number, timeZone: string): WindowBounds {
  const today = toLocal(now, timeZone);
  const first = (month: number): number =>
    fromLocal({ year: today.year, month, day: 1, hour: 0, minute: 0 }, timeZone);
  return { start: first(today.month), resetAt: first(today.month + 1) };
}
