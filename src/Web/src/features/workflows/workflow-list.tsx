/** Every workflow definition: search, create, duplicate, delete, import (several files, per-file results), export. */
import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { api, errorText } from '../../api/client';
import type { DefinitionSummary, ImportResult, ItemList } from '../../api/types';
import { useAuth } from '../../app/auth';
import { Link, navigate } from '../../app/router';
import type { JsonObject } from '../../mapping/json';
import { newWorkflow, slug } from './new-workflow';

const PREFIX = '/api/workflow-definitions';

interface Row {
  definitionId: string;
  name: string;
  latest: DefinitionSummary;
  published?: DefinitionSummary;
}

interface FileOutcome {
  file: string;
  ok: boolean;
  text: string;
}

export function WorkflowList() {
  const { permissions } = useAuth();
  const [search, setSearch] = useState('');
  const [items, setItems] = useState<DefinitionSummary[] | null>(null);
  const [error, setError] = useState('');
  const [imports, setImports] = useState<FileOutcome[]>([]);

  const load = useCallback(async () => {
    try {
      const query = search.trim() ? `?search=${encodeURIComponent(search.trim())}` : '';
      setItems((await api.get<ItemList<DefinitionSummary>>(`${PREFIX}${query}`)).items);
      setError('');
    } catch (e) {
      setError(errorText(e));
    }
  }, [search]);
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 200);
    return () => window.clearTimeout(timer);
  }, [load]);

  const rows = useMemo(() => {
    const byId = new Map<string, Row>();
    for (const item of items ?? []) {
      const row = byId.get(item.definitionId) ?? { definitionId: item.definitionId, name: item.name ?? item.definitionId, latest: item };
      if (item.isLatest) {
        row.latest = item;
        row.name = item.name ?? item.definitionId;
      }
      if (item.isPublished) row.published = item;
      byId.set(item.definitionId, row);
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }, [items]);

  const create = async () => {
    const name = window.prompt('Name of the new workflow');
    if (!name) return;
    try {
      const created = await api.post<DefinitionSummary>(PREFIX, newWorkflow(name, `${slug(name)}-${Date.now().toString(36)}`));
      navigate(`/designer/${encodeURIComponent(created.definitionId)}`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const duplicate = async (row: Row) => {
    try {
      const document = await api.get<JsonObject>(`${PREFIX}/${encodeURIComponent(row.definitionId)}`);
      const name = `${row.name} (copy)`;
      const copy: JsonObject = { ...document, definitionId: `${slug(row.name)}-copy-${Date.now().toString(36)}`, name, isPublished: false };
      delete copy.id;
      delete copy.version;
      const created = await api.post<DefinitionSummary>(PREFIX, copy);
      navigate(`/designer/${encodeURIComponent(created.definitionId)}`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const remove = async (row: Row) => {
    if (!window.confirm(`Delete every version of "${row.name}"?`)) return;
    try {
      await api.delete(`${PREFIX}/${encodeURIComponent(row.definitionId)}`);
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };

  const importFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    // One request per file: a bad file is reported on its own line and does not stop the others.
    const outcomes = await Promise.all(
      files.map(async (file): Promise<FileOutcome> => {
        const form = new FormData();
        form.append('files', file, file.name);
        try {
          const result = await api.post<ItemList<ImportResult>>(`${PREFIX}/import`, form);
          const text = result.items.map((r) => `${r.definition.definitionId} v${r.definition.version} ${r.outcome === 'Unchanged' ? 'unchanged' : r.definition.isPublished ? 'imported and published' : 'imported as draft'}`);
          return { file: file.name, ok: true, text: text.join('; ') };
        } catch (e) {
          return { file: file.name, ok: false, text: errorText(e) };
        }
      }),
    );
    setImports(outcomes);
    await load();
  };

  return (
    <section>
      <div className="toolbar">
        <h1>Workflows</h1>
        <input type="search" placeholder="Search by name or id" aria-label="Search workflows" value={search} onChange={(e) => setSearch(e.target.value)} />
        <span className="spacer" />
        {permissions.canEdit && (
          <>
            <button type="button" className="primary" onClick={() => void create()}>
              New workflow
            </button>
            <label className="button">
              Import…
              <input type="file" accept=".json,application/json" multiple hidden onChange={(e) => void importFiles(e)} aria-label="Import workflow files" />
            </label>
          </>
        )}
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {imports.length > 0 && (
        <ul className="card import-results" aria-label="Import results">
          {imports.map((o) => (
            <li key={o.file} className={o.ok ? 'ok' : 'error'}>
              <strong>{o.file}</strong>: <span style={{ whiteSpace: 'pre-wrap' }}>{o.text}</span>
            </li>
          ))}
          <button type="button" onClick={() => setImports([])}>
            Dismiss
          </button>
        </ul>
      )}
      {items === null ? (
        <p className="muted">Loading…</p>
      ) : rows.length === 0 ? (
        <p className="muted">No workflow matches.</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>Name</th>
              <th>Id</th>
              <th>State</th>
              <th>Updated</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.definitionId} data-definition-id={row.definitionId}>
                <td>
                  <Link to={`/designer/${encodeURIComponent(row.definitionId)}`}>{row.name}</Link>
                </td>
                <td>
                  <code>{row.definitionId}</code>
                </td>
                <td>
                  {row.published && <span className="badge published">published v{row.published.version}</span>}
                  {!row.latest.isPublished && <span className="badge draft">draft v{row.latest.version}</span>}
                </td>
                <td>{new Date(row.latest.updatedAt).toLocaleString()}</td>
                <td className="actions">
                  <Link to={`/instances?definitionId=${encodeURIComponent(row.definitionId)}`}>Instances</Link>
                  <a href={`${PREFIX}/${encodeURIComponent(row.definitionId)}/export`} download={`${row.definitionId}.json`}>
                    Export
                  </a>
                  {permissions.canEdit && (
                    <>
                      <button type="button" onClick={() => void duplicate(row)}>
                        Duplicate
                      </button>
                      <button type="button" className="danger" onClick={() => void remove(row)}>
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
