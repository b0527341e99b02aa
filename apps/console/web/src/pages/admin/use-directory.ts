import { type EnterpriseProfile, type Person, type Region, listEnterprises, listPeople, listRegions } from '../../api/admin';
import { useApi } from '../../api/use-api';

export interface Directory {
  regions: Region[];
  enterprises: EnterpriseProfile[];
  people: Person[];
  regionName: (id: string | null) => string;
  personName: (id: string | null) => string;
  reload: () => void;
}

/** Regions, enterprises and people: what the administration forms choose from. */
export function useDirectory(): { directory: Directory | undefined; error: unknown; loading: boolean } {
  const { data, error, loading, reload } = useApi(
    async (signal) => {
      const [regions, enterprises, people] = await Promise.all([listRegions(signal), listEnterprises(signal), listPeople(signal)]);
      return { regions, enterprises, people };
    },
    [],
  );
  if (!data) return { directory: undefined, error, loading };
  const regions = new Map(data.regions.map((region) => [region.id, region.name]));
  const people = new Map(data.people.map((person) => [person.id, person.name]));
  return {
    directory: {
      ...data,
      regionName: (id) => (id ? (regions.get(id) ?? id.slice(0, 8)) : '—'),
      personName: (id) => (id ? (people.get(id) ?? id.slice(0, 8)) : '—'),
      reload,
    },
    error,
    loading,
  };
}
