// Node's own modules that many runs never use, loaded on the first call that needs them. A module
// a bundle imports is required as the bundle starts: node:os and node:module cost a quiet turn
// about 2 ms (paired runs), a third of what it spends above `node -e 0`; node:crypto and
// node:child_process bring Node's streams with them (5 ms or more).
//
// The bundles are CommonJS and have require(); the sources run as ES modules under tsx and vitest,
// on a Node that has process.getBuiltinModule (20.16 and later).

export const nodeOs = (): typeof import('node:os') => (typeof require === 'function' ? require('node:os') : process.getBuiltinModule('node:os'));

export const nodeCrypto = (): typeof import('node:crypto') => (typeof require === 'function' ? require('node:crypto') : process.getBuiltinModule('node:crypto'));

export const nodeModule = (): typeof import('node:module') => (typeof require === 'function' ? require('node:module') : process.getBuiltinModule('node:module'));

export const nodeChildProcess = (): typeof import('node:child_process') =>
  typeof require === 'function' ? require('node:child_process') : process.getBuiltinModule('node:child_process');

/**
 * The user's home folder as os.homedir() gives it, without loading node:os where it need not:
 * outside Windows that is $HOME when it is set (libuv's uv_os_homedir), else the password database.
 */
export function homeDir(): string {
  return (process.platform !== 'win32' && process.env.HOME) || nodeOs().homedir();
}
