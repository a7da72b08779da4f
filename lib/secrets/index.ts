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

/** A saved key and the API address it was checked against (it is sent nowhere else). */
export interface SavedKey {
  key: string;
  /** e.g. `https://api.lusha.com`; keys saved before this was kept count as Lusha's. */
  baseUrl: string;
}

/** Whether a key is saved, masked, and for which address; never the key itself. */
export interface KeyStatus {
  saved: boolean;
  masked: string | null;
  baseUrl: string | null;
}

/** The Lusha API key (or a team gateway's rep token), in the secret store. */
export function createApiKeyStore(store: SecretStore = createSecretStore()) {
  const NAME = 'lushaApiKey';
  const BASE = 'lushaApiBase';
  const LUSHA = 'https://api.lusha.com';
  return {
    async get(): Promise<SavedKey | null> {
      const key = await store.get(NAME);
      if (key === null) return null;
      return { key, baseUrl: (await store.get(BASE)) ?? LUSHA };
    },
    async set(key: string, baseUrl: string = LUSHA): Promise<void> {
      await store.set(BASE, baseUrl);
      await store.set(NAME, key.trim());
    },
    async remove(): Promise<void> {
      await store.remove(NAME);
      await store.remove(BASE);
    },
    async status(): Promise<KeyStatus> {
      const saved = await this.get();
      return {
        saved: saved !== null,
        masked: saved === null ? null : maskKey(saved.key),
        baseUrl: saved?.baseUrl ?? null,
      };
    },
  };
}

export type ApiKeyStore = ReturnType<typeof createApiKeyStore>;
