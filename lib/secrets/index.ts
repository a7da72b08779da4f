/**
 * Where the Lusha API key lives: IndexedDB of the extension's own origin. Only the extension's
 * privileged contexts (its service worker and pages) can open it; content scripts run with the
 * page's origin and cannot, unlike `storage.local`, which Chrome exposes to content scripts.
 * The key is never logged, never put in a message, and shown only masked.
 */

const DB_NAME = 'prospect-lens-secrets';
const STORE = 'secrets';

/** A small async key-value store for secrets. */
export interface SecretStore {
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  remove(name: string): Promise<void>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function open(dbName: string): Promise<IDBDatabase> {
  const req = indexedDB.open(dbName, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** Runs one operation in its own transaction and closes the database after it. */
async function withStore<T>(
  dbName: string,
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(dbName);
  try {
    const tx = db.transaction(STORE, mode);
    const result = await request(operation(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    return result;
  } finally {
    db.close();
  }
}

/** The secret store in this origin's IndexedDB. Call it only from privileged contexts. */
export function createSecretStore(dbName = DB_NAME): SecretStore {
  return {
    async get(name) {
      const value = await withStore(dbName, 'readonly', (s) => s.get(name));
      return typeof value === 'string' ? value : null;
    },
    async set(name, value) {
      await withStore(dbName, 'readwrite', (s) => s.put(value, name));
    },
    async remove(name) {
      await withStore(dbName, 'readwrite', (s) => s.delete(name));
    },
  };
}

/** The key's last four characters behind dots, for display: `••••••••3f9a`. */
export function maskKey(key: string): string {
  const tail = key.length > 8 ? key.slice(-4) : '';
  return `${'•'.repeat(8)}${tail}`;
}

/** The Lusha API key, in the secret store. */
export function createApiKeyStore(store: SecretStore = createSecretStore()) {
  const NAME = 'lushaApiKey';
  return {
    get: () => store.get(NAME),
    set: (key: string) => store.set(NAME, key.trim()),
    remove: () => store.remove(NAME),
    /** Whether a key is saved, and its masked form; never the key itself. */
    async status(): Promise<{ saved: boolean; masked: string | null }> {
      const key = await store.get(NAME);
      return { saved: key !== null, masked: key === null ? null : maskKey(key) };
    },
  };
}

export type ApiKeyStore = ReturnType<typeof createApiKeyStore>;
