import type { RiskLevel } from '@concord/contracts';
import type { NotificationBody } from '../notifications/notification-content.renderer';
import { type MessageParts, htmlOf, markdownOf, textOf } from './message-formats';
import { truncateCharacters } from './text-limits';

export type MessageLanguage = 'zh-CN' | 'en';

export interface MessageOptions {
  language: MessageLanguage;
  /** The signed link that acknowledges the alert; shown while the alert asks for an acknowledgement. */
  acknowledgeUrl: string;
  /** The recipient's IANA time zone (validated where preferences are stored); per-language default when absent. */
  timeZone?: string;
  /** Set when this notification escalates an alert nobody acknowledged by `missedDueAt`. */
  escalation?: { missedDueAt: string };
}

/** One notification in every form a channel sends. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  sms: string;
  markdown: string;
}

/** zh-CN wording of the recommended actions of notification-content.renderer.ts (LEVEL_RESPONSE), by level. */
export const RECOMMENDED_ACTIONS_ZH_CN: Record<RiskLevel, string> = {
  GREEN: '无需处置。',
  BLUE: '联络员与基层工会主席核实情况，并记入月度台账。',
  YELLOW: '3个工作日内到现场核查，7日内召集协商委员会，发出提示函，商定整改方案并提供调解。',
  ORANGE: '已开立调解案件并自动指派调解员；24至48小时内到达现场，发出意见书，每日报告进展。',
  RED: '启动应急预案：1小时内报告（2小时内书面报告），2至4小时内到达现场，向劳动行政部门发出建议书，并支持劳动仲裁。',
};

interface Wording {
  defaultTimeZone: string;
  levelName: Record<RiskLevel, string>;
  headline(level: string, status: NotificationBody['status'], enterprise: string): string;
  escalationPrefix: string;
  escalationNotice(missedDue: string): string;
  levelValue(level: string, previousLevel: string | null, score: string): string;
  labels: { level: string; enterprise: string; evidence: string; legalBasis: string; action: string; due: string; console: string; acknowledge: string };
  colon: string;
  listSeparator: string;
  clauseSeparator: string;
  aside(text: string): string;
  thresholds: string;
  moreFindings(count: number): string;
  none: string;
  noAcknowledgement: string;
  recommendedAction(body: NotificationBody): string;
  /** names the zone after a local time */
  zoneSuffix(timeZone: string): string;
  sms(headline: string, reason: string | null, link: { due: string; url: string } | { url: string }): string;
}

const EN: Wording = {
  defaultTimeZone: 'UTC',
  levelName: { GREEN: 'GREEN', BLUE: 'BLUE', YELLOW: 'YELLOW', ORANGE: 'ORANGE', RED: 'RED' },
  headline: (level, status, enterprise) => (status === 'resolved' ? `Alert resolved: ${enterprise}` : `${level} alert${status === 'updated' ? ' updated' : ''}: ${enterprise}`),
  escalationPrefix: '[ESCALATED] ',
  escalationNotice: (missedDue) => `Escalated: nobody acknowledged this alert by ${missedDue}.`,
  levelValue: (level, previousLevel, score) => `${level}${previousLevel === null ? '' : ` (was ${previousLevel})`}, score ${score}`,
  labels: {
    level: 'Level',
    enterprise: 'Enterprise',
    evidence: 'Evidence',
    legalBasis: 'Legal basis',
    action: 'Recommended action',
    due: 'Acknowledge by',
    console: 'Open in the console',
    acknowledge: 'Acknowledge',
  },
  colon: ': ',
  listSeparator: ', ',
  clauseSeparator: '; ',
  aside: (text) => ` (${text})`,
  thresholds: 'thresholds',
  moreFindings: (count) => ` (+${count} more)`,
  none: 'none',
  noAcknowledgement: 'no acknowledgement needed',
  recommendedAction: (body) => body.recommendedAction,
  zoneSuffix: (timeZone) => ` (${timeZone})`,
  sms: (headline, reason, link) =>
    `[Concord] ${headline}.${reason === null ? '' : ` ${reason}.`} ${'due' in link ? `Acknowledge by ${link.due}: ${link.url}` : `Details: ${link.url}`}`,
};

const ZH_CN: Wording = {
  defaultTimeZone: 'Asia/Shanghai',
  levelName: { GREEN: '绿色', BLUE: '蓝色预警', YELLOW: '黄色预警', ORANGE: '橙色预警', RED: '红色预警' },
  headline: (level, status, enterprise) => (status === 'resolved' ? `【预警解除】${enterprise}` : `【${level}${status === 'updated' ? '·更新' : ''}】${enterprise}`),
  escalationPrefix: '【升级】',
  escalationNotice: (missedDue) => `【升级】该预警未在${missedDue}前得到确认，现升级通知。`,
  levelValue: (level, previousLevel, score) => `${level}${previousLevel === null ? '' : `（原为${previousLevel}）`}，风险分 ${score}`,
  labels: {
    level: '预警等级',
    enterprise: '企业',
    evidence: '风险事实',
    legalBasis: '法律依据',
    action: '建议措施',
    due: '确认期限',
    console: '在控制台查看',
    acknowledge: '确认收到',
  },
  colon: '：',
  listSeparator: '，',
  clauseSeparator: '；',
  aside: (text) => `（${text}）`,
  thresholds: '阈值',
  moreFindings: (count) => `等${count + 1}项`,
  none: '无',
  noAcknowledgement: '无需确认',
  // The renderer states the action in English; a zh-CN reader gets the same level's action in Chinese.
  recommendedAction: (body) => RECOMMENDED_ACTIONS_ZH_CN[body.level],
  zoneSuffix: (timeZone) => `（${timeZone === 'Asia/Shanghai' ? '北京时间' : timeZone}）`,
  sms: (headline, reason, link) =>
    `【Concord】${headline}。${reason === null ? '' : `${reason}。`}${'due' in link ? `请于${link.due}前确认：${link.url}` : `详情：${link.url}`}`,
};

