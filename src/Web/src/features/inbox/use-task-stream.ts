/**
 * Live updates of the inbox: `/api/tasks/stream` sends a `tasks` event whenever any task is created or changes, and the
 * inbox reads its list again. EventSource reconnects by itself; while it is down a slow poll keeps the list fresh.
 */
import { useEffect, useRef, useState } from 'react';

export function useTaskStream(onChange: () => void): boolean {
  const callback = useRef(onChange);
  callback.current = onChange;
  const [live, setLive] = useState(false);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/tasks/stream');
    let timer: number | undefined;
    const fire = () => {
      // Several changes in a row (claim, then complete) make one read.
      window.clearTimeout(timer);
      timer = window.setTimeout(() => callback.current(), 150);
    };
    source.addEventListener('tasks', fire);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    const poll = window.setInterval(() => {
      if (source.readyState !== EventSource.OPEN) callback.current();
    }, 15000);
    return () => {
      window.clearTimeout(timer);
      window.clearInterval(poll);
      source.close();
    };
  }, []);
  return live;
}
