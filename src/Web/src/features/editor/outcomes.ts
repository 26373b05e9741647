import type { ActivityDescriptor } from '../../api/types';
import { isObject, type JsonObject } from '../../mapping/json';

/** The outcome ports of an activity: the descriptor's, the dynamic ones its inputs name (switch cases, fork branches), and those its connections use. */
export function outcomesOf(activity: JsonObject, descriptor: ActivityDescriptor | undefined, extra: string[] = []): string[] {
  const ports: string[] = [...(descriptor?.outcomes ?? ['Done'])];
  if (Array.isArray(activity.cases)) {
    for (const c of activity.cases) if (isObject(c) && typeof c.label === 'string') ports.push(c.label);
    ports.push('Default');
  }
  const branches = isObject(activity.branches) && isObject(activity.branches.expression) ? activity.branches.expression.value : undefined;
  if (typeof branches === 'string') {
    try {
      const parsed: unknown = JSON.parse(branches);
      if (Array.isArray(parsed)) ports.push(...parsed.map(String));
    } catch {
      ports.push(...branches.split(',').map((s) => s.trim()).filter(Boolean));
    }
  }
  ports.push(...extra);
  return [...new Set(ports)];
}
