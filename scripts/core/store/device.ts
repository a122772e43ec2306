import os from 'node:os';
import packageJson from '../../../package.json' with { type: 'json' };
import type { WorkflowState } from '../schemas.ts';

export const PLUGIN_VERSION: string = packageJson.version;

export function describeDevice(): WorkflowState['device'] {
  return {
    hostname: os.hostname(),
    platform: `${process.platform}-${process.arch}`,
    node_version: process.version,
    plugin_version: PLUGIN_VERSION,
  };
}
