// Provider health on the dashboard (SPEC §7.3): breaker state, recent error rate and latency, active
// sessions per provider. Left out when the gateway has no health endpoint.
import { createResource, For, Show } from 'solid-js';
import { providers } from '../../api/admin-api.ts';
import { formatNumber, t } from '../../i18n/i18n.ts';

export function ProviderHealthPanel() {
  const [health] = createResource(() => providers.health().catch(() => undefined));
  const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? t('common.none') : `${formatNumber(rate * 100, 1)}%`);
  return (
    <Show when={health()}>
      {(rows) => (
        <>
          <h2>{t('dashboard.health')}</h2>
          <table class="table" data-testid="provider-health">
            <thead>
              <tr>
                <th>{t('logs.provider')}</th>
                <th>{t('providers.breaker')}</th>
                <th>{t('dashboard.recentErrorRate')}</th>
                <th>{t('dashboard.avgLatency')}</th>
                <th>{t('dashboard.activeSessions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => (
                  <tr>
                    <td>{row.name}</td>
                    <td>
                      <Show when={row.reachable && row.status} fallback={<span class="badge badge--muted">{t('dashboard.unreachable')}</span>}>
                        {(status) => <span class={`badge badge--${status()}`}>{t(`providers.breaker.${status()}`)}</span>}
                      </Show>
                    </td>
                    <td>{percent(row.recent?.errorRate)}</td>
                    <td>{row.recent?.avgLatencyMs == null ? t('common.none') : `${formatNumber(row.recent.avgLatencyMs)} ms`}</td>
                    <td>{formatNumber(row.activeSessions ?? 0)}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </>
      )}
    </Show>
  );
}
