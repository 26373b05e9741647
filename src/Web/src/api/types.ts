/** Shapes of the host's API answers the app reads (see the OpenAPI document at /openapi/v1.json). */
import type { JsonObject } from '../mapping/json';

export interface CurrentUser {
  id: string;
  name: string;
  roles: string[];
  via: string;
  mustChangePassword: boolean;
}

export interface DefinitionSummary {
  id: string;
  definitionId: string;
  version: number;
  name?: string | null;
  description?: string | null;
  isLatest: boolean;
  isPublished: boolean;
  journalLevel: string;
  source?: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string | null;
}

export interface ItemList<T> {
  items: T[];
  count?: number;
}

export interface ImportResult {
  outcome: 'Created' | 'Unchanged' | string;
  definition: DefinitionSummary;
}

export interface InputDescriptor {
  name: string;
  type: string;
  uiHint: string;
  displayName: string;
  description?: string | null;
  defaultValue?: unknown;
  isRequired: boolean;
  options?: string[] | null;
  category?: string | null;
}

export interface OutputDescriptor {
  name: string;
  type: string;
  displayName: string;
  description?: string | null;
}

export interface ActivityDescriptor {
  typeName: string;
  category: string;
  displayName: string;
  description: string;
  kind: string;
  inputs: InputDescriptor[];
  outputs: OutputDescriptor[];
  outcomes: string[];
  isContainer: boolean;
  definitionId?: string | null;
}

export interface ValidationReport {
  isValid: boolean;
  issues: import('./client').ProblemIssue[];
}

export interface InstanceSummary {
  id: string;
  definitionId: string;
  definitionVersion: number;
  name?: string | null;
  correlationId?: string | null;
  status: string;
  subStatus: string;
  incidentCount: number;
  createdAt: string;
  updatedAt: string;
  finishedAt?: string | null;
}

export interface Paged<T> {
  items: T[];
  totalCount: number;
  page: number;
  pageSize: number;
}

export interface BookmarkInfo {
  id: string;
  name: string;
  activityId: string;
  payload?: Record<string, string> | null;
  resumeAt?: string | null;
}

export interface Incident {
  activityId: string;
  activityNodeId: string;
  activityType: string;
  message: string;
  exceptionType?: string | null;
  code?: string | null;
  category?: string | null;
  timestamp: string;
}

export interface InstanceDetails extends InstanceSummary {
  output: JsonObject;
  bookmarks: BookmarkInfo[];
  incidents: Incident[];
}

export interface JournalItem {
  id: number;
  activityId: string;
  activityType: string;
  activityName?: string | null;
  eventName: string;
  startedAt?: string | null;
  timestamp: string;
  outcomes?: string | null;
  payload?: string | null;
  message?: string | null;
}
