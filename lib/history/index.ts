/** The reveal history and its CSV export. */
export * from './types';
export * from './store';
export * from './csv';
export * from './csv-row';
export * from './words';
