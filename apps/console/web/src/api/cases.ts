import { ApiError, api, apiUrl } from './client';
import { readSession } from './session';

/**
 * case-service, reached through the console's `/api/cases` proxy. Shapes follow
 * apps/case-service/src/cases/use-cases/{list-cases,get-case}.use-case.ts; instants arrive as ISO strings.
 */
export interface CaseSummary {
  id: string;
  enterpriseId: string;
  /** the directory's name for it; mediators cannot read the directory, so the case carries it */
  enterpriseName: string | null;
  alertId: string | null;
  level: string;
  status: string;
  collective: boolean;
  category: string;
  openedAt: string;
  updatedAt: string;
  /** the active mediators */
  mediatorIds: string[];
  /** the case's workflow state, from which its deadlines are counted down */
  state: StoredCaseState;
}

/** @concord/case-workflow's CaseState as case-service stores it (apps/case-service/src/cases/case-state.codec.ts). */
export interface StoredCaseState {
  caseId: string;
  stage: string;
  jurisdiction: 'CN' | 'US' | 'EU';
  level: string;
  tier: string;
  collective: boolean;
  workerCount: number | null;
  receivedAt: string;
  assignedAt: string | null;
  mediatorIds: string[];
  acceptedBy: string[];
  excludedMediatorIds: string[];
  firstMeetingAt: string | null;
  extensionDays: number;
  performBy: string | null;
  limitationFrom: string | null;
  failure: { reason: string; at: string } | null;
}

export interface AssignmentReason {
  requiredTier: string;
  considered: number;
  excluded: { mediatorId: string; filter: string }[];
  ranking: { mediatorId: string; score: number; parts: Record<string, number> }[];
  partyChoice?: { mediatorId: string; seated: boolean; note: string }[];
  summary: string;
}

export interface CaseNote {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}

export interface CaseDocument {
  id: string;
  uploadedBy: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
}

export interface CaseTransitionRow {
  fromStatus: string | null;
  toStatus: string;
  /** null for the case's opening */
  command: string | null;
  actor: string;
  note: string | null;
  at: string;
}

export interface CaseDetail extends Omit<CaseSummary, 'mediatorIds'> {
  state: StoredCaseState;
  openedBy: string | null;
  summary: string | null;
  sourceComplaintId: string | null;
  mediators: { mediatorId: string; assignedAt: string; active: boolean }[];
  assignment: AssignmentReason | null;
  transitions: CaseTransitionRow[];
  notes: CaseNote[];
  documents: CaseDocument[];
}

/** The body of `POST /v1/cases/:id/transitions` (apps/case-service/src/cases/http/case-transition.dto.ts). */
export type CaseCommandBody = { type: string } & Record<string, unknown>;

/** What the case-service accepts from staff (assign, reassign and decline are the assigner's own). */
export const STAFF_COMMANDS = [
  'triage',
  'accept',
  'recuse',
  'start_mediation',
  'extend',
  'reach_agreement',
  'monitor_performance',
  'confirm_performance',
  'fail',
  'escalate',
  'refer_to_arbitration',
  'withdraw',
  'close',
] as const;
export type StaffCommand = (typeof STAFF_COMMANDS)[number];

/** case-file.dto.ts: the media types a case file may hold, and its 5 MiB limit. */
export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'text/plain',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const listCases = (signal?: AbortSignal) => api<{ items: CaseSummary[] }>('cases', '/cases', { query: { limit: 200 }, signal });
export const getCase = (id: string, signal?: AbortSignal) => api<CaseDetail>('cases', `/cases/${id}`, { signal });
export const applyCaseCommand = (id: string, command: CaseCommandBody) =>
  api<{ stage: string }>('cases', `/cases/${id}/transitions`, { method: 'POST', body: command });
export const addCaseNote = (id: string, body: string) => api<CaseNote>('cases', `/cases/${id}/notes`, { method: 'POST', body: { body } });
export const addCaseDocument = (id: string, document: { fileName: string; mediaType: string; content: string }) =>
  api<CaseDocument>('cases', `/cases/${id}/documents`, { method: 'POST', body: document });

/** The document's bytes; fetched with the session's token (a plain link could not send it). */
export async function downloadCaseDocument(caseId: string, document: CaseDocument): Promise<void> {
  const session = readSession();
  const response = await fetch(apiUrl('cases', `/cases/${caseId}/documents/${document.id}`), {
    headers: session ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) throw new ApiError(response.status, 'error', response.statusText);
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(window.document.createElement('a'), { href: url, download: document.fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file's bytes as base64, as the documents endpoint takes them. */
export function base64Of(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve((reader.result as string).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}
