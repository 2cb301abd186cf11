// When the daily leaderboard (SPEC §8.3) is due: once per local day, at the first cron minute at or
// after the binding's time ("HH:mm" in the configured time zone). It reports the previous local day,
// the last complete one.

export interface LeaderboardSchedule {
  /** "HH:mm" local time. */
  time: string;
  timeZone: string;
  /** The local day it was last sent on, if ever. */
  lastSentDay: string | undefined;
}

export type LeaderboardDecision = { due: false } | { due: true; today: string; reportDay: string };

const formats = new Map<string, Intl.DateTimeFormat>();

function localParts(now: number, timeZone: string): { day: string; minutes: number } {
  let format = formats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((p) => [p.type, p.value]));
  return { day: `${parts['year']}-${parts['month']}-${parts['day']}`, minutes: Number(parts['hour']) * 60 + Number(parts['minute']) };
}

/** The calendar day before a YYYY-MM-DD day. */
export function previousDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

export function decideLeaderboard(schedule: LeaderboardSchedule, now: number): LeaderboardDecision {
  const local = localParts(now, schedule.timeZone);
  if (local.minutes < minutesOf(schedule.time) || schedule.lastSentDay === local.day) return { due: false };
  return { due: true, today: local.day, reportDay: previousDay(local.day) };
}
