import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** A query's result that follows the database: re-runs when any tab or page changes what it read. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error: unknown) => console.error('Marginalia: live query failed', error),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
