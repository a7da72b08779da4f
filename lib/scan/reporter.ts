/**
 * Content-script side of `findingsChanged`: remembers what it told the background about the
 * current page and sends only what is new.
 */
import { mergeFindings, type Findings } from '@/lib/detect/lite';
import type { FindingsChanged } from '@/lib/messaging/protocol';
import { emptyFindings, isEmptyFindings, subtractFindings } from './delta';

/** Delivers one report to the background (normally `sendMessage('findingsChanged', ...)`). */
export type ReportSender = (report: FindingsChanged) => Promise<unknown>;

/** Sends page findings, full or incremental, without repeating itself. */
export interface Reporter {
  /** A full scan of a (new) page: replaces what the background holds for the tab. */
  full(pageUrl: string, findings: Findings): Promise<void>;
  /** A scan of added nodes: sends only what was not sent for this page yet (ignored for another page). */
  added(pageUrl: string, findings: Findings): Promise<void>;
}

/** A reporter over `send`; send failures (the extension reloading) are swallowed. */
export function createReporter(send: ReportSender): Reporter {
  let pageUrl: string | null = null;
  let sent = emptyFindings();

  async function deliver(report: FindingsChanged): Promise<void> {
    try {
      await send(report);
    } catch {
      // The background is gone (extension reloaded or updated): nothing to tell.
    }
  }

  return {
    async full(url, findings) {
      pageUrl = url;
      sent = findings;
      await deliver({ pageUrl: url, reset: true, findings });
    },
    async added(url, findings) {
      // Another page than the last full scan: a full rescan of the new page is on its way.
      if (url !== pageUrl) return;
      const delta = subtractFindings(findings, sent);
      if (isEmptyFindings(delta)) return;
      sent = mergeFindings(sent, delta);
      await deliver({ pageUrl: url, reset: false, findings: delta });
    },
  };
}
