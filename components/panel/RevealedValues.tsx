import type { RevealedCompany, RevealedPerson } from '@/lib/history/types';
import { fieldLabel } from '@/lib/panel/format';
import { usePhoneFormat } from '@/lib/panel/phones-lazy';
import { CopyButton } from '../common/CopyButton';

/** A revealed person's emails (mailto) and phones (formatted, tel), each copyable. */
export function PersonValues({ entry }: { entry: RevealedPerson }) {
  const showPhone = usePhoneFormat();
  if (!entry.emails.length && !entry.phones.length) {
    return <p className="meta">No emails or phones were revealed.</p>;
  }
  return (
    <ul className="values" aria-label={`Revealed for ${entry.name}`}>
      {entry.emails.map((e) => (
        <li key={e.email}>
          <span aria-hidden="true" className="glyph">
            ✉
          </span>
          <a className="value" href={`mailto:${e.email}`}>
            <bdi>{e.email}</bdi>
          </a>
          {e.type ? <span className="meta">{e.type}</span> : null}
          <CopyButton text={e.email} label={e.email} />
        </li>
      ))}
      {entry.phones.map((p) => {
        const shown = showPhone(p.number);
        return (
          <li key={p.number}>
            <span aria-hidden="true" className="glyph">
              ☎
            </span>
            {shown.href ? (
              <a className="value" href={shown.href}>
                <bdi>{shown.text}</bdi>
              </a>
            ) : (
              <bdi className="value">{shown.text}</bdi>
            )}
            {p.type ? <span className="meta">{p.type}</span> : null}
            {p.doNotCall ? <span className="badge badge-warn">Do not call</span> : null}
            <CopyButton text={shown.text} label={shown.text} />
          </li>
        );
      })}
    </ul>
  );
}

function show(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(show).join(', ');
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${fieldLabel(k)}: ${show(v)}`)
      .join('; ');
  }
  return '';
}

/** A revealed company's firmographics, field by field, as text. */
export function CompanyValues({ entry }: { entry: RevealedCompany }) {
  const fields = Object.entries(entry.fields).filter(
    ([, v]) => v !== null && v !== undefined && v !== '',
  );
  if (!fields.length) return null;
  return (
    <dl className="fields" aria-label={`Revealed for ${entry.name}`}>
      {fields.slice(0, 20).map(([k, v]) => (
        <div key={k}>
          <dt>{fieldLabel(k)}</dt>
          <dd>
            <bdi>{show(v).slice(0, 400)}</bdi>
          </dd>
        </div>
      ))}
    </dl>
  );
}
