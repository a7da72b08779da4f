import { browser } from 'wxt/browser';
import { useEffect } from 'react';
import { connectPanel, panelStore, pinnedTabId, usePanel, type PanelView } from '@/lib/panel';
import { AccountBar } from './panel/AccountBar';
import { ConfirmBar } from './panel/ConfirmBar';
import { FirstRun } from './panel/FirstRun';
import { HistoryView } from './panel/HistoryView';
import { ManualLookup } from './panel/ManualLookup';
import { PageTargets } from './panel/PageTargets';
import { RevealResult } from './panel/RevealResult';
import { WaitBanner } from './panel/WaitBanner';
import { ErrorNotice } from './common/ErrorNotice';

const VIEWS: { view: PanelView; label: string }[] = [
  { view: 'page', label: 'This page' },
  { view: 'lookup', label: 'Look up' },
  { view: 'history', label: 'History' },
];

function Nav() {
  const view = usePanel((s) => s.view);
  const setView = usePanel((s) => s.setView);
  return (
    <nav className="tabs" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.view}
          type="button"
          aria-current={view === v.view ? 'page' : undefined}
          onClick={() => setView(v.view)}
        >
          {v.label}
        </button>
      ))}
      <span className="spacer" />
      <button
        type="button"
        className="tabs-out"
        title="Prospecting, lookalikes, lists, signals and website visits, in a new tab"
        onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/workspace.html') })}
      >
        Workspace<span aria-hidden="true"> ↗</span>
      </button>
    </nav>
  );
}

function PanelError() {
  const error = usePanel((s) => s.error);
  const clear = usePanel((s) => s.showError);
  if (!error) return null;
  return <ErrorNotice error={error} onRetry={() => clear(null)} />;
}

/** Loads key status and account whenever demo mode flips (and at start). */
function useAccount() {
  const demo = usePanel((s) => s.settings.demoMode);
  const loadKey = usePanel((s) => s.loadKeyStatus);
  const loadAccount = usePanel((s) => s.loadAccount);
  const loadSpend = usePanel((s) => s.loadSpend);
  useEffect(() => {
    void loadKey().then(() => loadAccount(false));
    void loadSpend();
  }, [demo, loadKey, loadAccount, loadSpend]);
}

/** The side panel: follows the active tab (or `?tabId=N`, see lib/panel/connect). */
export function SidePanel() {
  useEffect(() => connectPanel(panelStore, pinnedTabId(location.search)), []);
  useAccount();
  const view = usePanel((s) => s.view);
  const demo = usePanel((s) => s.settings.demoMode);
  const keySaved = usePanel((s) => s.keyStatus?.saved);
  const ready = demo || keySaved;
  return (
    <main className="panel">
      <header className="panel-head">
        <h1>Prospect Lens</h1>
      </header>
      {keySaved === undefined && !demo ? null : ready ? (
        <>
          <AccountBar />
          <WaitBanner />
          <PanelError />
          <Nav />
          {view === 'page' ? <RevealResult /> : null}
          {view === 'page' ? <PageTargets /> : null}
          {view === 'lookup' ? <ManualLookup /> : null}
          {view === 'history' ? <HistoryView /> : null}
          <ConfirmBar />
        </>
      ) : (
        <FirstRun />
      )}
    </main>
  );
}
