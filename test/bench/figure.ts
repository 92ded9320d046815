/** One line of the bench's table: what was measured, today's figure, what the issue measured before (if it did) and the goal. */
export function figure(what: string, today: string, before: string | null, goal: string): void {
  console.log(`figure: ${what}: ${today} (${before === null ? '' : `issue 11 measured ${before}; `}goal ${goal})`);
}
