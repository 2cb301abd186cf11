// Cuts replies into the small pieces a real model streams, so clients see several deltas.

/** Splits after every second whitespace run; joining the pieces gives the text back. */
export function splitWords(text: string): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += 2) {
    pieces.push(words.slice(i, i + 2).join(''));
  }
  return pieces;
}

/** Splits into `count` pieces of about equal length, never inside a surrogate pair. */
export function splitEvenly(text: string, count: number): string[] {
  const chars = Array.from(text);
  if (chars.length === 0) return [];
  const size = Math.max(1, Math.ceil(chars.length / count));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += size) {
    pieces.push(chars.slice(i, i + size).join(''));
  }
  return pieces;
}
