// A new password, never from an argument (it would land in the shell history
// and the process list): from a terminal, asked twice without echo; from a
// pipe, its first line.
import { createInterface } from 'node:readline';

async function firstLine(): Promise<string | undefined> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return undefined;
}

function askHidden(prompt: string): Promise<string> {
  const { stdin, stderr } = process;
  stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (result: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
      result();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish(() => resolve(typed));
        if (char === '\u0003' || (char === '\u0004' && typed === '')) {
          return finish(() => reject(new Error('Cancelled.')));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** Rejects with a message for people when nothing was given or the two entries differ. */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await firstLine();
    if (line === undefined) throw new Error('No password on standard input.');
    return line;
  }
  const password = await askHidden('Password: ');
  if ((await askHidden('Repeat password: ')) !== password) {
    throw new Error('The two passwords differ.');
  }
  return password;
}
