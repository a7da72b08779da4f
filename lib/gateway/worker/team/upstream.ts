/**
 * Calls to Lusha with the team key, from the Durable Object only: each waits for its slot in
 * the team's rate gate, 5xx answers, timeouts, cut or non-JSON bodies are retried with
 * exponential backoff (base, doubling, capped at 60 s), Lusha's own 429 is passed on with a
 * `retry-after` and pauses the team's queue. The key is never in what comes back.
 */
import type { Env, Settings } from '../env';
import { rateLimitHeaders, redact } from '../http';
import { rateClassOf, retryAfterOf, type RateClass, type RateGate } from './gate';

/** One call to send. `path` includes the query string. */
export interface UpstreamRequest {
  method: string;
  path: string;
  body?: string;
}

/** What came back (or what the gateway answers in Lusha's place when nothing usable did). */
export interface UpstreamAnswer {
  ok: boolean;
  status: number;
  headers: [string, string][];
  /** The body, with the team key redacted should Lusha ever echo it. */
  text: string;
  json?: unknown;
  /** Requests sent to Lusha for this call. */
  attempts: number;
  /** Attempts whose answer was lost (timeout, cut body): Lusha may have billed them. */
  lost: number;
}

const MAX_BACKOFF_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function gatewayAnswer(
  status: number,
  message: string,
  attempts: number,
  lost: number,
  headers: [string, string][] = [],
): UpstreamAnswer {
  const text = JSON.stringify({ statusCode: status, message });
  return { ok: false, status, headers, text, attempts, lost };
}

type Attempt =
  | { kind: 'answer'; status: number; headers: Headers; text: string }
  | { kind: 'timeout' | 'network' | 'cut'; message: string };

/** Sends calls to Lusha for the team. */
export class Upstream {
  constructor(
    private readonly env: Env,
    private readonly settings: Settings,
    private readonly gates: Record<RateClass, RateGate>,
    private readonly onRateHeaders: (rateClass: RateClass, headers: [string, string][]) => void,
  ) {}

  /** Sends one call, retrying what is worth retrying; never throws. */
  async send(request: UpstreamRequest): Promise<UpstreamAnswer> {
    const key = this.env.LUSHA_API_KEY;
    if (!key) {
      return gatewayAnswer(
        503,
        "The team's Lusha key is not set: wrangler secret put LUSHA_API_KEY",
        0,
        0,
      );
    }
    const rateClass = rateClassOf(request.path.split('?')[0] as string);
    const gate = this.gates[rateClass];
    let last: UpstreamAnswer | null = null;
    let lost = 0;
    for (let attempt = 1; attempt <= this.settings.upstreamRetries + 1; attempt++) {
      if (attempt > 1)
        await sleep(Math.min(MAX_BACKOFF_MS, this.settings.backoffBaseMs * 2 ** (attempt - 2)));
      const at = gate.book(Date.now(), this.settings.queueMaxWaitMs);
      if (at === null) {
        const wait = String(gate.retryAfter(Date.now()));
        const message = "The team's Lusha rate limit is fully booked; try again shortly.";
        return gatewayAnswer(429, message, attempt - 1, lost, [['retry-after', wait]]);
      }
      if (at > Date.now()) await sleep(at - Date.now());
      const result = await this.attempt(request, key);
      if (result.kind !== 'answer') {
        lost += result.kind === 'network' ? 0 : 1;
        last = gatewayAnswer(result.kind === 'timeout' ? 504 : 502, result.message, attempt, lost);
        continue;
      }
      const headers = rateLimitHeaders(result.headers);
      this.onRateHeaders(rateClass, headers);
      const text = redact(result.text, key);
      if (result.status === 429)
        return this.tooMany(gate, result.headers, headers, text, attempt, lost);
      if (result.status === 401) {
        const message =
          "Lusha refused the team gateway's key (401): ask your team admin to check it.";
        return gatewayAnswer(502, message, attempt, lost, headers);
      }
      if (result.status >= 500) {
        last = { ok: false, status: result.status, headers, text, attempts: attempt, lost };
        continue;
      }
      if (result.status >= 300)
        return { ok: false, status: result.status, headers, text, attempts: attempt, lost };
      try {
        const json = text.trim() === '' ? {} : (JSON.parse(text) as unknown);
        return { ok: true, status: result.status, headers, text, json, attempts: attempt, lost };
      } catch {
        lost += 1;
        last = gatewayAnswer(502, 'Lusha sent an answer that is not JSON.', attempt, lost, headers);
      }
    }
    return last ?? gatewayAnswer(502, 'Lusha could not be reached.', 0, lost);
  }

  private tooMany(
    gate: RateGate,
    raw: Headers,
    headers: [string, string][],
    text: string,
    attempts: number,
    lost: number,
  ): UpstreamAnswer {
    const seconds = retryAfterOf(raw, Date.now());
    gate.pausedUntil = Math.max(gate.pausedUntil, Date.now() + seconds * 1000);
    const out = headers.filter(([name]) => name !== 'retry-after');
    out.push(['retry-after', String(seconds)]);
    return { ok: false, status: 429, headers: out, text, attempts, lost };
  }

  private async attempt(request: UpstreamRequest, key: string): Promise<Attempt> {
    const headers: Record<string, string> = { api_key: key, accept: 'application/json' };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const signal = AbortSignal.timeout(this.settings.upstreamTimeoutMs);
    const timeout = `Lusha did not answer within ${this.settings.upstreamTimeoutMs} ms.`;
    let response: Response;
    try {
      response = await fetch(this.settings.baseUrl + request.path, {
        method: request.method,
        headers,
        body: request.body,
        signal,
      });
    } catch {
      // The error's own text is not passed on: it could name the URL, and adds nothing useful.
      if (signal.aborted) return { kind: 'timeout', message: timeout };
      return { kind: 'network', message: 'Lusha could not be reached (connection failed).' };
    }
    try {
      const text = await response.text();
      return { kind: 'answer', status: response.status, headers: response.headers, text };
    } catch {
      if (signal.aborted) return { kind: 'timeout', message: timeout };
      return { kind: 'cut', message: "Lusha's answer was cut off before its end." };
    }
  }
}

/** `billing.creditsCharged` of an answer body, 0 when absent. */
export function creditsCharged(json: unknown): number {
  const value = (json as { billing?: { creditsCharged?: unknown } } | null)?.billing
    ?.creditsCharged;
  return typeof value === 'number' && value > 0 ? value : 0;
}
