/**
 * Every API call the sandbox received, counted by account and operationId, with the credits it
 * billed, the statuses it answered and the faults it suffered, so that a test can assert
 * "Lusha was searched once" (`GET /__sandbox/calls`).
 */

/** What the sandbox saw of one operation. */
export interface OperationCalls {
  /** Requests that reached the operation (any key, any outcome, faults included). */
  calls: number;
  /** Credits billed (committed), summed. */
  creditsCharged: number;
  /** Answers by HTTP status; `none` when no answer was sent (drop, or the client gave up). */
  statuses: Record<string, number>;
  /** Faults suffered, by kind. */
  faults: Record<string, number>;
}

/** The report `GET /__sandbox/calls` answers. */
export interface CallsReport {
  total: { calls: number; creditsCharged: number };
  operations: Record<string, OperationCalls>;
}

/** One call in progress: what the pipeline tells the log as it learns it. */
export interface CallRecord {
  charged(credits: number): void;
  fault(kind: string): void;
  answered(status: number | 'none'): void;
}

const empty = (): OperationCalls => ({ calls: 0, creditsCharged: 0, statuses: {}, faults: {} });
const bump = (counts: Record<string, number>, name: string, by = 1) => {
  counts[name] = (counts[name] ?? 0) + by;
};

/** Calls by account key (`''` for a missing or unknown key) and operationId. */
export class CallLog {
  private readonly byKey = new Map<string, Map<string, OperationCalls>>();

  /** Counts a call to `operationId` by `key` and returns its record. */
  start(key: string, operationId: string): CallRecord {
    let operations = this.byKey.get(key);
    if (!operations) this.byKey.set(key, (operations = new Map()));
    let entry = operations.get(operationId);
    if (!entry) operations.set(operationId, (entry = empty()));
    const op = entry;
    op.calls += 1;
    return {
      charged: (credits) => void (op.creditsCharged += credits),
      fault: (kind) => bump(op.faults, kind),
      answered: (status) => bump(op.statuses, String(status)),
    };
  }

  /** Totals and per-operation counts, for one key or (without one) every key together. */
  report(key?: string): CallsReport {
    const operations: Record<string, OperationCalls> = {};
    const keys = key === undefined ? [...this.byKey.keys()] : [key];
    for (const k of keys) {
      for (const [id, entry] of this.byKey.get(k) ?? []) {
        const sum = (operations[id] ??= empty());
        sum.calls += entry.calls;
        sum.creditsCharged += entry.creditsCharged;
        for (const [s, n] of Object.entries(entry.statuses)) bump(sum.statuses, s, n);
        for (const [f, n] of Object.entries(entry.faults)) bump(sum.faults, f, n);
      }
    }
    const all = Object.values(operations);
    return {
      total: {
        calls: all.reduce((n, o) => n + o.calls, 0),
        creditsCharged: all.reduce((n, o) => n + o.creditsCharged, 0),
      },
      operations,
    };
  }

  /** Forgets every count. */
  clear(): void {
    this.byKey.clear();
  }
}
