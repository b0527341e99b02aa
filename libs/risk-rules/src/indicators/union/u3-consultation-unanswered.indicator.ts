import { daysBetween } from '../../calendar-day.util';
import type { RecordedEvent } from '../../history/enterprise-history';
import { type IndicatorDefinition, pointsTier } from '../indicator.model';

type ReplyEvent = RecordedEvent<'concord.hr.consultation_reply.v1'>;

/**
 * U3: the union's written request for collective consultation left without a reply for more than
 * `replyDays`, by the days past that deadline (until the reply, or the evaluation day while
 * unanswered).
 * Only the union's requests count: an employer left waiting by its own union is a matter of the
 * union's capacity, not a sign that the employer refuses to consult. A late reply closes it and
 * its points decay from the reply day.
 */
export const U3_CONSULTATION_UNANSWERED: IndicatorDefinition = {
  id: 'U3',
  category: 'union',
  title: 'Consultation request unanswered',
  unit: 'days overdue',
  measure(context) {
    const replies = new Map<string, ReplyEvent>();
    // The first reply answers the request; later ones do not make it late.
    for (const reply of context.history.of('concord.hr.consultation_reply.v1')) {
      if (!replies.has(reply.data.requestEventId)) replies.set(reply.data.requestEventId, reply);
    }
    const waits = context.history
      .of('concord.hr.consultation_request.v1')
      .filter((request) => request.data.requestedBy === 'union')
      .map((request) => {
        const reply = replies.get(request.id);
        const lastDay = reply?.data.repliedOn ?? context.asOf;
        const days = daysBetween(request.data.requestedOn, lastDay);
        return { request, reply, lastDay, days, overdue: days - context.params.replyDays };
      })
      .filter((wait) => wait.overdue > 0 && daysBetween(wait.lastDay, context.asOf) <= context.params.lookbackDays);
    const open = waits.filter((wait) => !wait.reply);
    const candidates = open.length > 0 ? open : waits;
    if (candidates.length === 0) return null;
    const longest = candidates.reduce((a, b) => (b.overdue > a.overdue ? b : a));
    return {
      value: longest.overdue,
      values: {
        daysWithoutReply: longest.days,
        requestedOn: longest.request.data.requestedOn,
        repliedOn: longest.reply?.data.repliedOn ?? 'not yet',
        topics: longest.request.data.topics.join(', '),
        overdueUnanswered: open.length,
      },
      evidenceEventIds: [longest.request.id, ...(longest.reply ? [longest.reply.id] : [])].sort(),
      lastEvidenceDay: longest.lastDay,
      unresolved: !longest.reply,
    };
  },
  defaults: {
    enabled: true,
    tiers: [pointsTier(1, 10)],
    params: { replyDays: 20, lookbackDays: 180 },
    legalBasis: 'Provisions on Collective Contracts (MOLSS Order No. 22, 2004) Art. 32 (written reply within 20 days of a request to consult)',
  },
};
