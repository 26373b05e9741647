/**
 * Administration: users (create, roles, groups, delete) and API keys (a new key is shown once) for administrators; the
 * process configuration (categories, routing, SLA policies, calendars, escalation matrix) as JSON documents for process
 * owners, saved with their version so a document changed meanwhile is a conflict, and the server's validation listed.
 */
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, ApiError, errorText } from '../../api/client';
import type { ApiKeySummary, ConfigurationDocument, RoleInfo, UserSummary } from '../../api/tickets';
import { useAuth } from '../../app/auth';
import { Link } from '../../app/router';
import { when } from '../incidents/badges';

const CONFIG_DOCS = [
  { id: 'categories', label: 'Categories' },
  { id: 'routing-rules', label: 'Routing' },
  { id: 'sla-policies', label: 'SLA policies' },
  { id: 'calendars', label: 'Calendars' },
  { id: 'escalation-matrix', label: 'Escalation matrix' },
];

export function AdminPage({ section }: { section?: string }) {
  const { permissions } = useAuth();
  const tabs = [
    ...(permissions.isAdmin ? [{ id: 'users', label: 'Users' }, { id: 'api-keys', label: 'API keys' }] : []),
    ...(permissions.canEdit ? CONFIG_DOCS : []),
  ];
  const current = tabs.find((t) => t.id === section) ?? tabs[0];
  if (!current) return <p>Administration is for administrators and process owners.</p>;
  return (
    <section className="admin">
      <h1>Administration</h1>
      <nav className="tabs" aria-label="Administration">
        {tabs.map((t) => (
          <Link key={t.id} to={`/admin/${t.id}`} aria-current={t.id === current.id ? 'page' : undefined} className={t.id === current.id ? 'active' : ''}>
            {t.label}
          </Link>
        ))}
      </nav>
      {current.id === 'users' ? <Users /> : current.id === 'api-keys' ? <ApiKeys /> : <ConfigEditor key={current.id} kind={current.id} label={current.label} />}
    </section>
  );
}

function useRoles() {
  const [roles, setRoles] = useState<RoleInfo[]>([]);
  useEffect(() => {
    api.get<RoleInfo[]>('/api/roles').then(setRoles, () => setRoles([]));
  }, []);
  return roles;
}

function RolePicker({ roles, value, onChange }: { roles: RoleInfo[]; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <div className="role-picker">
      {roles.map((r) => (
        <label key={r.name} className="inline" title={r.description}>
          <input type="checkbox" checked={value.includes(r.name)} onChange={(e) => onChange(e.target.checked ? [...value, r.name] : value.filter((x) => x !== r.name))} />
          {r.name}
        </label>
      ))}
    </div>
  );
}

