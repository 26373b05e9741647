/** One instance: the executed path on its version's diagram, per-activity status, journal, bookmarks, faults; retry and cancel. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { api, errorText } from '../../api/client';
import type { InstanceDetails, JournalItem, Paged } from '../../api/types';
import { useAuth } from '../../app/auth';
import { Link } from '../../app/router';
import { toCanvas, type CanvasDocument } from '../../mapping/elsa-canvas';
import type { JsonObject } from '../../mapping/json';
import { FlowCanvas } from '../editor/flow-canvas';
import { useDescriptors } from '../editor/use-descriptors';
import { activityStatuses, durationText, executedEdges, parseOutcomes } from './run-path';

export function InstanceViewer({ instanceId }: { instanceId: string }) {
  const { permissions } = useAuth();
  const descriptors = useDescriptors();
  const [instance, setInstance] = useState<InstanceDetails | null>(null);
  const [journal, setJournal] = useState<JournalItem[]>([]);
  const [canvas, setCanvas] = useState<CanvasDocument | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  const load = useCallback(async () => {
    try {
      const base = `/api/workflow-instances/${encodeURIComponent(instanceId)}`;
      const details = await api.get<InstanceDetails>(base);
      const [page, definition] = await Promise.all([
        api.get<Paged<JournalItem>>(`${base}/journal?pageSize=500`),
        api.get<JsonObject>(`/api/workflow-definitions/${encodeURIComponent(details.definitionId)}?version=${details.definitionVersion}`),
      ]);
      setInstance(details);
      setJournal(page.items);
      setCanvas(toCanvas(definition));
    } catch (e) {
      setError(errorText(e));
    }
  }, [instanceId]);
  useEffect(() => {
    void load();
  }, [load]);

  const statuses = useMemo(() => (instance ? activityStatuses(journal, instance.bookmarks, instance.incidents) : new Map()), [journal, instance]);
  const edges = useMemo(() => {
    if (!canvas) return [];
    const taken = executedEdges(canvas.edges, journal, statuses);
    return canvas.edges.map((e) => (taken.has(e.id) ? { ...e, className: 'executed', animated: true } : e));
  }, [canvas, journal, statuses]);
  const nodes = useMemo(() => canvas?.nodes.map((n) => ({ ...n, selected: n.id === selected })) ?? [], [canvas, selected]);
  const info = useMemo(() => ({ descriptors, issues: new Map(), statuses }), [descriptors, statuses]);

  const act = async (what: 'cancel' | 'retry') => {
    try {
      await api.post(`/api/workflow-instances/${encodeURIComponent(instanceId)}/${what}`);
      setMessage(what === 'cancel' ? 'Cancelled.' : 'Retried from the faulted activity.');
      await load();
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  if (error) return <p className="error">{error}</p>;
  if (!instance || !canvas) return <p className="muted">Loading…</p>;
  const entries = selected ? journal.filter((j) => j.activityId === selected) : journal;
  const activity = selected ? canvas.nodes.find((n) => n.id === selected)?.data.activity : undefined;
  const descriptor = activity ? descriptors.get(String(activity.type)) : undefined;
  return (
    <div className="instance-viewer" data-instance-id={instance.id}>
      <div className="toolbar">
        <Link to={`/instances?definitionId=${encodeURIComponent(instance.definitionId)}`}>← Instances</Link>
        <h1>
          {instance.name ?? instance.definitionId} <span className="muted">v{instance.definitionVersion}</span>
        </h1>
        <span className={`badge status-${instance.subStatus.toLowerCase()}`} data-testid="instance-status">
          {instance.status} / {instance.subStatus}
        </span>
        {instance.correlationId && <span className="muted">correlation {instance.correlationId}</span>}
        <span className="spacer" />
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
        {permissions.canOperate && instance.subStatus === 'Faulted' && (
          <button type="button" className="primary" onClick={() => void act('retry')}>
            Retry
          </button>
        )}
        {permissions.canOperate && instance.status === 'Running' && (
          <button type="button" className="danger" onClick={() => void act('cancel')}>
            Cancel
          </button>
        )}
      </div>
      {message && (
        <div className="banner" role="alert">
          {message}
        </div>
      )}
      <div className="viewer-body">
        <ReactFlowProvider>
          <FlowCanvas label="Executed path" nodes={nodes} edges={edges} info={info} readOnly onNodeClick={(_, n) => setSelected((s) => (s === n.id ? null : n.id))} onPaneClick={() => setSelected(null)} />
        </ReactFlowProvider>
        <aside className="side-panel">
          {instance.incidents.length > 0 && (
            <section aria-label="Faults">
              <h2>Faults</h2>
              {instance.incidents.map((i, n) => (
                <p key={n} className="error">
                  <strong>{i.activityId}</strong> ({i.activityType}): {i.message} {i.code && <code>{i.code}</code>}
                </p>
              ))}
            </section>
          )}
          <section aria-label="Open bookmarks">
            <h2>Open bookmarks</h2>
            {instance.bookmarks.length === 0 && <p className="muted small">None.</p>}
            {instance.bookmarks.map((b) => (
              <p key={b.id}>
                <strong>{b.activityId}</strong> waits on <code>{b.name}</code>
                {b.payload && <code className="small"> {JSON.stringify(b.payload)}</code>}
                {b.resumeAt && <span className="muted"> until {new Date(b.resumeAt).toLocaleString()}</span>}
              </p>
            ))}
          </section>
          {activity && (
            <section aria-label="Activity">
              <h2>
                {descriptor?.displayName ?? String(activity.type)} <code>{selected}</code> <span className="muted">{statuses.get(selected!) ?? 'not reached'}</span>
              </h2>
              <h3>Inputs</h3>
              <ul className="small">
                {(descriptor?.inputs ?? []).filter((i) => activity[i.name] !== undefined && activity[i.name] !== null).map((i) => (
                  <li key={i.name}>
                    <code>{i.name}</code>: <code>{JSON.stringify((activity[i.name] as JsonObject)?.expression ?? activity[i.name])}</code>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-label="Journal">
            <h2>Journal {selected ? `of ${selected}` : ''}</h2>
            <table className="grid small">
              <thead>
                <tr>
                  <th>Activity</th>
                  <th>Event</th>
                  <th>Outcomes</th>
                  <th>Duration</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((j) => (
                  <tr key={j.id} className={j.eventName === 'Faulted' ? 'error' : ''}>
                    <td>
                      <button type="button" className="link" onClick={() => setSelected(j.activityId)}>
                        {j.activityName ?? j.activityId}
                      </button>
                      <div className="muted">{new Date(j.timestamp).toLocaleTimeString()}</div>
                    </td>
                    <td>{j.eventName}</td>
                    <td>{parseOutcomes(j.outcomes).join(', ')}</td>
                    <td>{durationText(j.startedAt, j.timestamp)}</td>
                  </tr>
                ))}
                {entries.some((j) => j.payload) &&
                  entries
                    .filter((j) => j.payload)
                    .map((j) => (
                      <tr key={`p${j.id}`}>
                        <td colSpan={4}>
                          outputs of {j.activityId}: <code>{j.payload}</code>
                        </td>
                      </tr>
                    ))}
              </tbody>
            </table>
            {Object.keys(instance.output ?? {}).length > 0 && (
              <>
                <h3>Workflow output</h3>
                <pre className="small">{JSON.stringify(instance.output, null, 2)}</pre>
              </>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
