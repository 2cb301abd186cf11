// An HTTP status coloured by class: 2xx fine, 4xx the client's, 5xx the gateway's or upstream's.
export function StatusBadge(props: { status: number | undefined }) {
  const tone = () => {
    const status = props.status ?? 0;
    if (status >= 200 && status < 300) return 'ok';
    if (status >= 400 && status < 500) return 'warn';
    return 'bad';
  };
  return <span class={`badge badge--${tone()}`} data-testid="status">{props.status ?? '—'}</span>;
}
