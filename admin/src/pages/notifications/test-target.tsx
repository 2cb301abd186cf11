// The "Test" button of a target row: sends the sample message and shows whether it was delivered,
// the vendor's status, the latency and its error text.
import { Show } from 'solid-js';
import { notifications, type TestResult } from '../../api/notifications-api.ts';
import { RunInDialog } from '../../components/run-in-dialog.tsx';
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
  return (
    <RunInDialog
      label={t('notifications.test')}
      title={t('notifications.testTitle', { name: props.name })}
      testIds={{ button: 'test-target', dialog: 'target-test-dialog' }}
      run={() => notifications.test(props.targetId)}
    >
      {(result) => <ResultFacts result={result} />}
    </RunInDialog>
  );
}
