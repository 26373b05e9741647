/** One activity on the canvas: type, name, labelled outcome ports, validation and run-status markers. */
import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { ActivityNodeData } from '../../mapping/elsa-canvas';
import { useCanvasInfo } from './canvas-context';
import { outcomesOf } from './outcomes';

export type ActivityFlowNode = Node<ActivityNodeData, 'activity'>;

function ActivityNodeView({ id, data, selected }: NodeProps<ActivityFlowNode>) {
  const { descriptors, issues, statuses, marks } = useCanvasInfo();
  const mark = marks?.get(id);
  const activity = data.activity;
  const type = String(activity.type ?? '');
  const descriptor = descriptors.get(type);
  const ports = outcomesOf(activity, descriptor, data.extraPorts);
  const problems = issues.get(id) ?? [];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const status = statuses.get(id);
  const title = descriptor?.displayName ?? type.split('.').pop();
  const name = typeof activity.name === 'string' ? activity.name : id;
  const classes = ['activity-node', selected ? 'selected' : '', errors ? 'has-errors' : problems.length ? 'has-warnings' : '', status ? `status-${status.toLowerCase()}` : '', mark ? `mark-${mark}` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes} data-activity-id={id} data-activity-type={type} aria-label={`${title} ${name}`} title={problems.map((p) => p.message).join('\n') || undefined}>
      <Handle type="target" position={Position.Top} id="In" />
      <div className="activity-title">
        <span className="activity-type">{title}</span>
        {problems.length > 0 && (
          <span className={`marker ${errors ? 'error' : 'warning'}`} aria-label={`${problems.length} problem(s)`}>
            {problems.length}
          </span>
        )}
        {status && <span className={`run-status ${status.toLowerCase()}`}>{status}</span>}
        {mark && <span className={`run-status ${mark}`}>{mark}</span>}
      </div>
      <div className="activity-name">{name}</div>
      <div className="ports">
        {ports.map((port, i) => (
          <div key={port} className="port" style={{ left: `${((i + 0.5) / ports.length) * 100}%` }}>
            <span className="port-label">{port}</span>
            <Handle type="source" position={Position.Bottom} id={port} style={{ left: '50%' }} aria-label={`${name} ${port}`} />
          </div>
        ))}
      </div>
    </div>
  );
}

export const ActivityNode = memo(ActivityNodeView);
export const nodeTypes = { activity: ActivityNode };
