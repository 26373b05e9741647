import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectionEnds, fromCanvas, positionOf, toCanvas, type CanvasDocument } from './elsa-canvas';
import type { JsonObject } from './json';
import { corpusFolder, jsonFilesUnder, readWorkflow, repositoryRoot, workflowsFolder } from './test-files';

const corpusFiles = jsonFilesUnder(corpusFolder);
const shippedFiles = jsonFilesUnder(workflowsFolder);
const label = (path: string) => relative(resolve(repositoryRoot, '..'), path);

/** What a person sees: nodes with positions and activity JSON, edges with their ends. */
const state = (canvas: CanvasDocument) => ({
  nodes: canvas.nodes.map((n) => ({ id: n.id, position: n.position, activity: n.data.activity })),
  edges: canvas.edges.map((e) => [e.source, e.sourceHandle, e.target, e.targetHandle]),
  editable: canvas.editable,
});

describe('the shared Elsa corpus', () => {
  it('is there', () => {
    expect(corpusFiles.length, `no JSON under ${corpusFolder}`).toBeGreaterThanOrEqual(80);
  });
});

describe.each([...corpusFiles, ...shippedFiles].map((f) => [label(f), f]))('%s', (_, path) => {
  const document = readWorkflow(path);
  it.skipIf(!document)('renders, saves unchanged and reopens in the same state', () => {
    const opened = toCanvas(document!);
    const root = document!.root as JsonObject;
    const activities = Array.isArray(root.activities) ? root.activities.length : 0;
    // Every activity of a flowchart is a node; any other root shows its children, or itself.
    expect(opened.nodes.length).toBe(opened.editable ? activities : Math.max(activities, 1));
    const saved = fromCanvas(opened);
    expect(JSON.stringify(saved)).toBe(JSON.stringify(document));
    expect(state(toCanvas(saved))).toEqual(state(opened));
  });

  it.skipIf(!document)('keeps moved positions and every other property', () => {
    const opened = toCanvas(document!);
    if (!opened.editable) return;
    const moved = { ...opened, nodes: opened.nodes.map((n, i) => ({ ...n, position: { x: 10 * i + 0.5, y: -7 * i } })) };
    const saved = fromCanvas(moved);
    const reopened = toCanvas(saved);
    expect(reopened.nodes.map((n) => n.position)).toEqual(moved.nodes.map((n) => n.position));
    const strip = (a: JsonObject) => {
      const copy = structuredClone(a);
      delete copy.metadata;
      return copy;
    };
    expect(reopened.nodes.map((n) => strip(n.data.activity))).toEqual(opened.nodes.map((n) => strip(n.data.activity)));
    expect(reopened.edges.map((e) => e.data.connection)).toEqual(opened.edges.map((e) => e.data.connection));
  });
});

describe('edits', () => {
  const workflow = (connections: JsonObject[]): JsonObject => ({
    definitionId: 'demo',
    unknownTopLevel: { keep: true },
    root: {
      id: 'root',
      type: 'Elsa.Flowchart',
      activities: [
        { id: 'a', type: 'Elsa.WriteLine', vendorExtension: [1, 2], metadata: { designer: { position: { x: 1, y: 2 }, size: { width: 5 } } } },
        { id: 'b', type: 'Elsa.WriteLine' },
      ],
      connections,
    },
  });

  it('inserting an activity between two keeps the file form of connections and unknown properties', () => {
    const canvas = toCanvas(workflow([{ source: 'a', target: 'b', sourcePort: 'Done', targetPort: 'In', vertices: [] }]));
    expect(canvas.connectionForm).toBe('flat');
    const middle = { id: 'm', type: 'Elsa.RunJavaScript', script: { typeName: 'String', expression: { type: 'JavaScript', value: '1+1' } } };
    const [first] = canvas.edges;
    const next: CanvasDocument = {
      ...canvas,
      nodes: [...canvas.nodes, { id: 'm', type: 'activity', position: { x: 3, y: 4 }, data: { activity: middle } }],
      edges: [
        { ...first, target: 'm' },
        { id: 'new', source: 'm', target: 'b', sourceHandle: 'Done', targetHandle: 'In', data: { connection: {} } },
      ],
    };
    const saved = fromCanvas(next);
    const root = saved.root as JsonObject;
    expect(saved.unknownTopLevel).toEqual({ keep: true });
    expect(root.connections).toEqual([
      { source: 'a', target: 'm', sourcePort: 'Done', targetPort: 'In', vertices: [] },
      { source: 'm', target: 'b', sourcePort: 'Done', targetPort: 'In' },
    ]);
    const activities = root.activities as JsonObject[];
    expect(activities[0]).toEqual(workflow([]).root && (workflow([]).root as JsonObject).activities![0 as never]);
    expect(positionOf(activities[2])).toEqual({ x: 3, y: 4 });
    // b had no position: it stays without one until it is moved.
    expect(activities[1].metadata).toBeUndefined();
  });

  it('writes new connections in the nested form by default and keeps dangling ones in place', () => {
    const dangling = { source: { activity: 'gone', port: 'Done' }, target: { activity: 'b', port: 'In' } };
    const canvas = toCanvas(workflow([dangling]));
    expect(canvas.edges).toHaveLength(0);
    const saved = fromCanvas({ ...canvas, edges: [{ id: 'x', source: 'a', target: 'b', sourceHandle: 'Done', targetHandle: 'In', data: { connection: {} } }] });
    const connections = (saved.root as JsonObject).connections as JsonObject[];
    expect(connections[0]).toEqual(dangling);
    expect(connectionEnds(connections[1])).toEqual({ source: { activity: 'a', port: 'Done' }, target: { activity: 'b', port: 'In' }, form: 'nested' });
  });
});
