/**
 * The pure mapping between an Elsa 3 workflow document and the designer's canvas.
 *
 * The canvas keeps each activity's JSON object untouched in its node (unknown properties survive), the node position
 * in `metadata.designer.position`, and each connection's JSON object in its edge (flat `source`/`target` strings or the
 * nested `{ activity, port }` form, whichever the file used). Saving writes back only what the canvas changed, so an
 * unedited document comes back equal to the one that was opened.
 */
import { clone, isObject, type Json, type JsonObject } from './json';

export const FLOWCHART = 'Elsa.Flowchart';
export const DEFAULT_TARGET_PORT = 'In';

export interface Point {
  x: number;
  y: number;
}

export interface ActivityNodeData extends Record<string, unknown> {
  /** The activity's JSON as in the file (its position is the node's position). */
  activity: JsonObject;
  /** The position the canvas made up for an activity the file placed nowhere; not written unless the node moves. */
  autoPosition?: Point;
  /** Ports named by the file's connections (shown even if the descriptor does not list them). */
  extraPorts?: string[];
}

export interface CanvasNode {
  id: string;
  type: 'activity';
  position: Point;
  data: ActivityNodeData;
}

export interface ConnectionData extends Record<string, unknown> {
  /** The connection's JSON as in the file. */
  connection: JsonObject;
}

export interface CanvasEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  data: ConnectionData;
  /** Edges drawn for a non-flowchart root (sequence order); they are not saved. */
  synthetic?: boolean;
}

export type ConnectionForm = 'nested' | 'flat';

export interface CanvasDocument {
  /** The workflow document; its root's activities and connections are replaced on save when the root is a flowchart. */
  workflow: JsonObject;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  /** False when the root is not a flowchart: the canvas shows it, saving leaves the root as it was. */
  editable: boolean;
  connectionForm: ConnectionForm;
  /** Connections naming an activity the flowchart does not hold, with their index, kept as they were. */
  danglingConnections: { index: number; connection: JsonObject }[];
}

const GRID_X = 260;
const GRID_Y = 140;

export function activityIdOf(activity: JsonObject): string {
  return typeof activity.id === 'string' ? activity.id : '';
}

export function positionOf(activity: JsonObject): Point | undefined {
  const designer = isObject(activity.metadata) && isObject(activity.metadata.designer) ? activity.metadata.designer : undefined;
  const position = designer && isObject(designer.position) ? designer.position : undefined;
  if (position && typeof position.x === 'number' && typeof position.y === 'number') return { x: position.x, y: position.y };
  return undefined;
}

/** Sets `metadata.designer.position`, keeping every other key (and the key order) of the activity. */
export function withPosition(activity: JsonObject, position: Point): JsonObject {
  const metadata = isObject(activity.metadata) ? activity.metadata : {};
  const designer = isObject(metadata.designer) ? metadata.designer : {};
  const old = isObject(designer.position) ? designer.position : {};
  return { ...activity, metadata: { ...metadata, designer: { ...designer, position: { ...old, x: position.x, y: position.y } } } };
}

interface Endpoint {
  activity: string;
  port: string | undefined;
}

export function connectionEnds(connection: JsonObject): { source: Endpoint; target: Endpoint; form: ConnectionForm } {
  const end = (value: Json | undefined, flatPort: Json | undefined): Endpoint =>
    isObject(value)
      ? { activity: String(value.activity ?? ''), port: typeof value.port === 'string' ? value.port : undefined }
      : { activity: String(value ?? ''), port: typeof flatPort === 'string' ? flatPort : undefined };
  const form: ConnectionForm = isObject(connection.source) ? 'nested' : 'flat';
  return { source: end(connection.source, connection.sourcePort), target: end(connection.target, connection.targetPort), form };
}

/** A connection JSON for new ends, in the document's form, keeping the other keys of `template` (e.g. `vertices`). */
export function connectionJson(form: ConnectionForm, source: Endpoint, target: Endpoint, template?: JsonObject): JsonObject {
  const base: JsonObject = template ? clone(template) : {};
  if (form === 'nested') {
    const oldSource = isObject(base.source) ? base.source : {};
    const oldTarget = isObject(base.target) ? base.target : {};
    base.source = { ...oldSource, activity: source.activity, ...(source.port !== undefined ? { port: source.port } : {}) };
    base.target = { ...oldTarget, activity: target.activity, ...(target.port !== undefined ? { port: target.port } : {}) };
    return base;
  }
  base.source = source.activity;
  base.target = target.activity;
  if (source.port !== undefined) base.sourcePort = source.port;
  if (target.port !== undefined) base.targetPort = target.port;
  return base;
}

export function rootOf(workflow: JsonObject): JsonObject | undefined {
  return isObject(workflow.root) ? workflow.root : undefined;
}

function edgeId(index: number, source: string, target: string, port: string): string {
  return `e${index}:${source}:${port}->${target}`;
}

