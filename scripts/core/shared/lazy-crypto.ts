// node:crypto brings Node's stream machinery with it (about 7 ms to load, more than the rest of a
// quiet turn): the modules every turn loads take it from here, on the first call that needs it.
import { createRequire } from 'node:module';

type NodeCrypto = typeof import('node:crypto');

let loaded: NodeCrypto | undefined;

function nodeCrypto(): NodeCrypto {
  if (loaded) return loaded;
  const required: NodeCrypto = createRequire(import.meta.url)('node:crypto');
  loaded = required;
  return required;
}

export function sha256Hex(data: string | Buffer): string {
  return nodeCrypto().createHash('sha256').update(data).digest('hex');
}
