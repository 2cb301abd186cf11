// A row button that runs one check (a provider's connection test, a notification target's test) and
// shows its outcome, or the API's error, in a dialog.
import { createSignal, Show, type JSX } from 'solid-js';
import { t } from '../i18n/i18n.ts';
import { ErrorNotice } from './error-notice.tsx';
import { ModalDialog } from './modal-dialog.tsx';

export interface RunInDialogProps<R> {
  label: string;
  runningLabel?: string;
  title: string;
  testIds: { button: string; dialog: string; close?: string };
  run: () => Promise<R>;
  children: (result: R) => JSX.Element;
}

export function RunInDialog<R>(props: RunInDialogProps<R>) {
  const [running, setRunning] = createSignal(false);
  const [result, setResult] = createSignal<{ value: R }>();
  const [error, setError] = createSignal<unknown>();
  const [open, setOpen] = createSignal(false);

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult({ value: await props.run() });
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
      setOpen(true);
    }
  };

  return (
    <>
      <button type="button" class="button button--small" data-testid={props.testIds.button} disabled={running()} onClick={() => void run()}>
        {running() && props.runningLabel !== undefined ? props.runningLabel : props.label}
      </button>
      <Show when={open()}>
        <ModalDialog title={props.title} testId={props.testIds.dialog}>
          <ErrorNotice error={error()} />
          <Show when={result()}>{(current) => props.children(current().value)}</Show>
          <div class="form-actions">
            <button type="button" class="button" data-testid={props.testIds.close} onClick={() => setOpen(false)}>{t('common.close')}</button>
          </div>
        </ModalDialog>
      </Show>
    </>
  );
}
