import { useEffect, useState } from 'react';
import { parseSectionHash, type MonitoringSection } from '@/lib/monitoring/links';
import { MONITORING_SECTIONS } from './sections';

/** Follows `#section` in the address (a notification opens `#signals/person:<id>`). */
function useHashSection(): [MonitoringSection, (s: MonitoringSection) => void] {
  const [section, setSection] = useState(() => parseSectionHash(location.hash).section);
  useEffect(() => {
    const follow = () => setSection(parseSectionHash(location.hash).section);
    follow();
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const go = (next: MonitoringSection) => {
    history.replaceState(null, '', `#${next}`);
    setSection(next);
  };
  return [section, go];
}

/**
 * The monitoring sections on a page of their own, until the workspace's tab bar lists them
 * (components/monitoring/sections.ts is the list to register there).
 */
export function MonitoringPage() {
  const [section, go] = useHashSection();
  const current = MONITORING_SECTIONS.find((s) => s.id === section) ?? MONITORING_SECTIONS[0]!;
  return (
    <div className="mon">
      <header className="mon-head">
        <h1>Prospect Lens</h1>
        <div className="mon-tabs" role="tablist" aria-label="Monitoring sections">
          {MONITORING_SECTIONS.map((s) => (
            <button
              key={s.id}
              type="button"
              role="tab"
              id={`tab-${s.id}`}
              aria-selected={s.id === current.id}
              aria-controls={`panel-${s.id}`}
              onClick={() => go(s.id)}
            >
              {s.label}
            </button>
          ))}
        </div>
      </header>
      <main id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`}>
        <current.Component />
      </main>
    </div>
  );
}
