/**
 * Draws Målbot's two Teams icons with pngjs: a target ("mål") in white on the accent colour for the
 * 192×192 colour icon, and the same target in white on a transparent background for the 32×32 outline
 * icon, as Teams asks. Run once with `npx tsx infra/teams/make-icons.ts`; the PNGs are committed.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

export const ACCENT = '#1F6F5C';

type Rgba = [number, number, number, number];

function hex(color: string): Rgba {
  const n = Number.parseInt(color.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}

/** Coverage (0..1) of the target mark at a point, in units of the icon's radius: two rings and a centre dot. */
function targetCoverage(x: number, y: number, pixel: number): number {
  const r = Math.hypot(x, y);
  const band = (inner: number, outer: number) => Math.max(0, Math.min(1, (outer - r) / pixel + 0.5) - Math.max(0, Math.min(1, (inner - r) / pixel + 0.5)));
  return Math.min(1, band(0.78, 0.96) + band(0.44, 0.62) + band(-1, 0.22));
}

function draw(size: number, background: Rgba | undefined, scale: number): PNG {
  const png = new PNG({ width: size, height: size });
  const half = size / 2;
  const pixel = 1 / (half * scale);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Sample the pixel centre in the mark's own units.
      const x = (px + 0.5 - half) / (half * scale);
      const y = (py + 0.5 - half) / (half * scale);
      const cover = targetCoverage(x, y, pixel);
      const i = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(background[c]! * (1 - cover) + 255 * cover);
        png.data[i + 3] = 255;
      } else {
        png.data[i] = png.data[i + 1] = png.data[i + 2] = 255;
        png.data[i + 3] = Math.round(255 * cover);
      }
    }
  }
  return png;
}

export function colorIcon(): Buffer {
  return PNG.sync.write(draw(192, hex(ACCENT), 0.62));
}

export function outlineIcon(): Buffer {
  return PNG.sync.write(draw(32, undefined, 0.94));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  writeFileSync(path.join(dir, 'color.png'), colorIcon());
  writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
  console.log(`Wrote ${path.join(dir, 'color.png')} and outline.png`);
}
