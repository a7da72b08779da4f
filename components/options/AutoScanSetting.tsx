import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { disableAutoScan, enableAutoScan, isAutoScanOn } from '@/lib/findings/auto-scan';
import { autoScanItem } from '@/lib/storage/items';

type Status = 'loading' | 'idle' | 'asking' | 'denied' | 'error';

const messages: Record<Status, string> = {
  loading: '',
  idle: '',
  asking: 'Answer the browser’s prompt to allow access to all websites.',
  denied: 'Access to all websites was not granted, so automatic scanning stays off.',
  error: 'The setting could not be changed. Try again.',
};

const keyStyle = {
  font: 'inherit',
  fontSize: '0.85em',
  padding: '0 0.3em',
  border: '1px solid currentColor',
  borderRadius: '3px',
  opacity: 0.85,
} as const;

/** A key of a keyboard shortcut. */
function Key({ children }: { children: string }) {
  return <kbd style={keyStyle}>{children}</kbd>;
}

/** Keeps `on` in step with the setting and the permission, wherever they change. */
function useAutoScanState(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const refresh = () => void isAutoScanOn().then(setOn);
    refresh();
    const unwatch = autoScanItem.watch(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    browser.permissions.onAdded.addListener(refresh);
    return () => {
      unwatch();
      browser.permissions.onRemoved.removeListener(refresh);
      browser.permissions.onAdded.removeListener(refresh);
    };
  }, []);
  return [on, setOn];
}

/** The "Scan every website automatically" switch: asks for, and gives back, `<all_urls>`. */
export function AutoScanSetting() {
  const [on, setOn] = useAutoScanState();
  const [status, setStatus] = useState<Status>('idle');
  const hintId = useId();

  const change = (wanted: boolean) => {
    // The permission prompt needs the click's user gesture: no await before it.
    const work = wanted ? enableAutoScan() : disableAutoScan().then(() => false);
    setStatus(wanted ? 'asking' : 'idle');
    work.then(
      (granted) => {
        setOn(granted);
        setStatus(wanted && !granted ? 'denied' : 'idle');
      },
      () => setStatus('error'),
    );
  };

  return (
    <section aria-labelledby={`${hintId}-title`} style={{ maxWidth: '40rem' }}>
      <h2 id={`${hintId}-title`} style={{ fontSize: '1.1rem' }}>
        Websites
      </h2>
      <label
        style={{
          display: 'flex',
          gap: '0.6rem',
          alignItems: 'center',
          fontWeight: 600,
          fontSize: '1.05rem',
        }}
      >
        <input
          style={{ width: '1.1rem', height: '1.1rem', margin: 0 }}
          type="checkbox"
          role="switch"
          checked={on}
          disabled={status === 'asking'}
          aria-describedby={hintId}
          onChange={(event) => change(event.currentTarget.checked)}
        />
        Scan every website automatically
      </label>
      <p id={hintId} style={{ margin: '0.35rem 0 0 1.7rem', opacity: 0.8 }}>
        Off: Prospect Lens reads a website only when you click its toolbar button, press{' '}
        <Key>Alt</Key>+<Key>Shift</Key>+<Key>L</Key> or pick it in the right-click menu. On: it
        reads every website as you open it, which needs your permission to access all websites.
        LinkedIn pages are always read.
      </p>
      <p role="status" style={{ margin: '0.5rem 0 0 1.7rem', minHeight: '1.5em' }}>
        {messages[status]}
      </p>
    </section>
  );
}
