import { useId, useState } from 'react';
import { useMon } from '@/lib/monitoring-ui/store';

/** The site domains tracked in Lusha, comma- or space-separated. */
export function TrackedDomains() {
  const domains = useMon((s) => s.trackedDomains);
  return <DomainsForm key={domains.join(',')} domains={domains} />;
}

function DomainsForm({ domains }: { domains: string[] }) {
  const id = useId();
  const error = useMon((s) => s.domainsError);
  const save = useMon((s) => s.saveDomains);
  const [typed, setTyped] = useState(domains.join(', '));
  const [editing, setEditing] = useState(false);
  const open = editing || !domains.length;
  return (
    <section className="mon-box" aria-label="Tracked domains">
      <h2>Tracked domains</h2>
      {!open ? (
        <p>
          <bdi>{domains.join(', ')}</bdi>{' '}
          <button type="button" className="link" onClick={() => setEditing(true)}>
            Change
          </button>
        </p>
      ) : (
        <form
          className="stack tight"
          onSubmit={(e) => {
            e.preventDefault();
            const list = typed.split(/[\s,]+/).filter(Boolean);
            void save(list).then((ok) => ok && setEditing(false));
          }}
        >
          <label htmlFor={id}>
            Your site domains as set up for tracking in Lusha’s dashboard (a domain Lusha does not
            track fails the whole request)
          </label>
          <div className="row">
            <input
              id={id}
              type="text"
              placeholder="example.com, shop.example.com"
              value={typed}
              aria-invalid={!!error}
              onChange={(e) => setTyped(e.currentTarget.value)}
            />
            <button type="submit" className="primary">
              Save domains
            </button>
          </div>
          {error ? <p className="field-error">{error}</p> : null}
        </form>
      )}
    </section>
  );
}
