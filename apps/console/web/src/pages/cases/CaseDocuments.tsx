import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { type CaseDocument, DOCUMENT_MEDIA_TYPES, MAX_DOCUMENT_BYTES, addCaseDocument, base64Of, downloadCaseDocument } from '../../api/cases';
import { ProblemsNotice } from '../admin/ProblemsNotice';
import type { DirectoryNames } from './use-directory-names';

const ACCEPTED: readonly string[] = DOCUMENT_MEDIA_TYPES;

/** The case file's documents with who uploaded them, a download for each, and an upload (≤ 5 MiB). */
export function CaseDocuments({ caseId, documents, names, onAdded }: { caseId: string; documents: CaseDocument[]; names: DirectoryNames; onAdded: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setError(undefined);
    // The same limits the case-service enforces, said before the bytes are sent.
    if (chosen && !ACCEPTED.includes(chosen.type)) setRefusal(t('cases.documents.badType'));
    else if (chosen && chosen.size > MAX_DOCUMENT_BYTES) setRefusal(t('cases.documents.tooLarge'));
    else setRefusal(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || refusal) return;
    setBusy(true);
    try {
      await addCaseDocument(caseId, { fileName: file.name, mediaType: file.type, content: await base64Of(file) });
      choose(null);
      setInputKey((key) => key + 1);
      onAdded();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const download = (document: CaseDocument) => {
    downloadCaseDocument(caseId, document).catch((caught: unknown) => setError(caught));
  };

  return (
    <div data-testid="case-documents">
      {documents.length === 0 ? (
        <p className="muted">{t('cases.documents.none')}</p>
      ) : (
        <ul>
          {documents.map((document) => (
            <li key={document.id} data-testid="case-document" data-document-id={document.id}>
              <button type="button" className="link-button" data-testid="case-document-download" onClick={() => download(document)}>
                {document.fileName}
              </button>{' '}
              <span className="muted">
                {formatBytes(document.sizeBytes)} · {names.person(document.uploadedBy)} · {formatDateTime(document.createdAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form className="case-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('cases.documents.upload')}
          <input key={inputKey} type="file" data-testid="case-document-input" accept={ACCEPTED.join(',')} onChange={(event) => choose(event.target.files?.[0] ?? null)} />
        </label>
        <span className="muted">{t('cases.documents.limits')}</span>
        {refusal && <p className="error">{refusal}</p>}
        <div>
          <button type="submit" className="primary" data-testid="case-document-submit" disabled={busy || !file || refusal !== null}>
            {t('cases.documents.submit')}
          </button>
        </div>
        <ProblemsNotice error={error} />
      </form>
    </div>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
