import { describe, expect, it } from 'vitest';
import type { JournalItem } from '../../api/types';
import { toCanvas } from '../../mapping/elsa-canvas';
import { activityStatuses, executedEdges, parseOutcomes } from './run-path';

const entry = (activityId: string, eventName: string, outcomes?: string): JournalItem => ({ id: 0, activityId, activityType: 't', eventName, timestamp: '2026-01-01T00:00:01Z', startedAt: '2026-01-01T00:00:00Z', outcomes });

describe('the executed path', () => {
  const canvas = toCanvas({
    root: {
      id: 'f',
      type: 'Elsa.Flowchart',
      activities: [{ id: 'd', type: 'Elsa.FlowDecision' }, { id: 'yes', type: 'Elsa.WriteLine' }, { id: 'no', type: 'Elsa.WriteLine' }, { id: 'wait', type: 'Elsa.Event' }],
      connections: [
        { source: { activity: 'd', port: 'True' }, target: { activity: 'yes', port: 'In' } },
        { source: { activity: 'd', port: 'False' }, target: { activity: 'no', port: 'In' } },
        { source: { activity: 'yes', port: 'Done' }, target: { activity: 'wait', port: 'In' } },
      ],
    },
  });

  it('follows the outcomes the journal recorded, up to the open bookmark', () => {
    const journal = [entry('d', 'Completed', '["True"]'), entry('yes', 'Completed', 'Done')];
    const statuses = activityStatuses(journal, [{ id: 'b', name: 'Elsa.Event', activityId: 'wait' }], []);
    expect([...statuses]).toEqual([['d', 'Completed'], ['yes', 'Completed'], ['wait', 'Waiting']]);
    const taken = executedEdges(canvas.edges, journal, statuses);
    expect(canvas.edges.filter((e) => taken.has(e.id)).map((e) => e.target)).toEqual(['yes', 'wait']);
  });

  it('reads outcomes written as JSON or as a list', () => {
    expect(parseOutcomes('["A","B"]')).toEqual(['A', 'B']);
    expect(parseOutcomes('A, B')).toEqual(['A', 'B']);
    expect(parseOutcomes(null)).toEqual([]);
  });
});
