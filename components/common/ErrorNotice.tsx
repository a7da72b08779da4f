import { browser } from 'wxt/browser';
import type { UserError } from '@/lib/lookup';
import { errorAdvice } from '@/lib/panel/errors';

interface Props {
  error: UserError;
  balance?: number | null;
  onRetry?: () => void;
  onHistory?: () => void;
  /**
   * Where the rep already is, when that is the settings page: the way out is then the field
   * to fix on this page (`label`, `go`), never "Open settings".
   */
  onSettingsPage?: { label: string; go: () => void };
}

/** An error in a rep's words, with the way out as a button. */
export function ErrorNotice({ error, balance, onRetry, onHistory, onSettingsPage }: Props) {
  const found = errorAdvice(error, balance);
  const advice =
    found.action === 'settings' && onSettingsPage
      ? { ...found, actionLabel: onSettingsPage.label }
      : found;
  const act = () => {
    if (advice.action === 'settings' && onSettingsPage) onSettingsPage.go();
    else if (advice.action === 'settings') void browser.runtime.openOptionsPage();
    if (advice.action === 'retry') onRetry?.();
    if (advice.action === 'history') onHistory?.();
  };
  const showAction =
    advice.action === 'settings' ||
    (advice.action === 'retry' && onRetry) ||
    (advice.action === 'history' && onHistory);
  return (
    <div className="notice notice-error" role="alert">
      <strong>{advice.title}</strong>
      <p>{advice.detail}</p>
      {showAction ? (
        <button type="button" onClick={act}>
          {advice.actionLabel}
        </button>
      ) : null}
    </div>
  );
}
