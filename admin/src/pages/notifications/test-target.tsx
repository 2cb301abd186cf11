// The "Test" button of a target row: sends the sample message and shows whether it was delivered,
// the vendor's status, the latency and its error text.
import { createSignal, Show } from 'solid-js';
import { notifications, type TestResult } from '../../api/notifications-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { formatNumber, t } from '../../i18n/i18n.ts';

function ResultFacts(props: { result: TestResult }) {
  return (
    <dl class="facts" data-testid="target-test-result" data-ok={String(props.result.ok)}>
      <dt>{t('notifications.testStatus')}</dt>
      <dd>
        <span class={`badge badge--${props.result.ok ? 'ok' : 'bad'}`} data-testid="target-test-outcome">
          {props.result.ok ? t('notifications.testOk') : t('notifications.testFailed')}
        </span>{' '}
        <span data-testid="target-test-status">{props.result.status ?? t('notifications.noStatus')}</span>
      </dd>
      <dt>{t('notifications.testLatency')}</dt>
      <dd>{formatNumber(props.result.latencyMs)} ms</dd>
      <Show when={props.result.error}>
        <dt>{t('notifications.testError')}</dt>
        <dd class="notice notice--error" data-testid="target-test-error">{props.result.error}</dd>
      </Show>
    </dl>
  );
}

export function TestTargetButton(props: { targetId: number; name: string }) {
  const [running, setRunning] = createSignal(false);
  const [result, setResult] = createSignal<TestResult>();
  const [error, setError] = createSignal<unknown>();
  const [open, setOpen] = createSignal(false);

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await notifications.test(props.targetId));
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
      setOpen(true);
    }
  };

  return (
    <>
      <button type="button" class="button button--small" data-testid="test-target" disabled={running()} onClick={() => void run()}>
        {t('notifications.test')}
      </button>
      <Show when={open()}>
        <ModalDialog title={t('notifications.testTitle', { name: props.name })} testId="target-test-dialog">
          <ErrorNotice error={error()} />
          <Show when={result()}>{(current) => <ResultFacts result={current()} />}</Show>
          <div class="form-actions">
            <button type="button" class="button" onClick={() => setOpen(false)}>{t('common.close')}</button>
          </div>
        </ModalDialog>
      </Show>
    </>
  );
}
