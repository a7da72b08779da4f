import { AutoScanSetting } from './options/AutoScanSetting';

/** The options page's root. */
export function OptionsPage() {
  return (
    <main
      style={{
        fontFamily: 'system-ui, sans-serif',
        margin: '2rem',
        lineHeight: 1.5,
        fontSize: '15px',
      }}
    >
      <h1>Prospect Lens settings</h1>
      <AutoScanSetting />
    </main>
  );
}
