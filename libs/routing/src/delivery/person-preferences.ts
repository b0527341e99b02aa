import { type AlertLevel, type PersonChannel, type Reachability, canReach } from './channels';
import { type QuietHours, quietUntil } from './quiet-hours';

/** The interrupting channels a person chose per level (the in-app inbox always receives), and their quiet hours. */
export interface PersonPreferences {
  channelsByLevel: Partial<Record<AlertLevel, readonly Exclude<PersonChannel, 'in_app'>[]>>;
  quietHours: QuietHours | null;
}

/** Without preferences: email from YELLOW, SMS from ORANGE (DOMAIN.md §5's urgency). */
export const DEFAULT_CHANNELS: Readonly<Record<AlertLevel, readonly Exclude<PersonChannel, 'in_app'>[]>> = Object.freeze({
  BLUE: [],
  YELLOW: ['email'],
  ORANGE: ['email', 'sms'],
  RED: ['email', 'sms'],
});

export interface PlannedDelivery {
  channel: PersonChannel;
  /** Not sent before this instant: the end of the person's quiet hours, or now. */
  notBefore: Date;
  /** Why the channel is used: the person's choice (or the default), or RED overriding an opt-out. */
  reason: 'preference' | 'critical_override';
}

/**
 * The channels one notification reaches a person on, and when. The in-app inbox always receives
 * it at once (it interrupts nobody and is the record of what they were told); email and SMS
 * follow the person's choice for the level and wait out quiet hours. RED ignores both: every
 * channel the person can be reached on, now.
 */
export function planPersonDeliveries(level: AlertLevel, preferences: PersonPreferences | null, reach: Reachability, now: Date): PlannedDelivery[] {
  const chosen = new Set(preferences?.channelsByLevel[level] ?? DEFAULT_CHANNELS[level]);
  const inApp: PlannedDelivery = { channel: 'in_app', notBefore: now, reason: 'preference' };
  if (level === 'RED') {
    const interrupting = (['email', 'sms'] as const).filter((channel) => canReach(channel, reach));
    return [inApp, ...interrupting.map((channel) => ({ channel, notBefore: now, reason: chosen.has(channel) ? ('preference' as const) : ('critical_override' as const) }))];
  }
  const notBefore = quietUntil(now, preferences?.quietHours ?? null) ?? now;
  const interrupting = (['email', 'sms'] as const).filter((channel) => chosen.has(channel) && canReach(channel, reach));
  return [inApp, ...interrupting.map((channel) => ({ channel, notBefore, reason: 'preference' as const }))];
}
