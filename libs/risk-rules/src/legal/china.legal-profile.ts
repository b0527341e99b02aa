import { CHINA_PROVINCES } from './china-provinces.data';
import type { LegalProfile } from './legal-profile.model';

/** China, Concord's default jurisdiction (DOMAIN.md §6). */
export const CHINA_LEGAL_PROFILE: LegalProfile = {
  jurisdiction: 'CN',
  name: 'China',
  // Labor Law Art. 41: overtime at most 3 h a day and 36 h a month.
  overtimeMonthlyLimitHours: 36,
  // Labor Law Art. 44: 150 % on workdays (200 % on rest days, 300 % on statutory holidays).
  overtimePayMinMultiple: 1.5,
  // Labor Contract Law Art. 41: cutting 20 or more workers, or fewer but 10 % or more of the
  // workforce, needs the union or all workers told 30 days ahead and a report to the labor authority.
  massLayoffMinWorkers: 20,
  massLayoffMinShare: 0.1,
  massLayoffNoticeDays: 30,
  // Labor Dispute Mediation and Arbitration Law Art. 14: no agreement within 15 days of receipt = failed.
  mediationDays: 15,
  // Labor Dispute Mediation and Arbitration Law Art. 7: 10 or more workers with a common claim.
  collectiveDisputeMinWorkers: 10,
  // 劳务派遣暂行规定 (MOHRSS Order No. 22, 2014) Art. 4: dispatched workers at most 10 % of the workforce.
  dispatchMaxShare: 0.1,
  // 工会劳动法律监督办法 (ACFTU 2021) Art. 23: the employer answers an opinion letter within 15 working days.
  opinionLetterReplyWorkingDays: 15,
  provinces: CHINA_PROVINCES,
  // Concord's pilot federations (Ningbo Haishu, Huzhou Wuxing) are in Zhejiang.
  defaultProvince: 'CN-ZJ',
};
