import { useCallback, useEffect, useState } from 'preact/hooks';
import { requestPersistentStorage, storageStatus, type StorageStatus } from '../../platform/storage-health';

/**
 * How much Marginalia stores and whether the browser keeps it under storage pressure.
 * Persistence is asked for as soon as the settings open: a reader looking at storage is
 * the one who cares, and some browsers only grant it to a page in use.
 */
export function useStorageStatus(): { status: StorageStatus | undefined; askToPersist: () => Promise<void> } {
  const [status, setStatus] = useState<StorageStatus | undefined>(undefined);
  const askToPersist = useCallback(async () => {
    await requestPersistentStorage();
    setStatus(await storageStatus());
  }, []);
  useEffect(() => {
    void askToPersist();
  }, [askToPersist]);
  return { status, askToPersist };
}
