/**
 * The Lusha sandbox: a faithful, in-memory stand-in for the Lusha API V3 (Lusha has none, and
 * every real call costs credits). One web-standard handler, `createSandbox().handle(request)`,
 * runs in tests, behind `startSandboxServer` (node.ts) and in the extension's service worker.
 */
export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox';
export { SANDBOX_KEYS, STARTING_CREDITS, INACTIVE_MESSAGE } from './accounts';
export { ManualClock, MANUAL_CLOCK_START } from './clock';
export { PRICING, type PricingEntry } from './pricing';
export { CLASS_LIMITS } from './rate-limit';
export { FaultSpec, type FaultRequest } from './faults';
export type { CallsReport, OperationCalls } from './calls';
export {
  GENERATED_COMPANIES,
  GENERATED_CONTACTS,
  SHOWCASE,
  companyOf,
  generateDataset,
  normalizeDomain,
  normalizeLinkedInUrl,
  normalizeName,
  type Company,
  type Contact,
  type Dataset,
  type DatasetIndex,
  type ShowcaseCompany,
  type ShowcaseContact,
} from './dataset';
export * from './types';
