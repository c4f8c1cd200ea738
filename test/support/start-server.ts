// Starts the real server (as built from `src/web/main.ts`) as a child process on a free port
// for one test file or benchmark, and stops exactly that child again.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningServer {
  url: string;
  /** Milliseconds from spawning the process until `/health` answered 200. */
  startupMs: number;
  stop(): Promise<void>;
  /** Ends the server at once with SIGKILL (a crash: no shutdown code runs); keeps a given data dir. */
  kill(): Promise<void>;
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const host = '127.0.0.1';
/** What `npm start` runs: the server bundled by `npm run build`. */
const serverBundle = join(projectRoot, 'dist/server/main.mjs');

class ServerStartError extends Error {
  constructor(
    message: string,
    readonly output: string,
  ) {
    super(`Could not start the Woonkansboom server: ${message}`);
  }
}

/** A port that was free a moment ago: the OS picks it, we release it for the server. */
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

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited(child);
  clearTimeout(timer);
}

interface StartOptions {
  timeoutMs?: number;
  /** Extra environment, e.g. EMBED_ORIGINS or DATABASE_URL. */
  env?: Record<string, string>;
  /** The embedded store's folder; a fresh temporary one (removed on stop) by default. */
  dataDir?: string;
}

async function startOnce(port: number, options: StartOptions): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const url = `http://${host}:${port}`;
  const started = performance.now();
  const givenDataDir = options.dataDir ?? options.env?.DATA_DIR ?? process.env.DATA_DIR;
  const ownDataDir = givenDataDir ? undefined : mkdtempSync(join(tmpdir(), 'wkb-server-'));
  if (!existsSync(serverBundle))
    throw new ServerStartError(`${serverBundle} is missing: run npm run build first`, '');
  const child = spawn(process.execPath, ['--enable-source-maps', serverBundle], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      LOG_REQUESTS: '0',
      DATA_DIR: givenDataDir ?? ownDataDir ?? '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // A test that crashes must not leave its server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
    if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
  };

  while (performance.now() - started < timeoutMs) {
    if (child.exitCode !== null || child.signalCode !== null) {
      process.off('exit', killOnExit);
      throw new ServerStartError(`the server exited (code ${child.exitCode}):\n${output}`, output);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) {
        const kill = async () => {
          child.kill('SIGKILL');
          await exited(child);
          await stop();
        };
        return { url, startupMs: performance.now() - started, stop, kill };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await stop();
  throw new ServerStartError(`/health did not answer within ${timeoutMs} ms:\n${output}`, output);
}

/**
 * Starts the built server (`dist/server/main.mjs`, as `npm start` does) with LOG_REQUESTS=0 and its own
 * embedded store on a free port of 127.0.0.1, and resolves once `GET /health`
 * answers. Needs `npm run build`.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  // Another process may grab the port between our probe and the server's listen: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort(), options);
    } catch (error) {
      const portTaken = error instanceof ServerStartError && error.output.includes('EADDRINUSE');
      if (!portTaken || attempt === 3) throw error;
    }
  }
}
