/** One ticket action's form: its fields, the server's per-field errors and refusals, then the ticket read again. */
import { useState, type FormEvent } from 'react';
import { api, ApiError, errorText, fieldErrors } from '../../api/client';
import { actionBody, missingFields, type TicketAction } from './actions';

export function ActionForm({ action, onDone, onCancel }: { action: TicketAction; onDone: () => void; onCancel: () => void }) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(action.fields.map((f) => [f.name, f.defaultValue ?? (f.type === 'select' ? f.options?.[0] ?? '' : '')])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const missing = missingFields(action.fields, values);
    setErrors(missing);
    setRefusal('');
    if (Object.keys(missing).length) return;
    setBusy(true);
    try {
      await api.post(action.path, actionBody(action.fields, values));
      onDone();
    } catch (err) {
      const byField = fieldErrors(err);
      setErrors(byField);
      if (!Object.keys(byField).some((k) => action.fields.some((f) => f.name === k)))
        setRefusal(err instanceof ApiError && err.kind ? `${err.message} (${err.kind})` : errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card action-form" onSubmit={submit} aria-label={action.label} noValidate>
      <h3>{action.label}</h3>
      {action.fields.map((f) => {
        const id = `action-${action.id}-${f.name}`;
        const error = errors[f.name];
        const common = {
          id,
          name: f.name,
          value: values[f.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f.name]: e.target.value })),
        };
        return (
          <label key={f.name} htmlFor={id}>
            <span>
              {f.label} {f.required && <span className="required">*</span>}
            </span>
            {f.type === 'select' ? (
              <select {...common}>
                {f.options?.map((o) => (
                  <option key={o}>{o}</option>
                ))}
              </select>
            ) : f.type === 'multiline' ? (
              <textarea rows={3} {...common} />
            ) : (
              <input {...common} />
            )}
            {error && (
              <span id={`${id}-error`} className="error small">
                {error}
              </span>
            )}
          </label>
        );
      })}
      {refusal && (
        <p role="alert" className="error">
          {refusal}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" className={action.danger ? 'danger' : 'primary'} disabled={busy}>
          {action.label}
        </button>
        <button type="button" onClick={onCancel}>
          Back
        </button>
      </div>
    </form>
  );
}
