// Turns the usage observer of a wire format into neutral usage events, emitted only when usage changes.
import { createUsageObserver } from '../../usage/usage-from-wire.ts';
import type { WireFormat } from '../format.ts';
import type { IrStreamEvent } from './stream-event.ts';

export interface UsageTap {
  observe(event: string | undefined, data: unknown): IrStreamEvent[];
}

export const createUsageTap = (format: WireFormat): UsageTap => {
  const observer = createUsageObserver(format);
  let last = '';
  return {
    observe(event, data) {
      observer.observe(event === undefined ? { data } : { event, data });
      const usage = observer.result();
      if (usage === undefined) return [];
      const key = JSON.stringify(usage);
      if (key === last) return [];
      last = key;
      return [{ type: 'usage', usage }];
    },
  };
};
