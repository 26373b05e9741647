import { describe, expect, it } from 'vitest';
import type { AllowedTransition } from '../../api/tickets';
import { actionBody, missingFields, ticketActions } from './actions';

const inProgress: AllowedTransition[] = [
  { trigger: 'Escalate', to: 'Escalated', path: '/api/tickets/INC-000001/escalate' },
  { trigger: 'PutOnHold', to: 'Pending', path: '/api/tickets/INC-000001/put-on-hold' },
  { trigger: 'Resolve', to: 'Resolved', path: '/api/tickets/INC-000001/resolve' },
  { trigger: 'Cancel', to: 'Cancelled', path: '/api/tickets/INC-000001/cancel' },
];

describe('ticket actions', () => {
  it('offers exactly the allowed transitions, each with its path', () => {
    const actions = ticketActions({ allowedTransitions: inProgress, severity: 'S3', requester: 'rita@x' }, 'eve@x');
    expect(actions.map((a) => [a.label, a.path])).toEqual([
      ['Escalate', '/api/tickets/INC-000001/escalate'],
      ['Put on hold', '/api/tickets/INC-000001/put-on-hold'],
      ['Resolve', '/api/tickets/INC-000001/resolve'],
      ['Cancel', '/api/tickets/INC-000001/cancel'],
    ]);
  });

  it('never offers Put on hold for S1 and S2, only a documented customer decision', () => {
    for (const severity of ['S1', 'S2']) {
      const actions = ticketActions({ allowedTransitions: inProgress, severity, requester: 'rita@x' }, 'eve@x');
      expect(actions.map((a) => a.label)).not.toContain('Put on hold');
      const decision = actions.find((a) => a.id === 'CustomerDecision')!;
      expect(decision.fields.find((f) => f.name === 'reason')!.options).toEqual(['CustomerStoppedInvestigation', 'CustomerDeniedApproval']);
      expect(decision.fields.find((f) => f.name === 'decidedBy')).toMatchObject({ required: true, defaultValue: 'rita@x' });
    }
  });

  it('starts work as me by default and sends filled fields only', () => {
    const [start] = ticketActions({ allowedTransitions: [{ trigger: 'StartWork', to: 'InProgress', path: '/p' }], severity: 'S4', requester: 'r' }, 'eve@x');
    expect(start.fields[0].defaultValue).toBe('eve@x');
    const resolve = ticketActions({ allowedTransitions: inProgress, severity: 'S4', requester: 'r' }, 'e').find((a) => a.id === 'Resolve')!;
    expect(missingFields(resolve.fields, { kind: 'Workaround', resolution: ' ' })).toEqual({ resolution: 'Resolution is required.' });
    expect(actionBody(resolve.fields, { kind: 'Workaround', resolution: ' Restarted ' })).toEqual({ kind: 'Workaround', resolution: 'Restarted' });
  });
});
