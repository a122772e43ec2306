import { resolveProjectDir, resolveStoreDir } from '../core/project.ts';
import { formatAge, renderSessionStartContext } from '../core/render.ts';
import { SessionStartInput } from '../core/schemas.ts';
import { currentWorkflow, storeExists } from '../core/store.ts';
import type { Hook } from './hook.ts';

export const hook: Hook<typeof SessionStartInput> = {
  input: SessionStartInput,
  async handle(input, { env, now }) {
    const projectDir = resolveProjectDir(undefined, input.cwd, env);
    const storeDir = resolveStoreDir(projectDir, env);
    if (!storeExists(storeDir)) return null;
    const { current } = currentWorkflow({ projectDir, storeDir });
    if (!current) return null;
    const { state } = current;
    return {
      systemMessage: `workflow: "${state.task.description.slice(0, 60)}" is ${state.status} (saved ${formatAge(state.updated_at, now)}); /workflow:resume ${state.id} to pick it up`,
      hookSpecificOutput: { hookEventName: 'SessionStart', additionalContext: renderSessionStartContext(state, now) },
    };
  },
};
