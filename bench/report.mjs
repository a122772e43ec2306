// The figures: medians and ratios to `node -e 0`, the machine, the Markdown table.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { FINAL_CONTEXT_TOKENS, WINDOW } from './common.mjs';

function quantile(sorted, q) {
  // nearest rank
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), min: sorted[0], max: sorted.at(-1) };
}


export function machine() {
  const cpus = os.cpus();
  const gitVersion = spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout?.trim().replace(/^git version /, '') ?? 'unknown';
  return {
    node: process.version,
    cpu: cpus[0]?.model?.trim() || 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    git: gitVersion,
    load_average: os.loadavg().map((l) => Math.round(l * 100) / 100),
    // left out of every child's environment (bench/common.mjs): said, since it is how this shell differs
    node_extra_ca_certs_dropped: Boolean(process.env.NODE_EXTRA_CA_CERTS),
  };
}

function fmt(ms) {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

export function markdown(report) {
  const m = report.machine;
  const lines = [
    `| Scenario | Transcript | Median ms | p90 ms | × \`node -e 0\` |`,
    `|---|---:|---:|---:|---:|`,
    ...report.results.map((r) => `| ${r.scenario} | ${r.transcript} | ${fmt(r.median_ms)} | ${fmt(r.p90_ms)} | ${r.ratio.toFixed(2)} |`),
    '',
    `Baseline \`node -e 0\`: median ${fmt(report.baseline.median_ms)} ms, p90 ${fmt(report.baseline.p90_ms)} ms ` +
      `(${report.baseline.samples} runs, each just before a hook run, interleaved with all rows; ratios are row median / this median).`,
    `${report.runs} timed runs per row after up to ${report.warmups} warm-up runs; repository of ${report.repo.tracked_files} tracked files ` +
      `(${report.repo.modified} modified, ${report.repo.staged} staged, ${report.repo.untracked} untracked); ` +
      `the newest usage line is at ${Math.round((FINAL_CONTEXT_TOKENS / WINDOW) * 100)} % of a ${WINDOW / 1000}K window.`,
    `Machine: Node ${m.node}, ${m.cpu}, ${m.cores} cores, ${m.platform}, git ${m.git}; load average ${report.load_at_start[0]} at start, ${m.load_average[0]} at the end. Benchmark took ${report.total_seconds.toFixed(0)} s.` +
      (m.node_extra_ca_certs_dropped ? ' NODE_EXTRA_CA_CERTS, set in this shell, was left out of every run (node reads that file at each start).' : ''),
  ];
  return `${lines.join('\n')}\n`;
}

