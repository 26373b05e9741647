/**
 * One incident for staff: header, the actions its status allows, SLA clocks, tasks, public and internal comments,
 * the timeline, and a link to its lifecycle workflow instance in the instance viewer.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, errorText } from '../../api/client';
import type { InstanceSummary, Paged } from '../../api/types';
import type { StaffTicket, TaskSummary, TicketView } from '../../api/tickets';
import { useAuth } from '../../app/auth';
import { Link } from '../../app/router';
import { ActionForm } from './action-form';
import { ticketActions, type TicketAction } from './actions';
import { SeverityBadge, StatusBadge, when } from './badges';
import { clockState, formatDuration, parseDuration } from './sla';

export function IncidentDetail({ number }: { number: string }) {
  const { user, permissions } = useAuth();
  const [ticket, setTicket] = useState<StaffTicket | null>(null);
  const [error, setError] = useState('');
  const [action, setAction] = useState<TicketAction | null>(null);
  const [instance, setInstance] = useState<InstanceSummary | null>(null);
  const [inboxTasks, setInboxTasks] = useState<TaskSummary[]>([]);

  const load = useCallback(async () => {
    try {
      const view = await api.get<TicketView>(`/api/tickets/${encodeURIComponent(number)}`);
      if (view.view !== 'staff') throw new Error('This page is for staff; see the ticket in the portal.');
      setTicket(view);
      setError('');
      api.get<Paged<TaskSummary>>(`/api/tasks?ticket=${encodeURIComponent(view.number)}`).then((p) => setInboxTasks(p.items), () => setInboxTasks([]));
      if (permissions.canOperate)
        api
          .get<Paged<InstanceSummary>>(`/api/workflow-instances?correlationId=${encodeURIComponent(view.number)}&pageSize=5`)
          .then((p) => setInstance(p.items[0] ?? null), () => setInstance(null));
    } catch (e) {
      setError(errorText(e));
    }
  }, [number, permissions.canOperate]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error) return <p role="alert" className="error">{error}</p>;
  if (!ticket) return <p className="muted">Loading…</p>;
  const actions = ticketActions(ticket, user!.name);

  return (
    <article className="incident-detail" aria-label={`Incident ${ticket.number}`}>
      <header className="ticket-header card">
        <div className="toolbar">
          <Link to="/incidents">← Incidents</Link>
          <h1>
            {ticket.number} · {ticket.title}
          </h1>
        </div>
        <div className="badges">
          <StatusBadge status={ticket.status} />
          <SeverityBadge severity={ticket.severity} />
          <span className="badge">{ticket.priority}</span>
          {ticket.isSecurity && <span className="badge sev-s1">security</span>}
          {ticket.sla.isPaused && <span className="badge sla-paused">SLA paused</span>}
        </div>
        <dl className="facts">
          <dt>Group</dt>
          <dd data-testid="ticket-group">
            {ticket.supportGroup} {ticket.supportLevel && `(${ticket.supportLevel})`}
          </dd>
          <dt>Assignee</dt>
          <dd>{ticket.assignee ?? 'nobody'}</dd>
          <dt>Requester</dt>
          <dd>{ticket.requester}</dd>
          <dt>Source</dt>
          <dd>
            {ticket.channel} ({ticket.detectionSource})
          </dd>
          <dt>Category</dt>
          <dd>
            {ticket.category}
            {ticket.subcategory && ` / ${ticket.subcategory}`}
          </dd>
          <dt>Opened</dt>
          <dd>{when(ticket.createdAt)}</dd>
          <dt>Workflow</dt>
          <dd>{instance ? <Link to={`/instances/${instance.id}`}>lifecycle instance ({instance.status})</Link> : <span className="muted">none</span>}</dd>
        </dl>
        {ticket.description && <p className="description">{ticket.description}</p>}
        {ticket.pending && (
          <p className="banner">
            Pending since {when(ticket.pending.since)}: {ticket.pending.reason} — {ticket.pending.explanation}
          </p>
        )}
        {ticket.resolution && (
          <p className="banner" data-testid="resolution">
            Resolved ({ticket.resolution.kind}) by {ticket.resolution.by}: {ticket.resolution.text}
          </p>
        )}
      </header>

      <section className="card" aria-label="Actions">
        <h2>Actions</h2>
        {action ? (
          <ActionForm
            key={action.id}
            action={action}
            onCancel={() => setAction(null)}
            onDone={() => {
              setAction(null);
              void load();
            }}
          />
        ) : actions.length ? (
          <div className="toolbar actions">
            {actions.map((a) => (
              <button key={a.id} type="button" className={a.danger ? 'danger' : ''} onClick={() => setAction(a)}>
                {a.label}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">No status change is possible from {ticket.status}.</p>
        )}
      </section>

      <div className="detail-columns">
        <section className="card" aria-label="SLA clocks">
          <h2>SLA ({ticket.sla.policyId})</h2>
          <div className="table-scroll">
            <table className="grid">
              <thead>
                <tr>
                  <th>Clock</th>
                  <th>State</th>
                  <th>Elapsed / target</th>
                  <th>Left</th>
                  <th>Due</th>
                </tr>
              </thead>
              <tbody>
                {ticket.sla.clocks.map((c) => {
                  const state = clockState(c);
                  const remaining = parseDuration(c.remaining);
                  return (
                    <tr key={`${c.kind}-${c.level ?? ''}`}>
                      <td>
                        {c.kind}
                        {c.level ? ` ${c.level}` : ''}
                      </td>
                      <td>
                        <span className={`badge sla-${state}`}>{state}</span>
                      </td>
                      <td>
                        {formatDuration(parseDuration(c.elapsed) ?? 0)} / {formatDuration(parseDuration(c.target) ?? 0)}
                      </td>
                      <td>{remaining === null || c.state === 'Stopped' ? '—' : formatDuration(remaining)}</td>
                      <td className="small">{when(c.dueAt)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {(ticket.sla.warnings.length > 0 || ticket.sla.breaches.length > 0) && (
            <p className="small">
              {ticket.sla.warnings.length} warning(s), {ticket.sla.breaches.length} breach(es) recorded.
            </p>
          )}
        </section>

        <section className="card" aria-label="Tasks">
          <h2>Tasks</h2>
          <ul className="plain">
            {inboxTasks.map((t) => (
              <li key={t.id}>
                <Link to={`/inbox/${t.id}`}>{t.title}</Link> <span className="muted">({t.assignee ?? t.candidateGroup ?? 'open'})</span>
              </li>
            ))}
            {ticket.tasks.map((t) => (
              <li key={t.id}>
                {t.title} <span className="badge">{t.state}</span>
                {t.isMandatory && <span className="badge">mandatory</span>} <span className="muted">{t.assigneeId}</span>
              </li>
            ))}
            {inboxTasks.length + ticket.tasks.length === 0 && <li className="muted">No open task.</li>}
          </ul>
        </section>
      </div>

      <Comments ticket={ticket} onAdded={load} />

      <section className="card" aria-label="Timeline">
        <h2>Timeline</h2>
        <ol className="timeline">
          {[...ticket.timeline].reverse().map((e) => (
            <li key={e.sequence} className={e.visibility === 'Internal' ? 'internal' : ''}>
              <span className="small muted">{when(e.at)}</span> <strong>{e.subject}</strong>
              {(e.oldValue || e.newValue) && e.subject !== 'comment' && (
                <span>
                  {' '}
                  {e.oldValue ?? '—'} → {e.newValue ?? '—'}
                </span>
              )}
              {e.note && <span className="muted"> · {e.note}</span>} <span className="small muted">({e.actorId})</span>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function Comments({ ticket, onAdded }: { ticket: StaffTicket; onAdded: () => Promise<void> }) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<'Internal' | 'Public'>('Internal');
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setError('Write something first.');
    try {
      await api.post(`/api/tickets/${ticket.number}/comments`, { text, visibility });
      setText('');
      setError('');
      await onAdded();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section className="card" aria-label="Comments">
      <h2>Comments</h2>
      <ul className="comments">
        {ticket.comments.map((c) => (
          <li key={c.id} className={c.visibility === 'Internal' ? 'internal' : 'public'}>
            <div className="small muted">
              {c.authorId} · {when(c.at)} · <span className="badge">{c.visibility === 'Internal' ? 'internal' : 'public'}</span>
            </div>
            <div>{c.text}</div>
          </li>
        ))}
        {ticket.comments.length === 0 && <li className="muted">No comment yet.</li>}
      </ul>
      <form onSubmit={submit} aria-label="Add a comment">
        <textarea rows={3} aria-label="Comment" value={text} onChange={(e) => setText(e.target.value)} />
        <div className="toolbar">
          <label className="inline">
            Visibility
            <select aria-label="Visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as 'Internal' | 'Public')}>
              <option value="Internal">Internal note</option>
              <option value="Public">Public update (the requester sees it)</option>
            </select>
          </label>
          <button type="submit" className="primary">
            Add comment
          </button>
        </div>
        {error && <p role="alert" className="error">{error}</p>}
      </form>
    </section>
  );
}
