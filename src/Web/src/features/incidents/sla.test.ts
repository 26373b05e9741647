import { describe, expect, it } from 'vitest';
import { clockState, formatDuration, parseDuration, slaBadge } from './sla';

describe('SLA durations and badges', () => {
  it('reads .NET TimeSpans', () => {
    expect(parseDuration('00:30:00')).toBe(30 * 60_000);
    expect(parseDuration('1.06:00:00')).toBe(30 * 3_600_000);
    expect(parseDuration('-00:05:00')).toBe(-5 * 60_000);
    expect(parseDuration('00:00:01.5000000')).toBe(1500);
    expect(parseDuration('soon')).toBeNull();
  });

  it('writes short durations', () => {
    expect(formatDuration(30 * 3_600_000)).toBe('1d 6h');
    expect(formatDuration(4 * 3_600_000 + 5 * 60_000)).toBe('4h 05m');
    expect(formatDuration(12 * 60_000)).toBe('12m');
    expect(formatDuration(-5 * 60_000)).toBe('5m over');
  });

  it('labels each SLA state; time left only while a clock runs', () => {
    expect(slaBadge({ state: 'on-track', remaining: '00:25:00', dueAt: '2026-03-02T09:30:00Z' })?.label).toBe('on track · 25m left');
    expect(slaBadge({ state: 'warned', remaining: '00:05:00' })?.className).toBe('badge sla-warned');
    expect(slaBadge({ state: 'breached', remaining: '-00:05:00' })?.label).toBe('breached');
    expect(slaBadge({ state: 'paused', remaining: '00:10:00' })?.label).toBe('paused');
    expect(slaBadge({ state: 'stopped' })?.label).toBe('met');
    expect(slaBadge(null)).toBeNull();
  });

  it('reads one clock', () => {
    const now = Date.parse('2026-03-02T10:00:00Z');
    expect(clockState({ state: 'Running', isBreached: true }, now)).toBe('breached');
    expect(clockState({ state: 'Running', isBreached: false, warningAt: '2026-03-02T09:59:00Z' }, now)).toBe('warned');
    expect(clockState({ state: 'Running', isBreached: false, warningAt: '2026-03-02T10:01:00Z' }, now)).toBe('on-track');
    expect(clockState({ state: 'Paused', isBreached: false }, now)).toBe('paused');
    expect(clockState({ state: 'Stopped', isBreached: false }, now)).toBe('stopped');
  });
});
