/** Entry of the GitHub Action's bundle (action.yml → dist/action.js): runs once, sets the exit code. */
import { runAction } from './github-action.js';

process.exitCode = await runAction({ env: process.env, stdout: process.stdout });
