/** Every Lusha V3 request and response schema, by group. */
export * from './common';
export * from './contacts';
export * from './companies';
export * from './companies-search-and-enrich';
export * from './prospecting';
export * from './filters';
export * from './signals';
export * from './lookalikes';
export * from './website-visits';
export * from './account';
export * from './webhooks';
export * from './audit-logs';
