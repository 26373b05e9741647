/** Signing in and out with the host's cookie, who the user is, and what their roles let the app show. */
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, errorText, setUnauthorizedHandler } from '../api/client';
import type { CurrentUser } from '../api/types';

const EDITORS = ['admin', 'process-owner'];
const OPERATORS = ['admin', 'process-owner', 'service-manager', 'engineer-l1', 'engineer-l2', 'engineer-l3', 'iso-l1', 'iso-l2', 'iso-l3'];

export interface Permissions {
  /** Edit, save, publish, retract, import and delete workflow definitions. */
  canEdit: boolean;
  /** Read definitions, see instances, cancel and retry them. */
  canOperate: boolean;
  isAdmin: boolean;
}

export const permissionsOf = (user: CurrentUser | null): Permissions => ({
  canEdit: !!user && user.roles.some((r) => EDITORS.includes(r)),
  canOperate: !!user && user.roles.some((r) => OPERATORS.includes(r)),
  isAdmin: !!user && user.roles.includes('admin'),
});

interface AuthState {
  user: CurrentUser | null;
  permissions: Permissions;
  signOut: () => Promise<void>;
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export const useAuth = (): AuthState => {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
};

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    try {
      setUser(await api.get<CurrentUser>('/api/auth/me'));
    } catch {
      setUser(null);
    }
  }, []);
  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    void refresh();
  }, [refresh]);
  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setUser(null);
    }
  }, []);

  if (user === undefined) return <div className="centered muted">Loading…</div>;
  if (user === null) return <SignIn onSignedIn={refresh} />;
  if (user.mustChangePassword) return <ChangePassword onChanged={() => setUser(null)} />;
  return <AuthContext.Provider value={{ user, permissions: permissionsOf(user), signOut, refresh }}>{children}</AuthContext.Provider>;
}

function SignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await api.post('/api/auth/login?useCookies=true', { email, password });
      await onSignedIn();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'Wrong e-mail or password.' : errorText(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="centered">
      <form className="card sign-in" onSubmit={submit} aria-label="Sign in">
        <h1>IncidentWorkflows</h1>
        <label>
          E-mail
          <input name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </main>
  );
}

function ChangePassword({ onChanged }: { onChanged: () => void }) {
  const [oldPassword, setOld] = useState('');
  const [newPassword, setNew] = useState('');
  const [error, setError] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api.post('/api/auth/manage/info', { oldPassword, newPassword });
      onChanged();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <main className="centered">
      <form className="card sign-in" onSubmit={submit} aria-label="Change password">
        <h1>Choose your password</h1>
        <p className="muted">Your password was given to you once; choose your own (12 characters or more) and sign in again.</p>
        <label>
          Current password
          <input type="password" value={oldPassword} onChange={(e) => setOld(e.target.value)} required />
        </label>
        <label>
          New password
          <input type="password" value={newPassword} onChange={(e) => setNew(e.target.value)} required minLength={12} />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button type="submit" className="primary">
          Change password
        </button>
      </form>
    </main>
  );
}
