// npm run token -- --mechanism coe-cpt --role staff: a bearer token from the running demo's local issuer.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mechanismById } from '../schema/reference/mechanisms.ts';
import { DEMO_ISSUER_FILE, readSigningKey, signToken } from '../access/local-issuer.ts';

const { values } = parseArgs({
  options: { mechanism: { type: 'string' }, role: { type: 'string', default: 'staff' }, minutes: { type: 'string', default: '60' } },
});
if (!values.mechanism || !mechanismById(values.mechanism)) {
  console.error('--mechanism must be a mechanism id of the hub (e.g. coe-cpt, un-sp): see the `mechanisms` query');
  process.exit(2);
}
if (!existsSync(DEMO_ISSUER_FILE)) {
  console.error(`No demo issuer at ${DEMO_ISSUER_FILE}: start \`npm run demo\` first (it makes the key this command signs with).`);
  process.exit(2);
}
console.log(await signToken(readSigningKey(), { mechanism: values.mechanism, role: values.role! }, Number(values.minutes) * 60));
