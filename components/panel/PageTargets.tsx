import { useShallow } from 'zustand/react/shallow';
import { cardsOf, formatCredits, previewCost, usePanel } from '@/lib/panel';
import { BulkBar } from './BulkBar';
import { CopyButton } from '../common/CopyButton';
import { PreviewCard } from './PreviewCard';

/** Search is billed: before previewing many, the button says how many and what it costs at most. */
function PreviewAll() {
  const pending = usePanel(
    useShallow((s) =>
      cardsOf(s)
        .filter((c) => !c.preview && !c.revealed)
        .map((c) => c.targets[0]!),
    ),
  );
  const pricing = usePanel((s) => s.account?.pricing);
  const load = usePanel((s) => s.loadPreviews);
  if (pending.length < 2) return null;
  const people = pending.filter((t) => t.kind === 'person').length;
  const companies = pending.length - people;
  const cost = previewCost(pricing ?? {}, people, companies);
  const what = [
    people ? `${people} ${people === 1 ? 'person' : 'people'}` : '',
    companies ? `${companies} ${companies === 1 ? 'company' : 'companies'}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <button type="button" className="primary wide" onClick={() => void load(pending, true)}>
      Preview {what} · up to {formatCredits(cost)}
    </button>
  );
}

function PageLine() {
  const pageUrl = usePanel((s) => s.pageUrl);
  const truncated = usePanel((s) => s.truncated);
  const count = usePanel((s) => cardsOf(s).length);
  return (
    <>
      {pageUrl ? (
        <p className="meta page-url" title={pageUrl}>
          {count} on <bdi>{pageUrl.replace(/^https?:\/\/(www\.)?/, '')}</bdi>
        </p>
      ) : null}
      {truncated ? (
        <p className="notice" role="status">
          This page lists more than Prospect Lens reads at once; the first ones are shown.
        </p>
      ) : null}
    </>
  );
}

/** Role mailboxes (info@, sales@...): the company's contact addresses, not people to preview. */
function CompanyAddresses() {
  const addresses = usePanel(useShallow((s) => s.companyAddresses));
  if (!addresses.length) return null;
  return (
    <section className="card pcard" aria-label="Company addresses">
      <p className="meta">Company addresses on this page (not people, never previewed)</p>
      <ul className="values">
        {addresses.slice(0, 12).map((email) => (
          <li key={email}>
            <a className="value" href={`mailto:${email}`}>
              <bdi>{email}</bdi>
            </a>
            <CopyButton text={email} label={email} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The page's subject first, then everyone and every company found; manual lookups on top. */
export function PageTargets() {
  const cards = usePanel(useShallow((s) => cardsOf(s)));
  const addresses = usePanel((s) => s.companyAddresses.length);
  if (!cards.length && !addresses) {
    return (
      <p className="empty">
        Nothing to look up on this page yet. Open a LinkedIn profile or a company website, or use
        Look up to search by name, email or domain.
      </p>
    );
  }
  return (
    <section aria-label="Found on this page" className="stack tight">
      <PageLine />
      <PreviewAll />
      <BulkBar />
      {cards.map((card) => (
        <PreviewCard key={card.key} card={card} />
      ))}
      <CompanyAddresses />
    </section>
  );
}
