/**
 * Stopping the HTTP server without dropping a request. On stop: stop listening; answer every request still
 * arriving, in flight or not, with `Connection: close`; give an idle keep-alive socket a moment for a request
 * already on the wire before closing it (closing a socket with unread bytes makes the kernel send a reset,
 * which is what a client would see); wait for the requests in flight up to the grace period, then destroy
 * what is left. Apollo's own drain plugin ends idle sockets at once, and so races such a request.
 */
import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';

/** How long an idle socket is kept open after stop for a request its client sent just before. */
export const IDLE_LINGER_MS = 1000;

export interface Drain {
  /** Resolves when every connection is closed, or the grace period is over and the rest destroyed. */
  stop(graceMs: number): Promise<{ graceful: boolean }>;
  readonly stopping: boolean;
}

export function trackConnections(server: http.Server): Drain {
  const active = new Map<Socket, number>();
  let stopping = false;
  const lingering = new Set<NodeJS.Timeout>();
  const responses = new Set<http.ServerResponse>();

  const endIfIdle = (socket: Socket) => {
    if ((active.get(socket) ?? 0) === 0) socket.end();
  };

  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    socket.once('close', () => active.delete(socket));
    if (stopping) socket.end();
  });
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    active.set(req.socket, (active.get(req.socket) ?? 0) + 1);
    if (stopping) res.setHeader('connection', 'close');
    responses.add(res);
    res.once('close', () => {
      responses.delete(res);
      active.set(req.socket, Math.max(0, (active.get(req.socket) ?? 1) - 1));
      if (stopping) endIfIdle(req.socket);
    });
  });

  return {
    get stopping() {
      return stopping;
    },
    async stop(graceMs) {
      stopping = true;
      // Answers still to come tell their clients not to send another request on the connection.
      for (const res of responses) if (!res.headersSent) res.setHeader('connection', 'close');
      // net.Server's close: stop listening, but leave the open connections to us. (http.Server.close also
      // closes every idle connection at once, with the race described above.)
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      for (const socket of active.keys()) {
        const timer = setTimeout(() => {
          lingering.delete(timer);
          endIfIdle(socket);
        }, IDLE_LINGER_MS);
        lingering.add(timer);
      }
      let graceful = true;
      const deadline = setTimeout(() => {
        graceful = false;
        for (const socket of active.keys()) socket.destroy();
      }, graceMs);
      await closed;
      clearTimeout(deadline);
      for (const timer of lingering) clearTimeout(timer);
      return { graceful };
    },
  };
}
