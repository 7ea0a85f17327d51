import { vi } from 'vitest';

/**
 * Makes the (fake) IndexedDB refuse writes, as a browser does when the disk or the
 * origin's quota is full: each put and add throws a QuotaExceededError, failing the
 * transaction it was part of. `after` lets that many writes through first, so a failure
 * can land in the middle of a transaction. Returns the function that frees the disk.
 */
export function fillTheDisk({ after = 0 }: { after?: number } = {}): () => void {
  let allowed = after;
  const guard = <F extends (...args: never[]) => IDBRequest>(original: F) =>
    function (this: IDBObjectStore, ...args: Parameters<F>) {
      if (allowed-- > 0) return original.apply(this, args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  const put = IDBObjectStore.prototype.put;
  const add = IDBObjectStore.prototype.add;
  const putSpy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(guard(put));
  const addSpy = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(guard(add));
  return () => {
    putSpy.mockRestore();
    addSpy.mockRestore();
  };
}
