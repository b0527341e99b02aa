import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { type RuleSetVersion, saveDraft } from '../../api/rules';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import type { DirectoryNames } from '../cases/use-directory-names';
import { checkDraftText } from './draft-text';

interface Props {
  draft: RuleSetVersion | null;
  published: RuleSetVersion | null;
  canEdit: boolean;
  names: DirectoryNames;
  onSaved: () => void;
}

/**
 * The draft as JSON in a text area: checked while typing by the engine's own validator, saved with
 * PUT /rule-sets/draft (whose 400 names every problem's path). Without a draft it starts from the
 * published rule set.
 */
export function DraftEditor({ draft, published, canEdit, names, onSaved }: Props) {
  const { t } = useTranslation();
  const start = draft ?? published;
  const [text, setText] = useState(() => (start ? JSON.stringify(start.body, null, 2) : '{}'));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const check = useMemo(() => checkDraftText(text), [text]);

  const save = async () => {
    if (!check.ruleSet) return;
    setBusy(true);
    setError(undefined);
    setSaved(false);
    try {
      await saveDraft(check.ruleSet);
      setSaved(true);
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  // A 400's problems replace the local ones: they are the engine's last word.
  const serverProblems = error instanceof ApiError && error.problems.length > 0;
  return (
    <div data-testid="rules-draft">
      <p className="muted">
        {draft
          ? t('rules.draft.editing', { version: draft.version, based: draft.basedOnVersion ?? '—', editor: names.person(draft.editedBy) })
          : t('rules.draft.startingFrom', { version: published?.version ?? '—' })}
      </p>
      <textarea
        className="rules-editor"
        data-testid="rules-draft-editor"
        spellCheck={false}
        readOnly={!canEdit}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
        aria-label={t('rules.draft.title')}
      />
      {!serverProblems && check.problems.length > 0 && (
        <ul className="error problem-list" data-testid="rules-draft-problems">
          {check.problems.map((problem, index) => (
            <li key={`${problem.path}-${index}`} data-testid="problem" data-path={problem.path}>
              <code>{problem.path}</code>: {problem.message}
            </li>
          ))}
        </ul>
      )}
      {!serverProblems && check.problems.length === 0 && <p className="muted" data-testid="rules-draft-valid">{t('rules.draft.valid')}</p>}
      {canEdit ? (
        <div className="row">
          <button type="button" className="primary" data-testid="rules-draft-save" disabled={busy || !check.ruleSet} onClick={() => void save()}>
            {t('rules.draft.save')}
          </button>
          {saved && <span data-testid="rules-draft-saved">{t('rules.draft.saved')}</span>}
        </div>
      ) : (
        <p className="muted">{t('rules.draft.readOnly')}</p>
      )}
      <ProblemsNotice error={error} />
    </div>
  );
}
