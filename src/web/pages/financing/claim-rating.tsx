import { Rate, Typography } from 'antd';
import type { ClaimView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** The enterprise's rating of the institution on this demand: its stars and words, or a dash. */
export function ClaimRating({ rating }: { rating: ClaimView['rating'] }) {
  const { t } = useI18n();
  if (!rating) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span data-testid="claim-rating" data-stars={rating.stars} title={t('claim.ratedAt', { time: formatDateTime(rating.ratedAt).slice(0, 16) })}>
      <Rate disabled value={rating.stars} style={{ fontSize: 14 }} />
      {rating.comment ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {rating.comment}
        </Typography.Text>
      ) : null}
    </span>
  );
}
