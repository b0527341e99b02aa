import type { RiskLevel } from '@concord/contracts';

type LabelledValue = readonly [label: string, value: string];

/** One message in the recipient's language, before any markup: what the text, HTML and markdown forms share. */
export interface MessageParts {
  /** BCP 47 tag of the wording */
  language: string;
  level: RiskLevel;
  /** the language's label separator (": " or "：") */
  colon: string;
  /** the subject with the escalation marker when there is one */
  subject: string;
  /** the subject without the marker: the body states the escalation on its own line */
  headline: string;
  escalationNotice: string | null;
  /** level and enterprise, stated before the evidence */
  situation: LabelledValue[];
  evidenceLabel: string;
  evidence: string[];
  /** legal basis, recommended action and due date, stated after the evidence */
  response: LabelledValue[];
  /** label and URL */
  links: LabelledValue[];
}

const LEVEL_COLOURS: Record<RiskLevel, string> = { GREEN: '#2e7d32', BLUE: '#1565c0', YELLOW: '#f9a825', ORANGE: '#ef6c00', RED: '#c62828' };

export function textOf(parts: MessageParts): string {
  const line = ([label, value]: LabelledValue) => `${label}${parts.colon}${value}`;
  return [
    ...(parts.escalationNotice === null ? [] : [parts.escalationNotice, '']),
    parts.headline,
    '',
    ...parts.situation.map(line),
    '',
    `${parts.evidenceLabel}${parts.colon.trimEnd()}`,
    ...parts.evidence.map((finding) => `- ${finding}`),
    '',
    ...parts.response.map(line),
    '',
    ...parts.links.map(line),
  ].join('\n');
}

export function htmlOf(parts: MessageParts): string {
  const row = ([label, value]: LabelledValue) =>
    `<tr><th align="left" valign="top" style="padding:2px 16px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const links = parts.links.map(([label, url]) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`).join(' · ');
  return [
    `<!DOCTYPE html><html lang="${escapeHtml(parts.language)}"><head><meta charset="utf-8"><title>${escapeHtml(parts.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5">',
    ...(parts.escalationNotice === null ? [] : [`<p style="color:#c62828;font-weight:bold">${escapeHtml(parts.escalationNotice)}</p>`]),
    `<h2 style="border-left:6px solid ${LEVEL_COLOURS[parts.level]};padding-left:8px">${escapeHtml(parts.headline)}</h2>`,
    `<table>${parts.situation.map(row).join('')}</table>`,
    `<h3>${escapeHtml(parts.evidenceLabel)}</h3>`,
    `<ul>${parts.evidence.map((finding) => `<li>${escapeHtml(finding)}</li>`).join('')}</ul>`,
    `<table>${parts.response.map(row).join('')}</table>`,
    `<p>${links}</p>`,
    '</body></html>',
  ].join('\n');
}

/** Markdown as group-chat robots render it: one fact per line, blank lines between sections. */
export function markdownOf(parts: MessageParts): string {
  const line = ([label, value]: LabelledValue) => `**${label}**${parts.colon}${escapeMarkdown(value)}`;
  return [
    ...(parts.escalationNotice === null ? [] : [`> **${escapeMarkdown(parts.escalationNotice)}**`, '']),
    `## ${escapeMarkdown(parts.headline)}`,
    '',
    ...parts.situation.map(line),
    '',
    `**${parts.evidenceLabel}**${parts.colon.trimEnd()}`,
    ...parts.evidence.map((finding) => `- ${escapeMarkdown(finding)}`),
    '',
    ...parts.response.map(line),
    '',
    parts.links.map(([label, url]) => `[${label}](${url})`).join('  '),
  ].join('\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Enterprise names and rule summaries are data: a `[`, `*` or `<` in them must not become a link,
 * emphasis or a robot's HTML tag, and a line break must not start a new block.
 */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<~]/g, (character) => `\\${character}`);
}
