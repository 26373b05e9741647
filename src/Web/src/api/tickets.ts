/** Shapes of the ticket, task and configuration answers the engineer, requester and admin pages read. */

export type TicketStatus = 'New' | 'InProgress' | 'Escalated' | 'Pending' | 'Resolved' | 'Closed' | 'Cancelled';
export type SlaState = 'breached' | 'paused' | 'warned' | 'on-track' | 'stopped';

export interface SlaSummary {
  state: SlaState;
  dueAt?: string | null;
  remaining?: string | null;
}

export interface TicketListItem {
  view: 'staff' | 'requester';
  number: string;
  title: string;
  status: TicketStatus;
  createdAt: string;
  statusChangedAt: string;
  kind?: string;
  severity?: string;
  priority?: string;
  category?: string;
  subcategory?: string | null;
  supportGroup?: string;
  supportLevel?: string | null;
  assignee?: string | null;
  requester?: string;
  channel?: string;
  sla?: SlaSummary | null;
}

export interface AllowedTransition {
  trigger: string;
  to: TicketStatus;
  path: string;
}

export interface SlaClockReading {
  kind: string;
  level?: string | null;
  state: 'Running' | 'Paused' | 'Stopped';
  target: string;
  elapsed: string;
  remaining: string;
  warningAt?: string | null;
  dueAt?: string | null;
  isBreached: boolean;
}

export interface SlaView {
  policyId: string;
  isPaused: boolean;
  clocks: SlaClockReading[];
  warnings: { clock: string; level?: string | null; warningAt: string; recordedAt: string }[];
  breaches: { clock: string; level?: string | null; dueAt: string; recordedAt: string }[];
}

export interface TicketComment {
  id: string;
  at: string;
  authorId: string;
  authorRole: string;
  text: string;
  visibility: 'Public' | 'Internal';
}

export interface TimelineEntry {
  sequence: number;
  at: string;
  actorId: string;
  actorRole: string;
  subject: string;
  oldValue?: string | null;
  newValue?: string | null;
  note?: string | null;
  visibility: 'Public' | 'Internal';
}

export interface TicketTaskItem {
  id: string;
  title: string;
  isMandatory: boolean;
  assigneeId?: string | null;
  state: string;
  createdAt: string;
  closedAt?: string | null;
}

export interface StaffTicket {
  view: 'staff';
  number: string;
  title: string;
  status: TicketStatus;
  createdAt: string;
  statusChangedAt: string;
  id: string;
  kind: string;
  description: string;
  category: string;
  subcategory?: string | null;
  isSecurity: boolean;
  severity: string;
  severityCriterion: string;
  priority: string;
  priorityCriterion: string;
  requester: string;
  requesterOrganization?: string | null;
  affectedServices: string[];
  channel: string;
  detectionSource: string;
  supportGroup: string;
  supportLevel?: string | null;
  assignee?: string | null;
  allowedTransitions: AllowedTransition[];
  reopenCount: number;
  pending?: { reason: string; explanation: string; decidedBy?: string | null; since: string } | null;
  resolution?: { kind: string; text: string; by: string; at: string } | null;
  rootCause?: string | null;
  sla: SlaView;
  tasks: TicketTaskItem[];
  comments: TicketComment[];
  timeline: TimelineEntry[];
}

export interface RequesterTicket {
  view: 'requester';
  number: string;
  title: string;
  status: TicketStatus;
  createdAt: string;
  statusChangedAt: string;
  publicUpdates: TicketComment[];
  history: TimelineEntry[];
}

export type TicketView = StaffTicket | RequesterTicket;

export interface TaskField {
  name: string;
  label?: string | null;
  type: 'text' | 'multiline' | 'number' | 'boolean' | 'select' | 'date' | 'email' | string;
  required: boolean;
  options?: string[] | null;
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
}

export interface TaskSummary {
  id: string;
  title: string;
  status: string;
  candidateGroup?: string | null;
  candidateRole?: string | null;
  assignee?: string | null;
  dueAt?: string | null;
  ticket?: string | null;
  createdAt: string;
  instanceId: string;
  activityType: string;
  ticketDueAt?: string | null;
  ticketSeverity?: string | null;
  ticketSlaState?: SlaState | null;
}

export interface TaskDetails extends Omit<TaskSummary, 'ticketDueAt' | 'ticketSeverity' | 'ticketSlaState'> {
  instructions?: string | null;
  activityId: string;
  fields: TaskField[];
  outcomes: string[];
  payload?: unknown;
  claimedAt?: string | null;
  closedAt?: string | null;
  completedBy?: string | null;
  outcome?: string | null;
  data?: unknown;
  version: number;
  history: { kind: string; actor: string; at: string; oldValue?: string | null; newValue?: string | null; note?: string | null }[];
}

export interface CategoryItem {
  name: string;
  subcategories?: string[] | null;
  isSecurity?: boolean;
}

export interface ConfigurationDocument<T = unknown> {
  items: T[];
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface UserSummary {
  id: string;
  email: string;
  displayName?: string | null;
  roles: string[];
  mustChangePassword: boolean;
  lockout: { lockedOut: boolean; until?: string | null; failedAttempts: number };
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  roles: string[];
  createdAt: string;
  lastUsedAt?: string | null;
  revokedAt?: string | null;
}

export interface RoleInfo {
  name: string;
  description: string;
}
