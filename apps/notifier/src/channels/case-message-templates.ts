import type { CaseNoticeBody } from '../cases/case-notice-body';
import { escapeHtml } from './message-formats';
import { type MessageLanguage, formatLocalTime } from './message-templates';

type Stage = NonNullable<CaseNoticeBody['to']>;
type Tier = NonNullable<CaseNoticeBody['tier']>;

/** A case message as an email sends it (case messages go to the inbox and by email; no SMS, no webhook). */
export interface RenderedCaseMessage {
  subject: string;
  text: string;
  html: string;
}

interface CaseWording {
  stage: Record<Stage, string>;
  tier: Record<Tier, string>;
  subject(body: CaseNoticeBody, enterprise: string): string;
  lead(body: CaseNoticeBody, facts: { caseRef: string; enterprise: string; mediators: string; acceptBy: string | null }): string;
  labels: { caseRef: string; enterprise: string; stage: string; tier: string; mediators: string; note: string; acceptBy: string; at: string; console: string };
  colon: string;
  listSeparator: string;
  arrow: string;
  none: string;
}

const EN: CaseWording = {
  stage: {
    intake: 'intake',
    triage: 'triage',
    assigned: 'assigned',
    accepted: 'accepted',
    in_mediation: 'in mediation',
    agreement: 'agreement',
    performance_monitoring: 'performance monitoring',
    closed: 'closed',
    failed: 'failed',
    escalated: 'escalated',
    arbitration: 'arbitration',
  },
  tier: { enterprise: 'enterprise mediation committee', street: 'street/township mediation centre', county: 'county federation' },
  subject: (body, enterprise) => {
    switch (body.kind) {
      case 'assigned':
        return body.addressedToMediator ? `Mediation case assigned to you: ${enterprise}` : `Mediator assigned: ${enterprise}`;
      case 'reassigned':
        return `Mediation case reassigned: ${enterprise}`;
      case 'failed':
        return `Mediation failed: ${enterprise}`;
      case 'escalated':
        return `Mediation case escalated: ${enterprise}`;
      case 'arbitration':
        return `Mediation case referred to arbitration: ${enterprise}`;
      case 'stage_changed':
        return `Mediation case ${EN.stage[body.to ?? 'intake']}: ${enterprise}`;
    }
  },
  lead: (body, { caseRef, enterprise, mediators, acceptBy }) => {
    switch (body.kind) {
      case 'assigned':
        return body.addressedToMediator
          ? `You are assigned mediation case ${caseRef} of ${enterprise}. Please accept it by ${acceptBy ?? '-'}, or it will be reassigned.`
          : `${mediators} assigned to mediation case ${caseRef} of ${enterprise}; the mediator accepts by ${acceptBy ?? '-'}.`;
      case 'reassigned':
        return `Mediation case ${caseRef} of ${enterprise} was reassigned; seated now: ${mediators}.`;
      case 'failed':
        return `Mediation of case ${caseRef} of ${enterprise} failed.`;
      case 'escalated':
        return `Mediation case ${caseRef} of ${enterprise} was escalated to the ${EN.tier[body.tier ?? 'enterprise']}.`;
      case 'arbitration':
        return `Mediation case ${caseRef} of ${enterprise} goes to labor arbitration.`;
      case 'stage_changed':
        return `Mediation case ${caseRef} of ${enterprise} moved from ${EN.stage[body.from ?? 'intake']} to ${EN.stage[body.to ?? 'intake']}.`;
    }
  },
  labels: { caseRef: 'Case', enterprise: 'Enterprise', stage: 'Stage', tier: 'Tier', mediators: 'Mediators', note: 'Note', acceptBy: 'Accept by', at: 'When', console: 'Open in the console' },
  colon: ': ',
  listSeparator: ', ',
  arrow: ' → ',
  none: 'none',
};

