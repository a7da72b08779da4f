import { useEffect, useId, useState } from 'react';
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { KeyStatus } from '@/lib/messaging/lookup';
import { ErrorNotice } from './ErrorNotice';
import { useSettings } from '@/lib/panel/settings';
import { apiBase } from '@/lib/settings';

const hostOf = (url: string) => url.replace(/^https?:\/\//, '');

/** The saved key, masked, where it goes, with a way to remove it. */
function SavedKey({
  status,
  base,
  onRemove,
}: {
  status: KeyStatus;
  base: string | null;
  onRemove: () => void;
}) {
  const elsewhere = base !== null && status.baseUrl !== null && status.baseUrl !== base;
  return (
    <>
      <p className="row">
        <span>
          Saved key: <code>{status.masked}</code>
          {status.baseUrl ? (
            <span className="meta"> · sent only to {hostOf(status.baseUrl)}</span>
          ) : null}
        </span>
        <button type="button" className="link" onClick={onRemove}>
          Remove key
        </button>
      </p>
      {elsewhere ? (
        <p className="warn" role="status">
          This key was checked with {hostOf(status.baseUrl!)}, and the API address is now{' '}
          {hostOf(base)}. Enter the key again to use it there; until then it is not sent anywhere.
        </p>
      ) : null}
    </>
  );
}

/** The API key: pasted, checked with Lusha's free usage call before it is saved, shown masked. */
export function KeyForm({ onSaved }: { onSaved?: () => void }) {
  const [status, setStatus] = useState<KeyStatus | null>(null);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const [note, setNote] = useState('');
  const inputId = useId();
  const [settings] = useSettings();
  const base = settings ? apiBase(settings) : null;

  useEffect(() => {
    // Again when the address changes (the Advanced setting): does the saved key still fit?
    void sendMessage('getKeyStatus', {}).then(setStatus, () => undefined);
  }, [base]);

  const save = async () => {
    setBusy(true);
    setError(null);
    setNote('Checking the key with Lusha…');
    const outcome = await sendMessage('saveApiKey', { key: key.trim() }).catch(() => null);
    setBusy(false);
    if (outcome?.ok) {
      setKey('');
      setNote('Key saved. It was checked with Lusha.');
      setStatus(await sendMessage('getKeyStatus', {}));
      onSaved?.();
    } else {
      setNote('');
      setError(
        outcome?.error ?? {
          kind: 'unexpected',
          message: 'The key could not be checked.',
          retryable: true,
        },
      );
    }
  };

  const remove = async () => {
    setStatus(await sendMessage('removeApiKey', {}));
    setNote('Key removed.');
  };

  const valid = key.trim().length >= 8 && !/\s/.test(key.trim());
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && !busy) void save();
      }}
    >
      {status?.saved ? (
        <SavedKey status={status} base={base} onRemove={() => void remove()} />
      ) : null}
      <label htmlFor={inputId}>{status?.saved ? 'Replace with a new key' : 'Lusha API key'}</label>
      <div className="row">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          placeholder="Paste your key"
        />
        <button type="submit" className="primary" disabled={!valid || busy}>
          {busy ? 'Checking…' : 'Check and save'}
        </button>
      </div>
      <p className="hint" aria-live="polite">
        {note || (base ? `Checked with and sent only to ${hostOf(base)}.` : '')}
      </p>
      {error ? (
        <ErrorNotice
          error={error}
          onSettingsPage={{
            label: 'Paste the key again',
            go: () => document.getElementById(inputId)?.focus(),
          }}
        />
      ) : null}
    </form>
  );
}
