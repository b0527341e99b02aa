import { useState } from 'react';

/** One form submission at a time: busy while it runs, the failure kept to show (with its 400 field paths). */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}

/** "a, b ,c" → ['a', 'b', 'c'] for list fields typed as text. */
export const listOf = (text: string): string[] =>
  text
    .split(/[,，\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
