import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Delivery } from '../../api/notifier';
import { useApi } from '../../api/use-api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDateTime } from '../../i18n/format';

interface LogLine {
  key: string;
  channel: string;
  target: string;
  status: string;
  count: number;
  attempts: number;
  at: string;
}

/**
 * In-app deliveries go to every person of the audience (targets are person ids, meaningless to a
 * reader), so they are summed per status; other channels get one line each.
 */
function linesOf(deliveries: Delivery[]): LogLine[] {
  const lines = new Map<string, LogLine>();
  for (const delivery of deliveries) {
    const at = delivery.deliveredAt ?? delivery.createdAt;
    const key = delivery.channel === 'in_app' ? `in_app:${delivery.status}` : delivery.id;
    const line = lines.get(key);
    if (line) {
      line.count += 1;
      line.attempts += delivery.attempts;
      if (at > line.at) line.at = at;
    } else {
      lines.set(key, { key, channel: delivery.channel, target: delivery.channel === 'in_app' ? '' : delivery.target, status: delivery.status, count: 1, attempts: delivery.attempts, at });
    }
  }
  return [...lines.values()];
}

/** Who was told, on which channel, and how it went. */
export function DeliveryLog({ alertId }: { alertId: string }) {
  const { t } = useTranslation();
  const deliveries = useApi((signal) => api<{ items: Delivery[] }>('notifier', `/alerts/${alertId}/deliveries`, { signal }), [alertId]);
  if (deliveries.error) return <ErrorNotice error={deliveries.error} />;
  if (!deliveries.data) return <p className="muted">{t('app.loading')}</p>;
  if (deliveries.data.items.length === 0) return <p className="muted">{t('inbox.noDeliveries')}</p>;
  return (
    <div className="table-wrap" data-testid="delivery-log">
      <table className="stack">
        <thead>
          <tr>
            <th>{t('inbox.deliveryColumns.channel')}</th>
            <th>{t('inbox.deliveryColumns.target')}</th>
            <th>{t('inbox.deliveryColumns.status')}</th>
            <th className="num">{t('inbox.deliveryColumns.attempts')}</th>
            <th>{t('inbox.deliveryColumns.at')}</th>
          </tr>
        </thead>
        <tbody>
          {linesOf(deliveries.data.items).map((line) => (
            <tr key={line.key}>
              <td className="inline">{t(`inbox.channels.${line.channel}`, { defaultValue: line.channel })}</td>
              <td className="inline small">{line.target || t('inbox.people', { count: line.count })}</td>
              <td className="inline">{t(`inbox.deliveryStatus.${line.status}`, { defaultValue: line.status })}</td>
              <td className="inline num">{line.attempts}</td>
              <td className="inline small">{formatDateTime(line.at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
