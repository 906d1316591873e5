/**
 * The calendar day (YYYY-MM-DD) an instant falls on, in UTC. Due dates, certificate expiry and
 * bookings are whole days; the server and the pages read "today" the same way, so an action the
 * list marks overdue is also overdue on its own page.
 */
export function calendarDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
