/**
 * A V8 .cpuprofile reduced to the functions that took the most time, self and inclusive. Each sample
 * counts as one sampling interval (the median gap between samples), not the wall-clock gap before it: on
 * a loaded machine a thread waiting for a core gets one late sample with a long gap, which would charge
 * the wait to whatever function happened to be running.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summariseProfile(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const gaps = [...profile.timeDeltas].sort((a, b) => a - b);
  const dt = gaps[gaps.length >> 1] ?? 0;
  let total = 0;
  profile.samples.forEach((sample) => {
    total += dt;
    const leaf = byId.get(sample)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
    // Each function once per sample, however deep the recursion.
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const key = name(byId.get(id)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`)
      .join('\n');
  return `self time\n${list(self)}\n\ninclusive time\n${list(inclusive)}`;
}
