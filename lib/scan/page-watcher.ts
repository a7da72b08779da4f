/**
 * A content script's life on a page: a full scan at start, another after each single-page
 * navigation, and incremental scans of what the page adds. Only changes reach the background.
 * It lives as long as the extension runs: nothing the page dispatches can stop it.
 */
import type { Findings, ScanOptions } from '@/lib/detect/lite';
import { watchAdditions, type AdditionsOptions, DEFAULT_ADDITIONS } from './additions';
import { Lifetime } from './lifetime';
import { watchNavigation } from './navigation';
import type { ReportSender } from './reporter';
import { createReporter } from './reporter';

/** The detectors a watcher uses (LinkedIn's script passes the PSL-free ones). */
export interface PageScanners {
  scanDocument(doc: Document, pageUrl: string, options?: ScanOptions): Findings;
  scanNodes(nodes: Iterable<Node>, pageUrl: string, options?: ScanOptions): Findings;
}

/** Scans the page once and reports it as a new page. */
export async function scanOnce(
  scanners: Pick<PageScanners, 'scanDocument'>,
  send: ReportSender,
): Promise<void> {
  await createReporter(send).full(location.href, scanners.scanDocument(document, location.href));
}

/**
 * Starts watching the page until `life` ends (by default: while the extension runs).
 * Returns the lifetime, which tests end by hand.
 */
export function watchPage(
  scanners: PageScanners,
  send: ReportSender,
  options: AdditionsOptions = DEFAULT_ADDITIONS,
  life: Lifetime = new Lifetime(),
): Lifetime {
  const reporter = createReporter(send);
  // The rep's own profile, once recognised (LinkedIn's "Me" menu), stays out for the page's life.
  const scan: ScanOptions = { self: new Set() };
  const fullScan = () =>
    reporter.full(location.href, scanners.scanDocument(document, location.href, scan));
  const onAdded = (added: Element[]) => {
    const url = location.href;
    const known = scan.self!.size;
    const found = scanners.scanNodes(added, url, scan);
    // Recognised only now (the menu opened): it may have been reported, so start over.
    if (scan.self!.size > known) void fullScan();
    else void reporter.added(url, found);
  };
  const watch = watchAdditions(
    life,
    document.body ?? document.documentElement,
    (added) => {
      if (added === null) void fullScan();
      else if (added.length > 0) onAdded(added);
    },
    options,
  );
  // The new page renders after the URL changes: rescan once the DOM settles.
  watchNavigation(life, () => watch.requestFull());
  void fullScan();
  return life;
}
