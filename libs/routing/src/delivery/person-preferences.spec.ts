import fc from 'fast-check';
import { type AlertLevel, PERSON_CHANNELS, type Reachability } from './channels';
import { type PersonPreferences, planPersonDeliveries } from './person-preferences';

const NOW = new Date('2026-03-02T15:30:00Z'); // 23:30 in Shanghai
const QUIET_END = new Date('2026-03-02T23:00:00Z');
const reachable: Reachability = { email: 'chair@example.org', phone: '+8613800000000' };
const quietAtNight: PersonPreferences = { channelsByLevel: {}, quietHours: { start: '22:00', end: '07:00', timeZone: 'Asia/Shanghai' } };

const plan = (level: AlertLevel, preferences: PersonPreferences | null, reach = reachable, now = new Date('2026-03-02T04:00:00Z')) =>
  planPersonDeliveries(level, preferences, reach, now).map(({ channel, reason }) => `${channel}:${reason}`);

describe('planPersonDeliveries', () => {
  it('uses the defaults without preferences: inbox always, email from YELLOW, SMS from ORANGE', () => {
    expect(plan('BLUE', null)).toEqual(['in_app:preference']);
    expect(plan('YELLOW', null)).toEqual(['in_app:preference', 'email:preference']);
    expect(plan('ORANGE', null)).toEqual(['in_app:preference', 'email:preference', 'sms:preference']);
  });

  it("follows the person's channels for a level and skips channels they cannot be reached on", () => {
    const smsOnly: PersonPreferences = { channelsByLevel: { YELLOW: ['sms'] }, quietHours: null };
    expect(plan('YELLOW', smsOnly)).toEqual(['in_app:preference', 'sms:preference']);
    expect(plan('ORANGE', null, { email: null, phone: '+8613800000000' })).toEqual(['in_app:preference', 'sms:preference']);
  });

  it('defers email and SMS of a YELLOW to the end of quiet hours, but not the inbox', () => {
    const planned = planPersonDeliveries('YELLOW', quietAtNight, reachable, NOW);
    expect(planned).toEqual([
      { channel: 'in_app', notBefore: NOW, reason: 'preference' },
      { channel: 'email', notBefore: QUIET_END, reason: 'preference' },
    ]);
  });

  it('sends a RED on every reachable channel at once, through opt-outs and quiet hours', () => {
    const optedOut: PersonPreferences = { channelsByLevel: { RED: [] }, quietHours: quietAtNight.quietHours };
    expect(planPersonDeliveries('RED', optedOut, reachable, NOW)).toEqual([
      { channel: 'in_app', notBefore: NOW, reason: 'preference' },
      { channel: 'email', notBefore: NOW, reason: 'critical_override' },
      { channel: 'sms', notBefore: NOW, reason: 'critical_override' },
    ]);
  });

  it('always plans the inbox, never a channel twice, never before now, and RED never later than now', () => {
    const interrupting = fc.subarray(['email', 'sms'] as const);
    const preferencesArb = fc.option(
      fc.record({
        channelsByLevel: fc.record({ BLUE: interrupting, YELLOW: interrupting, ORANGE: interrupting, RED: interrupting }, { requiredKeys: [] }),
        quietHours: fc.option(fc.record({ start: fc.constantFrom('00:00', '08:30', '22:00'), end: fc.constantFrom('06:00', '12:00', '23:59'), timeZone: fc.constantFrom('Asia/Shanghai', 'UTC') })),
      }),
    );
    const reachArb = fc.record({ email: fc.option(fc.constant('a@example.org')), phone: fc.option(fc.constant('+86138')) });
    fc.assert(
      fc.property(fc.constantFrom<AlertLevel>('BLUE', 'YELLOW', 'ORANGE', 'RED'), preferencesArb, reachArb, fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }), (level, preferences, reach, now) => {
        const planned = planPersonDeliveries(level, preferences, reach, now);
        const channels = planned.map((p) => p.channel);
        expect(channels[0]).toBe('in_app');
        expect(new Set(channels).size).toBe(channels.length);
        expect(channels.every((c) => PERSON_CHANNELS.includes(c))).toBe(true);
        for (const p of planned) expect(p.notBefore.getTime()).toBeGreaterThanOrEqual(now.getTime());
        if (level === 'RED') {
          expect(planned.every((p) => p.notBefore.getTime() === now.getTime())).toBe(true);
          expect(channels.includes('email')).toBe(reach.email !== null);
          expect(channels.includes('sms')).toBe(reach.phone !== null);
        }
      }),
    );
  });
});
