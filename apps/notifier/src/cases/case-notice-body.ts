import type { CaseStageChangedV1 } from '@concord/contracts';
import type { EnterpriseRef } from '../notifications/notification-content.renderer';
import type { CaseEvent, CaseNoticeKind } from './case-audience';

type StageChange = CaseStageChangedV1['data'];

/** What a case message states, stored with each inbox entry so every channel and every retry reads the same. */
export interface CaseNoticeBody {
  kind: CaseNoticeKind;
  caseId: string;
  enterprise: EnterpriseRef;
  /** the mediators seated after the event, by name where the roster knows them */
  mediators: { id: string; name: string }[];
  /** true when the recipient is one of the newly assigned mediators: the message addresses them */
  addressedToMediator: boolean;
  from: StageChange['from'] | null;
  to: StageChange['to'] | null;
  command: string | null;
  tier: StageChange['tier'] | null;
  /** the assignment's reason, or the stage change's note */
  note: string;
  /** an assignment: when the mediator must have accepted it */
  acceptBy: string | null;
  at: string;
  link: string;
}

export interface CaseBodyInput {
  event: CaseEvent;
  kind: CaseNoticeKind;
  enterprise: EnterpriseRef;
  mediatorNames: ReadonlyMap<string, string>;
  acceptBy: Date | null;
  consoleUrl: string;
}

/** The body of a case event's message, without the recipient (addressedToMediator false). */
export function caseNoticeBody({ event, kind, enterprise, mediatorNames, acceptBy, consoleUrl }: CaseBodyInput): CaseNoticeBody {
  const data = event.data;
  const change = 'from' in data ? data : null;
  const seated = 'mediatorIds' in data ? data.mediatorIds : [];
  return {
    kind,
    caseId: data.caseId,
    enterprise,
    mediators: seated.map((id) => ({ id, name: mediatorNames.get(id) ?? id })),
    addressedToMediator: false,
    from: change?.from ?? null,
    to: change?.to ?? null,
    command: change?.command ?? null,
    tier: change?.tier ?? null,
    note: 'reason' in data ? data.reason : (change?.note ?? ''),
    acceptBy: acceptBy?.toISOString() ?? null,
    at: 'assignedAt' in data ? data.assignedAt : change ? change.changedAt : event.time,
    link: `${consoleUrl.replace(/\/+$/, '')}/cases/${data.caseId}`,
  };
}
