// A modal dialog drawn over the page, with a title; closing is left to the caller's buttons.
import type { JSX } from 'solid-js';

export interface ModalDialogProps {
  title: string;
  children: JSX.Element;
  wide?: boolean;
  testId?: string;
}

export function ModalDialog(props: ModalDialogProps) {
  return (
    <div class="modal-backdrop">
      <section class="modal" classList={{ 'modal--wide': props.wide === true }} role="dialog" aria-modal="true" aria-label={props.title} data-testid={props.testId}>
        <h2 class="modal__title">{props.title}</h2>
        {props.children}
      </section>
    </div>
  );
}
