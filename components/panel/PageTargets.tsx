import { useShallow } from 'zustand/react/shallow';
import { formatCredits, identifiersOf, previewCost, usePanel } from '@/lib/panel';
import { PreviewCard } from './PreviewCard';

/** Search is billed: before previewing many, the button says how many and about what it costs. */
function PreviewAll() {
  const pending = usePanel(
    useShallow((s) => [...s.manualTargets, ...s.targets].filter((t) => !s.previews[t.key])),
  );
  const pricing = usePanel((s) => s.account?.pricing);
  const load = usePanel((s) => s.loadPreviews);
  if (pending.length < 2) return null;
  const cost = previewCost(pricing ?? {}, pending.length);
  const people = pending.filter((t) => t.kind === 'person').length;
  const what =
    people === pending.length ? `${people} people` : `${pending.length} people and companies`;
  return (
    <button type="button" className="primary wide" onClick={() => void load(pending, true)}>
      Preview {what} · about {formatCredits(cost)}
    </button>
  );
}

/** The page's subject first, then everyone and every company found; manual lookups on top. */
export function PageTargets() {
  const targets = usePanel(useShallow((s) => [...s.manualTargets, ...s.targets]));
  const revealed = usePanel((s) => s.revealed);
  const pageUrl = usePanel((s) => s.pageUrl);
  if (!targets.length) {
    return (
      <p className="empty">
        Nothing to look up on this page yet. Open a LinkedIn profile or a company website, or use
        Look up to search by name, email or domain.
      </p>
    );
  }
  return (
    <section aria-label="Found on this page" className="stack">
      {pageUrl ? <p className="meta page-url">{pageUrl}</p> : null}
      <PreviewAll />
      {targets.map((target) => (
        <PreviewCard
          key={target.key}
          target={target}
          revealed={identifiersOf([target])
            .map((id) => revealed[id])
            .find(Boolean)}
        />
      ))}
    </section>
  );
}
