/** Pure editing operations on the canvas: add, insert into a connection, copy/paste, align, distribute, auto-layout. */
import dagre from '@dagrejs/dagre';
import type { ActivityDescriptor } from '../../api/types';
import { DEFAULT_TARGET_PORT, withExtraPorts, type CanvasEdge, type CanvasNode, type Point } from '../../mapping/elsa-canvas';
import { clone, type JsonObject } from '../../mapping/json';

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 64;

const shortName = (typeName: string) => typeName.split('.').pop() ?? typeName;

/** A fresh id and a readable name (`WriteLine3`) not used by any node yet. */
export function uniqueIdentity(typeName: string, nodes: CanvasNode[]): { id: string; name: string } {
  const base = shortName(typeName);
  const taken = new Set(nodes.flatMap((n) => [n.id, String(n.data.activity.name ?? '')]));
  let i = 1;
  while (taken.has(`${base}${i}`) || taken.has(`${base.toLowerCase()}${i}`)) i++;
  return { id: `${base.toLowerCase()}${i}`, name: `${base}${i}` };
}

export function newActivityNode(descriptor: Pick<ActivityDescriptor, 'typeName'>, position: Point, nodes: CanvasNode[]): CanvasNode {
  const { id, name } = uniqueIdentity(descriptor.typeName, nodes);
  const activity: JsonObject = { id, type: descriptor.typeName, version: 1, name, metadata: { designer: { position: { x: position.x, y: position.y } } } };
  return { id, type: 'activity', position, data: { activity } };
}

export function newEdge(source: string, sourceHandle: string, target: string, targetHandle = DEFAULT_TARGET_PORT): CanvasEdge {
  return { id: `c-${source}-${sourceHandle}-${target}-${Math.random().toString(36).slice(2, 8)}`, source, target, sourceHandle, targetHandle, data: { connection: {} } };
}

/** Puts a new activity on a connection: source → node (on its first outcome) → old target. */
export function insertIntoEdge(nodes: CanvasNode[], edges: CanvasEdge[], edge: CanvasEdge, node: CanvasNode, outcome: string) {
  const source = nodes.find((n) => n.id === edge.source);
  const target = nodes.find((n) => n.id === edge.target);
  const position = source && target ? { x: (source.position.x + target.position.x) / 2, y: (source.position.y + target.position.y) / 2 } : node.position;
  const placed = { ...node, position, data: { ...node.data, activity: node.data.activity } };
  const nextEdges = edges.flatMap((e) => (e.id === edge.id ? [{ ...e, target: node.id, targetHandle: DEFAULT_TARGET_PORT }, newEdge(node.id, outcome, edge.target, edge.targetHandle)] : [e]));
  return { nodes: [...nodes, placed], edges: nextEdges };
}

export interface Clip {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

export function copySelection(nodes: CanvasNode[], edges: CanvasEdge[], selected: Set<string>): Clip {
  return {
    nodes: clone(nodes.filter((n) => selected.has(n.id))),
    edges: clone(edges.filter((e) => selected.has(e.source) && selected.has(e.target))),
  };
}

/** Pasted activities get new ids and names, keep their inputs, and sit a little below and right of the originals. */
export function pasteClip(nodes: CanvasNode[], edges: CanvasEdge[], clip: Clip, offset = 40): { nodes: CanvasNode[]; edges: CanvasEdge[]; pasted: string[] } {
  const all = [...nodes];
  const ids = new Map<string, string>();
  const added: CanvasNode[] = [];
  for (const node of clip.nodes) {
    const type = String(node.data.activity.type ?? 'Activity');
    const { id, name } = uniqueIdentity(type, all);
    ids.set(node.id, id);
    const position = { x: node.position.x + offset, y: node.position.y + offset };
    const activity: JsonObject = { ...clone(node.data.activity), id, name };
    delete activity.nodeId;
    const copy: CanvasNode = { id, type: 'activity', position, data: { activity } };
    all.push(copy);
    added.push(copy);
  }
  const newEdges = clip.edges.map((e) => newEdge(ids.get(e.source)!, e.sourceHandle, ids.get(e.target)!, e.targetHandle));
  return { nodes: all, edges: [...edges, ...newEdges], pasted: added.map((n) => n.id) };
}

export type Alignment = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';

export function align(nodes: CanvasNode[], selected: Set<string>, how: Alignment): CanvasNode[] {
  const chosen = nodes.filter((n) => selected.has(n.id));
  if (chosen.length < 2) return nodes;
  const xs = chosen.map((n) => n.position.x);
  const ys = chosen.map((n) => n.position.y);
  const target: Record<Alignment, number> = {
    left: Math.min(...xs),
    right: Math.max(...xs),
    center: (Math.min(...xs) + Math.max(...xs)) / 2,
    top: Math.min(...ys),
    bottom: Math.max(...ys),
    middle: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
  const horizontal = how === 'left' || how === 'center' || how === 'right';
  return nodes.map((n) => (selected.has(n.id) ? { ...n, position: horizontal ? { x: target[how], y: n.position.y } : { x: n.position.x, y: target[how] } } : n));
}

/** Even spacing between the first and last selected node along one axis. */
export function distribute(nodes: CanvasNode[], selected: Set<string>, axis: 'horizontal' | 'vertical'): CanvasNode[] {
  const key = axis === 'horizontal' ? 'x' : 'y';
  const chosen = nodes.filter((n) => selected.has(n.id)).sort((a, b) => a.position[key] - b.position[key]);
  if (chosen.length < 3) return nodes;
  const first = chosen[0].position[key];
  const step = (chosen[chosen.length - 1].position[key] - first) / (chosen.length - 1);
  const at = new Map(chosen.map((n, i) => [n.id, first + i * step]));
  return nodes.map((n) => (at.has(n.id) ? { ...n, position: { ...n.position, [key]: at.get(n.id)! } } : n));
}

/** Layered layout, top to bottom, following the connections (dagre). */
export function autoLayout(nodes: CanvasNode[], edges: CanvasEdge[]): CanvasNode[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'TB', nodesep: 60, ranksep: 80, marginx: 20, marginy: 20 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) graph.setNode(n.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  for (const e of edges) graph.setEdge(e.source, e.target);
  dagre.layout(graph);
  return nodes.map((n) => {
    const p = graph.node(n.id);
    return p ? { ...n, position: { x: Math.round(p.x - NODE_WIDTH / 2), y: Math.round(p.y - NODE_HEIGHT / 2) } } : n;
  });
}

export { withExtraPorts };
