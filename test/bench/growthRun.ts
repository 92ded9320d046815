/**
 * The synthetic paper's figure, run by analysisBench.ts in a process of its own: a paper of 5,000 entries and
 * 20,000 citations, and how time grows with its size (the exponent of a power law fitted through four sizes,
 * each double the one before).
 */
import { syntheticPaper } from '../synthetic/syntheticPaper';
import { figure } from './figure';
import { analyseFully, medianOf } from './timing';

function syntheticGrowth(): void {
  const sizes = [625, 1250, 2500, 5000];
  const papers = sizes.map((n) => syntheticPaper(n, 4 * n));
  // Warmed up on the largest, so that every size runs the engine's optimised code.
  for (let warm = 0; warm < 3; warm++) analyseFully(papers[papers.length - 1].text);
  // Each size repeated for about the same time in all (a short run is the one a pause or a collection sways).
  const times = papers.map((p) => medianOf((5 * sizes[sizes.length - 1]) / p.entries, () => analyseFully(p.text)));
  // Least squares through (log size, log time).
  const xs = papers.map((p) => Math.log(p.text.length));
  const ys = times.map(Math.log);
  const mx = xs.reduce((a, b) => a + b) / xs.length;
  const my = ys.reduce((a, b) => a + b) / ys.length;
  const exponent = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  papers.forEach((p, i) => console.log(`  ${p.entries} entries, ${p.citations} citations, ${(p.text.length / 1e6).toFixed(2)} MB: ${times[i].toFixed(0)} ms`));
  const large = syntheticPaper(5000, 20_000);
  const largeMs = medianOf(3, () => analyseFully(large.text));
  figure(
    `${large.entries} references + ${large.citations} citations (${(large.text.length / 1e6).toFixed(1)} MB)`,
    `${largeMs.toFixed(0)} ms; exponent ${exponent.toFixed(2)}`,
    '119 s; exponent 2.1',
    '≤ 1 s; exponent ≤ 1.1',
  );
}

syntheticGrowth();
