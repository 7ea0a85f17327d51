/** One subcommand of `marginalia`: its usage line and what it does. */
export interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, () => Promise<Command>> = {
  suggest: async () => (await import('./commands/suggest')).command,
  convert: async () => (await import('./commands/convert')).command,
};

function help(): string {
  const lines = Object.keys(COMMANDS).map((name) => `  marginalia ${name}`);
  return ['Usage: marginalia <command> [options]', '', 'Commands:', ...lines, '', 'marginalia <command> --help for details.'].join('\n');
}

/** Runs the command line; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const name = argv[0];
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    (name && name !== '--help' && name !== '-h' ? console.error : console.log)(help());
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  return (await load()).run(argv.slice(1));
}
