/**
 * Sending one confirmed reveal and getting its outcome, even when the background's worker
 * stops meanwhile: the same request (same request id) is sent again, and the background
 * answers from its journal (finished), finishes it (open: a repeat is free), or starts it
 * (never received). Nothing is billed twice, and no message says "nothing was charged"
 * unless the background said so.
 */
import type { EnrichOutcome } from '@/lib/lookup/enrich';
import { MessageRefusedError, sendMessage } from '@/lib/messaging/client';
import type { Enrich, Outcome } from '@/lib/messaging/lookup';

const TRIES = 6;

/** Waits before try `n` (0.5 s, 1 s, 2 s, ...). */
const pause = (n: number) => new Promise((resolve) => setTimeout(resolve, 250 * 2 ** n));

/** The reveal's outcome; retried while the background cannot be reached. */
export async function sendReveal(request: Enrich, tries = TRIES): Promise<Outcome<EnrichOutcome>> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage('enrich', request);
    } catch (error) {
      // Refused by the background (bad data): it was never run, so nothing was charged.
      if (error instanceof MessageRefusedError && !/no reply/.test(error.message)) {
        return {
          ok: false,
          error: { kind: 'unexpected', retryable: false, message: `Prospect Lens refused this reveal (${error.message}). Nothing was charged.` },
        };
      }
      if (attempt >= tries) {
        return {
          ok: false,
          error: {
            kind: 'unexpected',
            retryable: true,
            billingUnknown: true,
            message:
              'Prospect Lens was interrupted while revealing and could not finish yet. If Lusha ' +
              'revealed it, it is kept and shown in History as soon as it is finished; it is never charged twice.',
          },
        };
      }
      await pause(attempt);
    }
  }
}
