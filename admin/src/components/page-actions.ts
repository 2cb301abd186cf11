// The buttons of a list page (delete, reset…): run the action, show its notice or its error, and
// reload the page's data. Actions that need a confirmation ask first.
import { createSignal } from 'solid-js';

export function createPageActions(reload: () => unknown) {
  const [error, setError] = createSignal<unknown>();
  const [notice, setNotice] = createSignal<string>();

  const run = async (action: () => Promise<unknown>, done?: string): Promise<void> => {
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
      setNotice(done);
      await reload();
    } catch (caught) {
      setError(caught);
    }
  };
  const confirmThenRun = async (question: string, action: () => Promise<unknown>, done?: string): Promise<void> => {
    if (confirm(question)) await run(action, done);
  };

  return { error, notice, run, confirmThenRun };
}
