import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type CaseState, isCollective, openCase } from '@concord/case-workflow';
import type { TopicEvent } from '@concord/contracts';
import { claimEvent } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { levelRank } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { DirectoryRosterReader } from '../../assignment/directory-roster.reader';
import { CASE_CLOCK, type CaseClock } from '../../deadlines/case-deadline.config';
import { CaseTimers } from '../../deadlines/case-timers';
import { alertTriageOf } from '../alert-triage.mapper';
import { caseCategoryOf } from '../case-category.mapper';
import type { OpenedCase } from '../case-events.mapper';
import { CaseOpening } from '../case-opening';
import { caseStateToJson } from '../case-state.codec';
import { jurisdictionOf } from '../enterprise-jurisdiction.mapper';
import { SYSTEM_ACTOR, recordTransition } from '../case-state.repository';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;
export type OpenCaseOutcome = 'ignored' | 'duplicate' | 'case-exists' | 'assigned' | 'triage';

const CONSUMER = 'case-service.risk-alerts';

/**
 * Opens one mediation case per escalated (ORANGE or RED) alert and assigns the best eligible
 * mediator, or a balanced panel of three when the alert shows a collective dispute (the rule is
 * alertTriageOf's: an incident trigger or a measure affecting workers, ten or more of them with a
 * common claim), all in one transaction with the inbox claim and the outbox events. The case's state
 * is @concord/case-workflow's: opened, triaged, then assigned through applyTransition, each step
 * recorded. When nobody is eligible the case waits in triage with the reason, and its opening is
 * still announced.
 */
@Injectable()
export class OpenCaseForAlertUseCase {
  private readonly log = new Logger(OpenCaseForAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRosterReader,
    private readonly opening: CaseOpening,
    private readonly relay: OutboxRelay,
    private readonly timers: CaseTimers,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  async execute(event: RiskAlertEvent): Promise<OpenCaseOutcome> {
    const alert = event.data;
    if (alert.status === 'resolved' || levelRank(alert.level) < levelRank('ORANGE')) return 'ignored';
    const { outcome, state } = await this.dataSource.transaction(async (manager): Promise<{ outcome: OpenCaseOutcome; state?: CaseState }> => {
      if (!(await claimEvent(manager, CONSUMER, event.id))) return { outcome: 'duplicate' };
      const triage = alertTriageOf(alert.fired);
      const opened: OpenedCase = {
        caseId: randomUUID(),
        enterpriseId: alert.enterpriseId,
        alertId: alert.alertId,
        level: alert.level,
        collective: isCollective(triage.workerCount, triage.commonClaim),
        openedAt: this.clock.now(),
      };
      const category = caseCategoryOf(alert.fired);
      const profile = await this.directory.enterprise(manager, opened.enterpriseId);
      const state = openCase({ caseId: opened.caseId, jurisdiction: jurisdictionOf(profile), level: opened.level, receivedAt: opened.openedAt });
      // An alert already holding a case (an earlier revision, or a replay under another id) gets no second one.
      if (!(await this.insertCase(manager, opened, category, state))) return { outcome: 'case-exists' };
      await recordTransition(
        manager,
        opened.caseId,
        { from: null, to: 'intake', command: null, note: `opened for alert ${alert.alertId} revision ${alert.revision}` },
        SYSTEM_ACTOR,
      );
      const seated = await this.opening.triageAndSeat(manager, { opened, intake: state, triage, category, profile, actor: SYSTEM_ACTOR, at: this.clock.now() });
      return { outcome: seated.seating.ok ? 'assigned' : 'triage', state: seated.state };
    });
    if (state) {
      this.relay.nudge();
      await this.timers.scheduleAfterCommit([state]);
      this.log.log({ alertId: alert.alertId, enterpriseId: alert.enterpriseId, outcome }, 'case opened');
    }
    return outcome;
  }

  private async insertCase(manager: EntityManager, opened: OpenedCase, category: string, state: CaseState): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO cases (id, enterprise_id, alert_id, level, status, state, collective, category, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $9)
       ON CONFLICT (alert_id) DO NOTHING
       RETURNING id`,
      [opened.caseId, opened.enterpriseId, opened.alertId, opened.level, state.stage, JSON.stringify(caseStateToJson(state)), opened.collective, category, opened.openedAt],
    );
    return rows.length === 1;
  }
}
