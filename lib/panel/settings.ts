/** Settings as pages read and change them: straight from storage, watched, made safe. */
import { useCallback, useEffect, useState } from 'react';
import { readSettings, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/storage/items';

/** Merges `patch` into the stored settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const current = readSettings(await settingsItem.getValue());
  await settingsItem.setValue({ ...current, ...patch });
}

/**
 * The settings, kept in step with storage (null until read), and a change function that shows
 * the change at once (controlled inputs must not wait for storage) and then stores it.
 */
export function useSettings(): [Settings | null, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(readSettings(v)));
    return settingsItem.watch((v) => setSettings(readSettings(v)));
  }, []);
  const change = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...patch } : current));
    void updateSettings(patch);
  }, []);
  return [settings, change];
}
