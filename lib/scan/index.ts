/**
 * Content-script glue: scan the page, watch what it adds, report only changes. No zod, no
 * storage, no React: everything here ends up in the content-script bundles.
 */
export { watchPage, scanOnce, type PageScanners } from './page-watcher';
export {
  watchAdditions,
  DEFAULT_ADDITIONS,
  type AdditionsOptions,
  type AddedNodes,
} from './additions';
export { Lifetime, extensionRuns } from './lifetime';
export { reportFindings } from './runtime';
export { watchNavigation } from './navigation';
export { createReporter, type Reporter, type ReportSender } from './reporter';
export { emptyFindings, subtractFindings, isEmptyFindings } from './delta';
