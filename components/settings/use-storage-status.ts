import { useCallback, useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../platform/storage-health';

/**
 * How much Marginalia stores and whether the browser keeps it under storage pressure.
 * Persistence is asked for as soon as the settings open: a reader looking at storage is
 * the one who cares, and some browsers only grant it to a page in use. The status shows
 * at once: the answer may take as long as the reader takes over the browser's prompt
 * (Firefox asks), and comes in when given.
 */
export function useStorageStatus(): { status: StorageStatus | undefined; askToPersist: () => Promise<void> } {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const refresh = useCallback(async () => setStatus(await storageStatus()), []);
  const askToPersist = useCallback(async () => {
    await requestPersistentStorage();
    await refresh();
  }, [refresh]);
  useEffect(() => {
    void refresh().then(askToPersist);
  }, [refresh, askToPersist]);
  return { status, askToPersist };
}
