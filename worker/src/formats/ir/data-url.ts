// Images travel as data: URLs in the OpenAI formats and as separate base64 fields elsewhere.
import type { ImageSource } from './content.ts';

const dataUrl = /^data:([^;,]+);base64,(.*)$/s;

export const imageSourceFromUrl = (url: string): ImageSource => {
  const match = dataUrl.exec(url);
  if (match?.[1] !== undefined && match[2] !== undefined) {
    return { kind: 'base64', mediaType: match[1], data: match[2] };
  }
  return { kind: 'url', url };
};

export const urlFromImageSource = (source: ImageSource): string =>
  source.kind === 'url' ? source.url : `data:${source.mediaType};base64,${source.data}`;
