#!/usr/bin/env node
// The `extract` command. The code lives in dist/ (built by `npm ci` through the prepare script): dist/bundle/ is
// dist/cli/main.js with everything it imports in one file (scripts/bundle.js), which starts faster.
import('../dist/bundle/main.js').then(
  (m) => m.main(process.argv),
  (e) => {
    process.stderr.write(`extract: cannot load dist/ (run 'npm run build'): ${e.message}\n`);
    process.exitCode = 1;
  },
);
