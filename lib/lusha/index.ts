/**
 * The Lusha V3 client: typed methods per operation, one error class with user-facing messages,
 * zod schemas for every request and response, rate-limit parsing and webhook signatures.
 */
export { createLushaClient, type LushaClient } from './client';
export {
  DEFAULT_TIMEOUT_MS,
  type CallOptions,
  type LushaClientOptions,
  type LushaResult,
} from './transport';
export {
  LushaApiError,
  isLushaApiError,
  kindOfStatus,
  type LushaApiErrorInit,
  type LushaErrorKind,
} from './errors';
export {
  emptyRateLimit,
  hasRateLimit,
  parseRateLimit,
  type RateLimit,
  type RateLimitWindow,
} from './rate-limit';
export { LOOKUP_CHUNK_SIZE, SUBSCRIPTION_CHUNK_SIZE, chunk } from './bulk';
export { readTolerantly, errorInDisguise, type UnreadableItem } from './tolerant';
export {
  operations,
  type OperationDef,
  type OperationId,
  type OperationResponse,
} from './operations';
export {
  signWebhookPayload,
  verifyWebhookSignature,
  type VerifyWebhookSignatureOptions,
  type WebhookSignatureCheck,
  type WebhookSignatureFailure,
} from './webhook-signature';
export * from './schemas';
