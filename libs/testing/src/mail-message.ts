/** What a test needs to read from one received email (nodemailer's output: UTF-8, MIME). */
export interface ParsedMail {
  /** top-level headers, names lower-cased, folded lines joined, encoded words decoded */
  headers: Record<string, string>;
  subject: string;
  /** the first text/plain part, decoded */
  text: string;
  /** the first text/html part, decoded; null when the mail has none */
  html: string | null;
}

interface MimeEntity {
  headers: Record<string, string>;
  body: string;
}

/**
 * Enough MIME for tests to read what nodemailer sent: headers, RFC 2047 encoded words, multipart
 * bodies, base64 and quoted-printable. Not a general mail parser: charsets other than UTF-8 and
 * Latin-1, attachments and nested encodings are not its job.
 */
export function parseMail(raw: string): ParsedMail {
  const root = parseEntity(raw);
  const leaves = leafEntities(root);
  const textOf = (type: string) => {
    const leaf = leaves.find((entity) => (entity.headers['content-type'] ?? 'text/plain').toLowerCase().startsWith(type));
    return leaf === undefined ? null : decodeBody(leaf);
  };
  return { headers: root.headers, subject: root.headers.subject ?? '', text: textOf('text/plain') ?? '', html: textOf('text/html') };
}

function parseEntity(raw: string): MimeEntity {
  const separator = raw.search(/\r?\n\r?\n/);
  const head = separator === -1 ? raw : raw.slice(0, separator);
  const body = separator === -1 ? '' : raw.slice(separator).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n(?=[ \t])/g, '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // The first occurrence wins: trace headers such as Received repeat, the ones tests read do not.
    headers[name] ??= decodeEncodedWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function leafEntities(entity: MimeEntity): MimeEntity[] {
  const contentType = entity.headers['content-type'] ?? '';
  const boundary = /^multipart\//i.test(contentType) ? /boundary="?([^";]+)"?/i.exec(contentType)?.[1] : undefined;
  if (boundary === undefined) return [entity];
  const delimiter = `--${boundary}`;
  const sections = entity.body.split(delimiter).slice(1);
  return sections
    .filter((section) => !section.startsWith('--'))
    .map((section) => parseEntity(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')))
    .flatMap(leafEntities);
}

function decodeBody(entity: MimeEntity): string {
  const encoding = (entity.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(entity.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  return entity.body;
}

function decodeQuotedPrintable(text: string): string {
  // A run of =XX escapes holds every byte of a multi-byte character, so each run decodes on its own.
  return text.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
}

const ENCODED_WORD = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/;
const ENCODED_WORD_RUN = new RegExp(`${ENCODED_WORD.source}(?:\\s+${ENCODED_WORD.source})*`, 'g');

/**
 * RFC 2047: `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=`. The white space between adjacent encoded words is
 * not part of the text, and a long subject may split one character's bytes across two words, so a
 * run of words is decoded as one byte sequence.
 */
function decodeEncodedWords(value: string): string {
  return value.replace(ENCODED_WORD_RUN, (run) => {
    const words = run.split(/\s+/).map((word) => ENCODED_WORD.exec(word));
    const bytes = Buffer.concat(words.map((word) => (word === null ? Buffer.alloc(0) : wordBytes(word[2], word[3]))));
    return bytes.toString(/^utf-?8$/i.test(words[0]?.[1] ?? '') ? 'utf8' : 'latin1');
  });
}

function wordBytes(encoding: string, text: string): Buffer {
  if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64');
  return Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}
