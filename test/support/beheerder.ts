// A beheerder account for browser tests, made as the README tells a new user:
// `woonkansboom user add` with the password on stdin.
import { spawn } from 'node:child_process';
import type { Page } from 'playwright-core';

export const beheerderEmail = 'beheerder@woonkans.test';
export const beheerderPassword = 'een heel geheim wachtwoord';

export function addBeheerder(
  dataDir: string,
  email = beheerderEmail,
  password = beheerderPassword,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'user', 'add', email, '--role', 'beheerder'],
      { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`user add: ${code} ${output}`)),
    );
    child.stdin.end(`${password}\n`);
  });
}

/** Signs in through the sign-in form and waits for the tree list. */
export async function signInAsBeheerder(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/beheer/inloggen`);
  await page.fill('#email', beheerderEmail);
  await page.fill('#wachtwoord', beheerderPassword);
  await page.click('button[type=submit]');
  await page.waitForURL(`${baseUrl}/beheer`);
}
