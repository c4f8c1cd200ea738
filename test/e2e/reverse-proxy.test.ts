// The built server behind a real nginx (Debian's package, installed by
// .ci/run), as the README's example sets it up: nginx on the public side,
// the app on 127.0.0.1 with TRUSTED_PROXIES=127.0.0.1. Clients reach nginx
// from their own loopback addresses (127.0.0.2, 127.0.0.3), so nginx's
// $remote_addr differs per client, as on the internet.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { addBeheerder, beheerderEmail, beheerderPassword } from '../support/beheerder.ts';
import { type RunningServer, startServer } from '../support/start-server.ts';

const nginxBinary = ['/usr/sbin/nginx', 'nginx'].find(
  (candidate) => spawnSync(candidate, ['-v']).status === 0,
);
const attacker = '127.0.0.2';
const owner = '127.0.0.3';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTP request from a given local (loopback) address. */
function send(
  port: number,
  from: string,
  path: string,
  options: { method?: string; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        localAddress: from,
        headers: {
          ...(options.body === undefined
            ? {}
            : { 'Content-Type': 'application/x-www-form-urlencoded' }),
          ...options.headers,
        },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const signIn = (port: number, from: string, password: string, forwardedFor?: string) =>
  send(port, from, '/beheer/inloggen', {
    method: 'POST',
    body: new URLSearchParams({ email: beheerderEmail, wachtwoord: password }).toString(),
    headers: forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {},
  });

async function waitForPort(port: number, nginx: ChildProcess, output: () => string) {
  for (let i = 0; i < 500; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited:\n${output()}`);
    try {
      await send(port, '127.0.0.1', '/health');
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  throw new Error(`nginx did not answer on ${port}:\n${output()}`);
}

describe('behind nginx', {
  skip: !nginxBinary && !process.env.CI && 'nginx is not installed',
}, () => {
  let server: RunningServer;
  let nginx: ChildProcess;
  let proxyPort: number;
  const dir = mkdtempSync(join(tmpdir(), 'wkb-nginx-'));
  const dataDir = join(dir, 'data');

  before(async () => {
    mkdirSync(dataDir);
    await addBeheerder(dataDir);
    server = await startServer({ dataDir, env: { TRUSTED_PROXIES: '127.0.0.1' } });
    proxyPort = await freePort();
    const temp = join(dir, 'temp');
    mkdirSync(temp, { mode: 0o777 });
    const config = join(dir, 'nginx.conf');
    writeFileSync(
      config,
      `daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  server {
    listen 127.0.0.1:${proxyPort};
    location / {
      proxy_pass ${server.url};
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto https;
    }
  }
}
`,
    );
    let output = '';
    nginx = spawn(nginxBinary ?? 'nginx', ['-c', config, '-p', dir, '-e', join(dir, 'error.log')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    nginx.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    nginx.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    await waitForPort(proxyPort, nginx, () => output);
  });

  after(async () => {
    if (nginx && nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once('exit', resolve));
      nginx.kill('SIGTERM');
      await exited;
    }
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("one client's failed sign-ins do not lock out another, and a made-up X-Forwarded-For does not help", async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      // A fresh spoofed address each time: nginx appends the real one, which counts.
      statuses.push((await signIn(proxyPort, attacker, `gok ${i}`, `198.51.100.${i}`)).status);
    }
    assert.deepEqual(statuses, [422, 422, 422, 422, 422, 429]);
    const ownerSignIn = await signIn(proxyPort, owner, beheerderPassword);
    assert.equal(ownerSignIn.status, 303, 'the owner signs in from elsewhere');
    assert.match(String(ownerSignIn.headers['set-cookie']), /wkb_sessie=/);
  });

  it('the embed snippet says https, as the proxy does', async () => {
    const page = await send(proxyPort, owner, '/embed');
    assert.equal(page.status, 200);
    assert.match(
      page.body,
      new RegExp(`src=&quot;https://127\\.0\\.0\\.1:${proxyPort}/embed\\.js`),
    );
  });

  it('reached directly, the app ignores the forwarded headers of an untrusted client', async () => {
    const port = Number(new URL(server.url).port);
    const page = await send(port, attacker, '/embed', {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    assert.match(page.body, /src=&quot;http:\/\/127\.0\.0\.1:\d+\/embed\.js/);
  });
});
