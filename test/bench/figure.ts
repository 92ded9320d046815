/** One line of the bench's table: what was measured, today's figure, the "now" and its goal. */
export function figure(what: string, today: string, before: string, goal: string): void {
  console.log(`figure: ${what}: ${today} (issue 11 measured ${before}; goal ${goal})`);
}
