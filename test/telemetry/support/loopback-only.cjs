// Preloaded (node --require) into the traced child of test/telemetry/outgoing-spans.test.ts. The
// telemetry distro asks the Azure VM metadata service (169.254.169.254) for resource attributes on
// every start, and a test must send nothing beyond this machine: a connection to any host but loopback
// fails at once, as it would where nothing answers, and is named on stderr.
'use strict';
const net = require('node:net');

const connect = net.Socket.prototype.connect;
const isLoopback = (host) => host === undefined || host === 'localhost' || host === '::1' || /^127\./.test(host);

net.Socket.prototype.connect = function loopbackOnly(...args) {
  // net.createConnection hands over [options, callback] as one array; socket.connect(options | port, host?).
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const target = first !== null && typeof first === 'object' ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  // A pipe or Unix socket (path) stays on this machine; http passes path: null for TCP.
  if (typeof target.path !== 'string' && !isLoopback(target.host)) {
    process.stderr.write(`loopback-only: refused ${target.host}:${target.port}\n`);
    const error = Object.assign(new Error(`connect ECONNREFUSED ${target.host}:${target.port} (loopback only)`), { code: 'ECONNREFUSED' });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
