// The filter bar of the log list (SPEC §7.2 GET /logs filters); applies on submit.
import { createResource, For } from 'solid-js';
import { createStore } from 'solid-js/store';
import { providers, users, type LogFilters } from '../../api/admin-api.ts';
import type { FormValues } from '../../forms/field-reader.ts';
import { TextInput } from '../../forms/form-inputs.tsx';
import { t } from '../../i18n/i18n.ts';

const blank: FormValues = { userId: '', keyId: '', providerId: '', model: '', status: '', sessionId: '', from: '', to: '' };

const idOf = (text: string | boolean | undefined) => (typeof text === 'string' && /^\d+$/.test(text) ? Number(text) : undefined);
const textOf = (text: string | boolean | undefined) => (typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined);
const isoOf = (text: string | boolean | undefined) => (typeof text === 'string' && text !== '' ? new Date(text).toISOString() : undefined);

export function filtersOf(values: FormValues): LogFilters {
  return {
    userId: idOf(values.userId),
    keyId: idOf(values.keyId),
    providerId: idOf(values.providerId),
    model: textOf(values.model),
    status: idOf(values.status),
    sessionId: textOf(values.sessionId),
    from: isoOf(values.from),
    to: isoOf(values.to),
  };
}

export function LogFilterBar(props: { onApply: (filters: LogFilters) => void; initial?: LogFilters }) {
  const [values, set] = createStore<FormValues>({ ...blank, sessionId: props.initial?.sessionId ?? '' });
  const [userList] = createResource(() => users.list());
  const [providerList] = createResource(() => providers.list());
  const bound = { values, set };
  const select = (name: string, options: Array<{ id: number; name: string }> | undefined) => (
    <select name={name} value={String(values[name])} onChange={(e) => set(name, e.currentTarget.value)}>
      <option value="">—</option>
      <For each={options ?? []}>{(o) => <option value={String(o.id)}>{o.name}</option>}</For>
    </select>
  );
  return (
    <form
      class="filter-bar"
      data-testid="log-filters"
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply(filtersOf(values));
      }}
    >
      <label>{t('logs.user')}{select('userId', userList())}</label>
      <label>{t('logs.provider')}{select('providerId', providerList())}</label>
      <label>{t('logs.key')} ID<TextInput name="keyId" {...bound} inputMode="numeric" /></label>
      <label>{t('logs.model')}<TextInput name="model" {...bound} /></label>
      <label>{t('logs.status')}<TextInput name="status" {...bound} inputMode="numeric" /></label>
      <label>{t('logs.session')}<TextInput name="sessionId" {...bound} /></label>
      <label>{t('logs.from')}<TextInput name="from" {...bound} type="datetime-local" /></label>
      <label>{t('logs.to')}<TextInput name="to" {...bound} type="datetime-local" /></label>
      <div class="filter-bar__actions">
        <button type="submit" class="button">{t('logs.apply')}</button>
        <button
          type="button"
          class="button button--ghost"
          onClick={() => {
            set({ ...blank });
            props.onApply({});
          }}
        >
          {t('logs.clear')}
        </button>
      </div>
    </form>
  );
}
