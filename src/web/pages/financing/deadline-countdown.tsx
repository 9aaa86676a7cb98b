import { ClockCircleOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { countdownTo } from '../../format/deadline-countdown.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** "剩余 X 小时 Y 分" (or "剩余 D 天 H 小时" from two days on) up to a deadline, or "已超时 X 小时"; ticks every minute, the exact time on hover. */
export function DeadlineCountdown({ deadline, label }: { deadline: string | null; label?: string }) {
  const { t } = useI18n();
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!deadline) return null;
  const left = countdownTo(deadline, now);
  // Two days and more read as days and hours ("剩余 10 天 11 小时"), closer ones to the minute.
  const text = left.isOverdue
    ? t('countdown.overdue', { hours: left.hours })
    : left.hours >= 48
      ? t('countdown.leftDays', { days: Math.floor(left.hours / 24), hours: left.hours % 24 })
      : t('countdown.left', { hours: left.hours, minutes: left.minutes });
  return (
    <Tooltip title={formatDateTime(deadline)}>
      <Typography.Text type={left.isOverdue ? 'danger' : left.hours < 4 ? 'warning' : undefined} style={{ whiteSpace: 'nowrap' }} data-testid="deadline-countdown">
        <ClockCircleOutlined /> {label ? `${label}：` : ''}
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
