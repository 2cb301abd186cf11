// A promise raced against a timer, for work that must not wait forever on a peer that went silent
// (an upstream stream, a database connection that died without an error).

/** `promise`'s value, or `'timeout'` once `ms` have passed; the timer never outlives the race. */
export function timeoutRace<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
}
