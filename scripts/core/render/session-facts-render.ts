// What the transcript said about the session, in the resume summary: the facts a person taking
// over needs and the model cannot be trusted to remember. Pure.
import type { WorkflowState } from '../schemas.ts';

const PLAN_LINES = 12;
const LATEST_FILES = 8;

type Command = NonNullable<WorkflowState['session_facts']>['commands'][number];

function describeCommand(command: Command): string {
  const outcome = command.ok ? 'passed' : `FAILED${command.exit_code !== null ? ` (exit ${command.exit_code})` : ''}`;
  return `${outcome}: ${command.command}`;
}

/** Lines for the resume summary's "From the session" section; [] when nothing was captured. */
export function renderSessionFacts(state: WorkflowState): string[] {
  const facts = state.session_facts;
  const lines: string[] = [];
  if (facts?.first_request) {
    const latest = facts.last_request && facts.last_request !== facts.first_request ? `; latest: "${facts.last_request}"` : '';
    lines.push(`Requests: first "${facts.first_request}"${latest}`);
  }
  if (facts?.last_test) lines.push(`Last test run ${describeCommand(facts.last_test)}`);
  if (facts?.last_build) lines.push(`Last build ${describeCommand(facts.last_build)}`);
  const running = state.agents.filter((agent) => !agent.done);
  if (running.length > 0) lines.push(`Background agents still running at the save: ${running.map((a) => `${a.description} (${a.type})`).join('; ')}`);
  const failed = state.agents.filter((agent) => agent.status === 'failed' || agent.status === 'stopped');
  if (failed.length > 0) lines.push(`Agents that failed or were stopped: ${failed.map((a) => `${a.description} (${a.status})`).join('; ')}`);
  if (state.files_modified.length > 0) {
    const latest = state.files_modified.slice(-LATEST_FILES).reverse();
    const more = state.files_modified.length - latest.length;
    lines.push(`Files edited (${state.files_modified.length}), latest first: ${latest.join(', ')}${more > 0 ? `, … ${more} more` : ''}`);
  }
  if (facts && facts.outside_files.length > 0) lines.push(`Written outside the project: ${facts.outside_files.slice(-LATEST_FILES).join(', ')}`);
  if (facts && facts.compactions > 0) lines.push(`Compacted ${facts.compactions} time${facts.compactions === 1 ? '' : 's'} in this session`);
  if (facts && facts.coverage.skipped_bytes > 0) lines.push(`The transcript's first ${Math.round(facts.coverage.skipped_bytes / 1024 / 1024)} MB were not read (too far behind to mine in one go)`);
  if (facts?.plan) {
    const plan = facts.plan.split('\n');
    lines.push('Plan approved in plan mode:', ...plan.slice(0, PLAN_LINES).map((line) => `  ${line}`), ...(plan.length > PLAN_LINES ? [`  … ${plan.length - PLAN_LINES} more lines`] : []));
  }
  return lines;
}
