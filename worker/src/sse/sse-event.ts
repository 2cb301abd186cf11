// One server-sent event as the codecs see it: decoded text, never bytes.

export interface SseEvent {
  event?: string;
  data: string;
  id?: string;
}
