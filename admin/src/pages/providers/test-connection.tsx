// The "Test connection" button of a provider row (SPEC §4.9): sends the provider a minimal real request
// and shows the status, latency, answering model and the upstream's error text in a dialog.
import { Show } from 'solid-js';
import { providerTest, type ProviderTestResult } from '../../api/provider-test-api.ts';
import { RunInDialog } from '../../components/run-in-dialog.tsx';
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
  return (
    <RunInDialog
      label={t('providerTest.button')}
      runningLabel={t('providerTest.running')}
      title={`${t('providerTest.button')}: ${props.providerName}`}
      testIds={{ button: 'test-connection', dialog: 'test-connection-dialog', close: 'close-test' }}
      run={() => providerTest.run(props.providerId)}
    >
      {(result) => <TestResult result={result} />}
    </RunInDialog>
  );
}
