import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { type CaseNote, addCaseNote } from '../../api/cases';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import type { DirectoryNames } from './use-directory-names';

/** The case file's notes, oldest first, and a box to add one (staff or the case's own mediators). */
export function CaseNotes({ caseId, notes, names, onAdded }: { caseId: string; notes: CaseNote[]; names: DirectoryNames; onAdded: () => void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await addCaseNote(caseId, body);
      setBody('');
      onAdded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="case-notes">
      {notes.length === 0 && <p className="muted">{t('cases.notes.none')}</p>}
      {notes.map((note) => (
        <div key={note.id} className="case-note" data-testid="case-note" data-note-id={note.id}>
          <div className="muted">
            {names.person(note.author)} · {formatDateTime(note.createdAt)}
          </div>
          <div>{note.body}</div>
        </div>
      ))}
      <form className="case-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('cases.notes.add')}
          <textarea data-testid="case-note-input" value={body} maxLength={4000} onChange={(event) => setBody(event.target.value)} />
        </label>
        <div>
          <button type="submit" className="primary" data-testid="case-note-submit" disabled={busy || body.trim() === ''}>
            {t('cases.notes.submit')}
          </button>
        </div>
        <ProblemsNotice error={error} />
      </form>
    </div>
  );
}
