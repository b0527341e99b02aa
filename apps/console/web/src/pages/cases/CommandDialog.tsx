import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FAILURE_REASONS } from '@concord/case-workflow';
import { type CaseCommandBody, type StaffCommand, applyCaseCommand } from '../../api/cases';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import type { DirectoryNames } from './use-directory-names';

interface Props {
  caseId: string;
  command: StaffCommand;
  /** mediators the command may name (accept: those still to accept; recuse: those seated) */
  mediatorIds: string[];
  names: DirectoryNames;
  onDone: () => void;
  onCancel: () => void;
}

/** Confirms one command, asking first for whatever the command carries (worker count, reason, date…). */
export function CommandDialog({ caseId, command, mediatorIds, names, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string | boolean>>({
    mediatorId: mediatorIds[0] ?? '',
    requestedBy: 'mediator',
    reason: command === 'fail' ? FAILURE_REASONS[0] : '',
    commonClaim: false,
    workersConsent: false,
    employerConsent: false,
  });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (value: string | boolean) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await applyCaseCommand(caseId, bodyOf(command, values));
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const text = (key: string, label: string, type = 'text') => (
    <label>
      {label}
      <input type={type} data-testid={`case-command-field-${key}`} value={String(values[key] ?? '')} onChange={(event) => set(key)(event.target.value)} />
    </label>
  );
  const check = (key: string, label: string) => (
    <label className="inline-check">
      <input type="checkbox" data-testid={`case-command-field-${key}`} checked={Boolean(values[key])} onChange={(event) => set(key)(event.target.checked)} />
      {label}
    </label>
  );
  const mediator = (
    <label>
      {t('cases.seats.mediator')}
      <select data-testid="case-command-field-mediatorId" value={String(values.mediatorId)} onChange={(event) => set('mediatorId')(event.target.value)}>
        {mediatorIds.map((id) => (
          <option key={id} value={id}>
            {names.person(id)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form className="dialog" data-testid="case-command-dialog" data-command={command} onSubmit={(event) => void submit(event)}>
      <p className="full">
        <b>{t('cases.confirm', { command: t(`cases.commands.${command}`) })}</b>
      </p>
      {command === 'triage' && (
        <>
          {text('workerCount', t('cases.params.workerCount'), 'number')}
          {check('commonClaim', t('cases.params.commonClaim'))}
        </>
      )}
      {(command === 'accept' || command === 'recuse') && mediator}
      {command === 'recuse' && (
        <label>
          {t('cases.params.requestedBy')}
          <select data-testid="case-command-field-requestedBy" value={String(values.requestedBy)} onChange={(event) => set('requestedBy')(event.target.value)}>
            {['mediator', 'workers', 'employer'].map((who) => (
              <option key={who} value={who}>
                {t(`cases.params.requesters.${who}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {command === 'extend' && (
        <>
          {check('workersConsent', t('cases.params.workersConsent'))}
          {check('employerConsent', t('cases.params.employerConsent'))}
          {text('days', t('cases.params.days'), 'number')}
        </>
      )}
      {command === 'monitor_performance' && text('performBy', t('cases.params.performBy'), 'date')}
      {command === 'fail' && (
        <label>
          {t('cases.params.failureReason')}
          <select data-testid="case-command-field-reason" value={String(values.reason)} onChange={(event) => set('reason')(event.target.value)}>
            {FAILURE_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`cases.failureReasons.${reason}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {(command === 'fail' || command === 'recuse' || command === 'withdraw' || command === 'close') &&
        text(command === 'fail' ? 'note' : 'reasonText', t('cases.params.note'))}
      <div className="row">
        <button type="submit" className="primary" data-testid="case-command-confirm" disabled={busy}>
          {t('cases.confirmButton')}
        </button>
        <button type="button" data-testid="case-command-cancel" onClick={onCancel}>
          {t('cases.cancel')}
        </button>
      </div>
      <div className="full">
        <ProblemsNotice error={error} />
      </div>
    </form>
  );
}

/** The command's body as case-transition.dto.ts takes it; optional texts left out when empty. */
function bodyOf(command: StaffCommand, values: Record<string, string | boolean>): CaseCommandBody {
  const optional = (key: string, value: string | boolean | undefined) => (typeof value === 'string' && value.trim() !== '' ? { [key]: value.trim() } : {});
  switch (command) {
    case 'triage':
      return { type: command, workerCount: Number(values.workerCount), commonClaim: Boolean(values.commonClaim) };
    case 'accept':
      return { type: command, mediatorId: values.mediatorId };
    case 'recuse':
      return { type: command, mediatorId: values.mediatorId, requestedBy: values.requestedBy, ...optional('reason', values.reasonText) };
    case 'extend':
      return {
        type: command,
        workersConsent: Boolean(values.workersConsent),
        employerConsent: Boolean(values.employerConsent),
        ...(values.days ? { days: Number(values.days) } : {}),
      };
    case 'monitor_performance':
      // The end of the chosen day in the browser's zone, as an instant with its offset.
      return { type: command, performBy: values.performBy ? new Date(`${String(values.performBy)}T23:59:59`).toISOString() : '' };
    case 'fail':
      return { type: command, reason: values.reason, ...optional('note', values.note) };
    case 'withdraw':
    case 'close':
      return { type: command, ...optional('reason', values.reasonText) };
    default:
      return { type: command };
  }
}
