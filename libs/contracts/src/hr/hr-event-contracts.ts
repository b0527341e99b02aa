import type { CloudEventBase } from '../envelope/cloud-event';
import { agreementDueV1 } from './agreement-due.v1';
import { agreementPerformedV1 } from './agreement-performed.v1';
import { arbitrationFiledV1 } from './arbitration-filed.v1';
import { businessStatusChangeV1 } from './business-status-change.v1';
import { collectiveContractV1 } from './collective-contract.v1';
import { collectiveIncidentV1 } from './collective-incident.v1';
import { committeeMeetingV1 } from './committee-meeting.v1';
import { complaintV1 } from './complaint.v1';
import { consultationReplyV1 } from './consultation-reply.v1';
import { consultationRequestV1 } from './consultation-request.v1';
import { contractExpiryScheduledV1 } from './contract-expiry-scheduled.v1';
import { contractRenewalDecisionV1 } from './contract-renewal-decision.v1';
import { contractSignedV1 } from './contract-signed.v1';
import { headcountChangeV1 } from './headcount-change.v1';
import { layoffPlanV1 } from './layoff-plan.v1';
import { mediationAppliedV1 } from './mediation-applied.v1';
import { platformRuleChangeV1 } from './platform-rule-change.v1';
import { platformWorkSummaryV1 } from './platform-work-summary.v1';
import { socialInsuranceV1 } from './social-insurance.v1';
import { supervisionLetterV1 } from './supervision-letter.v1';
import { terminationBatchV1 } from './termination-batch.v1';
import { unionStatusV1 } from './union-status.v1';
import { wagePaymentV1 } from './wage-payment.v1';
import { workingTimeV1 } from './working-time.v1';

/** Every HR event contract, in DOMAIN.md §2 order: what `hr.events` carries. */
export const HR_EVENT_CONTRACTS = [
  wagePaymentV1,
  socialInsuranceV1,
  workingTimeV1,
  complaintV1,
  contractSignedV1,
  contractExpiryScheduledV1,
  contractRenewalDecisionV1,
  layoffPlanV1,
  terminationBatchV1,
  businessStatusChangeV1,
  collectiveIncidentV1,
  unionStatusV1,
  collectiveContractV1,
  consultationRequestV1,
  consultationReplyV1,
  supervisionLetterV1,
  committeeMeetingV1,
  platformWorkSummaryV1,
  platformRuleChangeV1,
  mediationAppliedV1,
  arbitrationFiledV1,
  agreementDueV1,
  agreementPerformedV1,
  headcountChangeV1,
] as const;

export type HrEventType = (typeof HR_EVENT_CONTRACTS)[number]['type'];

/**
 * An HR event as a producer composes it before the ingest API validates it: a contract's type with
 * data left untyped, so one list can hold every kind (the demo feed, the load benchmark).
 */
export type HrEventEnvelope = Omit<CloudEventBase, 'type'> & { type: HrEventType; data: Record<string, unknown> };
