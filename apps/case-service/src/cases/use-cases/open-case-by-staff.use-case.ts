import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AssignmentReason } from '@concord/assignment';
import type { StaffClaims } from '@concord/auth';
import { type CaseStage, type CaseState, openCase } from '@concord/case-workflow';
import { OutboxRelay } from '@concord/kafka';
import { DomainError } from '@concord/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { DirectoryRosterReader } from '../../assignment/directory-roster.reader';
import { CASE_CLOCK, type CaseClock } from '../../deadlines/case-deadline.config';
import { CaseTimers } from '../../deadlines/case-timers';
import { assertMayOpenCaseFor } from '../case-access.policy';
import type { OpenedCase } from '../case-events.mapper';
import { CaseOpening } from '../case-opening';
import { caseStateToJson } from '../case-state.codec';
import { recordTransition } from '../case-state.repository';
import { jurisdictionOf } from '../enterprise-jurisdiction.mapper';
import type { OpenCaseBody } from '../http/open-case.dto';

export interface OpenedByStaff {
  caseId: string;
  stage: CaseStage;
  collective: boolean;
  mediatorIds: string[];
  /** why these mediators (or why nobody yet: the case then waits in triage) */
  assignment: AssignmentReason | null;
  /** true when an earlier request with the same Idempotency-Key opened this case */
  replayed: boolean;
}

/**
 * Opens a case by hand (e.g. from a worker's complaint): openCase with the enterprise's
 * jurisdiction, triage with the counts staff give (collective per @concord/case-workflow), then
 * seating through CaseSeating with the parties' joint choice; every step recorded with the staff
 * member as actor, and case.opened (+ mediator_assigned) in the outbox of the same transaction.
 *
 * Idempotency: an `Idempotency-Key` header, unique per staff member, is stored with the case; a
 * retry (even a concurrent one, which waits on the unique index) answers with the case the first
 * request opened instead of opening another. The same key for another enterprise is a 409.
 */
@Injectable()
export class OpenCaseByStaffUseCase {
  private readonly log = new Logger(OpenCaseByStaffUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryRosterReader,
    private readonly opening: CaseOpening,
    private readonly relay: OutboxRelay,
    private readonly timers: CaseTimers,
    @Inject(CASE_CLOCK) private readonly clock: CaseClock,
  ) {}

  async execute(body: OpenCaseBody, staff: StaffClaims, idempotencyKey?: string): Promise<OpenedByStaff> {
    const result = await this.dataSource.transaction(async (manager): Promise<{ opened: OpenedByStaff; state?: CaseState }> => {
      await assertMayOpenCaseFor(manager, body.enterpriseId, staff);
      const earlier = idempotencyKey ? await this.earlierCase(manager, staff.sub, idempotencyKey, body.enterpriseId) : null;
      if (earlier) return { opened: earlier };
      const profile = await this.directory.enterprise(manager, body.enterpriseId);
      if (!profile) {
        throw new DomainError('not_found', `No enterprise ${body.enterpriseId} in the directory`, [{ path: 'enterpriseId', message: 'unknown enterprise' }]);
      }
      const openedAt = this.clock.now();
      const intake = openCase({ caseId: randomUUID(), jurisdiction: jurisdictionOf(profile), level: body.level, receivedAt: openedAt });
      if (!(await this.insertCase(manager, intake, body, staff.sub, idempotencyKey))) {
        // A concurrent request with the same key committed first: answer with its case.
        const raced = await this.earlierCase(manager, staff.sub, idempotencyKey!, body.enterpriseId);
        if (!raced) throw new Error(`case for key ${idempotencyKey} neither inserted nor found`);
        return { opened: raced };
      }
      const caseId = intake.caseId;
      const source = body.sourceComplaintId ? ` from complaint ${body.sourceComplaintId}` : '';
      await recordTransition(manager, caseId, { from: null, to: 'intake', command: null, note: `opened by staff${source}: ${body.summary}` }, staff.sub);

      const opened: OpenedCase = { caseId, enterpriseId: body.enterpriseId, alertId: null, level: body.level, collective: false, openedAt };
      const { state, collective, seating } = await this.opening.triageAndSeat(manager, {
        opened,
        intake,
        triage: { type: 'triage', workerCount: body.workerCount, commonClaim: body.commonClaim },
        category: body.category,
        profile,
        chosenMediatorIds: body.chosenMediatorIds,
        actor: staff.sub,
        at: this.clock.now(),
      });
      const mediatorIds = seating.ok ? seating.mediatorIds : [];
      return { opened: { caseId, stage: state.stage, collective, mediatorIds, assignment: seating.reason, replayed: false }, state };
    });
    if (result.state) {
      this.relay.nudge();
      await this.timers.scheduleAfterCommit([result.state]);
      this.log.log({ caseId: result.opened.caseId, enterpriseId: body.enterpriseId, stage: result.opened.stage, actor: staff.sub }, 'case opened by staff');
    }
    return result.opened;
  }

  private async insertCase(manager: EntityManager, state: CaseState, body: OpenCaseBody, actor: string, idempotencyKey: string | undefined): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO cases (id, enterprise_id, alert_id, level, status, state, collective, category, opened_at, updated_at,
                          opened_by, summary, source_complaint_id, idempotency_key)
       VALUES ($1, $2, NULL, $3, $4, $5::jsonb, false, $6, $7, $7, $8, $9, $10, $11)
       ON CONFLICT (opened_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        state.caseId,
        body.enterpriseId,
        body.level,
        state.stage,
        JSON.stringify(caseStateToJson(state)),
        body.category,
        state.receivedAt,
        actor,
        body.summary,
        body.sourceComplaintId ?? null,
        idempotencyKey ?? null,
      ],
    );
    return rows.length === 1;
  }

  /** The case an earlier request with this key opened, as it stands now; null when there is none. */
  private async earlierCase(manager: EntityManager, actor: string, key: string, enterpriseId: string): Promise<OpenedByStaff | null> {
    const rows = await manager.query<{ id: string; enterprise_id: string; status: CaseStage; collective: boolean; triage_reason: AssignmentReason | null; mediator_ids: string[]; reason: AssignmentReason | null }[]>(
      `SELECT c.id, c.enterprise_id, c.status, c.collective, c.triage_reason,
              COALESCE(array_agg(a.mediator_id ORDER BY a.mediator_id) FILTER (WHERE a.mediator_id IS NOT NULL), '{}') AS mediator_ids,
              (array_agg(a.reason))[1] AS reason
         FROM cases c LEFT JOIN case_assignments a ON a.case_id = c.id AND a.active
        WHERE c.opened_by = $1 AND c.idempotency_key = $2
        GROUP BY c.id`,
      [actor, key],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.enterprise_id !== enterpriseId) {
      throw new DomainError('conflict', `Idempotency-Key ${key} already opened case ${row.id} for another enterprise`, [{ path: 'Idempotency-Key', message: 'reused for a different request' }]);
    }
    return {
      caseId: row.id,
      stage: row.status,
      collective: row.collective,
      mediatorIds: row.mediator_ids,
      assignment: row.status === 'triage' ? row.triage_reason : row.reason,
      replayed: true,
    };
  }
}
