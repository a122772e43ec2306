#!/usr/bin/env node
// claude-workflow: every command, through the CLI's one I/O boundary (cli-boundary.ts).
import { runCommandLine, type CommandTable } from './cli-boundary.ts';

const COMMANDS: CommandTable = {
  handoff: async () => (await import('./commands/handoff.ts')).command,
  resume: async () => (await import('./commands/resume.ts')).command,
  list: async () => (await import('./commands/list.ts')).command,
  status: async () => (await import('./commands/status.ts')).command,
  complete: async () => (await import('./commands/complete.ts')).command,
  cancel: async () => (await import('./commands/cancel.ts')).command,
  cleanup: async () => (await import('./commands/cleanup.ts')).command,
  archive: async () => (await import('./commands/archive.ts')).command,
  unarchive: async () => (await import('./commands/unarchive.ts')).command,
  export: async () => (await import('./commands/export.ts')).command,
  import: async () => (await import('./commands/import.ts')).command,
  doctor: async () => (await import('./commands/doctor.ts')).command,
  sync: async () => (await import('./commands/sync.ts')).command,
  log: async () => (await import('./commands/log.ts')).command,
  statusline: async () => (await import('./commands/statusline.ts')).command,
  hook: async () => (await import('./commands/hook.ts')).command,
};

runCommandLine(COMMANDS);
