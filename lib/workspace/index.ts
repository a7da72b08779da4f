/**
 * The workspace's background side: filter catalogue, prospecting pages, lookalikes with dedupe
 * sessions, reveal costs of rows, runs, saved searches, lists and CSV exports. The workspace
 * page imports only `./types`, `./costs`, `./filter-fields` and `./filter-set` (no storage).
 */
export * from './types';
export * from './costs';
export * from './filter-fields';
export * from './filter-set';
export * from './options';
export * from './catalog';
export * from './rows';
export * from './runs';
export * from './saved';
export * from './prospecting';
export * from './lookalikes';
export * from './price-rows';
export * from './lists';
export * from './export';
export * from './card-row';
