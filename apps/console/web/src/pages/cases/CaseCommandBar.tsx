import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, StaffCommand } from '../../api/cases';
import { type Viewer, offeredCommands, pendingAcceptances } from './case-commands';
import { CommandDialog } from './CommandDialog';
import type { DirectoryNames } from './use-directory-names';

/** The commands this person may give in the case's stage, one button each, each confirmed before it is sent. */
export function CaseCommandBar({ detail, viewer, names, onApplied }: { detail: CaseDetail; viewer: Viewer; names: DirectoryNames; onApplied: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<StaffCommand | null>(null);
  const commands = offeredCommands(detail.state, viewer);
  const staff = viewer.roles.some((role) => role === 'admin' || role === 'federation_staff');

  /** A mediator accepts or recuses only for themself; staff choose whom. */
  const mediatorsFor = (command: StaffCommand): string[] => {
    if (!staff) return [viewer.personId];
    return command === 'accept' ? pendingAcceptances(detail.state) : detail.state.mediatorIds;
  };

  if (commands.length === 0) return <p className="muted" data-testid="case-no-commands">{t('cases.noCommands')}</p>;
  return (
    <div>
      <div className="case-commands" data-testid="case-commands">
        {commands.map((command) => (
          <button
            key={command}
            type="button"
            className={command === 'accept' ? 'primary' : undefined}
            data-testid={`case-command-${command}`}
            aria-pressed={open === command}
            onClick={() => setOpen(open === command ? null : command)}
          >
            {t(`cases.commands.${command}`)}
          </button>
        ))}
      </div>
      {open && (
        <CommandDialog
          key={open}
          caseId={detail.id}
          command={open}
          mediatorIds={mediatorsFor(open)}
          names={names}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onApplied();
          }}
        />
      )}
    </div>
  );
}
