/** The incident queue: filters (status, severity, priority, group, assignee, SLA state, source, text) and SLA badges. */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { Paged } from '../../api/types';
import type { TicketListItem } from '../../api/tickets';
import { Link, navigate, useLocation } from '../../app/router';
import { SeverityBadge, SlaBadge, StatusBadge, when } from './badges';

const STATUSES = ['New', 'InProgress', 'Escalated', 'Pending', 'Resolved', 'Closed', 'Cancelled'];
const SEVERITIES = ['S1', 'S2', 'S3', 'S4'];
const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
const SLA_STATES = ['breached', 'warned', 'paused', 'on-track', 'stopped'];
const CHANNELS = ['Portal', 'Email', 'Phone', 'Chat', 'Monitoring', 'Staff'];
/** Filters the server applies; `sla` is applied to the page read (the SLA state is computed when read, not stored). */
const SERVER_FILTERS = ['status', 'severity', 'priority', 'group', 'assignee', 'channel', 'search'];

export function IncidentList() {
  const { query } = useLocation();
  const [data, setData] = useState<Paged<TicketListItem> | null>(null);
  const [error, setError] = useState('');
  const [search, setSearch] = useState(query.get('search') ?? '');
  const page = Number(query.get('page') ?? 0);
  const serverQuery = new URLSearchParams();
  for (const key of SERVER_FILTERS) if (query.get(key)) serverQuery.set(key, query.get(key)!);
  serverQuery.set('kind', 'Incident');
  serverQuery.set('page', String(page));
  serverQuery.set('pageSize', '100');
  const serverKey = serverQuery.toString();

  useEffect(() => {
    let live = true;
    api
      .get<Paged<TicketListItem>>(`/api/tickets?${serverKey}`)
      .then((d) => live && (setData(d), setError('')))
      .catch((e) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [serverKey]);

  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    navigate(`/incidents${next.toString() ? `?${next}` : ''}`, true);
  };
  const sla = query.get('sla') ?? '';
  const items = (data?.items ?? []).filter((t) => !sla || t.sla?.state === sla);

  const select = (key: string, label: string, options: string[]) => (
    <label className="inline">
      {label}
      <select name={key} value={query.get(key) ?? ''} onChange={(e) => set(key, e.target.value)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="incidents">
      <div className="toolbar">
        <h1>Incidents</h1>
        <span className="muted">{data ? `${sla ? `${items.length} of ` : ''}${data.totalCount} incidents` : ''}</span>
      </div>
      <form
        className="filters"
        aria-label="Filters"
        onSubmit={(e) => {
          e.preventDefault();
          set('search', search.trim());
        }}
      >
        <input type="search" placeholder="Number or text" aria-label="Search" value={search} onChange={(e) => setSearch(e.target.value)} />
        {select('status', 'Status', STATUSES)}
        {select('severity', 'Severity', SEVERITIES)}
        {select('priority', 'Priority', PRIORITIES)}
        {select('sla', 'SLA', SLA_STATES)}
        {select('channel', 'Source', CHANNELS)}
        <input aria-label="Group" placeholder="Group" defaultValue={query.get('group') ?? ''} onBlur={(e) => set('group', e.target.value.trim())} />
        <input aria-label="Assignee" placeholder="Assignee" defaultValue={query.get('assignee') ?? ''} onBlur={(e) => set('assignee', e.target.value.trim())} />
        <button type="submit">Search</button>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Number</th>
              <th>Title</th>
              <th>Status</th>
              <th>Sev / Prio</th>
              <th>SLA</th>
              <th>Group</th>
              <th>Assignee</th>
              <th>Source</th>
              <th>Opened</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.number} data-ticket={t.number}>
                <td>
                  <Link to={`/incidents/${t.number}`}>{t.number}</Link>
                </td>
                <td>{t.title}</td>
                <td>
                  <StatusBadge status={t.status} />
                </td>
                <td>
                  <SeverityBadge severity={t.severity} /> {t.priority}
                </td>
                <td>
                  <SlaBadge sla={t.sla} />
                </td>
                <td>
                  {t.supportGroup} {t.supportLevel && <span className="muted">({t.supportLevel})</span>}
                </td>
                <td>{t.assignee ?? <span className="muted">nobody</span>}</td>
                <td>{t.channel}</td>
                <td className="small">{when(t.createdAt)}</td>
              </tr>
            ))}
            {data && items.length === 0 && (
              <tr>
                <td colSpan={9} className="muted">
                  No incident matches.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {data && data.totalCount > data.pageSize && (
        <div className="pager">
          <button type="button" disabled={page === 0} onClick={() => set('page', String(page - 1))}>
            Previous
          </button>
          <span>page {page + 1} of {Math.ceil(data.totalCount / data.pageSize)}</span>
          <button type="button" disabled={(page + 1) * data.pageSize >= data.totalCount} onClick={() => set('page', String(page + 1))}>
            Next
          </button>
        </div>
      )}
    </section>
  );
}
