/**
 * The Agents Playground calls listen(port) without a host; the preload npm start gives it must make that
 * bind to loopback only, and leave a listen that names its host alone.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const preload = fileURLToPath(new URL('../../functions/local/playground-loopback.cjs', import.meta.url));

function boundAddress(listenCall: string): string {
  const script = `const http = require('node:http'); const s = http.createServer(); ${listenCall}; s.on('listening', () => { console.log(s.address().address); s.close(); });`;
  return execFileSync(process.execPath, ['--require', preload, '-e', script], { encoding: 'utf8' }).trim();
}

it('binds listen(port) and listen({ port }) to 127.0.0.1', () => {
  expect(boundAddress('s.listen(0)')).toBe('127.0.0.1');
  expect(boundAddress('s.listen(0, () => {})')).toBe('127.0.0.1');
  expect(boundAddress('s.listen({ port: 0 })')).toBe('127.0.0.1');
});

it('keeps a host the caller names', () => {
  expect(boundAddress("s.listen(0, '0.0.0.0')")).toBe('0.0.0.0');
});

it('without the preload, listen(port) binds every interface (what the preload is for)', () => {
  const script = "const s = require('node:http').createServer(); s.listen(0, () => { console.log(s.address().address); s.close(); });";
  expect(['::', '0.0.0.0']).toContain(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
});
