/** The look-up pipeline's parts: the API queue, batching, the preview cache and the credit ledger. */
export * from './queue';
export * from './batcher';
export * from './cache';
export * from './ledger';
export * from './targets';
