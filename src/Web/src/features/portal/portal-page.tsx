/**
 * The requester portal: raise a ticket (kind, category, description and the impact questions that feed triage), follow
 * my tickets and their public updates, and acknowledge a resolution (Closed) or reopen it.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorText, fieldErrors } from '../../api/client';
import type { Paged } from '../../api/types';
import type { CategoryItem, ConfigurationDocument, TicketComment, TicketListItem, TicketView, TimelineEntry } from '../../api/tickets';
import { useAuth } from '../../app/auth';
import { Link, navigate } from '../../app/router';
import { StatusBadge, when } from '../incidents/badges';
import { NO_IMPACT, toFacts, type ImpactAnswers } from './report';

export function PortalPage({ number }: { number?: string }) {
  const [tickets, setTickets] = useState<TicketListItem[] | null>(null);
  const [error, setError] = useState('');
  const { user, permissions } = useAuth();
  const load = useCallback(async () => {
    try {
      // Staff see every ticket in lists; the portal shows the ones they raised themselves.
      const mine = permissions.canOperate ? `&requester=${encodeURIComponent(user!.name)}` : '';
      setTickets((await api.get<Paged<TicketListItem>>(`/api/tickets?pageSize=100${mine}`)).items);
    } catch (e) {
      setError(errorText(e));
    }
  }, [permissions.canOperate, user]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="portal">
      {number ? (
        <PortalTicket key={number} number={number} onChanged={load} />
      ) : (
        <>
          <ReportForm onCreated={(n) => (void load(), navigate(`/portal/${n}`))} />
          <section className="card" aria-label="My tickets">
            <h2>My tickets</h2>
            {error && <p role="alert" className="error">{error}</p>}
            <ul className="ticket-cards">
              {tickets?.map((t) => (
                <li key={t.number} data-ticket={t.number}>
                  <Link to={`/portal/${t.number}`}>
                    <strong>{t.number}</strong> {t.title}
                  </Link>{' '}
                  <StatusBadge status={t.status} /> <span className="small muted">updated {when(t.statusChangedAt)}</span>
                </li>
              ))}
              {tickets && tickets.length === 0 && <li className="muted">You have not reported anything yet.</li>}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

function ReportForm({ onCreated }: { onCreated: (number: string) => void }) {
  const [categories, setCategories] = useState<CategoryItem[]>([]);
  const [kind, setKind] = useState('Incident');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState('');
  const [subcategory, setSubcategory] = useState('');
  const [answers, setAnswers] = useState<ImpactAnswers>(NO_IMPACT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    api.get<ConfigurationDocument<CategoryItem>>('/api/categories').then(
      (doc) => setCategories(doc.items),
      (e) => setError(errorText(e)),
    );
  }, []);
  const subs = categories.find((c) => c.name === category)?.subcategories ?? [];
  const answer = <K extends keyof ImpactAnswers>(key: K, value: ImpactAnswers[K]) => setAnswers((a) => ({ ...a, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!title.trim()) missing.title = 'Say in one line what is wrong.';
    if (!category) missing.category = 'Choose a category.';
    setErrors(missing);
    setError('');
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      const created = await api.post<{ number: string }>('/api/tickets', {
        kind,
        title: title.trim(),
        description: description.trim(),
        category,
        subcategory: subcategory || undefined,
        ...toFacts(answers),
      });
      setTitle('');
      setDescription('');
      setAnswers(NO_IMPACT);
      onCreated(created.number);
    } catch (err) {
      setErrors(fieldErrors(err));
      setError(err instanceof ApiError && Object.keys(fieldErrors(err)).length ? '' : errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const err = (name: string) => errors[name] && <span className="error small">{errors[name]}</span>;

  return (
    <form className="card report-form" onSubmit={submit} aria-label="Report a problem" noValidate>
      <h1>Report a problem or ask for something</h1>
      <div className="form-grid">
        <label>
          Kind
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="Incident">Something is broken (incident)</option>
            <option value="ServiceRequest">I need something (service request)</option>
            <option value="ChangeRequest">Please change something (change request)</option>
          </select>
        </label>
        <label>
          Category
          <select name="category" value={category} onChange={(e) => (setCategory(e.target.value), setSubcategory(''))} aria-invalid={!!errors.category || undefined}>
            <option value="">—</option>
            {categories.map((c) => (
              <option key={c.name}>{c.name}</option>
            ))}
          </select>
          {err('category')}
        </label>
        {subs.length > 0 && (
          <label>
            Subcategory
            <select name="subcategory" value={subcategory} onChange={(e) => setSubcategory(e.target.value)}>
              <option value="">—</option>
              {subs.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
            {err('subcategory')}
          </label>
        )}
      </div>
      <label>
        Title
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={!!errors.title || undefined} maxLength={200} />
        {err('title')}
      </label>
      <label>
        Description
        <textarea name="description" rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />
        {err('description')}
      </label>
      {kind === 'Incident' && (
        <fieldset className="impact">
          <legend>Impact (this sets how fast we answer)</legend>
          <div className="form-grid">
            <label>
              Is the service down?
              <select name="outage" value={answers.outage} onChange={(e) => answer('outage', e.target.value as ImpactAnswers['outage'])}>
                <option value="None">No</option>
                <option value="Partial">Partly</option>
                <option value="ProductionOutage">Yes, production is down</option>
              </select>
            </label>
            <label>
              How much does it hinder the work?
              <select name="functionalImpact" value={answers.functionalImpact} onChange={(e) => answer('functionalImpact', e.target.value as ImpactAnswers['functionalImpact'])}>
                <option value="None">Hardly</option>
                <option value="MinorOrModerate">Minor or moderate</option>
                <option value="KeyFunctionalityImpaired">Key functionality does not work</option>
              </select>
            </label>
            <label>
              Security impact
              <select name="securityImpact" value={answers.securityImpact} onChange={(e) => answer('securityImpact', e.target.value as ImpactAnswers['securityImpact'])}>
                <option value="None">None</option>
                <option value="Minor">Minor</option>
                <option value="Major">Major (privacy or customer data)</option>
              </select>
            </label>
            <label>
              People who cannot work
              <input name="usersUnableToWork" type="number" min={0} inputMode="numeric" value={answers.usersUnableToWork} onChange={(e) => answer('usersUnableToWork', e.target.value)} />
            </label>
            <label>
              People in your organization (if known)
              <input name="recipientUserCount" type="number" min={0} inputMode="numeric" value={answers.recipientUserCount} onChange={(e) => answer('recipientUserCount', e.target.value)} />
            </label>
          </div>
          {(
            [
              ['workaroundExists', 'There is a workaround'],
              ['severalPartnersLostConnectivity', 'Several partners lost connectivity'],
              ['majorFinancialRisk', 'Major financial risk (contracts)'],
              ['businessUnitAffected', 'A whole business unit is affected'],
              ['areasOutsideRecipientAffected', 'Areas outside our organization are affected'],
              ['namedPowerUserUnableToWork', 'A named power user cannot work'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="inline check">
              <input type="checkbox" name={key} checked={answers[key]} onChange={(e) => answer(key, e.target.checked)} />
              {label}
            </label>
          ))}
        </fieldset>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <button type="submit" className="primary" disabled={busy}>
        Send
      </button>
    </form>
  );
}

function PortalTicket({ number, onChanged }: { number: string; onChanged: () => Promise<void> }) {
  const [ticket, setTicket] = useState<TicketView | null>(null);
  const [error, setError] = useState('');
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const load = useCallback(async () => {
    try {
      setTicket(await api.get<TicketView>(`/api/tickets/${encodeURIComponent(number)}`));
    } catch (e) {
      setError(errorText(e));
    }
  }, [number]);
  useEffect(() => {
    void load();
  }, [load]);
  const post = async (path: string, body: unknown) => {
    setError('');
    try {
      await api.post(`/api/tickets/${encodeURIComponent(number)}/${path}`, body);
      await load();
      await onChanged();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  if (!ticket) return error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>;
  const updates: TicketComment[] = ticket.view === 'requester' ? ticket.publicUpdates : ticket.comments.filter((c) => c.visibility === 'Public');
  const history: TimelineEntry[] = ticket.view === 'requester' ? ticket.history : ticket.timeline.filter((e) => e.visibility === 'Public');

  return (
    <article className="card portal-ticket" aria-label={`Ticket ${ticket.number}`}>
      <div className="toolbar">
        <Link to="/portal">← My tickets</Link>
      </div>
      <h1>
        {ticket.number} · {ticket.title}
      </h1>
      <p>
        Status{' '}
        <span data-testid="ticket-status">
          <StatusBadge status={ticket.status} />
        </span>{' '}
        <span className="small muted">since {when(ticket.statusChangedAt)}</span>
      </p>
      {ticket.status === 'Resolved' && (
        <div className="banner resolved" aria-label="Resolution">
          <span>We think this is fixed. Does it work for you again?</span>
          <button type="button" className="primary" onClick={() => void post('close', {})}>
            Yes, close it
          </button>
          <button type="button" onClick={() => setReopening(true)}>
            No, reopen
          </button>
        </div>
      )}
      {reopening && ticket.status === 'Resolved' && (
        <form
          aria-label="Reopen"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!reason.trim()) return setError('Say what still does not work.');
            if (await post('reopen', { reason: reason.trim() })) (setReopening(false), setReason(''));
          }}
        >
          <label>
            What still does not work?
            <textarea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="primary">
            Reopen
          </button>
        </form>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <section aria-label="Updates">
        <h2>Updates</h2>
        <ul className="comments">
          {updates.map((c) => (
            <li key={c.id} className="public">
              <div className="small muted">
                {c.authorId} · {when(c.at)}
              </div>
              <div>{c.text}</div>
            </li>
          ))}
          {updates.length === 0 && <li className="muted">No update yet.</li>}
        </ul>
        {ticket.status !== 'Closed' && ticket.status !== 'Cancelled' && (
          <form
            aria-label="Add an update"
            onSubmit={async (e) => {
              e.preventDefault();
              if (comment.trim() && (await post('comments', { text: comment.trim() }))) setComment('');
            }}
          >
            <textarea rows={2} aria-label="Your message" value={comment} onChange={(e) => setComment(e.target.value)} />
            <button type="submit">Send message</button>
          </form>
        )}
      </section>
      <section aria-label="History">
        <h2>History</h2>
        <ol className="timeline">
          {history.map((e) => (
            <li key={e.sequence}>
              <span className="small muted">{when(e.at)}</span> {e.subject}
              {e.newValue && e.subject !== 'comment' && ` → ${e.newValue}`}
              {e.note && <span className="muted"> · {e.note}</span>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
