/** What an instance's journal says about each activity and which connections it took. */
import type { BookmarkInfo, Incident, JournalItem } from '../../api/types';
import type { CanvasEdge } from '../../mapping/elsa-canvas';
import type { RunStatus } from '../editor/canvas-context';

export function parseOutcomes(raw: string | null | undefined): string[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    /* a plain list */
  }
  return raw.split(',').map((s) => s.trim()).filter(Boolean);
}

export function activityStatuses(journal: JournalItem[], bookmarks: BookmarkInfo[], incidents: Incident[]): Map<string, RunStatus> {
  const statuses = new Map<string, RunStatus>();
  for (const entry of journal) {
    const status = entry.eventName === 'Faulted' ? 'Faulted' : entry.eventName === 'Canceled' ? 'Canceled' : 'Completed';
    if (statuses.get(entry.activityId) !== 'Faulted') statuses.set(entry.activityId, status);
  }
  for (const b of bookmarks) statuses.set(b.activityId, 'Waiting');
  for (const i of incidents) statuses.set(i.activityId, 'Faulted');
  return statuses;
}

/** An edge was taken when its source completed with that outcome and its target ran (or waits). */
export function executedEdges(edges: CanvasEdge[], journal: JournalItem[], statuses: Map<string, RunStatus>): Set<string> {
  const outcomes = new Map<string, Set<string>>();
  for (const entry of journal) {
    if (entry.eventName !== 'Completed') continue;
    const set = outcomes.get(entry.activityId) ?? new Set<string>();
    parseOutcomes(entry.outcomes).forEach((o) => set.add(o));
    outcomes.set(entry.activityId, set);
  }
  return new Set(edges.filter((e) => outcomes.get(e.source)?.has(e.sourceHandle) && statuses.has(e.target)).map((e) => e.id));
}

export const durationText = (from?: string | null, to?: string | null): string => {
  if (!from || !to) return '';
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return ms < 1000 ? `${ms} ms` : ms < 60000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 60000)} min`;
};
