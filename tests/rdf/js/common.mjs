// SPDX-License-Identifier: MIT
// Shared by the node checks: load the npm packages, or fail with the fix.
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export function need(name) {
  if (!existsSync(join(here, 'node_modules', name))) {
    console.error(`FAIL: the npm package ${name} is missing in ${here}/node_modules: ` +
                  'run scripts/setup.sh (or npm ci in that folder)');
    process.exit(1);
  }
}

export const require = createRequire(import.meta.url);
