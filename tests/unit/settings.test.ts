import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings';

describe('settings', () => {
  it('default to spending nothing: no auto-preview, no demo, Lusha itself, no caps', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      autoPreview: 'off',
      autoPreviewLimit: 10,
      demoMode: false,
      apiBaseUrl: null,
      caps: { daily: null, monthly: null },
    });
  });

  it('keep good values and replace broken ones with defaults', () => {
    expect(
      readSettings({
        autoPreview: 'all',
        autoPreviewLimit: 500,
        demoMode: 'yes',
        apiBaseUrl: 'http://127.0.0.1:4010',
        caps: { daily: 50, monthly: -1 },
      }),
    ).toEqual({
      autoPreview: 'all',
      autoPreviewLimit: 10,
      demoMode: false,
      apiBaseUrl: 'http://127.0.0.1:4010',
      caps: { daily: 50, monthly: null },
    });
    expect(readSettings({ apiBaseUrl: 'javascript:alert(1)' }).apiBaseUrl).toBeNull();
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
