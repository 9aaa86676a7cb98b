import { Descriptions, Popover, Space, Tag, Typography } from 'antd';
import type { FactSourceView } from '../../api/types.ts';
import { formatDateTime } from '../../format/format-date.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { channelName } from '../../i18n/registry-names.ts';
import { useSources } from './sources-context.tsx';

const channelColours: Record<string, string> = { import: 'blue', manual: 'orange', api: 'purple', demo: 'default' };

/** "湖州市科学技术局（市科技局）" → "市科技局": the name officers use; the full one is in the details. */
function shortOrganisationName(name: string | null): string | null {
  return name ? (/（([^（）]+)）$/.exec(name)?.[1] ?? name) : null;
}

/** "市市场监管局 · 企业名册.csv · 2025-01-15": who supplied it, in which file, when. */
function describeSource(source: FactSourceView): string {
  return [shortOrganisationName(source.organisationName), source.fileName, formatDateTime(source.recordedAt).slice(0, 10)].filter(Boolean).join(' · ');
}

function SourceDetails({ source }: { source: FactSourceView }) {
  const { t, language } = useI18n();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ maxWidth: 420 }}
      items={[
        { key: 'channel', label: t('detail.sourceChannel'), children: channelName(source.channel, language) },
        { key: 'organisation', label: t('detail.sourceOrganisation'), children: source.organisationName ?? '—' },
        { key: 'file', label: t('detail.sourceFile'), children: source.fileName ?? '—' },
        { key: 'recordedAt', label: t('detail.sourceRecordedAt'), children: formatDateTime(source.recordedAt) },
        ...(source.fileSha256 ? [{ key: 'sha', label: t('detail.sourceSha256'), children: <Typography.Text code>{source.fileSha256.slice(0, 16)}…</Typography.Text> }] : []),
      ]}
    />
  );
}

/** A small numbered mark beside a value; pointing at it shows where the value came from. */
export function SourceMark({ sourceId }: { sourceId: string | undefined }) {
  const { t } = useI18n();
  const sources = useSources();
  const source = sourceId ? sources.byId[sourceId] : undefined;
  if (!sourceId || !source) return null;
  const number = sources.numberOf(sourceId);
  return (
    <Popover title={t('detail.sourceNumber', { number: number ?? '?' })} content={<SourceDetails source={source} />}>
      <sup data-testid="source-mark" style={{ marginInlineStart: 3, cursor: 'help', color: '#0b5cad', fontSize: 10 }} aria-label={`${t('detail.sourceNumber', { number: number ?? '?' })}: ${describeSource(source)}`}>
        [{number}]
      </sup>
    </Popover>
  );
}

/** The channel as a tag and the source in words: for a source column and the history. */
export function SourceLine({ sourceId, isNumbered = true }: { sourceId: string | null | undefined; isNumbered?: boolean }) {
  const { t, language } = useI18n();
  const sources = useSources();
  const source = sourceId ? sources.byId[sourceId] : undefined;
  if (!sourceId || !source) return <Typography.Text type="secondary">{t('detail.noSource')}</Typography.Text>;
  const supplier = [shortOrganisationName(source.organisationName), source.fileName].filter(Boolean).join(' · ');
  return (
    <Popover title={t('detail.sourceNumber', { number: sources.numberOf(sourceId) ?? '?' })} content={<SourceDetails source={source} />}>
      {/* Inline, not flex: in a narrow column the description wraps under the tag instead of squeezing it. */}
      <span data-testid="source-line" style={{ cursor: 'help', fontSize: 12 }}>
        {isNumbered ? <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap', marginInlineEnd: 4 }}>[{sources.numberOf(sourceId)}]</Typography.Text> : null}
        <Tag color={channelColours[source.channel] ?? 'default'} style={{ marginInlineEnd: 4 }}>
          {channelName(source.channel, language)}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {supplier ? `${supplier} · ` : null}
          <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(source.recordedAt).slice(0, 10)}</span>
        </Typography.Text>
      </span>
    </Popover>
  );
}

/** Below a table of facts: every source its marks point to, numbered. */
export function SourceLegend({ sourceIds }: { sourceIds: string[] }) {
  const { t } = useI18n();
  if (sourceIds.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }} data-testid="source-legend">
      <Typography.Text strong style={{ fontSize: 12 }}>
        {t('detail.sourceLegend')}
      </Typography.Text>
      <Space orientation="vertical" size={2} style={{ display: 'flex', marginTop: 4 }}>
        {sourceIds.map((id) => (
          <SourceLine key={id} sourceId={id} />
        ))}
      </Space>
    </div>
  );
}
