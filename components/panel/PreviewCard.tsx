import type { HistoryEntry } from '@/lib/history';
import type { LookupTarget } from '@/lib/lookup';
import type { CompanyPreview, ContactPreview } from '@/lib/lusha';
import {
  companySize,
  fieldLabel,
  jobLine,
  personName,
  placeLine,
  targetLabel,
  usePanel,
} from '@/lib/panel';
import { DemoBadge } from '../common/DemoBadge';
import { ErrorNotice } from '../common/ErrorNotice';
import { PersonValues } from './EntryView';
import { RevealChoices } from './RevealChoices';

/** Data points listed on a card before "and N more". */
const SHOWN = 8;

function Has({ items }: { items: string[] | undefined }) {
  if (!items?.length) return null;
  return (
    <p className="has">
      <span className="meta">Lusha has: </span>
      {items.slice(0, SHOWN).map(fieldLabel).join(', ')}
      {items.length > SHOWN ? ` and ${items.length - SHOWN} more` : ''}
    </p>
  );
}

function PersonBody({ data }: { data: ContactPreview }) {
  return (
    <>
      <p className="meta">{jobLine(data)}</p>
      <p className="meta">
        {[data.company?.name, placeLine(data.location)].filter(Boolean).join(' · ')}
      </p>
      <Has items={data.has} />
    </>
  );
}

function CompanyBody({ data }: { data: CompanyPreview }) {
  return (
    <>
      <p className="meta">
        {[data.domain, data.industry, companySize(data)].filter(Boolean).join(' · ')}
      </p>
      <p className="meta">{placeLine(data.location)}</p>
      <Has items={data.has} />
    </>
  );
}

function nameOf(target: LookupTarget, data: ContactPreview | CompanyPreview | null): string {
  if (!data) return targetLabel(target);
  if (target.kind === 'person') return personName(data as ContactPreview);
  return (data as CompanyPreview).name ?? targetLabel(target);
}

/** One person or company found on the page: its preview, costs and reveal choices. */
export function PreviewCard({
  target,
  revealed,
}: {
  target: LookupTarget;
  revealed?: HistoryEntry;
}) {
  const preview = usePanel((s) => s.previews[target.key]);
  const demo = usePanel((s) => s.settings.demoMode);
  const load = usePanel((s) => s.loadPreviews);
  const data = preview?.status === 'found' ? preview.data : null;
  const name = nameOf(target, data);
  return (
    <article className="card" aria-label={name}>
      <header className="card-head">
        <h3>{name}</h3>
        <span className="kind">{target.kind === 'person' ? 'Person' : 'Company'}</span>
        {revealed ? <span className="badge">Revealed</span> : null}
        <DemoBadge show={demo && !!preview && preview.status !== 'loading'} />
      </header>
      {!preview ? (
        <button type="button" onClick={() => void load([target], true)}>
          Preview {name}
        </button>
      ) : null}
      {preview?.status === 'loading' ? (
        <p className="meta" aria-live="polite">
          Looking up…
        </p>
      ) : null}
      {preview?.status === 'missing' ? <p className="meta">{preview.message}</p> : null}
      {preview?.status === 'failed' ? (
        <ErrorNotice error={preview.error} onRetry={() => void load([target], true)} />
      ) : null}
      {preview?.status === 'found' && preview.kind === 'person' ? (
        <PersonBody data={preview.data} />
      ) : null}
      {preview?.status === 'found' && preview.kind === 'company' ? (
        <CompanyBody data={preview.data} />
      ) : null}
      {revealed?.kind === 'person' ? (
        <>
          <p className="meta">Already revealed: shown from your history, free.</p>
          <PersonValues entry={revealed} />
        </>
      ) : (
        <RevealChoices targetKey={target.key} name={name} />
      )}
    </article>
  );
}
