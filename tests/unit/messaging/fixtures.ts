import type { Findings } from '@/lib/messaging';
import type { Sender } from '@/lib/messaging';

/** The id fakeBrowser gives this extension. */
export const OWN_ID = 'test-extension-id';

/** A content script of ours in tab 7 on a LinkedIn page. */
export function contentScriptSender(
  tabId = 7,
  url = 'https://www.linkedin.com/in/ada-palmer',
): Sender {
  return {
    id: OWN_ID,
    url,
    frameId: 0,
    tab: { id: tabId, index: 0, windowId: 1 } as Sender['tab'],
  };
}

/** The side panel of this extension (no tab). */
export function extensionPageSender(): Sender {
  return { id: OWN_ID, url: `chrome-extension://${OWN_ID}/sidepanel.html` };
}

/** Findings as the LinkedIn detectors would report a profile page. */
export function profileFindings(subject = 'ada-palmer', others: string[] = []): Findings {
  return {
    subject: { kind: 'profile', url: `https://www.linkedin.com/in/${subject}` },
    profiles: others.map((slug) => `https://www.linkedin.com/in/${slug}`),
    companies: ['https://www.linkedin.com/company/northwind-traders'],
    salesLeads: [],
    salesAccounts: [],
    emails: [],
    domain: 'linkedin.com',
    hints: {},
    truncated: false,
  };
}
