import type { INestApplicationContext } from '@nestjs/common';

export interface CliContext {
  app: INestApplicationContext;
  /** Arguments after the command name. */
  rest: string[];
}

/** Commands contributed by feature modules (e.g. `report`); each returns the process exit code. */
export interface CliCommand {
  name: string;
  usage: string;
  run(ctx: CliContext): Promise<number>;
}

export const CLI_COMMANDS: CliCommand[] = [];
