/** The shape of one object store, read from a live database so a copy can be made. */
export interface StoreShape {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Every store of `db` with its key and indexes exactly as the browser holds them. */
export async function describeStores(db: IDBDatabase): Promise<StoreShape[]> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const shapes = names.map((name) => {
    const store = tx.objectStore(name);
    return {
      name,
      keyPath: store.keyPath,
      autoIncrement: store.autoIncrement,
      indexes: [...store.indexNames].map((indexName) => {
        const index = store.index(indexName);
        return { name: indexName, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
      }),
    };
  });
  await done(tx);
  return shapes;
}

export function openRawDatabase(name: string, stores: StoreShape[]): Promise<IDBDatabase> {
  const req = indexedDB.open(name, 1);
  req.onupgradeneeded = () => {
    for (const shape of stores) {
      const store = req.result.createObjectStore(shape.name, {
        keyPath: shape.keyPath,
        autoIncrement: shape.autoIncrement,
      });
      for (const index of shape.indexes) {
        store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
      }
    }
  };
  return request(req);
}

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/**
 * What Repository.saveAnnotation asks of the database, in plain IndexedDB: one read-write
 * transaction that reads the stored record and writes unless the stored one is newer.
 * Both helpers commit as soon as the last request is made, as Dexie does, rather than
 * waiting for the transaction to auto-commit.
 */
export function saveOne(db: IDBDatabase, storeName: string, record: { id: string; updated: string }): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  const existing = store.get(record.id);
  existing.onsuccess = () => {
    const stored = existing.result as { updated: string } | undefined;
    if (!stored || stored.updated <= record.updated) store.put(record);
    tx.commit();
  };
  return done(tx);
}

/** Every record written in one read-write transaction. */
export function putAll(db: IDBDatabase, storeName: string, records: readonly unknown[]): Promise<void> {
  const tx = db.transaction(storeName, 'readwrite');
  const store = tx.objectStore(storeName);
  for (const record of records) store.put(record);
  tx.commit();
  return done(tx);
}

export function getAllByIndex<T>(db: IDBDatabase, storeName: string, index: string, key: IDBValidKey): Promise<T[]> {
  const tx = db.transaction(storeName, 'readonly');
  return request(tx.objectStore(storeName).index(index).getAll(IDBKeyRange.only(key))) as Promise<T[]>;
}

export function countByIndex(db: IDBDatabase, storeName: string, index: string, key: IDBValidKey): Promise<number> {
  const tx = db.transaction(storeName, 'readonly');
  return request(tx.objectStore(storeName).index(index).count(IDBKeyRange.only(key)));
}
