/** The calendar day (YYYY-MM-DD) an instant falls on in Asia/Shanghai, where the domain means a day. */
export function shanghaiDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** An instant as people in 湖州 read it: `2026-11-30 23:59（北京时间）` / `2026-11-30 23:59 (Beijing time)`. */
export function shanghaiDateTime(instant: Date): { zh: string; en: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: string) => parts.find((entry) => entry.type === type)?.value ?? '';
  const text = `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  return { zh: `${text}（北京时间）`, en: `${text} (Beijing time)` };
}
