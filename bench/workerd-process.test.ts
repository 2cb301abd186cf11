import { describe, expect, it } from 'vitest';
import { parseProcStat } from './workerd-process.ts';

describe('parseProcStat', () => {
  it('reads parent, CPU ticks and resident pages, even with spaces and parentheses in the name', () => {
    const fields = ['S', '4242', '1', '1', '0', '-1', '4194560', '100', '0', '0', '0', '1234', '567', '0', '0', '20', '0', '12', '0', '99', '1000000', '8192'];
    const stat = parseProcStat(`777 (work erd (x)) ${fields.join(' ')} 18446744073709551615 1 1`);
    expect(stat).toEqual({ pid: 777, comm: 'work erd (x)', ppid: 4242, utime: 1234, stime: 567, rssPages: 8192 });
  });

  it('refuses text that is not a stat line', () => {
    expect(() => parseProcStat('hello')).toThrow();
  });
});
