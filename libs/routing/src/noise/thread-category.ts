/** What a notification thread is about: one open thread per enterprise and category. */
export const THREAD_CATEGORIES = ['labor_risk', 'collective_incident'] as const;
export type ThreadCategory = (typeof THREAD_CATEGORIES)[number];

/** The fields of a fired rule the category depends on (a risk alert's `fired` entries). */
export interface CategorizedRule {
  category?: string;
  trigger?: boolean;
}

/**
 * A risk alert revision is about a collective incident while an incident rule (stoppage, public
 * gathering, petition) triggers its level; otherwise it is about labor risk in general.
 */
export function alertCategory(fired: readonly CategorizedRule[]): ThreadCategory {
  return fired.some((rule) => rule.category === 'incidents' && rule.trigger === true) ? 'collective_incident' : 'labor_risk';
}
