/** The directory of the end-to-end suite (test/e2e). */
export const E2E_DIR: string;
/** The claude-code version that test/e2e/package-lock.json pins. */
export function lockedVersion(): string | null;
/** The claude-code version installed in test/e2e/node_modules, or null. */
export function installedVersion(): string | null;
/** The native claude binary, or null when none is installed for this platform. */
export function findClaudeBinary(): string | null;
