import { useRef } from 'react';
import { useWs } from '@/lib/workspace-ui';
import type { ExportLayout, ResultRow } from '@/lib/workspace/types';
import { download } from '../panel/download';

const LAYOUTS: { layout: ExportLayout; label: string }[] = [
  { layout: 'plain', label: 'CSV (Excel)' },
  { layout: 'hubspot', label: 'HubSpot import' },
  { layout: 'salesforce', label: 'Salesforce import' },
];

/** Export as CSV: plain, or laid out for HubSpot's or Salesforce's import (people only). */
export function ExportButtons({ rows, label }: { rows?: ResultRow[]; label: string }) {
  const exportRows = useWs((s) => s.exportRows);
  const notice = useWs((s) => s.showNotice);
  const details = useRef<HTMLDetailsElement>(null);
  const disabled = rows ? !rows.length : false;
  const save = async (layout: ExportLayout) => {
    details.current?.removeAttribute('open');
    const file = await exportRows(layout, rows);
    if (!file) return;
    download(file.csv, file.filename);
    const skipped = file.skipped
      ? ` ${file.skipped} companies left out (a CRM imports people here).`
      : '';
    notice({ tone: 'ok', text: `Exported ${file.rows} to ${file.filename}.${skipped}` });
  };
  return (
    <details className="ws-menu" ref={details}>
      <summary className={disabled ? 'is-disabled' : undefined} aria-disabled={disabled}>
        {label}
      </summary>
      {!disabled ? (
        <div className="ws-menu-body" role="group" aria-label={label}>
          {LAYOUTS.map((l) => (
            <button key={l.layout} type="button" onClick={() => void save(l.layout)}>
              {l.label}
            </button>
          ))}
        </div>
      ) : null}
    </details>
  );
}