const ZH_CN: CaseWording = {
  stage: {
    intake: '受理登记',
    triage: '分流',
    assigned: '已指派',
    accepted: '已受理',
    in_mediation: '调解中',
    agreement: '达成协议',
    performance_monitoring: '履行监督',
    closed: '结案',
    failed: '调解失败',
    escalated: '已升级',
    arbitration: '转入仲裁',
  },
  tier: { enterprise: '企业劳动争议调解委员会', street: '街道（乡镇）调解中心', county: '县级总工会' },
  subject: (body, enterprise) => {
    switch (body.kind) {
      case 'assigned':
        return body.addressedToMediator ? `【调解案件指派】${enterprise}` : `【调解员已指派】${enterprise}`;
      case 'reassigned':
        return `【调解案件改派】${enterprise}`;
      case 'failed':
        return `【调解失败】${enterprise}`;
      case 'escalated':
        return `【调解案件升级】${enterprise}`;
      case 'arbitration':
        return `【转入劳动仲裁】${enterprise}`;
      case 'stage_changed':
        return `【调解案件·${ZH_CN.stage[body.to ?? 'intake']}】${enterprise}`;
    }
  },
  lead: (body, { caseRef, enterprise, mediators, acceptBy }) => {
    switch (body.kind) {
      case 'assigned':
        return body.addressedToMediator
          ? `您被指派为${enterprise}调解案件（${caseRef}）的调解员，请于${acceptBy ?? '-'}前受理，逾期将另行指派。`
          : `${mediators}已被指派调解${enterprise}的案件（${caseRef}），调解员须于${acceptBy ?? '-'}前受理。`;
      case 'reassigned':
        return `${enterprise}的调解案件（${caseRef}）已改派，现任调解员：${mediators}。`;
      case 'failed':
        return `${enterprise}的调解案件（${caseRef}）调解未成。`;
      case 'escalated':
        return `${enterprise}的调解案件（${caseRef}）已升级至${ZH_CN.tier[body.tier ?? 'enterprise']}。`;
      case 'arbitration':
        return `${enterprise}的调解案件（${caseRef}）转入劳动争议仲裁。`;
      case 'stage_changed':
        return `${enterprise}的调解案件（${caseRef}）由“${ZH_CN.stage[body.from ?? 'intake']}”进入“${ZH_CN.stage[body.to ?? 'intake']}”。`;
    }
  },
  labels: { caseRef: '案件编号', enterprise: '企业', stage: '阶段', tier: '调解层级', mediators: '调解员', note: '说明', acceptBy: '受理期限', at: '时间', console: '在控制台查看' },
  colon: '：',
  listSeparator: '、',
  arrow: ' → ',
  none: '无',
};

const WORDING: Record<MessageLanguage, CaseWording> = { en: EN, 'zh-CN': ZH_CN };

/** Renders one case message for one recipient; pure, so a retried delivery reads the same. */
export function renderCaseMessage(body: CaseNoticeBody, language: MessageLanguage): RenderedCaseMessage {
  const wording = WORDING[language];
  const caseRef = body.caseId.slice(0, 8);
  const mediators = body.mediators.length === 0 ? wording.none : body.mediators.map((mediator) => mediator.name).join(wording.listSeparator);
  const acceptBy = body.acceptBy === null ? null : formatLocalTime(body.acceptBy, language);
  const subject = wording.subject(body, body.enterprise.name);
  const lead = wording.lead(body, { caseRef, enterprise: body.enterprise.name, mediators, acceptBy });
  const facts: [string, string][] = [
    [wording.labels.caseRef, body.caseId],
    [wording.labels.enterprise, body.enterprise.name],
    ...(body.from !== null && body.to !== null ? [[wording.labels.stage, `${wording.stage[body.from]}${wording.arrow}${wording.stage[body.to]}`] as [string, string]] : []),
    ...(body.tier !== null ? [[wording.labels.tier, wording.tier[body.tier]] as [string, string]] : []),
    [wording.labels.mediators, mediators],
    ...(body.note.trim() !== '' ? [[wording.labels.note, body.note] as [string, string]] : []),
    ...(acceptBy !== null ? [[wording.labels.acceptBy, acceptBy] as [string, string]] : []),
    [wording.labels.at, formatLocalTime(body.at, language)],
  ];
  const text = [subject, '', lead, '', ...facts.map(([label, value]) => `${label}${wording.colon}${value}`), '', `${wording.labels.console}${wording.colon}${body.link}`].join('\n');
  const html = [
    `<!DOCTYPE html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5">',
    `<h2>${escapeHtml(subject)}</h2>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<table>${facts.map(([label, value]) => `<tr><th align="left" valign="top" style="padding:2px 16px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
    `<p><a href="${escapeHtml(body.link)}">${escapeHtml(wording.labels.console)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}
