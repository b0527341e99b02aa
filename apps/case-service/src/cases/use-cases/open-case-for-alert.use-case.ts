import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { type AssignmentReason, assignMediators } from '@concord/assignment';
import { TOPICS, type TopicEvent } from '@concord/contracts';
import { appendToOutbox, claimEvent } from '@concord/database';
import { OutboxRelay } from '@concord/kafka';
import { levelRank } from '@concord/risk-rules';
import { DataSource, type EntityManager } from 'typeorm';
import { DirectoryRosterReader } from '../../assignment/directory-roster.reader';
import { MediatorLoadLedger } from '../../assignment/mediator-load.ledger';
import { caseNeedsOf, toMediator } from '../../assignment/roster.mapper';
import { caseCategoryOf } from '../case-category.mapper';
import { type OpenedCase, caseOpenedEvent, mediatorAssignedEvent } from '../case-events.mapper';
import type { CaseStatus } from '../case.entity';

export type RiskAlertEvent = TopicEvent<'risk.alerts'>;
export type OpenCaseOutcome = 'ignored' | 'duplicate' | 'case-exists' | 'assigned' | 'triage';

const CONSUMER = 'case-service.risk-alerts';
const SYSTEM = 'system';

/**
 * Opens one mediation case per escalated (ORANGE or RED) alert and assigns the best eligible
 * mediator, all in one transaction with the inbox claim and the outbox events. When nobody is
 * eligible the case waits in triage with the reason, and its opening is still announced.
 */
@Injectable()
export class OpenCaseForAlertUseCase {
  private readonly log = new Logger(OpenCaseForAlertUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRosterReader,
    private readonly ledger: MediatorLoadLedger,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(event: RiskAlertEvent): Promise<OpenCaseOutcome> {
    const alert = event.data;
    if (alert.status === 'resolved' || levelRank(alert.level) < levelRank('ORANGE')) return 'ignored';
    const outcome = await this.dataSource.transaction(async (manager): Promise<OpenCaseOutcome> => {
      if (!(await claimEvent(manager, CONSUMER, event.id))) return 'duplicate';
      const opened: OpenedCase = {
        caseId: randomUUID(),
        enterpriseId: alert.enterpriseId,
        alertId: alert.alertId,
        level: alert.level,
        collective: false,
        openedAt: new Date(),
      };
      const category = caseCategoryOf(alert.fired);
      // An alert already holding a case (an earlier revision, or a replay under another id) gets no second one.
      if (!(await this.insertCase(manager, opened, category))) return 'case-exists';
      await this.transition(manager, opened.caseId, null, 'intake', `opened for alert ${alert.alertId} revision ${alert.revision}`);
      const status = await this.assign(manager, opened, category);
      return status === 'assigned' ? 'assigned' : 'triage';
    });
    if (outcome === 'assigned' || outcome === 'triage') {
      this.relay.nudge();
      this.log.log({ alertId: alert.alertId, enterpriseId: alert.enterpriseId, outcome }, 'case opened');
    }
    return outcome;
  }

  private async assign(manager: EntityManager, opened: OpenedCase, category: string): Promise<CaseStatus> {
    const opening = caseOpenedEvent(opened);
    const profile = await this.directory.enterprise(manager, opened.enterpriseId);
    if (!profile) {
      await this.toTriage(manager, opened.caseId, null, 'The enterprise is not in the directory; assign a mediator by hand.');
      await appendToOutbox(manager, TOPICS.caseEvents, [opening]);
      return 'triage';
    }
    const roster = await this.directory.roster(manager);
    const openCases = await this.ledger.lock(manager, roster.map((row) => row.mediator_id));
    const result = assignMediators(
      caseNeedsOf(profile, opened.level, category),
      roster.map((row) => toMediator(row, openCases.get(row.mediator_id) ?? 0)),
    );
    if (!result.ok) {
      await this.toTriage(manager, opened.caseId, result.reason, result.reason.summary);
      await appendToOutbox(manager, TOPICS.caseEvents, [opening]);
      return 'triage';
    }
    const assignedAt = new Date();
    await manager.query(
      `INSERT INTO case_assignments (case_id, mediator_id, assigned_at, active, reason)
       SELECT $1::uuid, mediator_id, $2::timestamptz, true, $3::jsonb FROM unnest($4::uuid[]) AS mediator_id`,
      [opened.caseId, assignedAt, result.reason, result.mediatorIds],
    );
    await this.ledger.take(manager, result.mediatorIds);
    await manager.query(`UPDATE cases SET status = 'assigned', updated_at = now() WHERE id = $1`, [opened.caseId]);
    await this.transition(manager, opened.caseId, 'intake', 'assigned', result.reason.summary);
    await appendToOutbox(manager, TOPICS.caseEvents, [opening, mediatorAssignedEvent(opened, result.mediatorIds, result.reason.summary, assignedAt)]);
    return 'assigned';
  }

  private async insertCase(manager: EntityManager, opened: OpenedCase, category: string): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO cases (id, enterprise_id, alert_id, level, status, collective, category, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, 'intake', $5, $6, $7, $7)
       ON CONFLICT (alert_id) DO NOTHING
       RETURNING id`,
      [opened.caseId, opened.enterpriseId, opened.alertId, opened.level, opened.collective, category, opened.openedAt],
    );
    return rows.length === 1;
  }

  private async toTriage(manager: EntityManager, caseId: string, reason: AssignmentReason | null, note: string): Promise<void> {
    await manager.query(`UPDATE cases SET status = 'triage', triage_reason = $2, updated_at = now() WHERE id = $1`, [caseId, reason]);
    await this.transition(manager, caseId, 'intake', 'triage', note);
  }

  private async transition(manager: EntityManager, caseId: string, from: CaseStatus | null, to: CaseStatus, note: string): Promise<void> {
    await manager.query(`INSERT INTO case_transitions (case_id, from_status, to_status, actor, note) VALUES ($1, $2, $3, $4, $5)`, [
      caseId,
      from,
      to,
      SYSTEM,
      note,
    ]);
  }
}
