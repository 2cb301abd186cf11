// Shows what went wrong with a load or a write, in the API's own words.
import { Show } from 'solid-js';

export function ErrorNotice(props: { error: unknown }) {
  const message = () => {
    const error = props.error;
    if (error === undefined || error === null) return undefined;
    return error instanceof Error ? error.message : String(error);
  };
  return (
    <Show when={message()}>
      <p class="notice notice--error" role="alert">{message()}</p>
    </Show>
  );
}
