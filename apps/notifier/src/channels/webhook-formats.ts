import { truncateUtf8Bytes } from './text-limits';

/**
 * How a webhook endpoint wants its body: `json`, our payload (WebhookPayload), or `markdown`,
 * a group-chat robot message. Both are signed and sent alike by WebhookSender.
 */
export type WebhookFormat = 'json' | 'markdown';

/** The group-chat robot message shape (WeCom robots take it as is). */
export interface MarkdownRobotMessage {
  msgtype: 'markdown';
  markdown: { content: string };
}

/** WeCom refuses robot markdown longer than 4,096 bytes of UTF-8 instead of cutting it. */
export const ROBOT_MARKDOWN_MAX_BYTES = 4_096;

export function markdownRobotMessage(markdown: string): MarkdownRobotMessage {
  return { msgtype: 'markdown', markdown: { content: truncateUtf8Bytes(markdown, ROBOT_MARKDOWN_MAX_BYTES) } };
}
