/**
 * Builders for case events (case.events) as the risk engine records them: a mediation case's
 * opening and its stage changes, each checked against its contract.
 */
import { caseOpenedV1, caseStageChangedV1 } from '@concord/contracts';
import type { HrEventData, RecordedEvent } from '../src/history/enterprise-history';
import { TEST_ENTERPRISE, recorded } from './rules.fixture';

type Opened = HrEventData<'concord.case.opened.v1'>;
type Changed = HrEventData<'concord.case.stage_changed.v1'>;

let caseSequence = 0;

/** A fresh case id (a uuid, as the contract requires). */
export function newCaseId(): string {
  return `00000000-0000-4000-8000-${String(++caseSequence).padStart(12, '0')}`;
}

export function caseOpened(caseId: string, day: string, facts: Partial<Opened> = {}): RecordedEvent<'concord.case.opened.v1'> {
  const data: Opened = { caseId, enterpriseId: TEST_ENTERPRISE, alertId: null, level: 'ORANGE', collective: false, openedAt: `${day}T02:00:00.000Z`, ...facts };
  const parsed = caseOpenedV1.data.safeParse(data);
  if (!parsed.success) throw new Error(`a case opening the contract refuses: ${parsed.error.message}`);
  return recorded('concord.case.opened.v1', day, data);
}

export function stageChanged(caseId: string, day: string, from: Changed['from'], to: Changed['to'], command: string): RecordedEvent<'concord.case.stage_changed.v1'> {
  const data: Changed = { caseId, enterpriseId: TEST_ENTERPRISE, from, to, command, tier: 'street', mediatorIds: [], note: `${command}: ${from} → ${to}`, changedAt: `${day}T02:00:00.000Z` };
  const parsed = caseStageChangedV1.data.safeParse(data);
  if (!parsed.success) throw new Error(`a stage change the contract refuses: ${parsed.error.message}`);
  return recorded('concord.case.stage_changed.v1', day, data);
}

/** A case opened on `openedOn` and worked to agreement on `agreementOn`. */
export function caseToAgreement(caseId: string, openedOn: string, agreementOn: string, facts: Partial<Opened> = {}): RecordedEvent[] {
  return [
    caseOpened(caseId, openedOn, facts),
    stageChanged(caseId, openedOn, 'intake', 'triage', 'triage'),
    stageChanged(caseId, openedOn, 'triage', 'assigned', 'assign'),
    stageChanged(caseId, openedOn, 'assigned', 'accepted', 'accept'),
    stageChanged(caseId, openedOn, 'accepted', 'in_mediation', 'start_mediation'),
    stageChanged(caseId, agreementOn, 'in_mediation', 'agreement', 'reach_agreement'),
  ];
}

/** The agreement's performance monitored from `monitoredOn` and confirmed on `confirmedOn`. */
export function performanceConfirmed(caseId: string, monitoredOn: string, confirmedOn: string): RecordedEvent[] {
  return [
    stageChanged(caseId, monitoredOn, 'agreement', 'performance_monitoring', 'monitor_performance'),
    stageChanged(caseId, confirmedOn, 'performance_monitoring', 'closed', 'confirm_performance'),
  ];
}

/** A case opened on `openedOn` whose mediation failed on `failedOn`. */
export function caseFailed(caseId: string, openedOn: string, failedOn: string, facts: Partial<Opened> = {}): RecordedEvent[] {
  return [
    caseOpened(caseId, openedOn, facts),
    stageChanged(caseId, openedOn, 'accepted', 'in_mediation', 'start_mediation'),
    stageChanged(caseId, failedOn, 'in_mediation', 'failed', 'fail'),
  ];
}
