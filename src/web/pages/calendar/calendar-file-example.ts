/**
 * A file to start from, in the format of docs/calendar-file-format.md. Its day lines are comments:
 * imported unchanged it is refused ("list at least one holiday"), so a half-filled year can never
 * pass for the notice.
 */
export function calendarFileExample(year: number): string {
  return [
    `# 国务院办公厅关于${year}年部分节假日安排的通知：按通知逐日填写，放假期间的每一天（含其中的周末）都要列出`,
    '# Fill in the State Council notice day by day: list every day of each holiday period, weekends inside it included',
    `year,${year}`,
    `notice_title,国务院办公厅关于${year}年部分节假日安排的通知`,
    `# notice_number,国办发明电〔${year - 1}〕N号`,
    '# notice_url,https://www.gov.cn/…',
    'date,type,name',
    '# 每行一天，填好后删去行首的 # / One day per line; remove the leading # once filled in',
    `# ${year}-01-01,holiday,元旦`,
    `# ${year}-MM-DD,workday,春节   ← 调休上班日只能是周六或周日 / a 调休 working day is a Saturday or Sunday`,
    '',
  ].join('\n');
}
