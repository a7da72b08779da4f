/** Confirmed reveals, shared by the side panel and the workspace: plan the requests, send them. */
export * from './plan';
export * from './run';
