/** What activity nodes read besides their own data: descriptors, validation issues, run statuses. */
import { createContext, useContext } from 'react';
import type { ProblemIssue } from '../../api/client';
import type { ActivityDescriptor } from '../../api/types';

export type RunStatus = 'Completed' | 'Faulted' | 'Canceled' | 'Waiting' | 'Running';

export interface CanvasInfo {
  descriptors: Map<string, ActivityDescriptor>;
  issues: Map<string, ProblemIssue[]>;
  statuses: Map<string, RunStatus>;
  /** Diff marks: added, removed or changed. */
  marks?: Map<string, 'added' | 'removed' | 'changed'>;
}

export const CanvasInfoContext = createContext<CanvasInfo>({ descriptors: new Map(), issues: new Map(), statuses: new Map() });
export const useCanvasInfo = () => useContext(CanvasInfoContext);
