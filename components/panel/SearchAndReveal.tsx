import { useState } from 'react';
import type { EnrichOutcome, LookupTarget, UserError } from '@/lib/lookup';
import { estimateCredits } from '@/lib/lookup/pricing';
import { MessageRefusedError, sendMessage } from '@/lib/messaging/client';
import type { TargetInput } from '@/lib/messaging/lookup';
import { fieldLabel, formatCredits, toTargetInput, usePanel } from '@/lib/panel';
import { ErrorNotice } from '../common/ErrorNotice';
import { EntryView } from './EntryView';

type Field = 'emails' | 'phones';
const PRICE: Record<Field, string> = { emails: 'revealEmail', phones: 'revealPhone' };

/** Sends the one-step reveal; the same request id again after a worker stop (never billed twice). */
async function send(data: Parameters<typeof sendMessage<'searchAndReveal'>>[1]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage('searchAndReveal', data);
    } catch (error) {
      const refused = error instanceof MessageRefusedError && !/no reply/.test(error.message);
      if (refused || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

interface Props {
  on: boolean;
  onToggle(on: boolean): void;
  /** The form's target, or null (the form shows why). */
  parse(): LookupTarget | null;
}

/**
 * The manual look-up's opt-in "search and reveal in one step": Lusha bills the search and each
 * revealed field in one call, so both charges are quoted first (the reveal part at most: Lusha
 * bills only fields it has, and nothing for fields revealed before).
 */
export function SearchAndReveal({ on, onToggle, parse }: Props) {
  const pricing = usePanel((s) => s.account?.pricing);
  const loadAccount = usePanel((s) => s.loadAccount);
  const loadHistory = usePanel((s) => s.loadHistory);
  const [fields, setFields] = useState<Field[]>(['emails']);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EnrichOutcome | null>(null);
  const [error, setError] = useState<UserError | null>(null);
  const search = estimateCredits(pricing ?? {}, 'api_search', 1);
  const reveal = fields.reduce((sum, f) => sum + estimateCredits(pricing ?? {}, PRICE[f], 1), 0);
  const run = async () => {
    const target = parse();
    if (!target || !fields.length) return;
    if (target.kind !== 'person') {
      setError({
        kind: 'badRequest',
        retryable: false,
        message: 'Search and reveal in one step is for people: use Preview for a company.',
      });
      return;
    }
    setBusy(true);
    setError(null);
    setResult(null);
    const data = {
      requestId: crypto.randomUUID(),
      target: toTargetInput(target) as Extract<TargetInput, { kind: 'person' }>,
      reveal: fields,
      expectedCredits: search + reveal,
    };
    const outcome = await send(data).catch(() => null);
    setBusy(false);
    if (!outcome)
      setError({
        kind: 'unexpected',
        retryable: true,
        billingUnknown: true,
        message:
          'Prospect Lens was interrupted. If Lusha answered, the person is in History; it is never charged twice.',
      });
    else if (!outcome.ok) setError(outcome.error);
    else setResult(outcome.value);
    void loadAccount(false);
    void loadHistory();
  };
  return (
    <div className="stack one-step">
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(e) => onToggle(e.currentTarget.checked)} />
        Search and reveal in one step
      </label>
      {on ? (
        <>
          <div className="chips" role="group" aria-label="Reveal in the same step">
            {(['emails', 'phones'] as const).map((f) => (
              <label key={f} className={`chip${fields.includes(f) ? ' on' : ''}`}>
                <input
                  type="checkbox"
                  checked={fields.includes(f)}
                  onChange={() =>
                    setFields(fields.includes(f) ? fields.filter((x) => x !== f) : [...fields, f])
                  }
                />
                <span>{fieldLabel(f)}</span>
                <span className="chip-cost">
                  up to {formatCredits(estimateCredits(pricing ?? {}, PRICE[f], 1))}
                </span>
              </label>
            ))}
          </div>
          <p className="meta">
            Two charges: the search ({formatCredits(search)}) and the reveal (up to{' '}
            {formatCredits(reveal)}; only what Lusha has, nothing you revealed before).
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy || !fields.length}
            onClick={() => void run()}
          >
            {busy
              ? 'Searching and revealing…'
              : `Search and reveal · up to ${formatCredits(search + reveal)}`}
          </button>
        </>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {result ? (
        <section className="stack tight" aria-label="One-step result">
          <p role="status">
            <strong>{formatCredits(result.creditsCharged)} charged</strong>
            {result.failures.map((f) => (
              <span key={f.id} className="meta">
                {' '}
                · {f.message}
              </span>
            ))}
          </p>
          {result.entries.map((entry) => (
            <EntryView key={`${entry.kind}:${entry.id}`} entry={entry} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
