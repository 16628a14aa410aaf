/**
 * The folder lock when making the lock folder fails for another reason than its being there (a full
 * disk, a folder this user may not write): that error is passed on as it is, not taken for a lock held
 * by another process, and this process's claim is removed. mkdir is faked to fail for the lock folder.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const fail = vi.hoisted(() => ({ code: undefined as string | undefined }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const mkdir = ((dir: string, ...rest: unknown[]) => {
    if (fail.code && String(dir).endsWith(`${path.sep}store.lock`)) return Promise.reject(Object.assign(new Error(`${fail.code}: mkdir ${dir}`), { code: fail.code }));
    return (fs.mkdir as (...a: unknown[]) => Promise<unknown>)(dir, ...rest);
  }) as typeof fs.mkdir;
  return { ...fs, mkdir, default: { ...fs, mkdir } };
});

const { FolderLockedError, lockFolder } = await import('../../functions/store/embedded/folder-lock.js');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'maalbot-lock-mkdir-'));
});
afterEach(async () => {
  fail.code = undefined;
  await rm(dir, { recursive: true, force: true });
});

it.each(['ENOSPC', 'EACCES'])('passes a %s from making the lock folder on, and leaves no claim', async (code) => {
  fail.code = code;
  const error = await lockFolder(dir, () => {}).catch((e: unknown) => e);
  expect(error).not.toBeInstanceOf(FolderLockedError);
  expect(error).toMatchObject({ code });
  expect(await readdir(dir)).toEqual([]);
});

it('takes the lock once making the folder works again', async () => {
  fail.code = 'ENOSPC';
  await lockFolder(dir, () => {}).catch(() => undefined);
  fail.code = undefined;
  const lock = await lockFolder(dir, () => {});
  expect((await readdir(dir)).filter((n) => n === 'store.lock')).toEqual(['store.lock']);
  await lock.release();
});
