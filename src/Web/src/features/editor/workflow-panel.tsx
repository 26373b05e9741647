/** The workflow's own properties: name, description, variables, inputs and outputs. Unknown keys of each entry are kept. */
import type { JsonObject } from '../../mapping/json';
import { isObject } from '../../mapping/json';

interface Props {
  workflow: JsonObject;
  readOnly: boolean;
  onChange: (workflow: JsonObject) => void;
}

const TYPES = ['String', 'Int32', 'Double', 'Boolean', 'Object', 'DateTimeOffset', 'TimeSpan', 'String[]'];

export function WorkflowPanel({ workflow, readOnly, onChange }: Props) {
  const set = (key: string, value: JsonObject[keyof JsonObject]) => onChange({ ...workflow, [key]: value });
  return (
    <div className="workflow-panel" aria-label="Workflow properties">
      <label>
        Name
        <input name="workflow-name" value={String(workflow.name ?? '')} readOnly={readOnly} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        Description
        <textarea name="workflow-description" rows={2} value={String(workflow.description ?? '')} readOnly={readOnly} onChange={(e) => set('description', e.target.value)} />
      </label>
      <EntryTable title="Variables" typeKey="typeName" entries={workflow.variables} readOnly={readOnly} withValue onChange={(v) => set('variables', v)} />
      <EntryTable title="Inputs" typeKey="type" entries={workflow.inputs} readOnly={readOnly} onChange={(v) => set('inputs', v)} />
      <EntryTable title="Outputs" typeKey="type" entries={workflow.outputs} readOnly={readOnly} onChange={(v) => set('outputs', v)} />
    </div>
  );
}

function EntryTable({
  title,
  typeKey,
  entries,
  readOnly,
  withValue,
  onChange,
}: {
  title: string;
  typeKey: string;
  entries: JsonObject[keyof JsonObject];
  readOnly: boolean;
  withValue?: boolean;
  onChange: (entries: JsonObject[]) => void;
}) {
  const list = Array.isArray(entries) ? entries.filter(isObject) : [];
  const update = (index: number, patch: JsonObject) => onChange(list.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  const add = () => {
    const name = `${title.slice(0, -1)}${list.length + 1}`;
    const entry: JsonObject = title === 'Variables' ? { id: `${name.toLowerCase()}-${Date.now().toString(36)}`, name, typeName: 'Object', isArray: false } : { name, displayName: name, [typeKey]: 'Object' };
    onChange([...list, entry]);
  };
  return (
    <section className="entries" aria-label={title}>
      <h3>
        {title} {!readOnly && <button type="button" onClick={add} aria-label={`Add ${title.toLowerCase().slice(0, -1)}`}>+</button>}
      </h3>
      {list.length === 0 && <p className="muted small">None.</p>}
      {list.map((entry, index) => (
        <div className="entry" key={index}>
          <input aria-label={`${title} name`} value={String(entry.name ?? '')} readOnly={readOnly} onChange={(e) => update(index, { name: e.target.value })} />
          <select aria-label={`${title} type`} value={String(entry[typeKey] ?? 'Object')} disabled={readOnly} onChange={(e) => update(index, { [typeKey]: e.target.value })}>
            {[...new Set([...TYPES, String(entry[typeKey] ?? 'Object')])].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          {withValue && (
            <input
              aria-label={`${title} initial value`}
              placeholder="initial value"
              value={entry.value === undefined || entry.value === null ? '' : String(entry.value)}
              readOnly={readOnly}
              onChange={(e) => update(index, { value: e.target.value })}
            />
          )}
          {!readOnly && (
            <button type="button" className="danger" aria-label={`Remove ${String(entry.name)}`} onClick={() => onChange(list.filter((_, i) => i !== index))}>
              ×
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
