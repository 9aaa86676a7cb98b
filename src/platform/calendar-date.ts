/** The calendar day (YYYY-MM-DD) an instant falls on in Asia/Shanghai, where the domain means a day. */
export function shanghaiDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
