#!/usr/bin/env node
// The `extract` command. The code lives in dist/ (built by `npm ci` through the prepare script).
import('../dist/cli/main.js').then(
  (m) => m.main(process.argv),
  (e) => {
    process.stderr.write(`extract: cannot load dist/ (run 'npm run build'): ${e.message}\n`);
    process.exitCode = 1;
  },
);
