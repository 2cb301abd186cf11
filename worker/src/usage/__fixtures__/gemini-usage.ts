// Recorded Gemini payloads (shapes from the generateContent reference and Gemini CLI's code-assist API).

export const geminiBody = {
  candidates: [
    {
      content: { parts: [{ text: 'Here is the fix.' }], role: 'model' },
      finishReason: 'STOP',
      index: 0,
    },
  ],
  usageMetadata: {
    promptTokenCount: 12990,
    candidatesTokenCount: 412,
    totalTokenCount: 14672,
    cachedContentTokenCount: 12288,
    promptTokensDetails: [{ modality: 'TEXT', tokenCount: 12990 }],
    cacheTokensDetails: [{ modality: 'TEXT', tokenCount: 12288 }],
    thoughtsTokenCount: 1270,
  },
  modelVersion: 'gemini-2.5-pro',
  responseId: 'mVZ1aPXvK4-x1dkP0aaP0Ak',
};

/** ?alt=sse: usageMetadata in every chunk; only the last carries final candidate and thought counts. */
export const geminiStream = `data: {"candidates": [{"content": {"parts": [{"thought": true, "text": "**Planning the change**"}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 8120,"totalTokenCount": 8504,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 8120}],"thoughtsTokenCount": 384},"modelVersion": "gemini-2.5-flash","responseId": "k3Z1aL"}

data: {"candidates": [{"content": {"parts": [{"text": "Use a map."}],"role": "model"},"index": 0}],"usageMetadata": {"promptTokenCount": 8120,"candidatesTokenCount": 4,"totalTokenCount": 8508,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 8120}],"thoughtsTokenCount": 384},"modelVersion": "gemini-2.5-flash","responseId": "k3Z1aL"}

data: {"candidates": [{"content": {"parts": [{"functionCall": {"name": "read_file","args": {"path": "a.ts"}}}],"role": "model"},"finishReason": "STOP","index": 0}],"usageMetadata": {"promptTokenCount": 8120,"candidatesTokenCount": 31,"totalTokenCount": 8651,"cachedContentTokenCount": 7900,"promptTokensDetails": [{"modality": "TEXT","tokenCount": 8120}],"cacheTokensDetails": [{"modality": "TEXT","tokenCount": 7900}],"thoughtsTokenCount": 500},"modelVersion": "gemini-2.5-flash","responseId": "k3Z1aL"}

`;

/** Without alt=sse the stream is one JSON array; each element is a GenerateContentResponse. */
export const geminiArrayStream = [
  {
    candidates: [{ content: { parts: [{ text: 'Hel' }], role: 'model' }, index: 0 }],
    usageMetadata: { promptTokenCount: 9, totalTokenCount: 9 },
    modelVersion: 'gemini-2.5-flash-lite',
  },
  {
    candidates: [{ content: { parts: [{ text: 'lo' }], role: 'model' }, finishReason: 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: 9, candidatesTokenCount: 2, totalTokenCount: 11 },
    modelVersion: 'gemini-2.5-flash-lite',
  },
];

/** Gemini CLI in OAuth mode: /v1internal:streamGenerateContent wraps each chunk in { response }. */
export const geminiCliStream = `data: {"response": {"candidates": [{"content": {"role": "model","parts": [{"text": "Reading"}]}}],"usageMetadata": {"promptTokenCount": 20511,"totalTokenCount": 20511,"trafficType": "PROVISIONED_THROUGHPUT"},"modelVersion": "gemini-2.5-pro"},"traceId": "f0c1"}

data: {"response": {"candidates": [{"content": {"role": "model","parts": [{"text": " the file."}]},"finishReason": "STOP"}],"usageMetadata": {"promptTokenCount": 20511,"candidatesTokenCount": 6,"totalTokenCount": 20982,"cachedContentTokenCount": 18002,"thoughtsTokenCount": 465,"trafficType": "PROVISIONED_THROUGHPUT"},"modelVersion": "gemini-2.5-pro"},"traceId": "f0c1"}

`;

/** Grounded with Google Search: tool-use prompt tokens are billed as input. */
export const geminiBodyWithToolUse = {
  candidates: [{ content: { parts: [{ text: 'It rained.' }], role: 'model' }, finishReason: 'STOP' }],
  usageMetadata: {
    promptTokenCount: 100,
    candidatesTokenCount: 20,
    toolUsePromptTokenCount: 300,
    totalTokenCount: 420,
  },
};
