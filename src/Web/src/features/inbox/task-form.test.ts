import { describe, expect, it } from 'vitest';
import type { TaskField, TaskSummary } from '../../api/tickets';
import { byUrgency, serverTaskErrors, toPayload, validateTaskForm } from './task-form';

const resolveFields: TaskField[] = [
  { name: 'resolutionKind', label: 'Resolution kind', type: 'select', required: true, options: ['Workaround', 'PermanentFix'] },
  { name: 'resolution', label: 'Resolution', type: 'multiline', required: true, maxLength: 20 },
  { name: 'effort', type: 'number', required: false, min: 0, max: 8 },
  { name: 'notify', type: 'boolean', required: false },
  { name: 'ref', type: 'text', required: false, pattern: '^CHG-\\d+$' },
  { name: 'when', type: 'date', required: false },
  { name: 'who', type: 'email', required: false },
];

describe('validateTaskForm mirrors the server', () => {
  it('asks for the outcome and required fields', () => {
    const errors = validateTaskForm(resolveFields, { resolutionKind: '', resolution: '  ', notify: false }, null, ['Resolve']);
    expect(Object.keys(errors).sort()).toEqual(['outcome', 'resolution', 'resolutionKind']);
    expect(errors.resolution).toBe('Resolution is required.');
  });

  it('checks options, length, range, pattern, dates and e-mail addresses', () => {
    const errors = validateTaskForm(
      resolveFields,
      { resolutionKind: 'Guess', resolution: 'x'.repeat(21), effort: '9', ref: 'CHG-x', when: '2026-13-45', who: 'not an address' },
      'Resolve',
      ['Resolve'],
    );
    expect(errors).toEqual({
      resolutionKind: 'Resolution kind must be one of Workaround, PermanentFix.',
      resolution: 'Resolution has at most 20 characters.',
      effort: 'effort must be between 0 and 8.',
      ref: 'ref does not have the expected form.',
      when: 'when must be a date (2026-03-02).',
      who: 'who must be an e-mail address.',
    });
  });

  it('accepts a complete form and sends typed values', () => {
    const values = { resolutionKind: 'PermanentFix', resolution: 'Raised the timeout', effort: '2.5', notify: true, ref: 'CHG-12', when: '', who: 'eve@ops.example' };
    expect(validateTaskForm(resolveFields, values, 'Resolve', ['Resolve'])).toEqual({});
    expect(toPayload(resolveFields, values)).toEqual({
      resolutionKind: 'PermanentFix', resolution: 'Raised the timeout', effort: 2.5, notify: true, ref: 'CHG-12', who: 'eve@ops.example',
    });
  });

  it('maps the server fields data.NAME onto the form', () => {
    expect(serverTaskErrors({ 'data.resolution': 'too long', outcome: 'pick one' })).toEqual({ resolution: 'too long', outcome: 'pick one' });
  });
});

describe('byUrgency', () => {
  const task = (id: string, createdAt: string, ticketDueAt?: string, dueAt?: string): TaskSummary => ({
    id, title: id, status: 'Open', createdAt, instanceId: 'i', activityType: 't', ticketDueAt, dueAt,
  });

  it('puts the nearest SLA due time first (breached ones are in the past), then tasks without one, oldest first', () => {
    const tasks = [
      task('none-new', '2026-03-02T10:00:00Z'),
      task('due-later', '2026-03-02T08:00:00Z', '2026-03-02T12:00:00Z'),
      task('breached', '2026-03-02T09:00:00Z', '2026-03-02T07:00:00Z'),
      task('task-due', '2026-03-02T09:00:00Z', undefined, '2026-03-02T11:00:00Z'),
      task('none-old', '2026-03-02T06:00:00Z'),
    ];
    expect([...tasks].sort(byUrgency).map((t) => t.id)).toEqual(['breached', 'task-due', 'due-later', 'none-old', 'none-new']);
  });
});
