/**
 * The look-up pipeline: targets from pages and the manual form, the API queue, batching, the
 * preview cache, search previews, confirmed enrich, the account and the credit ledger.
 */
export * from './queue';
export * from './batcher';
export * from './cache';
export * from './ledger';
export * from './targets';
export * from './pricing';
export * from './user-error';
export * from './previews';
export * from './enrich';
export * from './account';
export * from './connection';
