import { describe, expect, it } from 'vitest';
import { fromCanvas, toCanvas, type CanvasNode } from '../../mapping/elsa-canvas';
import type { JsonObject } from '../../mapping/json';
import { align, autoLayout, copySelection, distribute, insertIntoEdge, newActivityNode, pasteClip } from './canvas-ops';

const doc = (): JsonObject => ({
  definitionId: 'ops',
  root: {
    id: 'f',
    type: 'Elsa.Flowchart',
    activities: [
      { id: 'a', type: 'Elsa.Start', metadata: { designer: { position: { x: 0, y: 0 } } } },
      { id: 'b', type: 'Elsa.WriteLine', text: { typeName: 'String', expression: { type: 'Literal', value: 'hi' } }, metadata: { designer: { position: { x: 100, y: 300 } } } },
      { id: 'c', type: 'Elsa.End', metadata: { designer: { position: { x: 50, y: 600 } } } },
    ],
    connections: [
      { source: { activity: 'a', port: 'Done' }, target: { activity: 'b', port: 'In' } },
      { source: { activity: 'b', port: 'Done' }, target: { activity: 'c', port: 'In' } },
    ],
  },
});

describe('canvas operations', () => {
  it('inserts an activity into a connection and saves both new connections', () => {
    const canvas = toCanvas(doc());
    const node = newActivityNode({ typeName: 'Elsa.RunJavaScript' }, { x: 0, y: 0 }, canvas.nodes);
    expect(node.id).toBe('runjavascript1');
    const { nodes, edges } = insertIntoEdge(canvas.nodes, canvas.edges, canvas.edges[0], node, 'Done');
    const saved = fromCanvas({ ...canvas, nodes, edges });
    const root = saved.root as JsonObject;
    expect((root.connections as JsonObject[]).map((c) => `${(c.source as JsonObject).activity}->${(c.target as JsonObject).activity}`)).toEqual(['a->runjavascript1', 'runjavascript1->b', 'b->c']);
    expect(nodes.find((n) => n.id === node.id)!.position).toEqual({ x: 50, y: 150 });
  });

  it('pastes copies with new ids, keeping inputs and inner connections', () => {
    const canvas = toCanvas(doc());
    const clip = copySelection(canvas.nodes, canvas.edges, new Set(['b', 'c']));
    const { nodes, edges, pasted } = pasteClip(canvas.nodes, canvas.edges, clip);
    expect(pasted).toEqual(['writeline1', 'end1']);
    expect(nodes.find((n) => n.id === 'writeline1')!.data.activity.text).toEqual(canvas.nodes[1].data.activity.text);
    expect(edges.at(-1)).toMatchObject({ source: 'writeline1', target: 'end1' });
  });

  it('aligns and distributes the selection only', () => {
    const canvas = toCanvas(doc());
    const all = new Set(['a', 'b', 'c']);
    expect(align(canvas.nodes, all, 'left').map((n: CanvasNode) => n.position.x)).toEqual([0, 0, 0]);
    expect(align(canvas.nodes, new Set(['a', 'b']), 'top').map((n) => n.position.y)).toEqual([0, 0, 600]);
    expect(distribute(canvas.nodes, all, 'vertical').map((n) => n.position.y)).toEqual([0, 300, 600]);
    expect(distribute(canvas.nodes, all, 'horizontal').map((n) => n.position.x)).toEqual([0, 100, 50]);
  });

  it('lays out connected activities top to bottom', () => {
    const canvas = toCanvas(doc());
    const laid = autoLayout(canvas.nodes, canvas.edges);
    const [a, b, c] = laid.map((n) => n.position.y);
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThan(c);
  });
});
