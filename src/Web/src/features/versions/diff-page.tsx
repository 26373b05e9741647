/** Two versions side by side: added activities in green, removed in red, changed in amber, and the list of changes. */
import { useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { api, errorText } from '../../api/client';
import { Link, useLocation } from '../../app/router';
import { toCanvas } from '../../mapping/elsa-canvas';
import type { JsonObject } from '../../mapping/json';
import { FlowCanvas } from '../editor/flow-canvas';
import { useDescriptors } from '../editor/use-descriptors';
import { connectionKey, diffVersions } from './diff';

type Mark = 'added' | 'removed' | 'changed';

export function DiffPage({ definitionId }: { definitionId: string }) {
  const { query } = useLocation();
  const a = Number(query.get('a'));
  const b = Number(query.get('b'));
  const [docs, setDocs] = useState<[JsonObject, JsonObject] | null>(null);
  const [error, setError] = useState('');
  const descriptors = useDescriptors();
  useEffect(() => {
    const get = (v: number) => api.get<JsonObject>(`/api/workflow-definitions/${encodeURIComponent(definitionId)}?version=${v}`);
    Promise.all([get(a), get(b)]).then(([x, y]) => setDocs([x, y]), (e) => setError(errorText(e)));
  }, [definitionId, a, b]);
  const diff = useMemo(() => (docs ? diffVersions(docs[0], docs[1]) : null), [docs]);
  if (error) return <p className="error">{error}</p>;
  if (!docs || !diff) return <p className="muted">Loading…</p>;

  const left = new Map<string, Mark>([...diff.removed.map((r) => [r.id, 'removed'] as const), ...diff.changed.map((c) => [c.id, 'changed'] as const)]);
  const right = new Map<string, Mark>([...diff.added.map((r) => [r.id, 'added'] as const), ...diff.changed.map((c) => [c.id, 'changed'] as const)]);
  const canvas = (doc: JsonObject, marks: Map<string, Mark>, marked: string[], cls: string) => {
    const c = toCanvas(doc);
    const edges = c.edges.map((e) => (marked.includes(connectionKey(e.data.connection)) || marked.includes(`${e.source}:${e.sourceHandle} → ${e.target}:${e.targetHandle}`) ? { ...e, className: cls, animated: true } : e));
    return <FlowCanvas label={`Version ${doc.version}`} nodes={c.nodes} edges={edges} readOnly info={{ descriptors, issues: new Map(), statuses: new Map(), marks }} />;
  };
  const nothing = !diff.added.length && !diff.removed.length && !diff.changed.length && !diff.connectionsAdded.length && !diff.connectionsRemoved.length && !diff.workflow.length;
  return (
    <section className="diff-page diff-legend">
      <div className="toolbar">
        <Link to={`/designer/${encodeURIComponent(definitionId)}`}>← Editor</Link>
        <h1>
          {String(docs[1].name ?? definitionId)}: v{a} ↔ v{b}
        </h1>
      </div>
      <div className="diff-columns">
        <div>
          <h2>v{a}</h2>
          <ReactFlowProvider>{canvas(docs[0], left, diff.connectionsRemoved, 'removed')}</ReactFlowProvider>
        </div>
        <div>
          <h2>v{b}</h2>
          <ReactFlowProvider>{canvas(docs[1], right, diff.connectionsAdded, 'added')}</ReactFlowProvider>
        </div>
      </div>
      <div className="card diff-list" aria-label="Changes">
        {nothing && <p>The two versions hold the same workflow.</p>}
        {diff.added.map((x) => (
          <p key={`a${x.id}`} className="added">
            + activity <strong>{x.name}</strong> ({x.type})
          </p>
        ))}
        {diff.removed.map((x) => (
          <p key={`r${x.id}`} className="removed">
            − activity <strong>{x.name}</strong> ({x.type})
          </p>
        ))}
        {diff.changed.map((x) => (
          <div key={`c${x.id}`} className="changed">
            ~ activity <strong>{x.name}</strong>
            {x.moved && <span className="muted"> (moved)</span>}
            <ul>
              {x.properties.map((p) => (
                <li key={p.name}>
                  <code>{p.name}</code>: <code className="removed">{JSON.stringify(p.before) ?? '—'}</code> → <code className="added">{JSON.stringify(p.after) ?? '—'}</code>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {diff.connectionsAdded.map((c) => (
          <p key={`ca${c}`} className="added">
            + connection {c}
          </p>
        ))}
        {diff.connectionsRemoved.map((c) => (
          <p key={`cr${c}`} className="removed">
            − connection {c}
          </p>
        ))}
        {diff.workflow.map((k) => (
          <p key={`w${k}`} className="changed">
            ~ workflow <code>{k}</code>
          </p>
        ))}
      </div>
    </section>
  );
}
