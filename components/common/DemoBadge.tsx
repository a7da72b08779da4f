/** The "Demo data" label shown wherever sample data from the built-in sandbox appears. */
export function DemoBadge({ show }: { show: boolean }) {
  if (!show) return null;
  return <span className="badge badge-demo">Demo data</span>;
}
