import type * as z from 'zod/mini';
import type { BackgroundCheckpointRequest } from '../core/schemas.ts';

export interface HookContext {
  env: NodeJS.ProcessEnv;
  now: Date;
  /**
   * Hands a checkpoint whose result nobody waits for (Stop's on the interval, PreCompact's) to a
   * process of its own; false when none could be started (the hook then saves it itself). Only a
   * hook process that Claude Code started has it.
   */
  startCheckpoint?: (request: BackgroundCheckpointRequest) => boolean;
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
