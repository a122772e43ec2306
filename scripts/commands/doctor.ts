import { renderDoctorReport, runDoctor } from '../core/doctor.ts';
import { runtimeDir } from '../core/session-runtime.ts';
import type { Command } from './command.ts';

export const command: Command = {
  usage: 'doctor [--fix]',
  options: { fix: { type: 'boolean' } },
  async run(ctx) {
    const fix = ctx.values.fix === true;
    const report = runDoctor({ storeDir: ctx.place().storeDir, runtimeDir: runtimeDir(ctx.env), fix, now: ctx.now });
    return { text: renderDoctorReport(report, fix), json: report, exitCode: report.ok ? 0 : 1 };
  },
};
