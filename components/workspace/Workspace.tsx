import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useWs, workspaceStore } from '@/lib/workspace-ui';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorNotice } from '../common/ErrorNotice';
import { SECTIONS } from './sections';

function Tabs() {
  const section = useWs((s) => s.section);
  const setSection = useWs((s) => s.setSection);
  return (
    <div className="ws-tabs" role="tablist" aria-label="Workspace sections">
      {SECTIONS.map((s) => (
        <button
          key={s.id}
          type="button"
          role="tab"
          id={`tab-${s.id}`}
          aria-selected={section === s.id}
          aria-controls={`panel-${s.id}`}
          onClick={() => (setSection(s.id), history.replaceState(null, '', `#${s.id}`))}
        >
          {s.label}
        </button>
      ))}
    </div>
  );
}

function Account() {
  const account = useWs((s) => s.account);
  const error = useWs((s) => s.accountError);
  const remaining = account?.credits.remaining;
  return (
    <div className="ws-account" aria-label="Account" role="region">
      {error && !account ? (
        <span className="warn">{error.message}</span>
      ) : (
        <span>
          <strong>{typeof remaining === 'number' ? remaining.toLocaleString('en-US') : '–'}</strong>{' '}
          credits left
          {account?.plan ? <span className="meta"> · {account.plan} plan</span> : null}
        </span>
      )}
      <DemoBadge show={!!account?.demo} />
      <button
        type="button"
        className="small"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        Settings
      </button>
    </div>
  );
}

function Notice() {
  const notice = useWs((s) => s.notice);
  const clear = useWs((s) => s.showNotice);
  useEffect(() => {
    if (notice?.tone !== 'ok') return;
    const timer = setTimeout(() => clear(null), 8000);
    return () => clearTimeout(timer);
  }, [notice, clear]);
  if (!notice) return null;
  return (
    <p
      className={`ws-notice notice${notice.tone === 'error' ? ' notice-error' : ''}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      {notice.text}{' '}
      <button type="button" className="link" onClick={() => clear(null)}>
        Close
      </button>
    </p>
  );
}

/** The section an address names: `#signals`, or `#signals/person%3A44` (a notification's). */
const hashSection = () => location.hash.slice(1).split('/', 1)[0] ?? '';

/** Loads what every section needs once, and follows `#section` in the address. */
function useStart() {
  useEffect(() => {
    const s = workspaceStore.getState();
    const follow = () => {
      const fromHash = hashSection();
      if (SECTIONS.some((x) => x.id === fromHash)) s.setSection(fromHash);
    };
    follow();
    addEventListener('hashchange', follow);
    void s.loadAccount();
    void s.loadSpend();
    void s.loadCatalog();
    void s.loadSaved();
    void s.loadLists();
    void s.restore();
    return () => removeEventListener('hashchange', follow);
  }, []);
}

/** The workspace: a full-tab page with one section per tab. */
export function Workspace() {
  useStart();
  const section = useWs((s) => s.section);
  const accountError = useWs((s) => s.accountError);
  const account = useWs((s) => s.account);
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;
  return (
    <div className="ws">
      <header className="ws-head">
        <h1>Prospect Lens</h1>
        <Tabs />
        <span className="spacer" />
        <Account />
      </header>
      {accountError && !account ? <ErrorNotice error={accountError} /> : null}
      <Notice />
      <main
        className="ws-body"
        id={`panel-${current.id}`}
        role="tabpanel"
        aria-labelledby={`tab-${current.id}`}
      >
        <current.Component />
      </main>
    </div>
  );
}
