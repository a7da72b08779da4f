/**
 * The acknowledgement a webhook endpoint owes Lusha for each delivery, checked the way the spec's
 * createSubscription describes it ("Client Response Format (Required)").
 */

/**
 * Why a 2xx answer is not the acknowledgement Lusha requires, or null when it is: a JSON body
 * `{received: true, timestamp, webhookId}` echoing the payload id ("must acknowledge receipt
 * with this response", createSubscription). Anything else counts as a failed delivery.
 */
export function ackProblem(response: Response, text: string, payloadId: string): string | null {
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    return `Endpoint did not acknowledge: content-type ${type || '(none)'}, not application/json`;
  }
  let ack: unknown;
  try {
    ack = JSON.parse(text);
  } catch {
    return 'Endpoint did not acknowledge: the answer is not JSON';
  }
  const { received, timestamp, webhookId } = (ack ?? {}) as Record<string, unknown>;
  if (received !== true) return 'Endpoint did not acknowledge: received must be true';
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) {
    return 'Endpoint did not acknowledge: timestamp must be an ISO 8601 time';
  }
  if (webhookId !== payloadId) {
    return 'Endpoint did not acknowledge: webhookId must echo the payload id';
  }
  return null;
}
