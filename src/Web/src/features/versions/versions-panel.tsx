/** Every version of a definition: state, when and where from; revert one, or compare two side by side. */
import { useEffect, useState } from 'react';
import { api, errorText } from '../../api/client';
import type { DefinitionSummary, ItemList } from '../../api/types';
import { navigate } from '../../app/router';

export function VersionsPanel({ definitionId, canEdit, onReverted }: { definitionId: string; canEdit: boolean; onReverted: () => void }) {
  const [versions, setVersions] = useState<DefinitionSummary[]>([]);
  const [chosen, setChosen] = useState<number[]>([]);
  const [error, setError] = useState('');
  const base = `/api/workflow-definitions/${encodeURIComponent(definitionId)}`;
  useEffect(() => {
    api.get<ItemList<DefinitionSummary>>(`${base}/versions`).then(
      (r) => {
        setVersions([...r.items].reverse());
        setChosen(r.items.length >= 2 ? [r.items[r.items.length - 2].version, r.items[r.items.length - 1].version] : []);
      },
      (e) => setError(errorText(e)),
    );
  }, [base]);
  const toggle = (v: number) => setChosen((c) => (c.includes(v) ? c.filter((x) => x !== v) : [...c, v].slice(-2)));
  const revert = async (v: number) => {
    if (!window.confirm(`Make version ${v} current again, as a new draft?`)) return;
    try {
      await api.post(`${base}/versions/${v}/revert`);
      onReverted();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const [a, b] = [...chosen].sort((x, y) => x - y);
  return (
    <div className="versions-panel" aria-label="Versions">
      {error && <p className="error">{error}</p>}
      <button type="button" disabled={chosen.length !== 2} onClick={() => navigate(`/designer/${encodeURIComponent(definitionId)}/diff?a=${a}&b=${b}`)}>
        Compare v{a ?? '?'} with v{b ?? '?'}
      </button>
      <ul>
        {versions.map((v) => (
          <li key={v.version} data-version={v.version}>
            <label className="inline">
              <input type="checkbox" checked={chosen.includes(v.version)} onChange={() => toggle(v.version)} aria-label={`Choose version ${v.version}`} />
              <strong>v{v.version}</strong>
            </label>{' '}
            {v.isPublished && <span className="badge published">published</span>}
            {v.isLatest && !v.isPublished && <span className="badge draft">draft</span>}
            <div className="muted small">
              {new Date(v.updatedAt).toLocaleString()} · {v.source ?? ''}
            </div>
            {canEdit && !v.isLatest && (
              <button type="button" onClick={() => void revert(v.version)}>
                Revert to v{v.version}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
