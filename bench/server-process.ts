// The built server (`dist/server/main.mjs`) as a child process of the bench,
// like test/support/start-server.ts, but with its process id at hand so the
// bench can read its memory (RSS, from /proc), after a full garbage
// collection asked over the inspector: started with `--inspect-port` only,
// the inspector sleeps until SIGUSR1 wakes it, so the cold start is not
// touched. Only 127.0.0.1; stop() ends exactly this child.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const serverBundle = join(projectRoot, 'dist/server/main.mjs');
const host = '127.0.0.1';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Milliseconds from spawning the process until `/health` answered 200. */
  startupMs: number;
  /** Resident memory now, in bytes. */
  rss(): number;
  /** A full garbage collection in the server (its inspector woken on first use). */
  collectGarbage(): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Run by a helper process (Node 20 has WebSocket behind a flag): HeapProfiler.collectGarbage. */
const collectGarbageScript = `
const socket = new WebSocket(process.argv[1]);
socket.onopen = () => socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
socket.onmessage = (message) => {
  if (JSON.parse(message.data).id === 1) { socket.close(); process.exit(0); }
};
socket.onerror = () => process.exit(1);
`;

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

async function stopChild(child: ChildProcess): Promise<void> {
  if (!running(child)) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** Starts the built server with `env` (e.g. DATABASE_URL) and resolves once `/health` answers. */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  if (!existsSync(serverBundle)) throw new Error(`${serverBundle} is missing: run npm run build`);
  const port = await freePort();
  const url = `http://${host}:${port}`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--inspect-port=127.0.0.1:0', '--enable-source-maps', serverBundle],
    {
      cwd: projectRoot,
      env: { ...process.env, PORT: String(port), HOST: host, LOG_REQUESTS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // A bench that crashes must not leave its servers behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
  };
  while (performance.now() - started < timeoutMs) {
    if (!running(child)) {
      await stop();
      throw new Error(`the server exited (code ${child.exitCode}):\n${output}`);
    }
    const ok = await fetch(`${url}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      const startupMs = performance.now() - started;
      const pid = child.pid ?? 0;
      return {
        url,
        pid,
        startupMs,
        rss() {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          const kB = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
          return kB * 1024;
        },
        async collectGarbage() {
          const inspector = () => /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
          if (!inspector()) child.kill('SIGUSR1');
          for (let tries = 0; !inspector() && tries < 200; tries++) await sleep(10);
          const address = inspector();
          if (!address) throw new Error(`the server's inspector did not wake:\n${output}`);
          await new Promise<void>((resolve, reject) =>
            execFile(
              process.execPath,
              ['--experimental-websocket', '-e', collectGarbageScript, address],
              { timeout: 30_000 },
              (error) => (error ? reject(error) : resolve()),
            ),
          );
        },
        stop,
      };
    }
    await sleep(10);
  }
  await stop();
  throw new Error(`/health did not answer within ${timeoutMs} ms:\n${output}`);
}
