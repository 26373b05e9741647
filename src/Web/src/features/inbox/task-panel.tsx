/** One task: what it is about, claim or give back, the form rendered from its fields, and its outcome buttons. */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, errorText, fieldErrors } from '../../api/client';
import type { TaskDetails } from '../../api/tickets';
import { useAuth } from '../../app/auth';
import { Link } from '../../app/router';
import { when } from '../incidents/badges';
import { initialValues, labelOf, serverTaskErrors, toPayload, validateTaskForm, type FormValues } from './task-form';

export function TaskPanel({ taskId, onChanged, onClose }: { taskId: string; onChanged: () => void; onClose: () => void }) {
  const { user } = useAuth();
  const [task, setTask] = useState<TaskDetails | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const t = await api.get<TaskDetails>(`/api/tasks/${taskId}`);
      setTask(t);
      setValues((v) => ({ ...initialValues(t.fields), ...v }));
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  }, [taskId]);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (path: string, body?: unknown) => {
    setBusy(true);
    setMessage(null);
    try {
      setTask(await api.post<TaskDetails>(`/api/tasks/${taskId}/${path}`, body));
      onChanged();
      return true;
    } catch (e) {
      const byField = serverTaskErrors(fieldErrors(e));
      if (Object.keys(byField).length) setErrors(byField);
      else setMessage({ kind: 'error', text: e instanceof ApiError && e.kind === 'task-already-completed' ? 'Someone else completed this task first.' : errorText(e) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const complete = async (outcome: string) => {
    if (!task) return;
    const problems = validateTaskForm(task.fields, values, outcome, task.outcomes);
    setErrors(problems);
    if (Object.keys(problems).length) return;
    if (await act('complete', { outcome, data: toPayload(task.fields, values) })) setMessage({ kind: 'ok', text: `Completed: ${outcome}.` });
  };

  if (!task) return message ? <p role="alert" className="error">{message.text}</p> : <p className="muted">Loading…</p>;
  const mine = task.assignee === user!.name;
  const open = task.status === 'Open';

  return (
    <article className="card task-panel" aria-label={`Task ${task.title}`}>
      <div className="toolbar">
        <button type="button" className="link back" onClick={onClose}>
          ← Inbox
        </button>
        <h2>{task.title}</h2>
      </div>
      <p className="small muted">
        <span className="badge" data-testid="task-status">
          {task.status}
        </span>
        {task.ticket && (
          <>
            {' '}
            ticket <Link to={`/incidents/${task.ticket}`}>{task.ticket}</Link>
          </>
        )}{' '}
        · {task.assignee ? `claimed by ${task.assignee}` : `offered to ${task.candidateGroup ?? task.candidateRole ?? 'all staff'}`}
        {task.dueAt && ` · due ${when(task.dueAt)}`}
      </p>
      {task.instructions && <p className="instructions">{task.instructions}</p>}

      {open && (
        <div className="toolbar">
          {!task.assignee && (
            <button type="button" className="primary" disabled={busy} onClick={() => void act('claim')}>
              Claim
            </button>
          )}
          {mine && (
            <button type="button" disabled={busy} onClick={() => void act('unclaim')}>
              Give back
            </button>
          )}
        </div>
      )}

      {open ? (
        <form
          className="task-form"
          aria-label="Task form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (task.outcomes.length === 1) void complete(task.outcomes[0]);
          }}
        >
          {task.fields.map((f) => {
            const id = `field-${f.name}`;
            const error = errors[f.name];
            const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined, 'aria-required': f.required || undefined };
            const set = (value: string | boolean) => {
              setValues((v) => ({ ...v, [f.name]: value }));
              // A field's message goes once it is changed; the next send checks again.
              if (error) setErrors(({ [f.name]: _, ...rest }) => rest);
            };
            const value = values[f.name];
            return (
              <div key={f.name} className="field">
                {f.type === 'boolean' ? (
                  <label className="inline" htmlFor={id}>
                    <input id={id} name={f.name} type="checkbox" checked={value === true} onChange={(e) => set(e.target.checked)} {...aria} />
                    {labelOf(f)}
                  </label>
                ) : (
                  <label htmlFor={id}>
                    <span>
                      {labelOf(f)} {f.required && <span className="required">*</span>}
                    </span>
                    {f.type === 'select' ? (
                      <select id={id} name={f.name} value={String(value ?? '')} onChange={(e) => set(e.target.value)} {...aria}>
                        <option value="">—</option>
                        {f.options?.map((o) => (
                          <option key={o}>{o}</option>
                        ))}
                      </select>
                    ) : f.type === 'multiline' ? (
                      <textarea id={id} name={f.name} rows={4} value={String(value ?? '')} onChange={(e) => set(e.target.value)} maxLength={f.maxLength ?? undefined} {...aria} />
                    ) : (
                      <input
                        id={id}
                        name={f.name}
                        type={f.type === 'number' ? 'number' : f.type === 'date' ? 'date' : f.type === 'email' ? 'email' : 'text'}
                        inputMode={f.type === 'number' ? 'decimal' : undefined}
                        min={f.min ?? undefined}
                        max={f.max ?? undefined}
                        step="any"
                        value={String(value ?? '')}
                        onChange={(e) => set(e.target.value)}
                        {...aria}
                      />
                    )}
                  </label>
                )}
                {error && (
                  <span id={`${id}-error`} className="error small">
                    {error}
                  </span>
                )}
              </div>
            );
          })}
          {errors.outcome && <p className="error small">{errors.outcome}</p>}
          <div className="toolbar outcomes">
            {task.outcomes.map((o) => (
              <button key={o} type="button" className="primary" disabled={busy} onClick={() => void complete(o)}>
                {o}
              </button>
            ))}
          </div>
        </form>
      ) : (
        <p>
          {task.status} {task.completedBy && `by ${task.completedBy}`} {task.outcome && `with ${task.outcome}`} {task.closedAt && `at ${when(task.closedAt)}`}
        </p>
      )}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : 'ok'}>
          {message.text}
        </p>
      )}
      <details className="history">
        <summary>History</summary>
        <ol>
          {task.history.map((s, i) => (
            <li key={i} className="small">
              {when(s.at)} {s.kind} by {s.actor}
              {(s.oldValue || s.newValue) && ` (${s.oldValue ?? '—'} → ${s.newValue ?? '—'})`}
              {s.note && ` · ${s.note}`}
            </li>
          ))}
        </ol>
      </details>
    </article>
  );
}
