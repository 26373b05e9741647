/** The editor's document with undo/redo: commits are undoable steps, transient changes (dragging, selection) are not. */
import { useCallback, useReducer } from 'react';
import type { CanvasEdge, CanvasNode } from '../../mapping/elsa-canvas';
import type { JsonObject } from '../../mapping/json';

export interface Snapshot {
  workflow: JsonObject;
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

interface State {
  present: Snapshot;
  past: Snapshot[];
  future: Snapshot[];
  /** Bumped by every change of content (not of selection): drives autosave and validation. */
  revision: number;
}

type Action =
  | { kind: 'commit'; update: (s: Snapshot) => Snapshot }
  | { kind: 'transient'; update: (s: Snapshot) => Snapshot; content: boolean }
  | { kind: 'checkpoint' }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'reset'; snapshot: Snapshot };

const LIMIT = 200;

function reduce(state: State, action: Action): State {
  switch (action.kind) {
    case 'commit':
      return { present: action.update(state.present), past: [...state.past, state.present].slice(-LIMIT), future: [], revision: state.revision + 1 };
    case 'transient':
      return { ...state, present: action.update(state.present), revision: state.revision + (action.content ? 1 : 0) };
    case 'checkpoint':
      return { ...state, past: [...state.past, state.present].slice(-LIMIT), future: [] };
    case 'undo':
      if (state.past.length === 0) return state;
      return { present: state.past[state.past.length - 1], past: state.past.slice(0, -1), future: [state.present, ...state.future], revision: state.revision + 1 };
    case 'redo':
      if (state.future.length === 0) return state;
      return { present: state.future[0], past: [...state.past, state.present], future: state.future.slice(1), revision: state.revision + 1 };
    case 'reset':
      return { present: action.snapshot, past: [], future: [], revision: 0 };
  }
}

export function useHistory(initial: Snapshot) {
  const [state, dispatch] = useReducer(reduce, { present: initial, past: [], future: [], revision: 0 });
  return {
    ...state,
    commit: useCallback((update: (s: Snapshot) => Snapshot) => dispatch({ kind: 'commit', update }), []),
    transient: useCallback((update: (s: Snapshot) => Snapshot, content: boolean) => dispatch({ kind: 'transient', update, content }), []),
    checkpoint: useCallback(() => dispatch({ kind: 'checkpoint' }), []),
    undo: useCallback(() => dispatch({ kind: 'undo' }), []),
    redo: useCallback(() => dispatch({ kind: 'redo' }), []),
    reset: useCallback((snapshot: Snapshot) => dispatch({ kind: 'reset', snapshot }), []),
  };
}
