/**
 * A stand-in for Application Insights' ingestion endpoint (POST /v2.1/track, a JSON array of
 * envelopes, gzipped or not) on a loopback port over TLS: the exporter rewrites http:// endpoints to
 * https://, so the receiver serves the fixture certificate that the child trusts.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

export interface Envelope {
  name: string;
  data?: { baseType?: string; baseData?: { name?: string; target?: string; type?: string; resultCode?: string } };
}

export interface IngestionReceiver {
  /** For APPLICATIONINSIGHTS_CONNECTION_STRING. */
  connectionString: string;
  /** The certificate the sender must trust (NODE_EXTRA_CA_CERTS). */
  certificateFile: string;
  envelopes: Envelope[];
  /** The remote-dependency envelopes: one per traced outgoing call. */
  dependencies(): NonNullable<NonNullable<Envelope['data']>['baseData']>[];
  close(): Promise<void>;
}

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url);

export async function startIngestionReceiver(): Promise<IngestionReceiver> {
  const envelopes: Envelope[] = [];
  const server = createServer({ key: readFileSync(fixture('loopback-key.pem')), cert: readFileSync(fixture('loopback-cert.pem')) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      const received = JSON.parse(body.toString('utf8')) as Envelope[];
      envelopes.push(...received);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: received.length, itemsAccepted: received.length, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    connectionString: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://127.0.0.1:${port}/`,
    certificateFile: new URL(fixture('loopback-cert.pem')).pathname,
    envelopes,
    dependencies: () => envelopes.filter((e) => e.data?.baseType === 'RemoteDependencyData').map((e) => e.data?.baseData ?? {}),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
