// One labelled form control with its hint and the messages of its field, whether they came from
// the form's own checks or from the API's 400 answer.
import { For, Show, type JSX } from 'solid-js';

export interface FormFieldProps {
  label: string;
  /** The API field name; errors are looked up under it and tests find the control by it. */
  name: string;
  errors?: string[] | undefined;
  hint?: string | undefined;
  children: JSX.Element;
}

export function FormField(props: FormFieldProps) {
  return (
    <label class="field" classList={{ 'field--invalid': (props.errors?.length ?? 0) > 0 }} data-field={props.name}>
      <span class="field__label">{props.label}</span>
      {props.children}
      <Show when={props.hint}>
        <span class="field__hint">{props.hint}</span>
      </Show>
      <For each={props.errors ?? []}>{(message) => <span class="field__error" role="alert">{message}</span>}</For>
    </label>
  );
}
