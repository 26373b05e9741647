/** Small badges shared by the incident, inbox and portal pages. */
import type { SlaSummary } from '../../api/tickets';
import { slaBadge } from './sla';

export function SlaBadge({ sla }: { sla: SlaSummary | null | undefined }) {
  const badge = slaBadge(sla);
  if (!badge) return null;
  return (
    <span className={badge.className} title={badge.title} data-testid="sla-badge">
      SLA {badge.label}
    </span>
  );
}

export const StatusBadge = ({ status }: { status: string }) => <span className={`badge ticket-${status.toLowerCase()}`}>{status}</span>;

export const SeverityBadge = ({ severity }: { severity?: string | null }) =>
  severity ? <span className={`badge sev-${severity.toLowerCase()}`}>{severity}</span> : null;

export const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');
