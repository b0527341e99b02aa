import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useSession } from '../../app/use-session';

export interface DirectoryNames {
  enterprise: (id: string) => string;
  person: (id: string) => string;
}

const short = (id: string) => id.slice(0, 8);

/**
 * Names for the ids cases carry (enterprises, mediators, authors), from the directory lists the
 * caller may read (and their own name). Someone who may not read them (a 403) sees short ids instead; nothing fails.
 */
export function useDirectoryNames(): DirectoryNames {
  const session = useSession();
  const [enterprises, setEnterprises] = useState<Map<string, string>>(new Map());
  const [people, setPeople] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    api<{ enterpriseId: string; name: string }[]>('console', '/enterprises', { signal })
      .then((rows) => setEnterprises(new Map(rows.map((row) => [row.enterpriseId, row.name]))))
      .catch(() => undefined);
    api<{ id: string; name: string }[]>('console', '/people', { signal })
      .then((rows) => setPeople(new Map(rows.map((row) => [row.id, row.name]))))
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return {
    enterprise: (id) => enterprises.get(id) ?? short(id),
    person: (id) => people.get(id) ?? (id === session?.person.id ? session.person.name : id === 'system' ? id : short(id)),
  };
}
