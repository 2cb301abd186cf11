// The providerChain of one request as a timeline (SPEC §4.5): one row per upstream attempt, its bar
// placed and sized by when it started and how long it took relative to the first attempt.
import { For, Show } from 'solid-js';
import type { ChainEntry } from '../../api/wire-types.ts';
import { formatNumber, t, type MessageKey } from '../../i18n/i18n.ts';
import { spansOf } from './chain-spans.ts';
import { StatusBadge } from './status-badge.tsx';

export function ChainTimeline(props: { chain: ChainEntry[] }) {
  const spans = () => spansOf(props.chain);
  return (
    <Show when={props.chain.length > 0} fallback={<p class="muted">{t('logs.chainEmpty')}</p>}>
      <ol class="timeline" data-testid="chain-timeline">
        <For each={props.chain}>
          {(entry, index) => (
            <li class={`timeline__row timeline__row--${entry.outcome}`} data-testid="chain-row">
              <div class="timeline__head">
                <span class="timeline__attempt">#{index() + 1}</span>
                <strong data-testid="chain-provider">{entry.providerName}</strong>
                <span class="badge badge--muted" title={t('chain.reason')}>{entry.reason}</span>
                <span class={`badge badge--${entry.outcome === 'success' ? 'ok' : 'bad'}`} data-testid="chain-outcome">
                  {t(`chain.outcome.${entry.outcome}` as MessageKey)}
                </span>
                <StatusBadge status={entry.statusCode} />
                <span class="timeline__duration">{formatNumber(entry.durationMs)} ms</span>
              </div>
              <div class="timeline__track">
                <div class="timeline__bar" style={{ 'margin-left': `${spans()[index()]?.offset ?? 0}%`, width: `${spans()[index()]?.width ?? 1}%` }} />
              </div>
              <Show when={entry.proxy}>
                {(proxy) => (
                  <p class="timeline__proxy" data-testid="chain-proxy">
                    {t(`chain.proxy.${proxy().outcome}` as MessageKey, { address: proxy().address })}
                    {proxy().error ? `: ${proxy().error}` : ''}
                  </p>
                )}
              </Show>
              <Show when={entry.error}>
                <p class="timeline__error">{entry.category ? `${entry.category}: ` : ''}{entry.error}</p>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </Show>
  );
}