function Users() {
  const roles = useRoles();
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const load = useCallback(() => api.get<UserSummary[]>('/api/users').then(setUsers, (e) => setError(errorText(e))), []);
  useEffect(() => {
    void load();
  }, [load]);

  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [newRoles, setNewRoles] = useState<string[]>(['requester']);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    try {
      const created = await api.post<{ email: string; generatedPassword?: string }>('/api/users', { email, displayName: displayName || undefined, roles: newRoles });
      setNotice(created.generatedPassword ? `${created.email} created. One-time password (shown once): ${created.generatedPassword}` : `${created.email} created.`);
      setEmail('');
      setDisplayName('');
      await load();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <div>
      <form className="card" onSubmit={create} aria-label="New user">
        <h2>New user</h2>
        <div className="form-grid">
          <label>
            E-mail
            <input name="new-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} required />
          </label>
          <label>
            Display name
            <input name="new-display-name" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
          </label>
        </div>
        <RolePicker roles={roles} value={newRoles} onChange={setNewRoles} />
        <button type="submit" className="primary">
          Create user
        </button>
        <p className="small muted">The server generates a password to hand over once; the user chooses their own at first sign-in.</p>
      </form>
      {notice && (
        <p className="banner" role="status" data-testid="admin-notice">
          {notice}
        </p>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>E-mail</th>
              <th>Roles</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>
                  {u.email} {u.displayName && <span className="muted">({u.displayName})</span>}
                </td>
                <td>
                  {editing === u.id ? (
                    <UserEditor user={u} roles={roles} onDone={() => (setEditing(null), void load())} />
                  ) : (
                    u.roles.map((r) => (
                      <span key={r} className="badge">
                        {r}
                      </span>
                    ))
                  )}
                </td>
                <td className="small">
                  {u.mustChangePassword && 'must change password '}
                  {u.lockout.lockedOut && `locked until ${when(u.lockout.until)}`}
                </td>
                <td className="actions">
                  {editing !== u.id && (
                    <button type="button" onClick={() => setEditing(u.id)}>
                      Edit
                    </button>
                  )}
                  <button
                    type="button"
                    className="danger"
                    onClick={async () => {
                      if (!window.confirm(`Delete ${u.email}?`)) return;
                      try {
                        await api.delete(`/api/users/${u.id}`);
                        await load();
                      } catch (err) {
                        setError(errorText(err));
                      }
                    }}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function UserEditor({ user, roles, onDone }: { user: UserSummary; roles: RoleInfo[]; onDone: () => void }) {
  const [value, setValue] = useState(user.roles);
  const [groups, setGroups] = useState('');
  const [error, setError] = useState('');
  useEffect(() => {
    api.get<{ groups: string[] }>(`/api/users/${user.id}/groups`).then((g) => setGroups(g.groups.join(', ')), () => undefined);
  }, [user.id]);
  const save = async () => {
    try {
      await api.put(`/api/users/${user.id}/roles`, { roles: value });
      await api.put(`/api/users/${user.id}/groups`, { groups: groups.split(/[\s,]+/).filter(Boolean) });
      onDone();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <div className="user-editor">
      <RolePicker roles={roles} value={value} onChange={setValue} />
      <label>
        Groups (support groups such as l1-platform, comma-separated)
        <input aria-label="Groups" value={groups} onChange={(e) => setGroups(e.target.value)} />
      </label>
      {error && <p role="alert" className="error">{error}</p>}
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
      <p className="small muted">Changes end the user's sessions; they apply from the next sign-in.</p>
    </div>
  );
}

function ApiKeys() {
  const roles = useRoles();
  const [keys, setKeys] = useState<ApiKeySummary[]>([]);
  const [name, setName] = useState('');
  const [keyRoles, setKeyRoles] = useState<string[]>(['integration']);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setError] = useState('');
  const load = useCallback(() => api.get<ApiKeySummary[]>('/api/api-keys').then(setKeys, (e) => setError(errorText(e))), []);
  useEffect(() => {
    void load();
  }, [load]);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError('');
    try {
      const answer = await api.post<{ name: string; key: string }>('/api/api-keys', { name, roles: keyRoles });
      setCreated(answer);
      setName('');
      await load();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <div>
      <form className="card" onSubmit={create} aria-label="New API key">
        <h2>New API key (monitoring systems, pipelines)</h2>
        <label>
          Name
          <input name="key-name" value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <RolePicker roles={roles} value={keyRoles} onChange={setKeyRoles} />
        <button type="submit" className="primary">
          Create key
        </button>
      </form>
      {created && (
        <div className="banner" role="status">
          <span>
            Key <strong>{created.name}</strong>: <code data-testid="new-api-key">{created.key}</code> — copy it now, it is not shown again.
          </span>
          <button type="button" onClick={() => setCreated(null)}>
            Done
          </button>
        </div>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      <div className="table-scroll">
        <table className="grid">
          <thead>
            <tr>
              <th>Name</th>
              <th>Prefix</th>
              <th>Roles</th>
              <th>Created / last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {keys.map((k) => (
              <tr key={k.id} className={k.revokedAt ? 'muted' : ''}>
                <td>{k.name}</td>
                <td>
                  <code>{k.prefix}…</code>
                </td>
                <td>{k.roles.join(', ')}</td>
                <td className="small">
                  {when(k.createdAt)} / {when(k.lastUsedAt)}
                </td>
                <td>
                  {k.revokedAt ? (
                    `revoked ${when(k.revokedAt)}`
                  ) : (
                    <button
                      type="button"
                      className="danger"
                      onClick={async () => {
                        try {
                          await api.post(`/api/api-keys/${k.id}/revoke`);
                          await load();
                        } catch (err) {
                          setError(errorText(err));
                        }
                      }}
                    >
                      Revoke
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ConfigEditor({ kind, label }: { kind: string; label: string }) {
  const [doc, setDoc] = useState<ConfigurationDocument | null>(null);
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const load = useCallback(async () => {
    try {
      const d = await api.get<ConfigurationDocument>(`/api/${kind}`);
      setDoc(d);
      setText(JSON.stringify(d.items, null, 2));
      setProblems([]);
    } catch (e) {
      setProblems([errorText(e)]);
    }
  }, [kind]);
  useEffect(() => {
    void load();
  }, [load]);
  const save = async () => {
    setStatus('');
    let items: unknown;
    try {
      items = JSON.parse(text);
    } catch (e) {
      return setProblems([`Not JSON: ${(e as Error).message}`]);
    }
    if (!Array.isArray(items)) return setProblems(['The document is a JSON array of items.']);
    try {
      const saved = await api.put<ConfigurationDocument>(`/api/${kind}`, { items, version: doc?.version });
      setDoc(saved);
      setProblems([]);
      setStatus(`Saved as version ${saved.version}.`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setProblems([`${err.message} Reload to see the current document (your text stays until you reload).`]);
      else if (err instanceof ApiError && err.problem.issues?.length) setProblems(err.problem.issues.map((i) => `${i.property ?? ''}: ${i.message}`));
      else setProblems([errorText(err)]);
    }
  };
  return (
    <div className="card config-editor">
      <div className="toolbar">
        <h2>{label}</h2>
        {doc && (
          <span className="small muted">
            version {doc.version}, {when(doc.updatedAt)} by {doc.updatedBy}
          </span>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => void load()}>
          Reload
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          Save
        </button>
      </div>
      <p className="small muted">
        The whole document as JSON; durations are <code>d.hh:mm:ss</code>. The server checks it and lists every problem with its path.
      </p>
      <textarea className="code" aria-label={`${label} (JSON)`} spellCheck={false} rows={24} value={text} onChange={(e) => setText(e.target.value)} />
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
      {status && <p role="status">{status}</p>}
    </div>
  );
}
