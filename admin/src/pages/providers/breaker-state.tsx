// A provider's circuit breaker as the health endpoint reports it (SPEC §4.6), with its reset button.
import { Show } from 'solid-js';
import type { ProviderHealth } from '../../api/wire-types.ts';
import { formatDateTime, t } from '../../i18n/i18n.ts';

export interface BreakerStateProps {
  health: ProviderHealth | undefined;
  onReset: () => void;
}

export function BreakerState(props: BreakerStateProps) {
  const status = () => (props.health?.reachable === true ? props.health.status : undefined);
  return (
    <Show when={status()} fallback={<span class="badge badge--muted">{t('providers.breakerUnknown')}</span>}>
      {(current) => (
        <div class="breaker" data-testid="breaker-state" data-status={current()}>
          <span class={`badge badge--${current()}`}>{t(`providers.breaker.${current()}`)}</span>
          <span class="breaker__detail">
            {t('providers.breakerFailures', { n: props.health?.consecutiveFailures ?? 0, max: props.health?.failureThreshold ?? 0 })}
          </span>
          <Show when={props.health?.reopenAt}>
            {(at) => <span class="breaker__detail">{t('providers.reopensAt', { time: formatDateTime(at()) })}</span>}
          </Show>
          <Show when={current() !== 'closed' || (props.health?.consecutiveFailures ?? 0) > 0}>
            <button type="button" class="button button--small" data-testid="reset-breaker" onClick={() => props.onReset()}>
              {t('providers.resetBreaker')}
            </button>
          </Show>
        </div>
      )}
    </Show>
  );
}
