import { useEffect, useId, useState } from 'react';
import type { UserError } from '@/lib/lookup';
import { sendMessage } from '@/lib/messaging/client';
import type { KeyStatus } from '@/lib/messaging/lookup';
import { ErrorNotice } from './ErrorNotice';

/** The saved key, masked, with a way to remove it. */
function SavedKey({ masked, onRemove }: { masked: string | null; onRemove: () => void }) {
  return (
    <p className="row">
      <span>
        Saved key: <code>{masked}</code>
      </span>
      <button type="button" className="link" onClick={onRemove}>
        Remove key
      </button>
    </p>
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

  useEffect(() => {
    void sendMessage('getKeyStatus', {}).then(setStatus, () => undefined);
  }, []);

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
      {status?.saved ? <SavedKey masked={status.masked} onRemove={() => void remove()} /> : null}
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
        {note}
      </p>
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}
