import { renderDoctorReport, runDoctor } from '../core/doctor/doctor.ts';
import { runtimeDir } from '../core/runtime/runtime-dir.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'doctor [--fix]',
  summary: 'Checks the store; --fix repairs what it safely can.',
  help: [
    ['--fix', 'repair: restore from backups, rebuild state.toon, tighten permissions'],
  ],
  options: { fix: { type: 'boolean' } },
  async run(ctx) {
    const fix = ctx.values.fix === true;
    const report = runDoctor({ storeDir: ctx.place().storeDir, runtimeDir: runtimeDir(ctx.env), fix, now: ctx.now });
    return { text: renderDoctorReport(report, fix), json: report, exitCode: report.ok ? 0 : 1 };
  },
};
