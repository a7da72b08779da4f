/**
 * Single-page navigations (history.pushState, back and forward) without WXT's
 * `wxt:locationchange`, which is a DOM event named after the extension id that the page can
 * hear. Listening to the Navigation API dispatches nothing; without it, the URL is polled.
 */
import type { Lifetime } from './lifetime';

interface NavigateEvent extends Event {
  destination?: { url?: string };
}

/** Calls `onChange` once per URL change inside the page, until `life` ends. */
export function watchNavigation(life: Lifetime, onChange: () => void): void {
  let last = location.href;
  const changedTo = (url: string) => {
    if (url === last || !life.alive) return;
    last = url;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    const onNavigate = (event: Event) =>
      changedTo((event as NavigateEvent).destination?.url ?? location.href);
    navigation.addEventListener('navigate', onNavigate);
    life.onEnd(() => navigation.removeEventListener('navigate', onNavigate));
  } else {
    const timer = setInterval(() => changedTo(location.href), 1_000);
    life.onEnd(() => clearInterval(timer));
  }
}
