// The "Test connection" button of a provider row (SPEC §4.9): sends the provider a minimal real request
// and shows the status, latency, answering model and the upstream's error text in a dialog.
import { createSignal, Show } from 'solid-js';
import { providerTest, type ProviderTestResult } from '../../api/provider-test-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { ModalDialog } from '../../components/modal-dialog.tsx';
import { formatNumber, t } from '../../i18n/i18n.ts';

function TestResult(props: { result: ProviderTestResult }) {
  return (
    <dl class="facts" data-testid="test-result" data-ok={String(props.result.ok)}>
      <dt>{t('providerTest.status')}</dt>
      <dd>
        <span class={`badge badge--${props.result.ok ? 'ok' : 'bad'}`} data-testid="test-outcome">
          {props.result.ok ? t('providerTest.ok') : t('providerTest.failed')}
        </span>{' '}
        <span data-testid="test-status">{props.result.status ?? t('providerTest.noStatus')}</span>
      </dd>
      <dt>{t('providerTest.latency')}</dt>
      <dd data-testid="test-latency">{formatNumber(props.result.latencyMs)} ms</dd>
      <dt>{t('providerTest.model')}</dt>
      <dd><code data-testid="test-model">{props.result.model}</code></dd>
      <Show when={props.result.proxy}>
        {(proxy) => (
          <>
            <dt>{t('providerTest.proxy')}</dt>
            <dd data-testid="test-proxy">{proxy().address} ({proxy().outcome}){proxy().error === undefined ? '' : `: ${proxy().error}`}</dd>
          </>
        )}
      </Show>
      <Show when={props.result.text}>
        <dt>{t('providerTest.reply')}</dt>
        <dd data-testid="test-reply">{props.result.text}</dd>
      </Show>
      <Show when={props.result.error}>
        <dt>{t('providerTest.error')}</dt>
        <dd class="notice notice--error" data-testid="test-error">{props.result.error}</dd>
      </Show>
    </dl>
  );
}

export function TestConnectionButton(props: { providerId: number; providerName: string }) {
  const [running, setRunning] = createSignal(false);
  const [result, setResult] = createSignal<ProviderTestResult>();
  const [error, setError] = createSignal<unknown>();
  const [open, setOpen] = createSignal(false);

  const run = async () => {
    setRunning(true);
    setResult(undefined);
    setError(undefined);
    try {
      setResult(await providerTest.run(props.providerId));
    } catch (failure) {
      setError(failure);
    } finally {
      setRunning(false);
      setOpen(true);
    }
  };

  return (
    <>
      <button type="button" class="button button--small" data-testid="test-connection" disabled={running()} onClick={() => void run()}>
        {running() ? t('providerTest.running') : t('providerTest.button')}
      </button>
      <Show when={open()}>
        <ModalDialog title={`${t('providerTest.button')}: ${props.providerName}`} testId="test-connection-dialog">
          <ErrorNotice error={error()} />
          <Show when={result()}>{(current) => <TestResult result={current()} />}</Show>
          <div class="form-actions">
            <button type="button" class="button" data-testid="close-test" onClick={() => setOpen(false)}>{t('providerTest.close')}</button>
          </div>
        </ModalDialog>
      </Show>
    </>
  );
}
