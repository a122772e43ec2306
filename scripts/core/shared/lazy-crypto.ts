// node:crypto brings Node's stream machinery with it (about 7 ms to load, more than the rest of a
// quiet turn): the modules every turn loads hash through here, loading it on the first call.
import { nodeCrypto } from './node-builtins.ts';

export function sha256Hex(data: string | Buffer): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}
