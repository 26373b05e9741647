/**
 * The engineer's inbox: open tasks of mine and my groups, most urgent SLA first, with live updates; the selected task's
 * form beside the list (on a phone, one or the other).
 */
import { useCallback, useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { Paged } from '../../api/types';
import type { TaskSummary } from '../../api/tickets';
import { useAuth } from '../../app/auth';
import { Link, navigate } from '../../app/router';
import { SeverityBadge, SlaBadge, when } from '../incidents/badges';
import { byUrgency } from './task-form';
import { TaskPanel } from './task-panel';
import { useTaskStream } from './use-task-stream';

const SCOPES = [
  { id: 'inbox', label: 'Mine and my groups' },
  { id: 'mine', label: 'Assigned to me' },
  { id: 'groups', label: 'My groups' },
];

export function InboxPage({ taskId }: { taskId?: string }) {
  const { user } = useAuth();
  const [scope, setScope] = useState('inbox');
  const [tasks, setTasks] = useState<TaskSummary[] | null>(null);
  const [error, setError] = useState('');
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);

  const load = useCallback(async () => {
    try {
      const page = await api.get<Paged<TaskSummary>>(`/api/tasks?scope=${scope}&status=Open&pageSize=200`);
      setTasks([...page.items].sort(byUrgency));
      setUpdatedAt(new Date());
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, [scope]);
  useEffect(() => {
    void load();
  }, [load]);
  const live = useTaskStream(() => void load());

  return (
    <section className={`inbox ${taskId ? 'has-selection' : ''}`}>
      <div className="inbox-list">
        <div className="toolbar">
          <h1>Inbox</h1>
          <span className={`badge ${live ? 'live' : ''}`} data-testid="live-state" title={updatedAt ? `Read ${updatedAt.toLocaleTimeString()}` : ''}>
            {live ? 'live' : 'offline'}
          </span>
          <span className="spacer" />
          <select aria-label="Scope" value={scope} onChange={(e) => setScope(e.target.value)}>
            {SCOPES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        {error && <p role="alert" className="error">{error}</p>}
        <ul className="task-list" aria-label="Tasks">
          {tasks?.map((t) => (
            <li key={t.id} className={t.id === taskId ? 'selected' : ''} data-task-id={t.id}>
              <Link to={`/inbox/${t.id}`} className="task-link">
                <span className="task-title">{t.title}</span>
                <span className="task-meta">
                  {t.ticket && <span className="badge">{t.ticket}</span>}
                  <SeverityBadge severity={t.ticketSeverity} />
                  {t.ticketSlaState && <SlaBadge sla={{ state: t.ticketSlaState, dueAt: t.ticketDueAt }} />}
                  <span className="muted small">
                    {t.assignee ? (t.assignee === user!.name ? 'claimed by me' : `claimed by ${t.assignee}`) : `for ${t.candidateGroup ?? t.candidateRole ?? 'all staff'}`}
                  </span>
                </span>
                <span className="small muted">
                  {t.ticketDueAt ? `SLA due ${when(t.ticketDueAt)}` : t.dueAt ? `due ${when(t.dueAt)}` : `since ${when(t.createdAt)}`}
                </span>
              </Link>
            </li>
          ))}
          {tasks && tasks.length === 0 && <li className="muted empty">Nothing waits for you.</li>}
        </ul>
      </div>
      <div className="inbox-task">
        {taskId ? (
          <TaskPanel
            key={taskId}
            taskId={taskId}
            onChanged={() => void load()}
            onClose={() => navigate('/inbox')}
          />
        ) : (
          <p className="muted placeholder">Choose a task.</p>
        )}
      </div>
    </section>
  );
}
