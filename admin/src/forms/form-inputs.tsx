// Inputs bound to one field of a form store, named after the API field so errors and tests find them.
import { For, type JSX } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { FormValues } from './field-reader.ts';

export interface BoundProps {
  name: string;
  values: FormValues;
  set: SetStoreFunction<FormValues>;
}

const textOf = (values: FormValues, name: string) => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

export function TextInput(props: BoundProps & { type?: string; placeholder?: string; inputMode?: 'numeric' | 'decimal' }) {
  return (
    <input
      name={props.name}
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      placeholder={props.placeholder}
      autocomplete="off"
      value={textOf(props.values, props.name)}
      onInput={(e) => props.set(props.name, e.currentTarget.value)}
    />
  );
}

export function TextArea(props: BoundProps & { rows?: number; placeholder?: string }) {
  return (
    <textarea
      name={props.name}
      rows={props.rows ?? 3}
      placeholder={props.placeholder}
      value={textOf(props.values, props.name)}
      onInput={(e) => props.set(props.name, e.currentTarget.value)}
    />
  );
}

export function CheckboxInput(props: BoundProps) {
  return (
    <input
      name={props.name}
      type="checkbox"
      checked={props.values[props.name] === true}
      onChange={(e) => props.set(props.name, e.currentTarget.checked)}
    />
  );
}

export function SelectInput(props: BoundProps & { options: ReadonlyArray<readonly [string, string]> }): JSX.Element {
  return (
    <select name={props.name} value={textOf(props.values, props.name)} onChange={(e) => props.set(props.name, e.currentTarget.value)}>
      <For each={props.options}>{([value, label]) => <option value={value}>{label}</option>}</For>
    </select>
  );
}
