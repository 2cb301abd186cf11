// What a local test proxy counts: tunnels opened, tunnels still open, handshakes it turned away.
import type { Socket } from 'node:net';

export interface TunnelStats {
  opened: number;
  open: number;
  refused: number;
}

export interface TunnelCounter {
  stats(): TunnelStats;
  refuse(): void;
  /** Counts a tunnel as open until both of its sockets have closed. */
  track(client: Socket, upstream: Socket): void;
}

export function createTunnelCounter(): TunnelCounter {
  const stats: TunnelStats = { opened: 0, open: 0, refused: 0 };
  return {
    stats: () => ({ ...stats }),
    refuse: () => {
      stats.refused += 1;
    },
    track(client, upstream) {
      stats.opened += 1;
      stats.open += 1;
      let closing = 2;
      const closed = () => {
        closing -= 1;
        if (closing === 0) stats.open -= 1;
      };
      client.once('close', closed);
      upstream.once('close', closed);
    },
  };
}

/** Joins two sockets both ways; either side ending or failing tears down both. */
export function splice(client: Socket, upstream: Socket): void {
  const destroy = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', destroy);
  upstream.on('error', destroy);
  client.on('close', destroy);
  upstream.on('close', destroy);
  client.pipe(upstream);
  upstream.pipe(client);
}

export interface Credentials {
  username: string;
  password: string;
}
