import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { Link, useParams } from 'react-router-dom';
import { getCase } from '../../api/cases';
import { useApi } from '../../api/use-api';
import { useSession } from '../../app/use-session';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LevelBadge } from '../../components/LevelBadge';
import { nextDeadline } from './case-deadline';
import { nextActionKey } from './case-commands';
import { CaseCommandBar } from './CaseCommandBar';
import { CaseDocuments } from './CaseDocuments';
import { CaseNotes } from './CaseNotes';
import { CaseSeats } from './CaseSeats';
import { CaseTimeline } from './CaseTimeline';
import { DeadlineCountdown } from './DeadlineCountdown';
import { useDirectoryNames } from './use-directory-names';
import './cases.css';

/** One case: stage and deadline, the commands to move it on, its history, notes, documents, and who mediates and why. */
export function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useSession();
  const names = useDirectoryNames();
  const { data: detail, error, loading, reload } = useApi((signal) => getCase(id, signal), [id]);

  if (!detail) return loading ? <p className="muted">{t('app.loading')}</p> : <ErrorNotice error={error} />;
  const next = nextActionKey(detail.status);
  const viewer = { personId: session?.person.id ?? '', roles: session?.person.roles ?? [] };

  return (
    <div data-testid="case-page" data-case-id={detail.id} data-stage={detail.status}>
      <p>
        <Link to="/cases">← {t('cases.board.title')}</Link>
      </p>
      <h1>
        {detail.enterpriseName ?? names.enterprise(detail.enterpriseId)} <LevelBadge level={detail.level} />
      </h1>
      <ErrorNotice error={error} />
      <div className="grid-2">
        <section className="card">
          <h2>{t('cases.page.status')}</h2>
          <dl className="kv">
            <dt>{t('cases.fields.stage')}</dt>
            <dd>
              <span className="stage" data-testid="case-stage">
                {t(`cases.stages.${detail.status}`)}
              </span>
            </dd>
            <dt>{t('cases.fields.nextAction')}</dt>
            <dd data-testid="case-next-action">{next ? t(`cases.next.${next}`) : '—'}</dd>
            <dt>{t('cases.fields.deadline')}</dt>
            <dd>
              <DeadlineCountdown countdown={nextDeadline(detail.state, new Date())} />
            </dd>
            <dt>{t('cases.fields.category')}</dt>
            <dd>{t(`cases.categories.${detail.category}`, { defaultValue: detail.category })}</dd>
            <dt>{t('cases.fields.tier')}</dt>
            <dd>{t(`cases.tiers.${detail.state.tier}`, { defaultValue: detail.state.tier })}</dd>
            <dt>{t('cases.fields.workers')}</dt>
            <dd>
              {detail.state.workerCount ?? '—'}
              {detail.collective && ` · ${t('cases.fields.collective')}`}
            </dd>
            <dt>{t('cases.fields.received')}</dt>
            <dd>{formatDateTime(detail.state.receivedAt)}</dd>
            {detail.summary && (
              <>
                <dt>{t('cases.fields.summary')}</dt>
                <dd>{detail.summary}</dd>
              </>
            )}
            <dt>{t('cases.fields.enterprise')}</dt>
            <dd>
              <Link to={`/enterprises/${detail.enterpriseId}`}>{detail.enterpriseName ?? names.enterprise(detail.enterpriseId)}</Link>
            </dd>
          </dl>
          <h3>{t('cases.page.commands')}</h3>
          <CaseCommandBar detail={detail} viewer={viewer} names={names} onApplied={reload} />
        </section>
        <section className="card">
          <h2>{t('cases.page.seats')}</h2>
          <CaseSeats detail={detail} names={names} />
        </section>
        <section className="card">
          <h2>{t('cases.page.timeline')}</h2>
          <CaseTimeline transitions={detail.transitions} names={names} />
        </section>
        <section className="card">
          <h2>{t('cases.page.notes')}</h2>
          <CaseNotes caseId={detail.id} notes={detail.notes} names={names} onAdded={reload} />
          <h2 className="case-section-gap">{t('cases.page.documents')}</h2>
          <CaseDocuments caseId={detail.id} documents={detail.documents} names={names} onAdded={reload} />
        </section>
      </div>
    </div>
  );
}
