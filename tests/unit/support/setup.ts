// Every unit test gets an IndexedDB (the background's database, the key store), as a browser has.
import 'fake-indexeddb/auto';
