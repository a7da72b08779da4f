/**
 * Receiving side of the protocol, for the background: one `runtime.onMessage` listener that
 * checks the sender, validates `data` with zod and calls the handler of the message type.
 */
import * as z from 'zod/mini';
import { isContentScript, isExtensionPage, type Sender } from './guards';
import {
  protocol,
  type MessageType,
  type ProtocolMap,
  type Reply,
  type SenderKind,
} from './protocol';

/** Context a handler gets besides its data: the checked sender (tab id set for content scripts). */
export interface HandlerContext {
  sender: Sender;
}

/** One handler per message type; the data is already validated. */
export type Handlers = {
  [K in MessageType]: (
    data: ProtocolMap[K]['data'],
    context: HandlerContext,
  ) => Promise<ProtocolMap[K]['response']> | ProtocolMap[K]['response'];
};

const Envelope = z.object({ type: z.string().check(z.maxLength(64)), data: z.unknown() });

const senderGuards: Record<SenderKind, (sender: Sender) => boolean> = {
  contentScript: isContentScript,
  extensionPage: isExtensionPage,
};

function isMessageType(type: string): type is MessageType {
  return Object.hasOwn(protocol, type);
}

/**
 * Checks and dispatches one message. Resolves with a `Reply`; never rejects, so a hostile
 * message cannot make the worker log unhandled errors.
 */
export async function dispatch(
  handlers: Handlers,
  message: unknown,
  sender: Sender,
): Promise<Reply> {
  const envelope = Envelope.safeParse(message);
  if (!envelope.success || !isMessageType(envelope.data.type)) {
    return { ok: false, error: 'unknown message' };
  }
  const type = envelope.data.type;
  const spec = protocol[type];
  if (!senderGuards[spec.from](sender)) return { ok: false, error: 'sender not allowed' };
  const data = spec.data.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, error: `invalid data: ${z.prettifyError(data.error)}` };
  try {
    const handler = handlers[type] as (d: unknown, c: HandlerContext) => unknown;
    return { ok: true, value: await handler(data.data, { sender }) } as Reply;
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * A `runtime.onMessage` listener for `handlers`. Messages of no protocol type are left to
 * other listeners (it returns undefined); every protocol message gets a `Reply`.
 */
export function createMessageListener(handlers: Handlers) {
  return (message: unknown, sender: Sender): Promise<Reply> | undefined => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !isMessageType(type)) return undefined;
    return dispatch(handlers, message, sender);
  };
}
