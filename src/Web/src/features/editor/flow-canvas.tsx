/** The diagram used by the editor, the diff and the instance viewer. */
import { Background, Controls, MiniMap, ReactFlow, type Edge, type ReactFlowProps } from '@xyflow/react';
import type { CanvasEdge, CanvasNode } from '../../mapping/elsa-canvas';
import type { ActivityFlowNode } from './activity-node';
import { nodeTypes } from './activity-node';
import { CanvasInfoContext, type CanvasInfo } from './canvas-context';

type Props = Omit<ReactFlowProps<ActivityFlowNode, Edge>, 'nodes' | 'edges' | 'nodeTypes'> & {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  info: CanvasInfo;
  readOnly?: boolean;
  label: string;
};

export function FlowCanvas({ nodes, edges, info, readOnly, label, ...rest }: Props) {
  return (
    <CanvasInfoContext.Provider value={info}>
      <div className="canvas" aria-label={label} role="region">
        <ReactFlow<ActivityFlowNode, Edge>
          nodes={nodes as ActivityFlowNode[]}
          edges={edges as Edge[]}
          nodeTypes={nodeTypes}
          fitView
          minZoom={0.05}
          maxZoom={2}
          onlyRenderVisibleElements={nodes.length > 150}
          nodesDraggable={!readOnly}
          nodesConnectable={!readOnly}
          deleteKeyCode={readOnly ? null : ['Delete', 'Backspace']}
          multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
          selectionKeyCode="Shift"
          proOptions={{ hideAttribution: true }}
          {...rest}
        >
          <Background />
          <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor="#9aa6b8" nodeStrokeWidth={2} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </div>
    </CanvasInfoContext.Provider>
  );
}
