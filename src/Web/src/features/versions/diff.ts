/** What changed between two versions of a workflow: activities added, removed and changed (by input), connections. */
import { activityIdOf, connectionEnds, rootOf } from '../../mapping/elsa-canvas';
import { isObject, jsonEqual, type Json, type JsonObject } from '../../mapping/json';

export interface ActivityChange {
  id: string;
  type: string;
  name: string;
  /** Properties whose value differs (positions and other designer metadata are not changes). */
  properties: { name: string; before: Json | undefined; after: Json | undefined }[];
  moved: boolean;
}

export interface VersionDiff {
  added: { id: string; type: string; name: string }[];
  removed: { id: string; type: string; name: string }[];
  changed: ActivityChange[];
  connectionsAdded: string[];
  connectionsRemoved: string[];
  /** Top-level workflow properties that differ (name, variables, inputs, ...). */
  workflow: string[];
}

const IGNORED_WORKFLOW = new Set(['id', 'version', 'isLatest', 'isPublished', 'createdAt', 'root', '$schema', 'toolVersion']);

const activitiesOf = (doc: JsonObject): Map<string, JsonObject> => {
  const root = rootOf(doc);
  const list = root && Array.isArray(root.activities) ? root.activities.filter(isObject) : [];
  return new Map(list.map((a) => [activityIdOf(a), a]));
};

export const connectionKey = (connection: JsonObject): string => {
  const { source, target } = connectionEnds(connection);
  return `${source.activity}:${source.port ?? 'Done'} → ${target.activity}:${target.port ?? 'In'}`;
};

const connectionsOf = (doc: JsonObject): Set<string> => {
  const root = rootOf(doc);
  const list = root && Array.isArray(root.connections) ? root.connections.filter(isObject) : [];
  return new Set(list.map(connectionKey));
};

const describe = (a: JsonObject) => ({ id: activityIdOf(a), type: String(a.type ?? ''), name: String(a.name ?? activityIdOf(a)) });

export function diffVersions(before: JsonObject, after: JsonObject): VersionDiff {
  const a = activitiesOf(before);
  const b = activitiesOf(after);
  const added = [...b.keys()].filter((id) => !a.has(id)).map((id) => describe(b.get(id)!));
  const removed = [...a.keys()].filter((id) => !b.has(id)).map((id) => describe(a.get(id)!));
  const changed: ActivityChange[] = [];
  for (const [id, old] of a) {
    const now = b.get(id);
    if (!now) continue;
    const keys = [...new Set([...Object.keys(old), ...Object.keys(now)])].filter((k) => k !== 'metadata' && k !== 'nodeId');
    const properties = keys.filter((k) => !jsonEqual(old[k], now[k])).map((k) => ({ name: k, before: old[k], after: now[k] }));
    const meta = (x: JsonObject) => (isObject(x.metadata) ? x.metadata : {});
    const { designer: d1, ...rest1 } = meta(old);
    const { designer: d2, ...rest2 } = meta(now);
    if (!jsonEqual(rest1, rest2)) properties.push({ name: 'metadata', before: rest1, after: rest2 });
    const moved = !jsonEqual(isObject(d1) ? d1.position : undefined, isObject(d2) ? d2.position : undefined);
    if (properties.length > 0 || moved) changed.push({ ...describe(now), properties, moved });
  }
  const ca = connectionsOf(before);
  const cb = connectionsOf(after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED_WORKFLOW.has(k));
  return {
    added,
    removed,
    changed,
    connectionsAdded: [...cb].filter((c) => !ca.has(c)),
    connectionsRemoved: [...ca].filter((c) => !cb.has(c)),
    workflow: keys.filter((k) => !jsonEqual(before[k], after[k])),
  };
}
