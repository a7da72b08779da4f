/** Settings as pages read and change them: straight from storage, watched, made safe. */
import { useEffect, useState } from 'react';
import { readSettings, type Settings } from '@/lib/settings';
import { settingsItem } from '@/lib/storage/items';

/** Merges `patch` into the stored settings. */
export async function updateSettings(patch: Partial<Settings>): Promise<void> {
  const current = readSettings(await settingsItem.getValue());
  await settingsItem.setValue({ ...current, ...patch });
}

/** The settings, kept in step with storage; null until read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then((v) => setSettings(readSettings(v)));
    return settingsItem.watch((v) => setSettings(readSettings(v)));
  }, []);
  return settings;
}
