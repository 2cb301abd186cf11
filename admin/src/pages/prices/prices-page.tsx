// Model prices (SPEC §6.1, §7.2): the table in force with where each price comes from, search by
// model, create/edit/delete, and a price sync from the configured or a given URL.
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { prices, type Price } from '../../api/prices-api.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { createPageActions } from '../../components/page-actions.ts';
import { formatNumber, t } from '../../i18n/i18n.ts';
import { filterPrices, type PriceFilter } from './filter-prices.ts';
import { PriceForm } from './price-form.tsx';

const priceColumns = ['inputPerMTok', 'outputPerMTok', 'cacheWrite5mPerMTok', 'cacheWrite1hPerMTok', 'cacheReadPerMTok'] as const;

const perMTok = (value: number | null) => (value === null ? t('prices.default') : `$${formatNumber(value, 6)}`);

export function PricesPage() {
  const [list, { refetch }] = createResource(() => prices.list());
  const [filter, setFilter] = createSignal<PriceFilter>({ query: '', source: '' });
  const [editing, setEditing] = createSignal<{ price: Price | undefined }>();
  const [syncUrl, setSyncUrl] = createSignal('');
  const shown = createMemo(() => filterPrices(list() ?? [], filter()));

  const { error: actionError, notice, confirmThenRun } = createPageActions(refetch);
  const remove = (price: Price) => {
    if (price.id === null) return;
    const id = price.id;
    void confirmThenRun(t('prices.confirmDelete', { model: price.model }), () => prices.remove(id));
  };

  const [syncing, setSyncing] = createSignal(false);
  const [syncResult, setSyncResult] = createSignal<{ ok: true; updated: number } | { ok: false; error: unknown }>();
  const sync = async () => {
    const url = syncUrl().trim();
    setSyncing(true);
    setSyncResult(undefined);
    try {
      const outcome = await prices.sync(url === '' ? undefined : url);
      setSyncResult({ ok: true, updated: outcome.updated });
      await refetch();
    } catch (error) {
      setSyncResult({ ok: false, error });
    } finally {
      setSyncing(false);
    }
  };

  return (
    <section class="page">
      <header class="page__header">
        <h1>{t('prices.title')}</h1>
        <button type="button" class="button" data-testid="new-price" onClick={() => setEditing({ price: undefined })}>{t('prices.new')}</button>
      </header>
      <div class="filter-bar" data-testid="price-filters">
        <label>
          {t('prices.search')}
          <input name="query" type="search" data-testid="price-search" value={filter().query} onInput={(e) => setFilter({ ...filter(), query: e.currentTarget.value })} />
        </label>
        <label>
          {t('prices.source')}
          <select name="source" value={filter().source} onChange={(e) => setFilter({ ...filter(), source: e.currentTarget.value as PriceFilter['source'] })}>
            <option value="">{t('prices.source.all')}</option>
            <option value="edited">{t('prices.source.manual')}</option>
            <option value="sync">{t('prices.source.sync')}</option>
            <option value="shipped">{t('prices.source.shipped')}</option>
          </select>
        </label>
        <label>
          {t('prices.syncUrl')}
          <input name="syncUrl" type="url" placeholder={t('prices.syncUrlPlaceholder')} value={syncUrl()} onInput={(e) => setSyncUrl(e.currentTarget.value)} />
        </label>
        <div class="filter-bar__actions">
          <button type="button" class="button button--ghost" data-testid="sync-prices" disabled={syncing()} onClick={() => void sync()}>{t('prices.sync')}</button>
        </div>
      </div>
      <ErrorNotice error={list.error ?? actionError()} />
      <Show when={syncResult()} keyed>
        {(result) => (
          <div data-testid="sync-result">
            {result.ok ? <p class="notice" role="status">{t('prices.syncDone', { updated: result.updated })}</p> : <ErrorNotice error={result.error} />}
          </div>
        )}
      </Show>
      <Show when={notice()}>
        <p class="notice" role="status">{notice()}</p>
      </Show>
      <table class="table" data-testid="prices-table">
        <thead>
          <tr>
            <th>{t('prices.model')}</th>
            <th>{t('prices.vendor')}</th>
            <For each={priceColumns}>{(name) => <th>{t(`prices.${name}`)}</th>}</For>
            <th>{t('prices.source')}</th>
            <th>{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={shown()} fallback={<tr><td colspan="9" class="table__empty">{list.loading ? t('common.loading') : t('common.noRows')}</td></tr>}>
            {(price) => (
              <tr data-price={price.model} data-source={price.source}>
                <td class="mono">{price.model}</td>
                <td>{price.vendor ?? t('common.none')}</td>
                <For each={priceColumns}>{(name) => <td class="num" data-column={name}>{perMTok(price[name])}</td>}</For>
                <td>
                  <span class={`badge price-source price-source--${price.source}`} data-testid="price-source">{t(`prices.source.${price.source === 'seed' ? 'shipped' : price.source}`)}</span>
                </td>
                <td class="table__actions">
                  <button type="button" class="button button--small" onClick={() => setEditing({ price })}>{t('common.edit')}</button>
                  <Show when={price.id !== null}>
                    <button type="button" class="button button--small button--danger" onClick={() => remove(price)}>{t('common.delete')}</button>
                  </Show>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={editing()}>
        {(current) => (
          <PriceForm
            price={current().price}
            onCancel={() => setEditing(undefined)}
            onSaved={() => {
              setEditing(undefined);
              void refetch();
            }}
          />
        )}
      </Show>
    </section>
  );
}
