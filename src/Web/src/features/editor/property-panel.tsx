/** The selected activity: name, description and one typed editor per input, each with an expression type switch. */
import { useState } from 'react';
import type { ProblemIssue } from '../../api/client';
import type { ActivityDescriptor, InputDescriptor } from '../../api/types';
import { isObject, type Json, type JsonObject } from '../../mapping/json';
import {
  durationError,
  EXPRESSION_TYPES,
  javaScriptSyntaxError,
  jsonSyntaxError,
  liquidSyntaxError,
  literalKind,
  readInput,
  writeInput,
  type InputValue,
} from './expressions';

interface Props {
  activity: JsonObject;
  descriptor: ActivityDescriptor | undefined;
  variables: string[];
  issues: ProblemIssue[];
  readOnly: boolean;
  onChange: (activity: JsonObject) => void;
}

export function PropertyPanel({ activity, descriptor, variables, issues, readOnly, onChange }: Props) {
  const metadata = isObject(activity.metadata) ? activity.metadata : {};
  const set = (key: string, value: Json | undefined) => {
    const next = { ...activity };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <div className="property-panel" aria-label="Activity properties">
      <h2>{descriptor?.displayName ?? String(activity.type)}</h2>
      <p className="muted small">
        <code>{String(activity.type)}</code> · id <code>{String(activity.id)}</code>
      </p>
      {descriptor?.description && <p className="muted small">{descriptor.description}</p>}
      <label>
        Name
        <input name="activity-name" value={typeof activity.name === 'string' ? activity.name : ''} readOnly={readOnly} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label>
        Description
        <textarea
          name="activity-description"
          rows={2}
          value={typeof metadata.description === 'string' ? metadata.description : ''}
          readOnly={readOnly}
          onChange={(e) => set('metadata', { ...metadata, description: e.target.value })}
        />
      </label>
      {issues
        .filter((i) => !i.property)
        .map((i, n) => (
          <p key={n} className={i.severity === 'error' ? 'error' : 'warning'}>
            {i.message}
          </p>
        ))}
      {(descriptor?.inputs ?? []).map((input) => (
        <InputEditor
          key={input.name}
          input={input}
          raw={activity[input.name]}
          variables={variables}
          readOnly={readOnly}
          issues={issues.filter((i) => i.property && i.property.toLowerCase().includes(input.name.toLowerCase()))}
          onChange={(value) => set(input.name, value)}
        />
      ))}
      {!descriptor && <p className="warning">This activity type is unknown to the server; its properties are kept as they are.</p>}
    </div>
  );
}

