// Stream parsers read JSON from SSE data; a line that is not JSON is skipped rather than failing the stream.

export const parseSseJson = (data: string): unknown => {
  try {
    return JSON.parse(data);
  } catch {
    return undefined;
  }
};
