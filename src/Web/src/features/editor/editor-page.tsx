/** The workflow editor: toolbox, canvas, property panels, live validation, autosave, publish and versions. */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { applyEdgeChanges, applyNodeChanges, ReactFlowProvider, useReactFlow, type Connection, type Edge, type EdgeChange, type NodeChange } from '@xyflow/react';
import { ApiError, api, call, errorText, type ProblemIssue } from '../../api/client';
import type { ActivityDescriptor, DefinitionSummary, ValidationReport } from '../../api/types';
import { useAuth } from '../../app/auth';
import { Link } from '../../app/router';
import { fromCanvas, toCanvas, withExtraPorts, type CanvasDocument, type CanvasEdge, type CanvasNode } from '../../mapping/elsa-canvas';
import type { JsonObject } from '../../mapping/json';
import type { ActivityFlowNode } from './activity-node';
import { align, autoLayout, copySelection, distribute, insertIntoEdge, newActivityNode, newEdge, pasteClip, type Alignment, type Clip } from './canvas-ops';
import { FlowCanvas } from './flow-canvas';
import { outcomesOf } from './outcomes';
import { PropertyPanel } from './property-panel';
import { DRAG_TYPE, Toolbox } from './toolbox';
import { useDescriptors } from './use-descriptors';
import { useHistory, type Snapshot } from './use-history';
import { VersionsPanel } from '../versions/versions-panel';
import { WorkflowPanel } from './workflow-panel';

const PREFIX = '/api/workflow-definitions';
const AUTOSAVE_MS = 1500;
const VALIDATE_MS = 400;

interface Loaded {
  canvas: CanvasDocument;
  etag: string;
}

async function loadDefinition(definitionId: string): Promise<Loaded> {
  const { body, headers } = await call<JsonObject>('GET', `${PREFIX}/${encodeURIComponent(definitionId)}`);
  return { canvas: toCanvas(body), etag: headers.get('ETag') ?? '' };
}

export function EditorPage({ definitionId }: { definitionId: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState('');
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    loadDefinition(definitionId).then(setLoaded, (e) => setError(errorText(e)));
  }, [definitionId, generation]);
  if (error) return <p role="alert" className="error">{error}</p>;
  if (!loaded) return <p className="muted">Loading…</p>;
  return (
    <ReactFlowProvider>
      <Editor key={generation} definitionId={definitionId} loaded={loaded} reload={() => setGeneration((g) => g + 1)} />
    </ReactFlowProvider>
  );
}

type SaveState = 'saved' | 'dirty' | 'saving' | 'conflict' | 'error';
type Tab = 'activity' | 'workflow' | 'versions';

