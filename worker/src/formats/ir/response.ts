// A complete (non-streamed) model response in neutral form.
import type { ContentBlock } from './content.ts';
import type { Extensions } from './extensions.ts';
import type { FinishReason } from './finish-reason.ts';
import type { Usage } from './usage.ts';

export interface IrResponse {
  id: string;
  model: string;
  content: ContentBlock[];
  finishReason: FinishReason;
  /** The stop sequence that ended the output, when the vendor reports it. */
  stopSequence?: string;
  usage?: Usage;
  /** Unix seconds, as the vendor reported it; renderers fall back to 0 rather than reading a clock. */
  created?: number;
  extensions?: Extensions;
}
