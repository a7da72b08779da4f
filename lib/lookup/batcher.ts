/**
 * Collects look-ups asked for within a short window into one request of at most `maxBatch`
 * keys, and never runs the same key twice at once: a second caller for a key already in
 * flight gets the same promise. Search is billed, so this is money, not only speed.
 */

export interface BatcherOptions<K, V> {
  /** Runs one batch; answers a value or an Error per key. A key left out rejects. */
  run: (keys: K[]) => Promise<Map<K, V | Error>>;
  /** How long to wait for more keys after the first one. */
  windowMs?: number;
  maxBatch?: number;
}

export interface Batcher<K, V> {
  load(key: K): Promise<V>;
  /** Keys waiting for the window or in flight. */
  readonly pending: number;
}

/** Creates a batcher. Keys are compared with `===` (use normalised strings). */
export function createBatcher<K, V>(options: BatcherOptions<K, V>): Batcher<K, V> {
  const { run, windowMs = 30, maxBatch = 100 } = options;
  const inFlight = new Map<K, Promise<V>>();
  let queued: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush() {
    clearTimeout(timer);
    timer = undefined;
    const batch = queued;
    queued = [];
    void dispatch(batch);
  }

  async function dispatch(batch: typeof queued) {
    try {
      const results = await run(batch.map((b) => b.key));
      for (const { key, resolve, reject } of batch) {
        const result = results.get(key);
        if (result instanceof Error) reject(result);
        else if (result === undefined && !results.has(key)) reject(new Error('No answer for key'));
        else resolve(result as V);
      }
    } catch (error) {
      for (const { reject } of batch) reject(error);
    } finally {
      for (const { key } of batch) inFlight.delete(key);
    }
  }

  return {
    load(key) {
      const existing = inFlight.get(key);
      if (existing) return existing;
      const promise = new Promise<V>((resolve, reject) => queued.push({ key, resolve, reject }));
      inFlight.set(key, promise);
      if (queued.length >= maxBatch) flush();
      else timer ??= setTimeout(flush, windowMs);
      return promise;
    },
    get pending() {
      return inFlight.size;
    },
  };
}
