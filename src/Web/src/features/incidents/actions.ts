/**
 * The ticket actions the detail page offers: exactly the `allowedTransitions` of the staff view, each with the body its
 * path takes (README, Tickets). One rule of the status rules is applied here too, so the page never offers what the
 * server will refuse: an S1 or S2 ticket is never put on hold for ordinary reasons (409 `pending-forbidden-for-s1-s2`);
 * the one exception, a customer's documented decision, is offered as its own action.
 */
import type { AllowedTransition, StaffTicket } from '../../api/tickets';

export interface ActionField {
  name: string;
  label: string;
  type: 'text' | 'multiline' | 'select';
  required?: boolean;
  options?: string[];
  defaultValue?: string;
}

export interface TicketAction {
  id: string;
  label: string;
  path: string;
  fields: ActionField[];
  danger?: boolean;
}

export const ORDINARY_PENDING_REASONS = ['AwaitingCustomerInformation', 'AwaitingCustomerApproval', 'AwaitingOtherTicket'];
export const CUSTOMER_DECISIONS = ['CustomerStoppedInvestigation', 'CustomerDeniedApproval'];

export function ticketActions(ticket: Pick<StaffTicket, 'allowedTransitions' | 'severity' | 'requester'>, me: string): TicketAction[] {
  const severe = ticket.severity === 'S1' || ticket.severity === 'S2';
  const actions: TicketAction[] = [];
  for (const t of ticket.allowedTransitions) actions.push(...forTransition(t, severe, ticket.requester, me));
  return actions;
}

function forTransition(t: AllowedTransition, severe: boolean, requester: string, me: string): TicketAction[] {
  const action = (label: string, fields: ActionField[], extra: Partial<TicketAction> = {}): TicketAction => ({ id: t.trigger, label, path: t.path, fields, ...extra });
  switch (t.trigger) {
    case 'StartWork':
      return [action('Start work', [{ name: 'assignee', label: 'Assignee', type: 'text', defaultValue: me }])];
    case 'Escalate':
      return [action('Escalate', [
        { name: 'to', label: 'To (group or vendor)', type: 'text', required: true },
        { name: 'reason', label: 'Reason', type: 'multiline', required: true },
      ])];
    case 'ReturnFromEscalation':
      return [action('Return from escalation', [{ name: 'note', label: 'Note', type: 'multiline' }])];
    case 'PutOnHold':
      if (severe)
        return [action('Record customer decision', [
          { name: 'reason', label: 'Decision', type: 'select', required: true, options: CUSTOMER_DECISIONS },
          { name: 'decidedBy', label: 'Decided by (customer)', type: 'text', required: true, defaultValue: requester },
          { name: 'explanation', label: 'Explanation', type: 'multiline', required: true },
        ], { id: 'CustomerDecision' })];
      return [action('Put on hold', [
        { name: 'reason', label: 'Reason', type: 'select', required: true, options: [...ORDINARY_PENDING_REASONS, ...CUSTOMER_DECISIONS] },
        { name: 'explanation', label: 'Explanation', type: 'multiline', required: true },
        { name: 'decidedBy', label: 'Decided by (customer decisions)', type: 'text' },
        { name: 'blockingTicket', label: 'Blocking ticket (awaiting another ticket)', type: 'text' },
      ])];
    case 'Resume':
      return [action('Resume', [{ name: 'note', label: 'Note', type: 'multiline' }])];
    case 'Resolve':
      return [action('Resolve', [
        { name: 'kind', label: 'Kind', type: 'select', required: true, options: ['PermanentFix', 'Workaround'] },
        { name: 'resolution', label: 'Resolution', type: 'multiline', required: true },
      ])];
    case 'Reopen':
      return [action('Reopen', [
        { name: 'reason', label: 'Reason', type: 'multiline', required: true },
        { name: 'onBehalfOf', label: 'On behalf of (requester)', type: 'text', defaultValue: requester },
      ])];
    case 'Close':
      return [action('Close (acknowledged)', [{ name: 'acknowledgedBy', label: 'Acknowledged by (requester)', type: 'text', defaultValue: requester }])];
    case 'Cancel':
      return [action('Cancel', [
        { name: 'reason', label: 'Reason', type: 'multiline' },
        { name: 'requestedBy', label: 'Requested by (customer)', type: 'text', defaultValue: requester },
      ], { danger: true })];
    default:
      return [action(t.trigger, [])];
  }
}

/** The body of an action: filled fields only, trimmed. */
export const actionBody = (fields: ActionField[], values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()]).filter(([, v]) => v !== ''));

/** Required fields left empty, by name. */
export const missingFields = (fields: ActionField[], values: Record<string, string>): Record<string, string> =>
  Object.fromEntries(fields.filter((f) => f.required && !(values[f.name] ?? '').trim()).map((f) => [f.name, `${f.label} is required.`]));