/** Opens a workflow document on the canvas. The document itself is not changed. */
export function toCanvas(document: JsonObject): CanvasDocument {
  const workflow = clone(document);
  const root = rootOf(workflow);
  if (!root || root.type !== FLOWCHART) return readOnlyCanvas(workflow, root);

  const activities = Array.isArray(root.activities) ? root.activities.filter(isObject) : [];
  const ids = new Set(activities.map(activityIdOf));
  const nodes: CanvasNode[] = activities.map((activity, index) => {
    const position = positionOf(activity);
    const auto = { x: (index % 5) * GRID_X, y: Math.floor(index / 5) * GRID_Y };
    return {
      id: activityIdOf(activity) || `__unnamed${index}`,
      type: 'activity',
      position: position ?? auto,
      data: position ? { activity } : { activity, autoPosition: auto },
    };
  });

  const connections = Array.isArray(root.connections) ? root.connections.filter(isObject) : [];
  const edges: CanvasEdge[] = [];
  const danglingConnections: CanvasDocument['danglingConnections'] = [];
  let nested = 0;
  connections.forEach((connection, index) => {
    const { source, target, form } = connectionEnds(connection);
    if (form === 'nested') nested++;
    if (!ids.has(source.activity) || !ids.has(target.activity)) {
      danglingConnections.push({ index, connection });
      return;
    }
    const sourceHandle = source.port ?? 'Done';
    edges.push({
      id: edgeId(index, source.activity, target.activity, sourceHandle),
      source: source.activity,
      target: target.activity,
      sourceHandle,
      targetHandle: target.port ?? DEFAULT_TARGET_PORT,
      data: { connection },
    });
  });
  const connectionForm: ConnectionForm = connections.length > 0 && nested * 2 < connections.length ? 'flat' : 'nested';
  return { workflow, nodes: withExtraPorts(nodes, edges), edges, editable: true, connectionForm, danglingConnections };
}

/** Records on each node the ports its outgoing edges use, so they are drawn even when the descriptor does not name them. */
export function withExtraPorts(nodes: CanvasNode[], edges: CanvasEdge[]): CanvasNode[] {
  const ports = new Map<string, Set<string>>();
  for (const edge of edges) {
    if (!ports.has(edge.source)) ports.set(edge.source, new Set());
    ports.get(edge.source)!.add(edge.sourceHandle);
  }
  return nodes.map((node) => {
    const extra = [...(ports.get(node.id) ?? [])];
    if (extra.length === 0 && !node.data.extraPorts) return node;
    return { ...node, data: { ...node.data, extraPorts: extra } };
  });
}

/** A root that is not a flowchart (a sequence, a single activity): shown, in order, but not edited. */
function readOnlyCanvas(workflow: JsonObject, root: JsonObject | undefined): CanvasDocument {
  const children = root && Array.isArray(root.activities) ? root.activities.filter(isObject) : [];
  const shown = children.length > 0 ? children : root ? [root] : [];
  const nodes: CanvasNode[] = shown.map((activity, index) => ({
    id: activityIdOf(activity) || `__unnamed${index}`,
    type: 'activity',
    position: positionOf(activity) ?? { x: 0, y: index * GRID_Y },
    data: { activity },
  }));
  const edges: CanvasEdge[] = nodes.slice(1).map((node, i) => ({
    id: `seq${i}`,
    source: nodes[i].id,
    target: node.id,
    sourceHandle: 'Done',
    targetHandle: DEFAULT_TARGET_PORT,
    data: { connection: {} },
    synthetic: true,
  }));
  return { workflow, nodes: withExtraPorts(nodes, edges), edges, editable: false, connectionForm: 'nested', danglingConnections: [] };
}

function samePoint(a: Point | undefined, b: Point): boolean {
  return !!a && a.x === b.x && a.y === b.y;
}

/** The activity JSON a node saves: its data with the node's position (unless the position is still the made-up one). */
export function activityOfNode(node: CanvasNode): JsonObject {
  const { activity, autoPosition } = node.data;
  if (autoPosition && samePoint(autoPosition, node.position)) return activity;
  return samePoint(positionOf(activity), node.position) ? activity : withPosition(activity, node.position);
}

/** The connection JSON an edge saves: the file's object when the ends are unchanged, else rewritten in the document's form. */
export function connectionOfEdge(edge: CanvasEdge, form: ConnectionForm): JsonObject {
  const original = edge.data.connection;
  const ends = connectionEnds(original);
  const source = { activity: edge.source, port: edge.sourceHandle };
  const target = { activity: edge.target, port: edge.targetHandle };
  const unchanged =
    Object.keys(original).length > 0 &&
    ends.source.activity === source.activity &&
    (ends.source.port ?? 'Done') === source.port &&
    ends.target.activity === target.activity &&
    (ends.target.port ?? DEFAULT_TARGET_PORT) === target.port;
  if (unchanged) return original;
  return connectionJson(Object.keys(original).length > 0 ? ends.form : form, source, target, original);
}

/** Writes the canvas back into an Elsa workflow document (a new object; the canvas is not changed). */
export function fromCanvas(canvas: Pick<CanvasDocument, 'workflow' | 'nodes' | 'edges' | 'editable' | 'connectionForm' | 'danglingConnections'>): JsonObject {
  const workflow = clone(canvas.workflow);
  const root = rootOf(workflow);
  if (!canvas.editable || !root) return workflow;
  if (canvas.nodes.length > 0 || 'activities' in root) root.activities = canvas.nodes.map((node) => clone(activityOfNode(node)));
  const connections: JsonObject[] = canvas.edges.filter((e) => !e.synthetic).map((edge) => clone(connectionOfEdge(edge, canvas.connectionForm)));
  for (const { index, connection } of canvas.danglingConnections) connections.splice(Math.min(index, connections.length), 0, clone(connection));
  // Keep a file without a connections list that way when there is nothing to connect.
  if (connections.length > 0 || 'connections' in root) root.connections = connections;
  return workflow;
}
