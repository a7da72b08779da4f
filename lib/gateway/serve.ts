/**
 * `npm run gateway -- --port 8787 [--upstream https://api.lusha.com] [--persist tmp/gateway-state]`:
 * the team gateway on 127.0.0.1, with LUSHA_API_KEY and GATEWAY_ADMIN_TOKEN from the
 * environment. Prints `listening on http://127.0.0.1:PORT` once it answers; stops on Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PERSIST_DIR, startGateway } from './node';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    upstream: { type: 'string', default: 'https://api.lusha.com' },
    persist: { type: 'string', default: DEFAULT_PERSIST_DIR },
  },
});

const port = Number(values.port);
const lushaKey = process.env.LUSHA_API_KEY ?? '';
const adminToken = process.env.GATEWAY_ADMIN_TOKEN ?? '';
if (!Number.isInteger(port) || port < 0 || port > 65535 || !URL.canParse(values.upstream)) {
  console.error('Usage: npm run gateway -- --port 8787 [--upstream URL] [--persist DIR]');
  process.exit(2);
}
if (!lushaKey || !adminToken) {
  console.error('Set LUSHA_API_KEY (the team key) and GATEWAY_ADMIN_TOKEN in the environment.');
  process.exit(2);
}

const server = await startGateway({
  port,
  upstream: values.upstream,
  lushaKey,
  adminToken,
  persistDir: values.persist,
});
console.info(`listening on ${server.url}`);
console.error(`admin page: ${server.url}/admin  (data in ${server.persistDir})`);

let closing = false;
const shutdown = () => {
  if (closing) return;
  closing = true;
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
