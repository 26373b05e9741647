import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../mapping/json';
import { diffVersions } from './diff';

const lit = (value: string) => ({ typeName: 'String', expression: { type: 'Literal', value } });
const version = (activities: JsonObject[], connections: [string, string][], extra: JsonObject = {}): JsonObject => ({
  definitionId: 'd',
  version: 1,
  ...extra,
  root: {
    id: 'f',
    type: 'Elsa.Flowchart',
    activities,
    connections: connections.map(([s, t]) => ({ source: { activity: s, port: 'Done' }, target: { activity: t, port: 'In' } })),
  },
});

describe('version diff', () => {
  it('lists added and removed activities, changed inputs, moves and connections', () => {
    const before = version(
      [
        { id: 'a', type: 'Elsa.Start' },
        { id: 'b', type: 'Elsa.WriteLine', text: lit('one'), metadata: { designer: { position: { x: 0, y: 0 } } } },
        { id: 'old', type: 'Elsa.End' },
      ],
      [['a', 'b'], ['b', 'old']],
    );
    const after = version(
      [
        { id: 'a', type: 'Elsa.Start' },
        { id: 'b', type: 'Elsa.WriteLine', text: lit('two'), metadata: { designer: { position: { x: 5, y: 0 } } } },
        { id: 'js', type: 'Elsa.RunJavaScript', name: 'Check' },
      ],
      [['a', 'b'], ['b', 'js']],
      { version: 2, name: 'renamed' },
    );
    const diff = diffVersions(before, after);
    expect(diff.added).toEqual([{ id: 'js', type: 'Elsa.RunJavaScript', name: 'Check' }]);
    expect(diff.removed.map((r) => r.id)).toEqual(['old']);
    expect(diff.changed).toEqual([{ id: 'b', type: 'Elsa.WriteLine', name: 'b', moved: true, properties: [{ name: 'text', before: lit('one'), after: lit('two') }] }]);
    expect(diff.connectionsAdded).toEqual(['b:Done → js:In']);
    expect(diff.connectionsRemoved).toEqual(['b:Done → old:In']);
    expect(diff.workflow).toEqual(['name']);
  });

  it('finds nothing between a version and itself', () => {
    const v = version([{ id: 'a', type: 'Elsa.Start' }], []);
    expect(diffVersions(v, structuredClone(v))).toEqual({ added: [], removed: [], changed: [], connectionsAdded: [], connectionsRemoved: [], workflow: [] });
  });
});
