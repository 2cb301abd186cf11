// Where a user or a key stands against each of its limits (SPEC §5): one bar per limit with
// "used / max" and when it resets; limits that are off say so and show only the value.
import { createResource, For, Show } from 'solid-js';
import type { LimitName, PrincipalUsage } from '../../api/limit-usage-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, t, type MessageKey } from '../../i18n/i18n.ts';
import { describeLimitUsage } from './describe-limit-usage.ts';

const labelOf: Record<LimitName, MessageKey> = {
  rpm: 'limits.rpmLimit',
  spend5h: 'limits.limit5hUsd',
  daily: 'limits.dailyLimitUsd',
  weekly: 'limits.limitWeeklyUsd',
  monthly: 'limits.limitMonthlyUsd',
  total: 'limits.limitTotalUsd',
  concurrentSessions: 'limits.limitConcurrentSessions',
};

export interface LimitUsagePanelProps {
  load: () => Promise<PrincipalUsage>;
  /** Read so the panel loads again when it changes, e.g. after a reset on the page. */
  reloadOn?: () => unknown;
  testId?: string;
}

export function LimitUsagePanel(props: LimitUsagePanelProps) {
  const [usage, { refetch }] = createResource(() => ({ at: props.reloadOn?.() }), () => props.load());
  return (
    <div class="limit-usage" data-testid={props.testId ?? 'limit-usage'}>
      <div class="limit-usage__head">
        <span class="limit-usage__title">{t('limitUsage.title')}</span>
        <button type="button" class="button button--small button--ghost" data-testid="refresh-usage" onClick={() => void refetch()}>{t('limitUsage.refresh')}</button>
      </div>
      <ErrorNotice error={usage.error} />
      <Show when={usage()?.enforced === false}>
        <p class="notice notice--muted small">{t('limitUsage.notEnforced')}</p>
      </Show>
      <For each={usage()?.limits ?? []}>
        {(limit) => {
          const bar = () => describeLimitUsage(limit);
          return (
            <div class="limit-usage__row" data-limit={limit.limit} data-current={String(limit.current)} data-max={String(limit.max)}>
              <span class="limit-usage__label">{t(labelOf[limit.limit])}</span>
              <span class="limit-usage__track" role="meter" aria-valuemin={0} aria-valuemax={limit.max ?? undefined} aria-valuenow={limit.current}>
                <Show when={bar().percent !== null}>
                  <span class={`limit-usage__fill limit-usage__fill--${bar().level}`} style={{ width: `${bar().percent ?? 0}%` }} />
                </Show>
              </span>
              <span class="limit-usage__amount" data-testid="usage-amount">
                {bar().amount}
                <Show when={limit.unit !== 'usd'}> {t(`limitUsage.unit.${limit.unit}`)}</Show>
              </span>
              <span class="limit-usage__reset muted small">
                {limit.max === null ? t('limitUsage.unlimited') : limit.resetAt === null ? t('limitUsage.noReset') : t('limitUsage.resetsAt', { time: formatDateTime(limit.resetAt) })}
              </span>
            </div>
          );
        }}
      </For>
    </div>
  );
}
