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
/** 429s from the per-second limit alone retried this often before the rep sees one. */
const BURST_RETRIES = 2;

/** True when a 429 says a minute, hour and day still have requests left. */
function burst(headers: Headers): boolean {
  return ['minute', 'hourly', 'daily'].every((w) => {
    const left = Number(headers.get(`x-${w}-requests-left`) ?? NaN);
    return Number.isFinite(left) && left > 0;
  });
}

/** Counters of one call's attempts. */
interface Tries {
  attempts: number;
  lost: number;
  bursts: number;
  failures: number;
}

/** One attempt's verdict: hand `answer` back (final), or try again. */
interface Step {
  final: boolean;
  answer: UpstreamAnswer;
}

/** A failure worth another try (counted against the retries). */
function failed(tries: Tries, answer: UpstreamAnswer): Step {
  tries.failures += 1;
  return { final: false, answer };
}

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
      const message = "The team's Lusha key is not set: wrangler secret put LUSHA_API_KEY";
      return gatewayAnswer(503, message, 0, 0);
    }
    const rateClass = rateClassOf(request.path.split('?')[0] as string);
    const gate = this.gates[rateClass];
    const tries = { attempts: 0, lost: 0, bursts: 0, failures: 0 };
    let last: UpstreamAnswer | null = null;
    while (tries.failures <= this.settings.upstreamRetries) {
      if (tries.failures > 0) await sleep(this.backoff(tries.failures));
      if (!(await gate.acquire(this.settings.queueMaxWaitMs))) {
        const wait = String(gate.retryAfter(Date.now()));
        const message = "The team's Lusha rate limit is fully booked; try again shortly.";
        return gatewayAnswer(429, message, tries.attempts, tries.lost, [['retry-after', wait]]);
      }
      tries.attempts += 1;
      const step = await this.once(request, key, rateClass, tries);
      if (step.final) return step.answer;
      last = step.answer;
    }
    return last ?? gatewayAnswer(502, 'Lusha could not be reached.', tries.attempts, tries.lost);
  }

  private backoff(failures: number): number {
    return Math.min(MAX_BACKOFF_MS, this.settings.backoffBaseMs * 2 ** (failures - 1));
  }

  /**
   * One attempt. Final: an answer to hand back. Not final: a failure worth another try (5xx,
   * timeout, cut or non-JSON body: counted in `failures`), or a 429 of the per-second limit
   * alone (the queue pauses a second; not counted, at most {@link BURST_RETRIES}).
   */
  private async once(
    request: UpstreamRequest,
    key: string,
    rateClass: RateClass,
    tries: Tries,
  ): Promise<Step> {
    const result = await this.attempt(request, key);
    if (result.kind !== 'answer') {
      tries.lost += result.kind === 'network' ? 0 : 1;
      const status = result.kind === 'timeout' ? 504 : 502;
      return failed(tries, gatewayAnswer(status, result.message, tries.attempts, tries.lost));
    }
    const headers = rateLimitHeaders(result.headers);
    this.onRateHeaders(rateClass, headers);
    const answer: UpstreamAnswer = {
      ok: false,
      status: result.status,
      headers,
      text: redact(result.text, key),
      attempts: tries.attempts,
      lost: tries.lost,
    };
    return this.judge(answer, result.headers, rateClass, tries);
  }

  /** What an answer that came means: pass it on, or try again. */
  private judge(answer: UpstreamAnswer, raw: Headers, rateClass: RateClass, tries: Tries): Step {
    const gate = this.gates[rateClass];
    const { status } = answer;
    if (status === 429 && burst(raw) && tries.bursts < BURST_RETRIES) {
      tries.bursts += 1;
      gate.pausedUntil = Math.max(gate.pausedUntil, Date.now() + 1000);
      return { final: false, answer };
    }
    if (status === 429) return { final: true, answer: this.tooMany(gate, raw, answer) };
    if (status === 401) {
      const message =
        "Lusha refused the team gateway's key (401): ask your team admin to check it.";
      return {
        final: true,
        answer: gatewayAnswer(502, message, tries.attempts, tries.lost, answer.headers),
      };
    }
    if (status >= 500) return failed(tries, answer);
    if (status >= 300) return { final: true, answer };
    try {
      const json = answer.text.trim() === '' ? {} : (JSON.parse(answer.text) as unknown);
      return { final: true, answer: { ...answer, ok: true, json } };
    } catch {
      tries.lost += 1;
      const message = 'Lusha sent an answer that is not JSON.';
      return failed(tries, gatewayAnswer(502, message, tries.attempts, tries.lost, answer.headers));
    }
  }

  /** Lusha's 429, passed on: with `retry-after`, and the team's queue paused that long. */
  private tooMany(gate: RateGate, raw: Headers, answer: UpstreamAnswer): UpstreamAnswer {
    const seconds = retryAfterOf(raw, Date.now());
    gate.pausedUntil = Math.max(gate.pausedUntil, Date.now() + seconds * 1000);
    const headers = answer.headers.filter(([name]) => name !== 'retry-after');
    headers.push(['retry-after', String(seconds)]);
    return { ...answer, headers };
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
