// Child process for the concurrency test: `node --import tsx handoff-worker.ts <project> <id> <label> <count>`
// saves <count> handoffs on workflow <id> through the real core, one accomplishment each.
import path from 'node:path';
import { saveHandoff } from '../../scripts/core/workflows/handoff.ts';

const [projectDir, id, label, count] = process.argv.slice(2);
if (!projectDir || !id || !label || !count) {
  process.stderr.write('usage: handoff-worker.ts <project> <id> <label> <count>\n');
  process.exit(2);
}
const place = { projectDir, storeDir: path.join(projectDir, '.git', 'workflow') };
for (let i = 0; i < Number(count); i++) {
  await saveHandoff(place, { id, accomplishments: [`${label}-${i}`], next_steps: [`after ${label}-${i}`] }, { id: null, transcript_path: null }, new Date());
}
