import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import { LibraryStore, type LibraryState } from '../library/library-store';

/** The whole library in memory, following every change to the database while the page is open. */
export function useLibraryStore(repo: Repository): LibraryState {
  const store = useMemo(() => new LibraryStore(repo), [repo]);
  const [state, setState] = useState(store.current);
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    const stop = store.start();
    return () => {
      unsubscribe();
      stop();
    };
  }, [store]);
  return state;
}
