/**
 * Sending side of the protocol, for content scripts and extension pages. It imports no zod and
 * no storage, so content scripts can use it without growing.
 */
import { browser } from 'wxt/browser';
import type { Message, MessageType, ProtocolMap, Reply } from './protocol';

/** Thrown when the background refuses a message (bad data, wrong sender) or gives no reply. */
export class MessageRefusedError extends Error {
  override name = 'MessageRefusedError';
}

/** Sends one message to the background and resolves with its typed response. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: ProtocolMap[K]['data'],
): Promise<ProtocolMap[K]['response']> {
  const message: Message<K> = { type, data };
  const reply = (await browser.runtime.sendMessage(message)) as Reply<K> | undefined;
  if (!reply) throw new MessageRefusedError(`${type}: no reply from the background`);
  if (!reply.ok) throw new MessageRefusedError(`${type}: ${reply.error}`);
  return reply.value;
}
