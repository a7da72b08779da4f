/**
 * What a finished call means for the rep and the audit log: the credits to charge, the
 * outcome, and a short note (attempts, lost answers, Lusha's message).
 */
import type { AuditOutcome } from '../audit';
import { creditsCharged, type UpstreamAnswer } from './upstream';

/**
 * What a call charges the rep: what Lusha's answer says it charged. When an earlier attempt's
 * answer was lost (timeout, cut body), Lusha may have billed that one instead (a retried
 * reveal is then free): the rep is charged the quote if that is more, never twice. A call that
 * failed charges nothing.
 */
export function chargeOf(answer: UpstreamAnswer, quote: number): number {
  if (!answer.ok) return 0;
  const charged = creditsCharged(answer.json);
  return answer.lost > 0 ? Math.max(charged, quote) : charged;
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function outcomeOf(answer: UpstreamAnswer): AuditOutcome {
  return answer.status < 400 ? 'ok' : 'error';
}

export function noteOf(answer: UpstreamAnswer): string | null {
  const parts: string[] = [];
  if (answer.attempts > 1) parts.push(`${answer.attempts} attempts`);
  if (answer.lost) parts.push(`${answer.lost} answer(s) lost (Lusha may have billed them)`);
  if (!answer.ok) parts.push(messageOf(answer.text));
  return parts.length ? parts.join('; ') : null;
}

function messageOf(text: string): string {
  try {
    const message = (JSON.parse(text) as { message?: unknown }).message;
    if (typeof message === 'string') return message.slice(0, 200);
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 200);
}
