import type { JsonObject } from '../../mapping/json';

export const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'workflow';

/** A new draft: a flowchart holding one Start activity. */
export const newWorkflow = (name: string, definitionId: string): JsonObject => ({
  definitionId,
  name,
  version: 1,
  isPublished: false,
  variables: [],
  inputs: [],
  outputs: [],
  root: {
    id: 'flowchart1',
    type: 'Elsa.Flowchart',
    version: 1,
    activities: [{ id: 'start1', type: 'Elsa.Start', version: 1, name: 'Start1', metadata: { designer: { position: { x: 0, y: 0 } } } }],
    connections: [],
  },
});
