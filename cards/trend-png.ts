/**
 * A small trend picture drawn by hand into a PNG data URI: the figures as a line with dots, the target as a
 * dashed line. It is the fallback for Teams' Chart.Line wherever charts are not rendered (the Agents
 * Playground renders cards with the adaptivecards JS library, which does not know Chart.Line). A few
 * flat colours on white compress to well under a kilobyte, which matters for the 28 KB message limit.
 */
import { PNG } from 'pngjs';

export interface TrendPicture {
  /** Points oldest first; x is any increasing number (e.g. a day number). */
  points: { x: number; y: number }[];
  target?: number;
  width?: number;
  height?: number;
  /** The line's colour: green when the goal is met or on track, amber at risk, red off track, grey otherwise. */
  tone?: 'good' | 'warning' | 'attention' | 'neutral';
}

const COLOURS = {
  good: [0x10, 0x7c, 0x10],
  warning: [0xc1, 0x7a, 0x00],
  attention: [0xc4, 0x31, 0x4b],
  neutral: [0x61, 0x61, 0x61],
  target: [0x60, 0x5e, 0xdc],
  axis: [0xd0, 0xd0, 0xd0],
} as const;

export function trendPng(picture: TrendPicture): Buffer {
  const width = picture.width ?? 240;
  const height = picture.height ?? 64;
  const png = new PNG({ width, height });
  png.data.fill(0xff);
  const pad = 6;
  const xs = picture.points.map((p) => p.x);
  const ys = [...picture.points.map((p) => p.y), ...(picture.target !== undefined ? [picture.target] : [])];
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  let [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  if (minY === maxY) [minY, maxY] = [minY - 1, maxY + 1];
  const px = (x: number) => (maxX === minX ? width / 2 : pad + ((x - minX) / (maxX - minX)) * (width - 2 * pad));
  const py = (y: number) => height - pad - ((y - minY) / (maxY - minY)) * (height - 2 * pad);

  const set = (x: number, y: number, rgb: readonly number[]) => {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= width || yi >= height) return;
    const i = (yi * width + xi) * 4;
    png.data[i] = rgb[0]!;
    png.data[i + 1] = rgb[1]!;
    png.data[i + 2] = rgb[2]!;
  };
  const line = (x0: number, y0: number, x1: number, y1: number, rgb: readonly number[], thick: number, dash = 0) => {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s++) {
      if (dash && Math.floor(s / dash) % 2 === 1) continue;
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      for (let dx = 0; dx < thick; dx++) for (let dy = 0; dy < thick; dy++) set(x + dx - (thick >> 1), y + dy - (thick >> 1), rgb);
    }
  };

  line(pad, height - pad, width - pad, height - pad, COLOURS.axis, 1);
  if (picture.target !== undefined) line(pad, py(picture.target), width - pad, py(picture.target), COLOURS.target, 1, 4);
  const colour = COLOURS[picture.tone ?? 'neutral'];
  const pts = picture.points.map((p) => [px(p.x), py(p.y)] as const);
  for (let i = 1; i < pts.length; i++) line(pts[i - 1]![0], pts[i - 1]![1], pts[i]![0], pts[i]![1], colour, 2);
  for (const [x, y] of pts) for (let dx = -2; dx <= 2; dx++) for (let dy = -2; dy <= 2; dy++) if (dx * dx + dy * dy <= 5) set(x + dx, y + dy, colour);
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 9 });
}

export function trendDataUri(picture: TrendPicture): string {
  return `data:image/png;base64,${trendPng(picture).toString('base64')}`;
}
