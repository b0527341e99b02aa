import { useTranslation } from 'react-i18next';
import type { Region } from '../../api/risk';

/**
 * County → street → community as a row of selects over the regions this person may see. The first
 * select lists the tops of their scope (the county for county staff, their street for street
 * staff); each further one lists the children of the region chosen before it.
 */
export function RegionFilter({ regions, path, onChange }: { regions: Region[]; path: string[]; onChange: (path: string[]) => void }) {
  const { t } = useTranslation();
  const visible = new Set(regions.map((region) => region.id));
  const childrenOf = (parent: string | null) =>
    regions.filter((region) => (parent === null ? region.parentId === null || !visible.has(region.parentId) : region.parentId === parent));

  const steps: (string | null)[] = [null, ...path];
  return (
    <>
      {steps.map((parent, index) => {
        const options = childrenOf(parent);
        if (options.length === 0) return null;
        const tier = options[0].tier;
        return (
          <label key={parent ?? 'top'}>
            {t(`board.tiers.${tier}`)}
            <select
              data-testid="board-filter-region"
              data-tier={tier}
              value={path[index] ?? ''}
              onChange={(event) => onChange(event.target.value ? [...path.slice(0, index), event.target.value] : path.slice(0, index))}
            >
              <option value="">{t('board.all')}</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
        );
      })}
    </>
  );
}
