import { describe, expect, it } from 'vitest';
import { decideLeaderboard, previousDay } from './leaderboard-schedule.ts';

const at = (iso: string): number => Date.parse(iso);

describe('daily leaderboard schedule', () => {
  const schedule = { time: '09:00', timeZone: 'Asia/Shanghai', lastSentDay: undefined };

  it('is not due before the local time', () => {
    expect(decideLeaderboard(schedule, at('2026-11-22T00:59:00Z'))).toEqual({ due: false });
  });

  it('is due from the local time on, reporting the previous local day', () => {
    expect(decideLeaderboard(schedule, at('2026-11-22T01:00:00Z'))).toEqual({ due: true, today: '2026-11-22', reportDay: '2026-11-21' });
    expect(decideLeaderboard(schedule, at('2026-11-22T15:59:00Z'))).toEqual({ due: true, today: '2026-11-22', reportDay: '2026-11-21' });
  });

  it('is not due again on a day it was sent', () => {
    expect(decideLeaderboard({ ...schedule, lastSentDay: '2026-11-22' }, at('2026-11-22T05:00:00Z'))).toEqual({ due: false });
    expect(decideLeaderboard({ ...schedule, lastSentDay: '2026-11-22' }, at('2026-11-23T01:00:00Z'))).toMatchObject({ due: true, today: '2026-11-23' });
  });

  it('steps back across month and year ends', () => {
    expect(previousDay('2026-03-01')).toBe('2026-02-28');
    expect(previousDay('2027-01-01')).toBe('2026-12-31');
  });
});
