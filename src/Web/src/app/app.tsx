/** The shell: header with role-aware navigation, the signed-in user, and the page the path names. */
import { useEffect, type ReactNode } from 'react';
import { AuthProvider, useAuth } from './auth';
import { Link, match, navigate, RouterProvider, useLocation } from './router';
import { WorkflowList } from '../features/workflows/workflow-list';
import { EditorPage } from '../features/editor/editor-page';
import { DiffPage } from '../features/versions/diff-page';
import { InstanceList } from '../features/instances/instance-list';
import { InstanceViewer } from '../features/instances/instance-viewer';

export function App() {
  return (
    <RouterProvider>
      <AuthProvider>
        <Shell />
      </AuthProvider>
    </RouterProvider>
  );
}

interface NavItem {
  to: string;
  label: string;
  visible: boolean;
}

function Shell() {
  const { user, permissions, signOut } = useAuth();
  const { path } = useLocation();
  const items: NavItem[] = [
    { to: '/designer', label: 'Workflows', visible: permissions.canOperate },
    { to: '/instances', label: 'Instances', visible: permissions.canOperate },
  ];
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="brand">
          IncidentWorkflows
        </Link>
        <nav aria-label="Main">
          {items
            .filter((i) => i.visible)
            .map((i) => (
              <Link key={i.to} to={i.to} className={path.startsWith(i.to) ? 'active' : ''} aria-current={path.startsWith(i.to) ? 'page' : undefined}>
                {i.label}
              </Link>
            ))}
        </nav>
        <span className="spacer" />
        <span className="user" title={user!.roles.join(', ')}>
          {user!.name} <span className="muted">({user!.roles.join(', ') || 'no role'})</span>
        </span>
        <button type="button" onClick={() => void signOut()}>
          Sign out
        </button>
      </header>
      <main className="page">
        <Routes />
      </main>
    </div>
  );
}

function Routes(): ReactNode {
  const { path } = useLocation();
  const { permissions } = useAuth();
  useEffect(() => {
    if (path === '/' && permissions.canOperate) navigate('/designer', true);
  }, [path, permissions.canOperate]);

  if (!permissions.canOperate)
    return (
      <section className="card">
        <h1>Welcome</h1>
        <p>Your account has no access to workflows. The requester pages (report and follow your incidents) come here.</p>
      </section>
    );

  let params: Record<string, string> | null;
  if (path === '/' || path === '/designer') return <WorkflowList />;
  if ((params = match('/designer/:definitionId/diff', path))) return <DiffPage definitionId={params.definitionId} />;
  if ((params = match('/designer/:definitionId', path))) return <EditorPage key={params.definitionId} definitionId={params.definitionId} />;
  if (path === '/instances') return <InstanceList />;
  if ((params = match('/instances/:id', path))) return <InstanceViewer key={params.id} instanceId={params.id} />;
  return (
    <section className="card">
      <h1>Not found</h1>
      <p>
        Nothing lives at <code>{path}</code>. <Link to="/">Back to the start</Link>
      </p>
    </section>
  );
}
