/**
 * A stand-in for the Bot Framework's token authority on loopback: an OpenID metadata document and a
 * JWKS with one RSA key, and a signer for channel tokens. The bot endpoint is pointed at it through its
 * `channelAuthority` seam, so real botbuilder validation runs without the network.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const CHANNEL_ISSUER = 'https://api.botframework.com';

export interface TokenAuthority {
  openIdMetadataUrl: string;
  issuer: string;
  /** A channel token for `claims` signed with the published key (or, for a forgery, with another; `kid` names any key id). */
  token(claims: Record<string, unknown>, options?: { forged?: boolean; kid?: string }): string;
  /** How the authority answers from now on: normally, with 500s, or never. */
  behave(mode: 'up' | 'down' | 'hang'): void;
  /** Requests received so far, by path. */
  readonly requests: string[];
  close(): Promise<void>;
}

const KID = 'test-signing-key';

export async function startTokenAuthority(): Promise<TokenAuthority> {
  const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const impostor = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = published.publicKey.export({ format: 'jwk' });
  let mode: 'up' | 'down' | 'hang' = 'up';
  const requests: string[] = [];
  const hanging = new Set<import('node:http').ServerResponse>();
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (mode === 'down') return void res.writeHead(500).end();
    if (mode === 'hang') return void hanging.add(res);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (req.url === '/openid') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` }));
    if (req.url === '/keys') {
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    openIdMetadataUrl: `http://127.0.0.1:${port}/openid`,
    issuer: CHANNEL_ISSUER,
    token: (claims, options = {}) => jwt(claims, options.forged ? impostor.privateKey : published.privateKey, options.kid ?? KID),
    behave: (next) => (mode = next),
    requests,
    close: () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function jwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}
