/** Activities by category, with search; drag one onto the canvas, or press Enter / click to add it (into the selected connection, if any). */
import { useMemo, useState } from 'react';
import type { ActivityDescriptor } from '../../api/types';

export const DRAG_TYPE = 'application/x-incidentworkflows-activity';

export function Toolbox({ descriptors, onAdd }: { descriptors: Map<string, ActivityDescriptor>; onAdd: (d: ActivityDescriptor) => void }) {
  const [search, setSearch] = useState('');
  const groups = useMemo(() => {
    const text = search.trim().toLowerCase();
    const found = [...descriptors.values()].filter(
      (d) => !d.isContainer || d.typeName !== 'Elsa.Flowchart',
    ).filter((d) => !text || `${d.displayName} ${d.typeName} ${d.category} ${d.description}`.toLowerCase().includes(text));
    const byCategory = new Map<string, ActivityDescriptor[]>();
    for (const d of found.sort((a, b) => a.displayName.localeCompare(b.displayName))) {
      byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
    }
    return [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [descriptors, search]);
  return (
    <aside className="toolbox" aria-label="Toolbox">
      <input type="search" placeholder="Search activities" aria-label="Search activities" value={search} onChange={(e) => setSearch(e.target.value)} />
      {groups.map(([category, items]) => (
        <details key={category} open>
          <summary>{category}</summary>
          <ul>
            {items.map((d) => (
              <li key={d.typeName}>
                <button
                  type="button"
                  className="tool"
                  draggable
                  data-type={d.typeName}
                  title={d.description}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, d.typeName);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                  onClick={() => onAdd(d)}
                >
                  {d.displayName}
                </button>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </aside>
  );
}
