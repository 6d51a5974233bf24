import { buildCommand } from './build-command';

/** `npm run build`: see `build-command.ts` for the options. */
process.exitCode = await buildCommand(process.argv.slice(2));
