import { AdvancedSetting } from './options/AdvancedSetting';
import { AutoScanSetting } from './options/AutoScanSetting';
import { CapsSetting } from './options/CapsSetting';
import { DemoSetting } from './options/DemoSetting';
import { GatewaySetting } from './options/GatewaySetting';
import { KeySetting } from './options/KeySetting';
import { PreviewSetting } from './options/PreviewSetting';

/** The options page's root. */
export function OptionsPage() {
  return (
    <main className="options">
      <h1>Prospect Lens settings</h1>
      <KeySetting />
      <GatewaySetting />
      <DemoSetting />
      <PreviewSetting />
      <CapsSetting />
      <AutoScanSetting />
      <AdvancedSetting />
    </main>
  );
}
