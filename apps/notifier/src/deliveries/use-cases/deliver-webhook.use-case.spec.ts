import type { DataSource } from 'typeorm';
import type { DeliveryLog, FailedAttempt } from '../delivery-log';
import type { Delivery } from '../delivery.entity';
import type { WebhookResult, WebhookSender } from '../webhook-sender';
import { DeliverWebhookUseCase, WebhookDeliveryFailed } from './deliver-webhook.use-case';

const pending: Delivery = {
  id: 'd-1',
  notificationId: null,
  alertId: 'a-1',
  alertRevision: 1,
  channel: 'webhook',
  target: 'https://hooks.example',
  payload: { level: 'RED' },
  status: 'pending',
  attempts: 0,
  lastError: null,
  createdAt: new Date(),
  deliveredAt: null,
};

function setup(delivery: Delivery | null, result: WebhookResult) {
  const sent: unknown[] = [];
  const delivered: string[] = [];
  const failed: FailedAttempt[] = [];
  const dataSource = { getRepository: () => ({ findOneBy: () => Promise.resolve(delivery) }) } as unknown as DataSource;
  const sender = {
    send: (url: string, id: string, payload: unknown) => {
      sent.push({ url, id, payload });
      return Promise.resolve(result);
    },
  } as unknown as WebhookSender;
  const log = {
    delivered: (id: string) => {
      delivered.push(id);
      return Promise.resolve(true);
    },
    failed: (_id: string, attempt: FailedAttempt) => {
      failed.push(attempt);
      return Promise.resolve();
    },
  } as unknown as DeliveryLog;
  return { useCase: new DeliverWebhookUseCase(dataSource, sender, log), sent, delivered, failed };
}

describe('DeliverWebhookUseCase', () => {
  it('sends the stored payload to the delivery’s target and marks it delivered', async () => {
    const { useCase, sent, delivered } = setup(pending, { ok: true, httpStatus: 204 });
    await expect(useCase.execute('d-1', false)).resolves.toBe('done');
    expect(sent).toEqual([{ url: 'https://hooks.example', id: 'd-1', payload: { level: 'RED' } }]);
    expect(delivered).toEqual(['d-1']);
  });

  it('logs a failed attempt and throws so the queue retries', async () => {
    const { useCase, failed } = setup(pending, { ok: false, httpStatus: 503, error: 'receiver answered HTTP 503' });
    await expect(useCase.execute('d-1', false)).rejects.toBeInstanceOf(WebhookDeliveryFailed);
    expect(failed).toEqual([{ httpStatus: 503, error: 'receiver answered HTTP 503', final: false }]);
  });

  it('marks the delivery dead on the last attempt', async () => {
    const { useCase, failed } = setup(pending, { ok: false, httpStatus: null, error: 'no answer within 5000 ms' });
    await expect(useCase.execute('d-1', true)).rejects.toThrow(/no answer within 5000 ms/);
    expect(failed).toEqual([{ httpStatus: null, error: 'no answer within 5000 ms', final: true }]);
  });

  it.each<[string, Delivery | null]>([
    ['delivered', { ...pending, status: 'delivered' }],
    ['dead', { ...pending, status: 'dead' }],
    ['missing', null],
  ])('skips a delivery that is %s without sending', async (_state, delivery) => {
    const { useCase, sent } = setup(delivery, { ok: true, httpStatus: 200 });
    await expect(useCase.execute('d-1', false)).resolves.toBe('skipped');
    expect(sent).toEqual([]);
  });
});
