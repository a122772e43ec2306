import type * as z from 'zod/mini';
import type { StartCheckpoint } from '../core/workflows/context-watch.ts';

export interface HookContext {
  env: NodeJS.ProcessEnv;
  now: Date;
  /** only a hook process that Claude Code started (through run.cjs) has it */
  startCheckpoint?: StartCheckpoint;
}

/** What a hook may print: JSON, or plain text (PreCompact's summarizer instructions). */
export interface HookOutput {
  systemMessage?: string;
  hookSpecificOutput?:
    | { hookEventName: 'SessionStart' | 'UserPromptSubmit' | 'Stop'; additionalContext: string }
    | { hookEventName: 'PreToolUse'; permissionDecision: 'allow'; permissionDecisionReason: string };
  decision?: 'block';
  reason?: string;
}

export interface Hook<Schema extends z.ZodMiniType> {
  input: Schema;
  // method syntax: a registry of hooks with different inputs is then a Hook<z.ZodMiniType>[]
  handle(input: z.infer<Schema>, context: HookContext): Promise<HookOutput | string | null>;
}