function Editor({ definitionId, loaded, reload }: { definitionId: string; loaded: Loaded; reload: () => void }) {
  const { permissions } = useAuth();
  const descriptors = useDescriptors();
  const flow = useReactFlow<ActivityFlowNode, Edge>();
  const fixed = loaded.canvas;
  const readOnly = !permissions.canEdit || !fixed.editable;
  const history = useHistory({ workflow: fixed.workflow, nodes: fixed.nodes, edges: fixed.edges });
  const { present, commit, transient, checkpoint, undo, redo, revision } = history;

  const etag = useRef(loaded.etag);
  const [savedRevision, setSavedRevision] = useState(0);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [message, setMessage] = useState('');
  const [issues, setIssues] = useState<ProblemIssue[]>([]);
  const [tab, setTab] = useState<Tab>('activity');
  const [versionsKey, setVersionsKey] = useState(0);
  const [summary, setSummary] = useState<DefinitionSummary | null>(null);
  const clipboard = useRef<Clip | null>(null);

  const document = useCallback((s: Snapshot) => fromCanvas({ ...fixed, workflow: s.workflow, nodes: s.nodes, edges: s.edges }), [fixed]);

  const refreshSummary = useCallback(async () => {
    const versions = await api.get<{ items: DefinitionSummary[] }>(`${PREFIX}/${encodeURIComponent(definitionId)}/versions`);
    setSummary(versions.items.find((v) => v.isLatest) ?? null);
    setVersionsKey((k) => k + 1);
  }, [definitionId]);
  useEffect(() => {
    void refreshSummary();
  }, [refreshSummary]);
  const published = summary?.isPublished ?? false;

  // --- validation: the server's validator on every change -------------------------------------------------------
  useEffect(() => {
    const timer = window.setTimeout(async () => {
      try {
        const report = await api.post<ValidationReport>(`${PREFIX}/validate`, document(present));
        setIssues(report.issues);
      } catch (e) {
        setIssues([{ severity: 'error', rule: 'invalid-json', message: errorText(e) }]);
      }
    }, VALIDATE_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision]);
  const issuesByActivity = useMemo(() => {
    const map = new Map<string, ProblemIssue[]>();
    for (const issue of issues) if (issue.activityId) map.set(issue.activityId, [...(map.get(issue.activityId) ?? []), issue]);
    return map;
  }, [issues]);

  // --- saving: autosave shortly after the last change; a stale ETag is a conflict, never an overwrite -----------
  const saving = useRef(false);
  const save = useCallback(async (): Promise<boolean> => {
    if (readOnly) return false;
    if (saving.current) return false;
    if (revision === savedRevision) return true;
    saving.current = true;
    setSaveState('saving');
    const at = revision;
    try {
      const { headers, body } = await call<DefinitionSummary>('PUT', `${PREFIX}/${encodeURIComponent(definitionId)}`, document(present), etag.current ? { 'If-Match': etag.current } : {});
      etag.current = headers.get('ETag') ?? etag.current;
      setSavedRevision(at);
      setSummary(body);
      setSaveState(at === revision ? 'saved' : 'dirty');
      setMessage('');
      if (!published || body.version !== summary?.version) setVersionsKey((k) => k + 1);
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setSaveState('conflict');
        setMessage(`${e.message} Autosave is off until you reload.`);
      } else {
        setSaveState('error');
        setMessage(errorText(e));
      }
      return false;
    } finally {
      saving.current = false;
    }
  }, [readOnly, revision, savedRevision, definitionId, document, present, published, summary]);

  const saveRef = useRef(save);
  saveRef.current = save;
  /** Saves what is on the canvas now, after any save already on its way. */
  const saveNow = async (): Promise<boolean> => {
    while (saving.current) await new Promise((r) => window.setTimeout(r, 50));
    return saveRef.current();
  };

  useEffect(() => {
    if (readOnly || revision === savedRevision || saveState === 'conflict') return;
    setSaveState((s) => (s === 'saving' ? s : 'dirty'));
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [revision, savedRevision, readOnly, save, saveState]);

  const refreshTag = async () => {
    const { headers } = await call<JsonObject>('GET', `${PREFIX}/${encodeURIComponent(definitionId)}`);
    etag.current = headers.get('ETag') ?? etag.current;
  };

  const publish = async () => {
    if (!(await saveNow())) return;
    try {
      await api.post(`${PREFIX}/${encodeURIComponent(definitionId)}/publish`);
      await refreshTag();
      await refreshSummary();
      setMessage('Published.');
    } catch (e) {
      setMessage(errorText(e));
      if (e instanceof ApiError && e.problem.issues) setIssues(e.problem.issues);
    }
  };
  const retract = async () => {
    try {
      await api.post(`${PREFIX}/${encodeURIComponent(definitionId)}/retract`);
      await refreshTag();
      await refreshSummary();
      setMessage('Retracted: no new instances start; running ones continue.');
    } catch (e) {
      setMessage(errorText(e));
    }
  };

  // --- canvas changes ---------------------------------------------------------------------------------------
  const onNodesChange = useCallback(
    (changes: NodeChange<ActivityFlowNode>[]) => {
      const kept = changes.filter((c) => c.type !== 'remove');
      if (kept.length === 0) return;
      const content = kept.some((c) => c.type === 'position' || c.type === 'add' || c.type === 'replace');
      transient((s) => ({ ...s, nodes: applyNodeChanges(kept, s.nodes as ActivityFlowNode[]) as CanvasNode[] }), content);
    },
    [transient],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<Edge>[]) => {
      const kept = changes.filter((c) => c.type !== 'remove');
      if (kept.length === 0) return;
      transient((s) => ({ ...s, edges: applyEdgeChanges(kept, s.edges as Edge[]) as CanvasEdge[] }), false);
    },
    [transient],
  );
  const onDelete = useCallback(
    ({ nodes, edges }: { nodes: ActivityFlowNode[]; edges: Edge[] }) => {
      const goneNodes = new Set(nodes.map((n) => n.id));
      const goneEdges = new Set(edges.map((e) => e.id));
      commit((s) => ({
        ...s,
        nodes: s.nodes.filter((n) => !goneNodes.has(n.id)),
        edges: s.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target)),
      }));
    },
    [commit],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      if (!c.source || !c.target) return;
      commit((s) => {
        const handle = c.sourceHandle ?? 'Done';
        if (s.edges.some((e) => e.source === c.source && e.sourceHandle === handle && e.target === c.target)) return s;
        const edges = [...s.edges, newEdge(c.source!, handle, c.target!, c.targetHandle ?? 'In')];
        return { ...s, edges, nodes: withExtraPorts(s.nodes, edges) };
      });
    },
    [commit],
  );

  const selectedNodes = present.nodes.filter((n) => (n as ActivityFlowNode).selected);
  const selectedEdges = present.edges.filter((e) => (e as Edge).selected);
  const selectedIds = new Set(selectedNodes.map((n) => n.id));

  const select = (ids: string[]) =>
    transient((s) => ({ ...s, nodes: s.nodes.map((n) => ({ ...n, selected: ids.includes(n.id) })), edges: s.edges.map((e) => ({ ...e, selected: false })) }), false);

  const addActivity = (descriptor: ActivityDescriptor, at?: { x: number; y: number }) => {
    if (readOnly) return;
    const edge = at ? undefined : selectedEdges.length === 1 ? selectedEdges[0] : undefined;
    const anchor = !at && !edge && selectedNodes.length === 1 ? selectedNodes[0] : undefined;
    const center = flow.screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
    const position = at ?? (anchor ? { x: anchor.position.x, y: anchor.position.y + 140 } : center);
    const node = { ...newActivityNode(descriptor, position, present.nodes), selected: true } as CanvasNode;
    const outcome = outcomesOf(node.data.activity, descriptor)[0] ?? 'Done';
    commit((s) => {
      const nodes = s.nodes.map((n) => ({ ...n, selected: false }));
      const edges = s.edges.map((e) => ({ ...e, selected: false }));
      if (edge) return { ...s, ...insertIntoEdge(nodes, edges, edge, node, outcome) };
      if (anchor) {
        const anchorNode = s.nodes.find((n) => n.id === anchor.id)!;
        const from = outcomesOf(anchorNode.data.activity, descriptors.get(String(anchorNode.data.activity.type)), anchorNode.data.extraPorts)[0];
        return { ...s, nodes: [...nodes, node], edges: from ? [...edges, newEdge(anchor.id, from, node.id)] : edges };
      }
      return { ...s, nodes: [...nodes, node], edges };
    });
    setTab('activity');
  };
  const commitWithWorkflow = (update: (s: Snapshot) => Omit<Snapshot, 'workflow'>) => commit((s) => ({ ...s, ...update(s) }));

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const type = event.dataTransfer.getData(DRAG_TYPE);
    const descriptor = descriptors.get(type);
    if (descriptor) addActivity(descriptor, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };

  const doAlign = (how: Alignment) => commitWithWorkflow((s) => ({ nodes: align(s.nodes, selectedIds, how), edges: s.edges }));
  const doDistribute = (axis: 'horizontal' | 'vertical') => commitWithWorkflow((s) => ({ nodes: distribute(s.nodes, selectedIds, axis), edges: s.edges }));
  const doLayout = () => {
    commitWithWorkflow((s) => ({ nodes: autoLayout(s.nodes, s.edges), edges: s.edges }));
    window.setTimeout(() => void flow.fitView({ duration: 200 }), 50);
  };
  const copy = () => {
    if (selectedNodes.length) clipboard.current = copySelection(present.nodes, present.edges, selectedIds);
  };
  const paste = () => {
    const clip = clipboard.current;
    if (!clip || readOnly) return;
    commitWithWorkflow((s) => {
      const result = pasteClip(s.nodes.map((n) => ({ ...n, selected: false })), s.edges, clip);
      const pasted = new Set(result.pasted);
      return { nodes: result.nodes.map((n) => (pasted.has(n.id) ? { ...n, selected: true } : n)), edges: result.edges };
    });
  };

  // --- keyboard shortcuts (not while typing in a field) ------------------------------------------------------
  const shortcuts = useRef<(e: KeyboardEvent) => void>(() => {});
  shortcuts.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && key === 's') {
      e.preventDefault();
      void saveNow();
    } else if (mod && key === 'z' && !e.shiftKey && !readOnly) {
      e.preventDefault();
      undo();
    } else if (mod && (key === 'y' || (key === 'z' && e.shiftKey)) && !readOnly) {
      e.preventDefault();
      redo();
    } else if (mod && key === 'c') copy();
    else if (mod && key === 'v') {
      e.preventDefault();
      paste();
    } else if (mod && key === 'a') {
      e.preventDefault();
      select(present.nodes.map((n) => n.id));
    } else if (!mod && key === 'l' && e.shiftKey && !readOnly) doLayout();
    else if (!mod && key === 'f' && e.shiftKey) void flow.fitView({ duration: 200 });
  };
  useEffect(() => {
    const handler = (e: KeyboardEvent) => shortcuts.current(e);
    window.addEventListener('keydown', handler);
    return () => window.removeEventListener('keydown', handler);
  }, []);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (revision !== savedRevision && !readOnly) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [revision, savedRevision, readOnly]);

  const info = useMemo(() => ({ descriptors, issues: issuesByActivity, statuses: new Map() }), [descriptors, issuesByActivity]);
  const variables = Array.isArray(present.workflow.variables) ? present.workflow.variables.map((v) => String((v as JsonObject).name ?? '')) : [];
  const single = selectedNodes.length === 1 ? present.nodes.find((n) => n.id === selectedNodes[0].id) : undefined;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const focusActivity = (id: string) => {
    select([id]);
    const node = present.nodes.find((n) => n.id === id);
    if (node) void flow.setCenter(node.position.x + 100, node.position.y + 32, { zoom: 1, duration: 200 });
    setTab('activity');
  };

  return (
    <div className="editor" data-definition-id={definitionId}>
      <div className="toolbar editor-toolbar">
        <Link to="/designer">← Workflows</Link>
        <h1>{String(present.workflow.name ?? definitionId)}</h1>
        {summary && (
          <span className={`badge ${published ? 'published' : 'draft'}`} data-testid="version-badge">
            {published ? 'published' : 'draft'} v{summary.version}
          </span>
        )}
        <span className={`save-state ${saveState}`} data-state={saveState} aria-live="polite">
          {readOnly ? (fixed.editable ? 'read only' : 'read only (not a flowchart)') : { saved: 'All changes saved', dirty: 'Unsaved changes', saving: 'Saving…', conflict: 'Conflict', error: 'Not saved' }[saveState]}
        </span>
        <span className="spacer" />
        {!readOnly && (
          <>
            <button type="button" onClick={undo} disabled={history.past.length === 0} title="Undo (Ctrl+Z)">
              Undo
            </button>
            <button type="button" onClick={redo} disabled={history.future.length === 0} title="Redo (Ctrl+Y)">
              Redo
            </button>
            <button type="button" onClick={doLayout} title="Auto-layout (Shift+L)">
              Auto-layout
            </button>
            <select
              aria-label="Align or distribute"
              value=""
              disabled={selectedNodes.length < 2}
              onChange={(e) => {
                const v = e.target.value;
                if (v === 'horizontal' || v === 'vertical') doDistribute(v);
                else if (v) doAlign(v as Alignment);
              }}
            >
              <option value="">Align…</option>
              {(['left', 'center', 'right', 'top', 'middle', 'bottom'] as const).map((a) => (
                <option key={a} value={a}>
                  Align {a}
                </option>
              ))}
              <option value="horizontal">Distribute horizontally</option>
              <option value="vertical">Distribute vertically</option>
            </select>
          </>
        )}
        <button type="button" onClick={() => void flow.fitView({ duration: 200 })} title="Zoom to fit (Shift+F)">
          Fit
        </button>
        <a className="button" href={`${PREFIX}/${encodeURIComponent(definitionId)}/export`} download>
          Export
        </a>
        {permissions.canEdit && fixed.editable && (
          <>
            <button type="button" onClick={() => void saveNow()} disabled={saveState === 'conflict'} title="Save draft (Ctrl+S)">
              Save
            </button>
            <button type="button" className="primary" onClick={() => void publish()} disabled={saveState === 'conflict'}>
              Publish
            </button>
            {published && (
              <button type="button" onClick={() => void retract()}>
                Retract
              </button>
            )}
          </>
        )}
      </div>
      {message && (
        <div className={`banner ${saveState === 'conflict' || saveState === 'error' ? 'error' : ''}`} role="alert">
          <span style={{ whiteSpace: 'pre-wrap' }}>{message}</span>
          {saveState === 'conflict' && (
            <button type="button" onClick={reload}>
              Reload the latest version
            </button>
          )}
          <button type="button" onClick={() => setMessage('')} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <div className="editor-body">
        {!readOnly && <Toolbox descriptors={descriptors} onAdd={(d) => addActivity(d)} />}
        <div className="canvas-column" onDrop={onDrop} onDragOver={(e) => e.preventDefault()}>
          <FlowCanvas
            label="Workflow diagram"
            nodes={present.nodes}
            edges={present.edges}
            info={info}
            readOnly={readOnly}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onDelete={onDelete}
            onConnect={onConnect}
            onNodeDragStart={checkpoint}
            onSelectionDragStart={checkpoint}
          />
          <section className="problems" aria-label="Problems">
            <h2>
              Problems <span className={`count ${errors ? 'error' : ''}`}>{issues.length}</span>
            </h2>
            <ul>
              {issues.map((issue, i) => (
                <li key={i} className={issue.severity}>
                  <button type="button" className="link" disabled={!issue.activityId} onClick={() => issue.activityId && focusActivity(issue.activityId)}>
                    {issue.severity} {issue.activityId ? `· ${issue.activityId}` : ''} {issue.property ? `· ${issue.property}` : ''}: {issue.message}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <aside className="side-panel">
          <div role="tablist" className="tabs">
            {(['activity', 'workflow', 'versions'] as const).map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} onClick={() => setTab(t)}>
                {t === 'activity' ? 'Activity' : t === 'workflow' ? 'Workflow' : 'Versions'}
              </button>
            ))}
          </div>
          {tab === 'activity' &&
            (single ? (
              <PropertyPanel
                key={single.id}
                activity={single.data.activity}
                descriptor={descriptors.get(String(single.data.activity.type))}
                variables={variables}
                issues={issuesByActivity.get(single.id) ?? []}
                readOnly={readOnly}
                onChange={(activity) => commit((s) => ({ ...s, nodes: s.nodes.map((n) => (n.id === single.id ? { ...n, data: { ...n.data, activity } } : n)) }))}
              />
            ) : (
              <p className="muted">{selectedNodes.length > 1 ? `${selectedNodes.length} activities selected.` : 'Select an activity to edit its properties.'}</p>
            ))}
          {tab === 'workflow' && <WorkflowPanel workflow={present.workflow} readOnly={readOnly} onChange={(workflow) => commit((s) => ({ ...s, workflow }))} />}
          {tab === 'versions' && <VersionsPanel key={versionsKey} definitionId={definitionId} canEdit={permissions.canEdit} onReverted={reload} />}
        </aside>
      </div>
    </div>
  );
}
