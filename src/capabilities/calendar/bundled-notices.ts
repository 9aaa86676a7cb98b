/**
 * What is known for sure about the 放假安排通知 behind the bundled years. Source of every entry: the
 * comments of chinese-days' own `src/holidays/generate.ts` (the gov.cn address of each notice, and
 * for 2025 the number it quotes). A notice number appears only where that source prints it; every
 * other year is cited as "source: chinese-days <version>". Titles follow the State Council General
 * Office's fixed wording for these notices.
 */
export interface KnownNotice {
  title: string;
  number: string | null;
  url: string;
}

export const knownNotices: Readonly<Record<number, KnownNotice>> = {
  2024: { title: '国务院办公厅关于2024年部分节假日安排的通知', number: null, url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm' },
  2025: { title: '国务院办公厅关于2025年部分节假日安排的通知', number: '国办发明电〔2024〕12号', url: 'https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm' },
  2026: { title: '国务院办公厅关于2026年部分节假日安排的通知', number: null, url: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm' },
};
