// A TCP proxy on 127.0.0.1 for fault tests: put it between the server and its
// database, then `cut()` it (every open connection dropped, new ones closed at
// once — as when the database goes away), `blackhole()` it (connections stay
// open but nothing gets through either way, no RST — as when a firewall or a
// failed route silently drops packets) and `restore()` it.
import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  cut(): void;
  /** From now on every byte is swallowed, on open and on new connections alike. */
  blackhole(): void;
  /** New connections go through again; connections that were blackholed stay dark. */
  restore(): void;
  close(): Promise<void>;
}

type Mode = 'through' | 'cut' | 'blackhole';

/** Keeps the socket open and answers nothing: what reaches it is read and dropped. */
function swallow(socket: Socket): void {
  socket.unpipe();
  socket.removeAllListeners('data');
  socket.on('data', () => {});
  socket.resume();
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const open = new Set<Socket>();
  let mode: Mode = 'through';
  const server = createServer((client) => {
    if (mode === 'cut') {
      client.destroy();
      return;
    }
    const forget = () => {
      client.destroy();
      open.delete(client);
    };
    client.on('error', forget).on('close', forget);
    open.add(client);
    if (mode === 'blackhole') {
      swallow(client);
      return;
    }
    const upstream = connect(target.port, target.host);
    open.add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const cut = () => {
    mode = 'cut';
    for (const socket of open) socket.destroy();
    open.clear();
  };
  return {
    port,
    cut,
    blackhole() {
      mode = 'blackhole';
      for (const socket of open) swallow(socket);
    },
    restore() {
      mode = 'through';
    },
    close() {
      cut();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