const WORDING: Record<MessageLanguage, Wording> = { en: EN, 'zh-CN': ZH_CN };

/** An SMS only points to the details; bounding its variable parts keeps the link inside the SMS limit. */
const SMS_ENTERPRISE_CHARACTERS = 40;
const SMS_REASON_CHARACTERS = 80;

/** Renders one notification for one recipient; pure, so a retried delivery reads the same. */
export function renderMessage(body: NotificationBody, options: MessageOptions): RenderedMessage {
  const wording = WORDING[options.language];
  const timeZone = options.timeZone ?? wording.defaultTimeZone;
  const when = (instant: string) => formatInstant(instant, timeZone, wording);
  const level = wording.levelName[body.level];
  const escalationPrefix = options.escalation ? wording.escalationPrefix : '';
  const headline = wording.headline(level, body.status, body.enterprise.name);
  const due = body.dueAt === null ? null : when(body.dueAt);
  const previousLevel = body.previousLevel === body.level ? null : wording.levelName[body.previousLevel];
  const parts: MessageParts = {
    language: options.language,
    level: body.level,
    colon: wording.colon,
    subject: escalationPrefix + headline,
    headline,
    escalationNotice: options.escalation ? wording.escalationNotice(when(options.escalation.missedDueAt)) : null,
    situation: [
      [wording.labels.level, wording.levelValue(level, previousLevel, formatNumber(body.score))],
      [wording.labels.enterprise, body.enterprise.name],
    ],
    evidenceLabel: wording.labels.evidence,
    evidence: body.evidence.length === 0 ? [wording.none] : body.evidence.map((rule) => evidenceLine(rule, wording)),
    response: [
      // Clauses, not a list separator: a legal basis may itself contain commas.
      [wording.labels.legalBasis, body.legalBasis.length === 0 ? wording.none : body.legalBasis.join(wording.clauseSeparator)],
      [wording.labels.action, wording.recommendedAction(body)],
      [wording.labels.due, due ?? wording.noAcknowledgement],
    ],
    // Nothing to acknowledge once the level asks for nothing (e.g. a resolved alert): no link that invites it.
    links: due === null ? [[wording.labels.console, body.link]] : [[wording.labels.console, body.link], [wording.labels.acknowledge, options.acknowledgeUrl]],
  };
  const sms = wording.sms(
    escalationPrefix + wording.headline(level, body.status, truncateCharacters(body.enterprise.name, SMS_ENTERPRISE_CHARACTERS)),
    smsReason(body.evidence, wording),
    due === null ? { url: body.link } : { due, url: options.acknowledgeUrl },
  );
  return { subject: parts.subject, text: textOf(parts), html: htmlOf(parts), sms, markdown: markdownOf(parts) };
}

/** The heaviest finding stands for the rest in an SMS. */
function smsReason(evidence: NotificationBody['evidence'], wording: Wording): string | null {
  const heaviest = [...evidence].sort((a, b) => b.points - a.points)[0];
  if (heaviest === undefined) return null;
  const others = evidence.length - 1;
  return truncateCharacters(heaviest.summary, SMS_REASON_CHARACTERS) + (others > 0 ? wording.moreFindings(others) : '');
}

function evidenceLine(rule: NotificationBody['evidence'][number], wording: Wording): string {
  const pairs = (record: Record<string, number | string>) =>
    Object.entries(record)
      .map(([key, value]) => `${key} = ${typeof value === 'number' ? formatNumber(value) : value}`)
      .join(wording.listSeparator);
  const values = pairs(rule.values);
  const thresholds = Object.keys(rule.thresholds).length === 0 ? '' : `${wording.thresholds}${wording.colon}${pairs(rule.thresholds)}`;
  const detail = [values, thresholds].filter((part) => part !== '').join(wording.clauseSeparator);
  return `${rule.ruleId}${wording.colon}${rule.summary}${detail === '' ? '' : wording.aside(detail)}`;
}

/** Scores and measured values can be long fractions (ratios, averages); two decimals say enough in a message. */
function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** An instant as a message in `language` states it (the language's default zone unless `timeZone` is given). */
export function formatLocalTime(instant: string, language: MessageLanguage, timeZone?: string): string {
  const wording = WORDING[language];
  return formatInstant(instant, timeZone ?? wording.defaultTimeZone, wording);
}

/** `YYYY-MM-DD HH:mm` in the recipient's zone, named: unambiguous in both languages. */
function formatInstant(instant: string, timeZone: string, wording: Wording): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}${wording.zoneSuffix(timeZone)}`;
}
