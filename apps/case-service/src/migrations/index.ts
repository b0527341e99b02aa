import { CreateCasesSchema1795400000001 } from './1795400000001-create-cases-schema';
import { CaseWorkflowState1795400000002 } from './1795400000002-case-workflow-state';
import { CaseTimerFirings1795400000005 } from './1795400000005-case-timer-firings';
import { CaseNotesDocuments1795400000006 } from './1795400000006-case-notes-documents';

/** Listed explicitly: the webpack bundle cannot glob a folder at run time. */
export const CASES_MIGRATIONS = [CreateCasesSchema1795400000001, CaseWorkflowState1795400000002, CaseTimerFirings1795400000005, CaseNotesDocuments1795400000006];
