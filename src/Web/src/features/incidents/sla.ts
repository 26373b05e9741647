/** SLA durations (`d.hh:mm:ss`, as the API writes TimeSpans), short human forms, and the badge of a ticket's SLA. */
import type { SlaState, SlaSummary } from '../../api/tickets';

/** Milliseconds of a .NET TimeSpan string: `00:30:00`, `1.06:00:00`, `-00:05:00`, `00:00:01.5`. */
export function parseDuration(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /^(-)?(?:(\d+)\.)?(\d+):(\d{2}):(\d{2})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const [, minus, days, hours, minutes, seconds, fraction] = m;
  const ms = ((Number(days ?? 0) * 24 + Number(hours)) * 60 + Number(minutes)) * 60_000 + Number(seconds) * 1000 + (fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0);
  return minus ? -ms : ms;
}

/** `2d 3h`, `4h 05m`, `12m`, `40s`; negative amounts read `… over`. */
export function formatDuration(ms: number): string {
  const over = ms < 0;
  let s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const text = d > 0 ? `${d}d ${h}h` : h > 0 ? `${h}h ${String(m).padStart(2, '0')}m` : m > 0 ? `${m}m` : `${s}s`;
  return over ? `${text} over` : text;
}

export interface Badge {
  label: string;
  className: string;
  title: string;
}

const STATE_LABELS: Record<SlaState, string> = {
  breached: 'breached',
  paused: 'paused',
  warned: 'warned',
  'on-track': 'on track',
  stopped: 'met',
};

/** The badge of a ticket's SLA: its state, with the working time left while a clock runs. */
export function slaBadge(sla: SlaSummary | null | undefined): Badge | null {
  if (!sla) return null;
  const remaining = parseDuration(sla.remaining);
  const due = sla.dueAt ? new Date(sla.dueAt).toLocaleString() : '';
  const left = remaining !== null && (sla.state === 'on-track' || sla.state === 'warned') ? ` · ${formatDuration(remaining)} left` : '';
  return {
    label: `${STATE_LABELS[sla.state] ?? sla.state}${left}`,
    className: `badge sla-${sla.state}`,
    title: due ? `Due ${due}` : STATE_LABELS[sla.state] ?? sla.state,
  };
}

/** The state of one clock reading, for the clock table of the detail page. */
export function clockState(clock: { state: string; isBreached: boolean; warningAt?: string | null }, now = Date.now()): SlaState {
  if (clock.isBreached) return 'breached';
  if (clock.state === 'Stopped') return 'stopped';
  if (clock.state === 'Paused') return 'paused';
  if (clock.warningAt && Date.parse(clock.warningAt) <= now) return 'warned';
  return 'on-track';
}
