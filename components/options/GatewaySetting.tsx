import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { AccountSummary, UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import { useSettings } from '@/lib/panel/settings';
import { apiBaseUrlProblem } from '@/lib/settings';
import { ErrorNotice } from '../common/ErrorNotice';

const hostOf = (url: string) => url.replace(/^https?:\/\//, '');

/** What the gateway said of this rep, in one line. */
function RepLine({ account }: { account: AccountSummary }) {
  const g = account.gateway;
  if (!g) return null;
  const budget = g.daily ?? g.monthly;
  const period = g.daily ? 'today' : 'this month';
  return (
    <p>
      Connected as <strong>{g.rep || 'a rep'}</strong>
      {budget
        ? ` · ${budget.remaining.toLocaleString('en-US')} of ${budget.limit.toLocaleString('en-US')} credits left ${period}`
        : ' · no budget set by your admin'}
    </p>
  );
}

/**
 * "Connect to your team's gateway": the gateway's URL and the rep's token, checked with the free
 * usage call there; the browser is asked to allow that address first (the click is the user's
 * gesture). The team's Lusha key stays on the gateway.
 */
export function GatewaySetting() {
  const [settings, change] = useSettings();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const [error, setError] = useState<UserError | null>(null);
  const [account, setAccount] = useState<AccountSummary | null>(null);
  const id = useId();
  const connected = settings?.apiBaseUrl ?? null;

  useEffect(() => {
    if (!connected) return;
    void sendMessage('getAccount', {}).then(
      (o) => setAccount(o.ok && o.value.gateway ? o.value : null),
      () => undefined,
    );
  }, [connected, busy]);

  const connect = () => {
    const address = url.trim().replace(/\/+$/, '');
    const bad = apiBaseUrlProblem(address);
    if (bad) return setProblem(bad);
    setProblem('');
    setError(null);
    setBusy(true);
    // Asked inside the click, before anything else awaits.
    void browser.permissions
      .request({ origins: [`${address}/*`] })
      .then(async (granted) => {
        if (!granted) return setProblem(`The browser did not allow ${hostOf(address)}.`);
        const saved = await sendMessage('saveApiKey', { key: token.trim(), baseUrl: address });
        if (!saved.ok) return setError(saved.error);
        setToken('');
      })
      .catch(() => setProblem(`The browser cannot allow ${hostOf(address)}.`))
      .finally(() => setBusy(false));
  };

  const disconnect = async () => {
    await sendMessage('removeApiKey', {});
    change({ apiBaseUrl: null });
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Team gateway</h2>
      {connected && account?.gateway ? (
        <div className="stack">
          <p className="hint">
            Calls go to {hostOf(connected)}; your team&apos;s Lusha key stays there.
          </p>
          <RepLine account={account} />
          <div className="row">
            <button type="button" onClick={() => void disconnect()}>
              Disconnect
            </button>
          </div>
        </div>
      ) : (
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            connect();
          }}
        >
          <p className="hint">
            Your team&apos;s admin gives you the gateway&apos;s address and your own token. The
            team&apos;s Lusha key never reaches this browser.
          </p>
          <div className="field">
            <label htmlFor={`${id}-url`}>Gateway URL</label>
            <input
              id={`${id}-url`}
              type="url"
              placeholder="https://gateway.example.com"
              value={url}
              aria-invalid={!!problem}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(e) => setUrl(e.currentTarget.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-token`}>Your rep token</label>
            <input
              id={`${id}-token`}
              type="password"
              autoComplete="off"
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
            />
          </div>
          {problem ? (
            <p id={`${id}-problem`} className="field-error">
              {problem}
            </p>
          ) : null}
          <div className="row">
            <button
              type="submit"
              className="primary"
              disabled={busy || !url.trim() || token.trim().length < 8}
            >
              {busy ? 'Checking…' : 'Connect'}
            </button>
          </div>
          {error ? (
            <ErrorNotice
              error={error}
              onSettingsPage={{
                label: 'Check the token',
                go: () => document.getElementById(`${id}-token`)?.focus(),
              }}
            />
          ) : null}
        </form>
      )}
    </section>
  );
}
