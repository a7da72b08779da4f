import { useEffect, useState } from 'react';
import { formatSeconds, secondsLeft, usePanel, WAIT_WORDS } from '@/lib/panel';

/** While the background backs off: why, and a countdown until it carries on by itself. */
export function WaitBanner() {
  const wait = usePanel((s) => s.wait);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!wait) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [wait]);
  if (!wait) return null;
  const left = secondsLeft(wait.until, now);
  if (left <= 0) return null;
  return (
    <div className="notice notice-wait" role="status">
      <strong>{WAIT_WORDS[wait.reason] ?? 'Waiting'}</strong>
      <p>
        Next try in <span className="countdown">{formatSeconds(left)}</span>
        {wait.attempt > 1 ? ` (attempt ${wait.attempt})` : ''}. Nothing is lost meanwhile.
      </p>
    </div>
  );
}
