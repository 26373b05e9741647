/** The shell: header with role-aware navigation, the signed-in user, and the page the path names. */
import { useEffect, type ReactNode } from 'react';
import { AuthProvider, useAuth } from './auth';
import { Link, match, navigate, RouterProvider, useLocation } from './router';
import { WorkflowList } from '../features/workflows/workflow-list';
import { EditorPage } from '../features/editor/editor-page';
import { DiffPage } from '../features/versions/diff-page';
import { InstanceList } from '../features/instances/instance-list';
import { InstanceViewer } from '../features/instances/instance-viewer';
import { InboxPage } from '../features/inbox/inbox-page';
import { IncidentList } from '../features/incidents/incident-list';
import { IncidentDetail } from '../features/incidents/incident-detail';
import { PortalPage } from '../features/portal/portal-page';
import { AdminPage } from '../features/admin/admin-page';

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
    { to: '/inbox', label: 'Inbox', visible: permissions.canOperate },
    { to: '/incidents', label: 'Incidents', visible: permissions.canOperate },
    { to: '/designer', label: 'Workflows', visible: permissions.canOperate },
    { to: '/instances', label: 'Instances', visible: permissions.canOperate },
    { to: '/portal', label: permissions.canOperate ? 'Portal' : 'My tickets', visible: true },
    { to: '/admin', label: 'Admin', visible: permissions.isAdmin || permissions.canEdit },
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
    if (path === '/') navigate(permissions.canOperate ? '/designer' : '/portal', true);
  }, [path, permissions.canOperate]);

  let params: Record<string, string> | null;
  // Everyone signed in may report and follow their own tickets.
  if (path === '/portal') return <PortalPage />;
  if ((params = match('/portal/:number', path))) return <PortalPage number={params.number} />;
  if (path === '/admin' && (permissions.isAdmin || permissions.canEdit)) return <AdminPage />;
  if ((params = match('/admin/:section', path)) && (permissions.isAdmin || permissions.canEdit)) return <AdminPage section={params.section} />;

  if (!permissions.canOperate)
    return (
      <section className="card">
        <h1>Not for your account</h1>
        <p>
          This page is for support staff. <Link to="/portal">Your tickets</Link>
        </p>
      </section>
    );

  if (path === '/inbox') return <InboxPage />;
  if ((params = match('/inbox/:taskId', path))) return <InboxPage taskId={params.taskId} />;
  if (path === '/incidents') return <IncidentList />;
  if ((params = match('/incidents/:number', path))) return <IncidentDetail key={params.number} number={params.number} />;
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
