/**
 * The task form's rules, the same as the server's (src/Host/Tasks/TaskForm.cs): an outcome among the task's, required
 * fields, numbers within min/max, booleans, options of a select, maximum length, pattern, dates and e-mail addresses.
 * The browser checks first; whatever the server still refuses comes back as `data.NAME` and is shown on that field.
 */
import type { TaskField, TaskSummary } from '../../api/tickets';

export type FormValues = Record<string, string | boolean>;

export const labelOf = (field: TaskField) => field.label || field.name;

export const initialValues = (fields: TaskField[]): FormValues =>
  Object.fromEntries(fields.map((f) => [f.name, f.type === 'boolean' ? false : '']));

const isBlank = (value: string | boolean | undefined) => value === undefined || (typeof value === 'string' && value.trim() === '');

const matches = (text: string, pattern: string) => {
  try {
    // .NET's Regex.IsMatch finds the pattern anywhere unless it is anchored; so does RegExp.test.
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
};

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) ? !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) : /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(Date.parse(text));

const isEmail = (text: string) => /^[^\s@]+@[^\s@]+$/.test(text) && text.trim() === text;

/** Problems by field name ('outcome' for the outcome); empty when the form may be sent. */
export function validateTaskForm(fields: TaskField[], values: FormValues, outcome: string | null, outcomes: string[]): Record<string, string> {
  const errors: Record<string, string> = {};
  if (outcome === null || !outcomes.includes(outcome)) errors.outcome = `Choose one of the task's outcomes: ${outcomes.join(', ')}.`;
  for (const field of fields) {
    const label = labelOf(field);
    const value = values[field.name];
    if (field.type === 'boolean') continue; // a checkbox always has a value
    if (isBlank(value)) {
      if (field.required) errors[field.name] = `${label} is required.`;
      continue;
    }
    const text = String(value);
    if (field.type === 'number') {
      const number = Number(text);
      if (!Number.isFinite(number)) errors[field.name] = `${label} must be a number.`;
      else if ((field.min != null && number < field.min) || (field.max != null && number > field.max))
        errors[field.name] = `${label} must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`;
      continue;
    }
    if (field.maxLength != null && text.length > field.maxLength) errors[field.name] = `${label} has at most ${field.maxLength} characters.`;
    else if (field.pattern && !matches(text, field.pattern)) errors[field.name] = `${label} does not have the expected form.`;
    else if (field.type === 'select' && !(field.options ?? []).includes(text)) errors[field.name] = `${label} must be one of ${(field.options ?? []).join(', ')}.`;
    else if (field.type === 'date' && !isDate(text)) errors[field.name] = `${label} must be a date (2026-03-02).`;
    else if (field.type === 'email' && !isEmail(text)) errors[field.name] = `${label} must be an e-mail address.`;
  }
  return errors;
}

/** The form's values as the server wants them: numbers as numbers, booleans as booleans, empty fields left out. */
export function toPayload(fields: TaskField[], values: FormValues): Record<string, string | number | boolean> {
  const data: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.type === 'boolean') data[field.name] = value === true;
    else if (!isBlank(value)) data[field.name] = field.type === 'number' ? Number(value) : String(value);
  }
  return data;
}

/** Server problems (`data.NAME`, `outcome`) keyed like {@link validateTaskForm}'s. */
export const serverTaskErrors = (byField: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(byField).map(([key, message]) => [key.startsWith('data.') ? key.slice(5) : key, message]));

/**
 * SLA urgency: the linked ticket's nearest due moment (a breached one is in the past, so it comes first), else the
 * task's own due time; tasks with neither go last, oldest first.
 */
export function byUrgency(a: TaskSummary, b: TaskSummary): number {
  const due = (t: TaskSummary) => {
    const at = t.ticketDueAt ?? t.dueAt;
    return at ? Date.parse(at) : Number.POSITIVE_INFINITY;
  };
  const d = due(a) - due(b);
  if (d !== 0 && !Number.isNaN(d)) return d;
  if (due(a) === due(b) && due(a) !== Number.POSITIVE_INFINITY) return Date.parse(a.createdAt) - Date.parse(b.createdAt);
  return Date.parse(a.createdAt) - Date.parse(b.createdAt);
}
