import { ROBOT_MARKDOWN_MAX_BYTES, markdownRobotMessage } from './webhook-formats';

describe('markdownRobotMessage', () => {
  it('wraps markdown in the group-chat robot shape', () => {
    expect(markdownRobotMessage('## 【红色预警】Acme')).toEqual({ msgtype: 'markdown', markdown: { content: '## 【红色预警】Acme' } });
  });

  it('cuts markdown to what a robot accepts, on a character boundary', () => {
    const { content } = markdownRobotMessage('预'.repeat(2_000)).markdown;
    expect(Buffer.byteLength(content, 'utf8')).toBeLessThanOrEqual(ROBOT_MARKDOWN_MAX_BYTES);
    expect(content.endsWith('预…')).toBe(true);
  });
});
