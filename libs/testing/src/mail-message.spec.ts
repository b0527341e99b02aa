import { createTransport } from 'nodemailer';
import { parseMail } from './mail-message';

/** nodemailer builds the message, exactly as it would send it, without a server. */
async function composed(message: { subject: string; text: string; html?: string; headers?: Record<string, string> }): Promise<string> {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail({ from: 'a@test.local', to: 'b@test.local', ...message });
  return (info.message as Buffer).toString('utf8');
}

describe('parseMail', () => {
  it('decodes a long UTF-8 subject that nodemailer splits over several encoded words', async () => {
    const subject = `【红色预警·更新】${'滨江纺织有限公司'.repeat(8)}`;
    const raw = await composed({ subject, text: 'x' });
    expect(raw).toMatch(/Subject: =\?UTF-8\?[BQ]\?.*\r\n +=\?UTF-8\?/);

    expect(parseMail(raw).subject).toBe(subject);
  });

  it('decodes the quoted-printable and base64 parts of a multipart message', async () => {
    // Mostly ASCII: quoted-printable, with soft line breaks inside multi-byte characters.
    const text = `预警等级：红色预警\n${'long line with = signs and ü '.repeat(5)}`;
    // Mostly Chinese: base64.
    const html = `<p>${'红色预警'.repeat(20)}</p>`;
    const raw = await composed({ subject: 's', text, html });
    expect(raw).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(raw).toContain('Content-Transfer-Encoding: base64');

    const mail = parseMail(raw);
    expect(mail.text.replace(/\r\n/g, '\n')).toBe(text);
    expect(mail.html).toBe(html);
  });

  it('reads custom headers by lower-cased name', async () => {
    const mail = parseMail(await composed({ subject: 'plain', text: 'x', headers: { 'X-Concord-Delivery': 'delivery-1' } }));
    expect(mail.headers['x-concord-delivery']).toBe('delivery-1');
    expect(mail.subject).toBe('plain');
    expect(mail.html).toBeNull();
  });
});
