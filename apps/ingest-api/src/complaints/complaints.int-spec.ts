import { randomInt, randomUUID } from 'node:crypto';
import { TOPICS } from '@concord/contracts';
import { type TopicRecorder, recordTopic, waitFor, wagePaymentEvent } from '@concord/testing';
import { Client } from 'pg';
import { type IngestTestApp, TEST_COMPLAINT_KEYS, startIngestTestApp } from '../../test/ingest-test-app';
import { complainantPseudonym } from './security/complainant-pseudonym';
import { IdentityCipher } from './security/identity-cipher';

interface Receipt {
  trackingCode: string;
  status: string;
  receivedAt: string;
}

interface ComplaintMessage {
  id: string;
  subject: string;
  source: string;
  data: { anonymous: boolean; text: string; complainantPseudonym?: string; coSigners: number; channel: string };
}

const PER_IP = 12;
const PER_ENTERPRISE = 3;

describe('worker complaints (integration: real Postgres, Redis and dev broker)', () => {
  let ingest: IngestTestApp;
  let recorder: TopicRecorder;
  let sql: Client;
  const logged: string[] = [];
  let restoreStdout: () => void;

  const contact = { name: `Zhang Wei ${randomUUID().slice(0, 8)}`, phone: `139${randomInt(10_000_000, 99_999_999)}`, email: `w.${randomUUID().slice(0, 8)}@example.test` };
  const identityStrings = [contact.name, contact.phone, contact.email];
  const containsIdentity = (text: string) => identityStrings.filter((s) => text.toLowerCase().includes(s.toLowerCase()));

  const addEnterprise = async () => {
    const enterpriseId = randomUUID();
    const code = `91${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;
    await sql.query(
      `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
       VALUES ($1, 'Test Works', $2, $3, ARRAY[$3]::uuid[], 'manufacturing', 120, $4)`,
      [enterpriseId, code, randomUUID(), randomUUID()],
    );
    return { enterpriseId, code };
  };
  const submit = (body: unknown) => fetch(`${ingest.baseUrl}/v1/complaints`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const complaint = (enterpriseCode: string, text: string) => ({ enterpriseCode, category: 'pay', text, anonymous: true });
  const messageWith = (marker: string) => recorder.messages.find((m) => m.value.includes(marker));

  beforeAll(async () => {
    // pino writes to process.stdout itself once `write` is replaced, so every log line lands here.
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    restoreStdout = () => spy.mockRestore();
    ingest = await startIngestTestApp({
      extraEnv: { LOG_LEVEL: 'debug', COMPLAINTS_PER_IP_PER_HOUR: String(PER_IP), COMPLAINTS_PER_ENTERPRISE_PER_HOUR: String(PER_ENTERPRISE) },
    });
    sql = new Client({ connectionString: ingest.db.url });
    await sql.connect();
    recorder = await recordTopic(ingest.kafka, TOPICS.hrEvents);
  });

  afterAll(async () => {
    await recorder?.stop();
    await sql?.end();
    await ingest?.close();
    restoreStdout?.();
  });

  it('takes a non-anonymous complaint with its identity only sealed at rest and a pseudonym on Kafka', async () => {
    const { enterpriseId, code } = await addEnterprise();
    const marker = `marker-${randomUUID()}`;
    const response = await submit({
      enterpriseCode: code,
      category: 'pay',
      channel: 'worker_portal',
      text: `Wages three months late. ${marker}. Call me on ${contact.phone}.`,
      anonymous: false,
      contact,
      coSigners: 4,
    });
    expect(response.status).toBe(202);
    const receiptText = await response.text();
    expect(containsIdentity(receiptText)).toEqual([]);
    const receipt = JSON.parse(receiptText) as Receipt;
    expect(receipt).toEqual({ trackingCode: expect.stringMatching(/^[2-9A-HJ-NP-Z]{20}$/), status: 'received', receivedAt: expect.any(String) });

    await waitFor('the complaint on hr.events', () => messageWith(marker) !== undefined);
    const message = messageWith(marker)!;
    expect(containsIdentity(`${message.key ?? ''} ${message.value} ${JSON.stringify(message.headers)}`)).toEqual([]);
    const event = JSON.parse(message.value) as ComplaintMessage;
    expect(event).toMatchObject({ subject: enterpriseId, source: 'concord/worker-complaint', type: 'concord.hr.complaint.v1' });
    expect(event.data).toMatchObject({ anonymous: false, coSigners: 4, channel: 'worker_portal', complainantPseudonym: complainantPseudonym(TEST_COMPLAINT_KEYS.COMPLAINT_PSEUDONYM_KEY, contact) });
    expect(event.data.text).toContain('[redacted]');

    // Every row of every table of every schema: no identity in clear anywhere in the database.
    const tables = await sql.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    expect(tables.rows.map((t) => `${t.schema}.${t.name}`)).toEqual(expect.arrayContaining(['ingest.complaint_tracking', 'ingest.complaint_identities']));
    for (const table of tables.rows) {
      for (const value of identityStrings) {
        const hits = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table.schema}"."${table.name}" t WHERE lower(row_to_json(t)::text) LIKE $1`, [`%${value.toLowerCase()}%`]);
        expect({ table: `${table.schema}.${table.name}`, hits: hits.rows[0].n }).toEqual({ table: `${table.schema}.${table.name}`, hits: 0 });
      }
    }
    const tracking = await sql.query<{ tracking_sha256: string }>(`SELECT tracking_sha256 FROM ingest.complaint_tracking WHERE complaint_id = $1`, [event.id]);
    expect(tracking.rows[0].tracking_sha256).not.toContain(receipt.trackingCode);

    const sealed = await sql.query<{ ciphertext: Buffer; iv: Buffer; tag: Buffer; key_version: number }>(
      `SELECT ciphertext, iv, tag, key_version FROM ingest.complaint_identities WHERE complaint_id = $1`,
      [event.id],
    );
    expect(sealed.rows).toHaveLength(1);
    expect(sealed.rows[0].key_version).toBe(1);
    const opened = new IdentityCipher(TEST_COMPLAINT_KEYS.COMPLAINT_IDENTITY_KEY, 1).open(sealed.rows[0], event.id);
    expect(JSON.parse(opened)).toEqual(contact);

    const status = await fetch(`${ingest.baseUrl}/v1/complaints/${receipt.trackingCode.toLowerCase()}`);
    expect(status.status).toBe(200);
    const statusText = await status.text();
    expect(containsIdentity(statusText)).toEqual([]);
    expect(JSON.parse(statusText)).toEqual({ status: 'received', receivedAt: receipt.receivedAt, updatedAt: receipt.receivedAt });

    // Whatever an enterprise API key can call, nothing of the complainant comes back.
    const key = await ingest.addKey(enterpriseId);
    const withKey = { authorization: `Bearer ${key}` };
    const answers = [
      await ingest.post('/v1/events', wagePaymentEvent({ enterpriseId, headcount: 10, workersUnpaid: 0, daysLate: 0 }), key),
      await ingest.post('/v1/events/batch', { events: [{ ...event, id: randomUUID() }, event] }, key),
      await fetch(`${ingest.baseUrl}/v1/complaints/${receipt.trackingCode}`, { headers: withKey }),
      await fetch(`${ingest.baseUrl}/v1/complaints`, { headers: withKey }),
      await fetch(`${ingest.baseUrl}/v1/complaints/${event.id}`, { headers: withKey }),
      await fetch(`${ingest.baseUrl}/docs-json`, { headers: withKey }),
    ];
    expect(answers[0].status).toBe(202);
    expect([answers[3].status, answers[4].status]).toEqual([404, 404]);
    for (const answer of answers) {
      expect(containsIdentity(`${JSON.stringify([...answer.headers])} ${await answer.text()}`)).toEqual([]);
    }

    await waitFor('the complaint logged', () => logged.some((line) => line.includes('Complaint received')));
    expect(containsIdentity(logged.join(''))).toEqual([]);
  });

  it('publishes an anonymous complaint without any pseudonym and stores no identity row', async () => {
    const { code } = await addEnterprise();
    const marker = `anon-${randomUUID()}`;
    const response = await submit(complaint(code, `Forced overtime every weekend ${marker}`));
    expect(response.status).toBe(202);
    await waitFor('the anonymous complaint on hr.events', () => messageWith(marker) !== undefined);
    const event = JSON.parse(messageWith(marker)!.value) as ComplaintMessage;
    expect(event.data.anonymous).toBe(true);
    expect(event.data).not.toHaveProperty('complainantPseudonym');
    expect(event.data.channel).toBe('online');
    const rows = await sql.query(`SELECT 1 FROM ingest.complaint_identities WHERE complaint_id = $1`, [event.id]);
    expect(rows.rowCount).toBe(0);
  });

  it('refuses contact on an anonymous complaint, no contact otherwise, and unknown codes, without echoing anything', async () => {
    const { code } = await addEnterprise();
    const withContact = await submit({ ...complaint(code, 'x'), contact });
    expect(withContact.status).toBe(400);
    const withContactText = await withContact.text();
    expect(containsIdentity(withContactText)).toEqual([]);
    expect((JSON.parse(withContactText) as { problems: { path: string }[] }).problems.map((p) => p.path)).toContain('contact');
    const noContact = await submit({ ...complaint(code, 'x'), anonymous: false });
    expect(noContact.status).toBe(400);
    const unknown = await submit(complaint('NO-SUCH-CODE', 'x'));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: 'not_found' });
    expect((await fetch(`${ingest.baseUrl}/v1/complaints/${'A'.repeat(20)}`)).status).toBe(404);
    expect((await fetch(`${ingest.baseUrl}/v1/complaints/not-a-code`)).status).toBe(404);
  });

  it('limits complaints per enterprise and then per client address with 429 and Retry-After', async () => {
    const { code } = await addEnterprise();
    for (let i = 0; i < PER_ENTERPRISE; i++) expect((await submit(complaint(code, `limit ${i}`))).status).toBe(202);
    const perEnterprise = await submit(complaint(code, 'one too many'));
    expect(perEnterprise.status).toBe(429);
    expect(Number(perEnterprise.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await perEnterprise.json()).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/enterprise/) });

    // Every post of this file came from 127.0.0.1: spend the rest of its budget on fresh enterprises.
    let refused: Response | undefined;
    for (let i = 0; i <= PER_IP && !refused; i++) {
      const other = await addEnterprise();
      const response = await submit(complaint(other.code, `address ${i}`));
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(202);
    }
    expect(refused).toBeDefined();
    expect(Number(refused!.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(await refused!.json()).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/address/) });
  });
});
