import { useEffect, useState } from 'preact/hooks';
import { requestAllSitesAccess, watchAllSitesAccess } from '../../platform/tabs';

/** Whether the reader granted all-sites access (undefined while unknown), and a way to ask for it. */
export function useAllSitesAccess() {
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  useEffect(() => watchAllSitesAccess(setGranted), []);
  const request = async () => setGranted(await requestAllSitesAccess().catch(() => false));
  return { granted, request };
}
