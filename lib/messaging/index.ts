/**
 * Messaging between content scripts, extension pages and the background. Content scripts
 * import `@/lib/messaging/client` directly (no zod); the background uses the router.
 */
export {
  Findings,
  FindingsChanged,
  GetTabFindings,
  protocol,
  type Message,
  type MessageType,
  type ProtocolMap,
  type Reply,
  type SenderKind,
  type TabFindings,
} from './protocol';
export { sendMessage, MessageRefusedError } from './client';
export { isContentScript, isExtensionPage, type Sender } from './guards';
export { createMessageListener, dispatch, type HandlerContext, type Handlers } from './router';
