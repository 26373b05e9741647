/** Instances, newest first, filtered by workflow, status, sub-status, correlation id or text, paged. */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { InstanceSummary, Paged } from '../../api/types';
import { Link, navigate, useLocation } from '../../app/router';

const STATUSES = ['', 'Running', 'Finished'];
const SUB_STATUSES = ['', 'Executing', 'Suspended', 'Finished', 'Cancelled', 'Faulted'];
const PAGE_SIZE = 25;

export function InstanceList() {
  const { query } = useLocation();
  const filters = {
    definitionId: query.get('definitionId') ?? '',
    status: query.get('status') ?? '',
    subStatus: query.get('subStatus') ?? '',
    correlationId: query.get('correlationId') ?? '',
    search: query.get('search') ?? '',
  };
  const page = Number(query.get('page') ?? 0);
  const [result, setResult] = useState<Paged<InstanceSummary> | null>(null);
  const [error, setError] = useState('');
  const key = query.toString();
  useEffect(() => {
    const params = new URLSearchParams(key);
    params.set('pageSize', String(PAGE_SIZE));
    for (const [k, v] of [...params.entries()]) if (!v) params.delete(k);
    api.get<Paged<InstanceSummary>>(`/api/workflow-instances?${params}`).then(
      (r) => {
        setResult(r);
        setError('');
      },
      (e) => setError(errorText(e)),
    );
  }, [key]);
  const setFilter = (name: string, value: string) => {
    const params = new URLSearchParams(key);
    if (value) params.set(name, value);
    else params.delete(name);
    params.delete('page');
    navigate(`/instances?${params}`, true);
  };
  const goPage = (p: number) => {
    const params = new URLSearchParams(key);
    params.set('page', String(p));
    navigate(`/instances?${params}`);
  };
  const pages = result ? Math.max(1, Math.ceil(result.totalCount / PAGE_SIZE)) : 1;
  return (
    <section>
      <div className="toolbar">
        <h1>Instances</h1>
      </div>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <input aria-label="Workflow id" placeholder="workflow id" defaultValue={filters.definitionId} onBlur={(e) => setFilter('definitionId', e.target.value.trim())} />
        <select aria-label="Status" value={filters.status} onChange={(e) => setFilter('status', e.target.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s || 'any status'}
            </option>
          ))}
        </select>
        <select aria-label="Sub-status" value={filters.subStatus} onChange={(e) => setFilter('subStatus', e.target.value)}>
          {SUB_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s || 'any sub-status'}
            </option>
          ))}
        </select>
        <input aria-label="Correlation id" placeholder="correlation id" defaultValue={filters.correlationId} onBlur={(e) => setFilter('correlationId', e.target.value.trim())} />
        <input type="search" aria-label="Search instances" placeholder="search" defaultValue={filters.search} onKeyDown={(e) => e.key === 'Enter' && setFilter('search', e.currentTarget.value.trim())} />
      </form>
      {error && <p className="error">{error}</p>}
      {result && (
        <>
          <p className="muted">{result.totalCount} instance(s)</p>
          <table className="grid">
            <thead>
              <tr>
                <th>Instance</th>
                <th>Workflow</th>
                <th>Status</th>
                <th>Correlation</th>
                <th>Incidents</th>
                <th>Started</th>
                <th>Updated</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link to={`/instances/${encodeURIComponent(i.id)}`}>
                      <code>{i.id.slice(0, 12)}</code>
                    </Link>
                  </td>
                  <td>
                    {i.name ?? i.definitionId} <span className="muted">v{i.definitionVersion}</span>
                  </td>
                  <td>
                    <span className={`badge status-${i.subStatus.toLowerCase()}`}>{i.subStatus}</span>
                  </td>
                  <td>{i.correlationId}</td>
                  <td>{i.incidentCount || ''}</td>
                  <td>{new Date(i.createdAt).toLocaleString()}</td>
                  <td>{new Date(i.updatedAt).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" disabled={page <= 0} onClick={() => goPage(page - 1)}>
              Previous
            </button>
            <span>
              page {page + 1} of {pages}
            </span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => goPage(page + 1)}>
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}
