// A short name for a path, without loading node:crypto (7 ms): FNV-1a over its UTF-16 code units.
// Only for naming files; whatever is named this way also holds its full key, and is checked.
export function fnv1a64Hex(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}
