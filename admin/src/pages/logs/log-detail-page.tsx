// One request: what was asked, what answered, what it cost, and its provider chain as a timeline.
import { A, useParams } from '@solidjs/router';
import { createResource, Show, type JSX } from 'solid-js';
import { logs } from '../../api/admin-api.ts';
import type { LogRow } from '../../api/wire-types.ts';
import { ErrorNotice } from '../../components/error-notice.tsx';
import { formatDateTime, formatNumber, formatUsd, t, type MessageKey } from '../../i18n/i18n.ts';
import { ChainTimeline } from './chain-timeline.tsx';
import { StatusBadge } from './status-badge.tsx';

function Fact(props: { label: MessageKey; children: JSX.Element }) {
  return (
    <>
      <dt>{t(props.label)}</dt>
      <dd>{props.children}</dd>
    </>
  );
}

const orNone = (value: string | number | null) => (value === null || value === '' ? t('common.none') : String(value));

/** `name (#id)`, or the id alone when the name is unknown. */
const named = (name: string | null, id: number | null) => (id === null ? t('common.none') : name === null ? `#${id}` : `${name} (#${id})`);

function LogFacts(props: { row: LogRow }) {
  const row = () => props.row;
  return (
    <dl class="facts" data-testid="log-facts">
      <Fact label="logs.time">{formatDateTime(row().createdAt)}</Fact>
      <Fact label="logs.status"><StatusBadge status={row().statusCode} /></Fact>
      <Fact label="logs.requestId"><code>{row().requestId}</code></Fact>
      <Fact label="logs.endpoint"><code>{row().endpoint}</code></Fact>
      <Fact label="logs.formats">{orNone(row().clientFormat)} → {orNone(row().providerFormat)}</Fact>
      <Fact label="logs.model">{orNone(row().modelRequested)}</Fact>
      <Fact label="logs.modelSent">{orNone(row().modelSent)}</Fact>
      <Fact label="logs.stream">{row().stream ? t('common.yes') : t('common.no')}</Fact>
      <Fact label="logs.user">{named(row().userName, row().userId)}</Fact>
      <Fact label="logs.key">{named(row().keyName, row().keyId)}</Fact>
      <Fact label="logs.session">{orNone(row().sessionId)}</Fact>
      <Fact label="logs.tokens">{formatNumber(row().inputTokens)} / {formatNumber(row().outputTokens)}</Fact>
      <Fact label="logs.cost">
        {formatUsd(row().costUsd)}
        <Show when={row().priceMissing}><span class="badge badge--warn">{t('logs.priceMissing')}</span></Show>
      </Fact>
      <Fact label="logs.duration">{row().durationMs === null ? t('common.none') : `${formatNumber(row().durationMs ?? 0)} ms`}</Fact>
      <Fact label="logs.ttfb">{row().ttfbMs === null ? t('common.none') : `${formatNumber(row().ttfbMs ?? 0)} ms`}</Fact>
      <Show when={row().errorMessage}>
        <Fact label="logs.error">{row().errorCategory ? `${row().errorCategory}: ` : ''}{row().errorMessage}</Fact>
      </Show>
      <Show when={row().blockedBy}><Fact label="logs.blockedBy">{row().blockedBy}</Fact></Show>
      <Show when={row().limitName}><Fact label="logs.limitName"><code>{row().limitName}</code></Fact></Show>
      <Fact label="logs.userAgent">{orNone(row().userAgent)}</Fact>
      <Fact label="logs.clientIp">{orNone(row().clientIp)}</Fact>
    </dl>
  );
}

export function LogDetailPage() {
  const params = useParams<{ id: string }>();
  const [row] = createResource(() => Number(params.id), (id) => logs.get(id));
  return (
    <section class="page">
      <A href="/logs" class="back-link">← {t('logs.back')}</A>
      <header class="page__header"><h1>{t('logs.detailTitle', { id: params.id })}</h1></header>
      <ErrorNotice error={row.error} />
      <Show when={row()}>
        {(loaded) => (
          <>
            <LogFacts row={loaded()} />
            <h2>{t('logs.chain')}</h2>
            <ChainTimeline chain={loaded().providerChain} />
          </>
        )}
      </Show>
    </section>
  );
}