function InputEditor({
  input,
  raw,
  variables,
  readOnly,
  issues,
  onChange,
}: {
  input: InputDescriptor;
  raw: Json | undefined;
  variables: string[];
  readOnly: boolean;
  issues: ProblemIssue[];
  onChange: (value: Json) => void;
}) {
  const value = readInput(raw, input.type);
  const update = (next: Partial<InputValue>) => onChange(writeInput(raw, { ...value, ...next }));
  const id = `input-${input.name}`;
  return (
    <fieldset className="input-editor" data-input={input.name}>
      <legend>
        <label htmlFor={id}>
          {input.displayName || input.name}
          {input.isRequired && <span className="required"> *</span>}
        </label>
        <select
          aria-label={`${input.displayName || input.name} expression type`}
          name={`${input.name}-syntax`}
          value={value.type}
          disabled={readOnly}
          onChange={(e) => update({ type: e.target.value, value: e.target.value === 'Literal' || e.target.value === value.type ? value.value : typeof value.value === 'string' ? value.value : '' })}
        >
          {[...new Set([...EXPRESSION_TYPES, value.type])].map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </legend>
      <ValueEditor id={id} input={input} value={value} variables={variables} readOnly={readOnly} onValue={(v) => update({ value: v })} />
      {input.description && <p className="muted small">{input.description}</p>}
      {issues.map((i, n) => (
        <p key={n} className={i.severity === 'error' ? 'error' : 'warning'} role="status">
          {i.message}
        </p>
      ))}
    </fieldset>
  );
}

function ValueEditor({
  id,
  input,
  value,
  variables,
  readOnly,
  onValue,
}: {
  id: string;
  input: InputDescriptor;
  value: InputValue;
  variables: string[];
  readOnly: boolean;
  onValue: (v: Json | undefined) => void;
}) {
  const text = value.value === undefined || value.value === null ? '' : typeof value.value === 'string' ? value.value : JSON.stringify(value.value);
  if (value.type === 'JavaScript' || value.type === 'Liquid') {
    const error = value.type === 'JavaScript' ? javaScriptSyntaxError(text) : liquidSyntaxError(text);
    return <CodeArea id={id} text={text} error={error} readOnly={readOnly} onText={onValue} language={value.type} />;
  }
  if (value.type === 'Variable') {
    return (
      <select id={id} value={text} disabled={readOnly} onChange={(e) => onValue(e.target.value)}>
        <option value="">(choose a variable)</option>
        {[...new Set([...variables, ...(text ? [text] : [])])].map((v) => (
          <option key={v}>{v}</option>
        ))}
      </select>
    );
  }
  const kind = value.type === 'Object' ? (literalKind(input.type, input.uiHint, input.options) === 'list' ? 'list' : 'json') : literalKind(input.type, input.uiHint, input.options);
  switch (kind) {
    case 'boolean':
      return <input id={id} type="checkbox" checked={value.value === true || String(value.value).toLowerCase() === 'true'} disabled={readOnly} onChange={(e) => onValue(e.target.checked)} />;
    case 'number':
      return <input id={id} type="number" value={text} readOnly={readOnly} onChange={(e) => onValue(e.target.value)} />;
    case 'choice':
      return (
        <select id={id} value={text} disabled={readOnly} onChange={(e) => onValue(e.target.value)}>
          <option value="" />
          {(input.options ?? []).map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      );
    case 'duration': {
      const error = durationError(text);
      return (
        <>
          <input id={id} value={text} placeholder="hh:mm:ss" readOnly={readOnly} aria-invalid={!!error} onChange={(e) => onValue(e.target.value)} />
          {error && <p className="error small">{error}</p>}
        </>
      );
    }
    case 'list':
      return <ListEditor id={id} text={text} readOnly={readOnly} options={input.options ?? undefined} onList={(items) => onValue(items)} />;
    case 'json': {
      return <CodeArea id={id} text={text} error={jsonSyntaxError(text)} readOnly={readOnly} onText={onValue} language="JSON" />;
    }
    case 'code':
      return <CodeArea id={id} text={text} error="" readOnly={readOnly} onText={onValue} language="text" />;
    case 'multiline':
      return <textarea id={id} rows={3} value={text} readOnly={readOnly} onChange={(e) => onValue(e.target.value)} />;
    default:
      return <input id={id} value={text} readOnly={readOnly} onChange={(e) => onValue(e.target.value)} />;
  }
}

/** A list literal, one item per line (or a checkbox per option), written as Elsa does: a JSON array in an Object expression. */
function ListEditor({ id, text, options, readOnly, onList }: { id: string; text: string; options?: string[]; readOnly: boolean; onList: (json: string) => void }) {
  let items: string[] = [];
  try {
    const parsed: unknown = text ? JSON.parse(text) : [];
    items = Array.isArray(parsed) ? parsed.map(String) : [String(parsed)];
  } catch {
    items = text.split(/\r?\n|,/).map((s) => s.trim()).filter(Boolean);
  }
  if (options && options.length > 0)
    return (
      <div id={id} className="check-list">
        {options.map((o) => (
          <label key={o} className="inline">
            <input type="checkbox" disabled={readOnly} checked={items.includes(o)} onChange={(e) => onList(JSON.stringify(e.target.checked ? [...items, o] : items.filter((i) => i !== o)))} />
            {o}
          </label>
        ))}
      </div>
    );
  return <ListLines id={id} items={items} readOnly={readOnly} onList={onList} />;
}

function ListLines({ id, items, readOnly, onList }: { id: string; items: string[]; readOnly: boolean; onList: (json: string) => void }) {
  const [draft, setDraft] = useState(items.join('\n'));
  return (
    <textarea
      id={id}
      rows={Math.max(2, items.length + 1)}
      placeholder="one item per line"
      value={draft}
      readOnly={readOnly}
      onChange={(e) => {
        setDraft(e.target.value);
        onList(JSON.stringify(e.target.value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean)));
      }}
    />
  );
}

/** A code box with a language label and the syntax error, if any (Monaco was left out to keep the app small; see the README). */
function CodeArea({ id, text, error, readOnly, language, onText }: { id: string; text: string; error: string; readOnly: boolean; language: string; onText: (t: string) => void }) {
  return (
    <div className="code-area">
      <textarea
        id={id}
        className="code"
        spellCheck={false}
        rows={Math.min(12, Math.max(3, text.split('\n').length + 1))}
        value={text}
        readOnly={readOnly}
        aria-invalid={!!error}
        data-language={language}
        onChange={(e) => onText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Tab' && !readOnly) {
            e.preventDefault();
            const el = e.currentTarget;
            const { selectionStart: s, selectionEnd: end } = el;
            onText(`${text.slice(0, s)}  ${text.slice(end)}`);
            requestAnimationFrame(() => el.setSelectionRange(s + 2, s + 2));
          }
        }}
      />
      <div className="code-footer">
        <span className="muted small">{language}</span>
        {error && (
          <span className="error small" role="status">
            Syntax: {error}
          </span>
        )}
      </div>
    </div>
  );
}
